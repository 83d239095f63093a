// The city's FAQ (FORMATS.md, "FAQ"): the review rule at its one-year boundary, the page's
// grouping by right family, the service's guard and stale save, the CSV's errors and round
// trip, the published page escaping every text and holding only published answers, and
// `stats --json`'s `faq`.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/faq_csv.h"
#include "app/faq_page.h"
#include "app/faq_service.h"
#include "app/statistics_service.h"
#include "import_errors.h"
#include "platform/files.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

FaqEntry entry(const std::string& question, const std::string& answer, bool published,
               std::optional<Date> checked, std::vector<std::string> rights = {}) {
    FaqEntry e;
    e.question = question;
    e.answer = answer;
    e.published = published;
    e.checkedOn = checked;
    e.rights = std::move(rights);
    return e;
}

} // namespace

TEST_CASE("FAQ review: due a day after one full year, never when unpublished") {
    const Date today(2026, 3, 10);
    CHECK_FALSE(reviewDue(entry("q", "r", true, Date(2025, 3, 10)), today)); // exactly a year
    CHECK(reviewDue(entry("q", "r", true, Date(2025, 3, 9)), today));        // a day more
    CHECK_FALSE(reviewDue(entry("q", "r", true, Date(2026, 3, 10)), today));
    CHECK(reviewDue(entry("q", "r", true, std::nullopt), today));            // never checked
    CHECK_FALSE(reviewDue(entry("q", "r", false, Date(2020, 1, 1)), today)); // a draft
    // 29 February: a year before 28 February is the boundary.
    CHECK(yearBefore(Date(2028, 2, 29)) == Date(2027, 2, 28));
    CHECK_FALSE(reviewDue(entry("q", "r", true, Date(2027, 2, 28)), Date(2028, 2, 29)));
    CHECK(reviewDue(entry("q", "r", true, Date(2027, 2, 27)), Date(2028, 2, 29)));
}

TEST_CASE("FAQ rules: question and answer required, no review day to come") {
    const Date today(2026, 3, 10);
    CHECK(problemsOf(entry("Question ?", "Réponse.", false, std::nullopt), today).empty());
    CHECK(problemsOf(entry("  ", "Réponse.", false, std::nullopt), today).size() == 1);
    CHECK(problemsOf(entry("Question ?", "", false, std::nullopt), today).size() == 1);
    CHECK(problemsOf(entry("Q", "R", false, Date(2026, 3, 11)), today).size() == 1);
}

TEST_CASE("FAQ page groups: by the first right's family, in the families' order, others last") {
    const std::vector<RightFamily> families = {{"logement", "Logement", 2},
                                               {"minima_sociaux", "Minima sociaux", 1}};
    const std::vector<Right> rights = {{1, "RSA", "RSA", "minima_sociaux", true},
                                       {2, "APL", "APL", "logement", true}};
    auto a = entry("APL puis RSA", "r", true, std::nullopt, {"apl", "RSA"});
    auto b = entry("RSA", "r", true, std::nullopt, {"RSA"});
    auto c = entry("Sans droit", "r", true, std::nullopt);
    auto d = entry("Brouillon", "r", false, std::nullopt, {"RSA"});
    auto e = entry("Droit inconnu", "r", true, std::nullopt, {"XYZ"});
    const auto groups = publishedGroups({a, b, c, d, e}, families, rights);
    REQUIRE(groups.size() == 3);
    CHECK(groups[0].familyCode == "minima_sociaux");
    REQUIRE(groups[0].entries.size() == 1);
    CHECK(groups[0].entries[0].question == "RSA");
    CHECK(groups[1].familyCode == "logement");
    REQUIRE(groups[1].entries.size() == 1);
    CHECK(groups[1].entries[0].question == "APL puis RSA"); // once, under its first right
    CHECK(groups[2].familyCode.empty());
    REQUIRE(groups[2].entries.size() == 2);
    CHECK(groups[2].entries[0].question == "Sans droit");
    CHECK(groups[2].entries[1].question == "Droit inconnu");
}

TEST_CASE("the FAQ service: the privacy guard on question and answer, codes, a stale save") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::FaqService service(*store, test::testActor());
    auto e = entry("Que faire si mon RSA est suspendu ?",
                   "Appelez Mme Martine Dupont au 06 12 34 56 78.", true, Date::today(),
                   {"rsa", "AIDE_LOCALE"});
    e.institutions = {"caf"};
    CHECK_THROWS_AS(service.save(e), app::PersonalDataFound);
    CHECK(service.list().empty());
    const auto saved = service.save(e, app::PersonalData::SaveAnyway);
    CHECK(saved.rights == std::vector<std::string>{"RSA", "AIDE_LOCALE"}); // stored spelling
    CHECK(saved.institutions == std::vector<std::string>{"CAF"});
    const auto history = store->audit().history("faq", saved.id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].note.empty()); // saved despite the warning, and it says so
    bool rightAudited = false;
    for (const auto& r : store->reference().rights()) {
        if (r.code == "AIDE_LOCALE") {
            rightAudited = !store->audit().history("right", r.id).empty();
        }
    }
    CHECK(rightAudited);
    CHECK_THROWS_AS(service.save(entry("", "r", false, std::nullopt)), std::invalid_argument);

    auto mine = saved, theirs = saved;
    theirs.answer = "Contactez la CAF.";
    service.save(theirs);
    mine.answer = "Contactez le CCAS.";
    CHECK_THROWS_AS(service.save(mine), StorageError);
    CHECK(service.find(saved.id)->answer == "Contactez la CAF.");
    service.remove(saved.id);
    CHECK_FALSE(service.find(saved.id));
    CHECK(store->audit().history("faq", saved.id).back().action == "delete");
}

TEST_CASE("faq CSV: a wrong cell names line and column, and nothing is written") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    const std::string bad = "question;reponse;date_revision;publiee;fiches;id\n"
                            ";Une réponse;;;;\n"
                            "Une question ?;;;;;\n"
                            "Q ?;R.;31/2/2025;;;\n"
                            "Q ?;R.;;peut-être;;\n"
                            "Q ?;R.;;oui;2025-999;\n"
                            "Q ?;R.;;;;abc\n"
                            "Q ?;R.;2025-01-02;OUI;;\n";
    const auto summary = app::importFaq(*store, test::testActor(), bad, {});
    CHECK(test::errorsOf(summary) == std::vector<std::pair<int, std::string>>{{2, "question"},
                                                                              {3, "reponse"},
                                                                              {4, "date_revision"},
                                                                              {5, "publiee"},
                                                                              {6, "fiches"},
                                                                              {7, "id"}});
    CHECK(store->faq().list().empty());
}

TEST_CASE("faq CSV: export, import into an empty database, export again: same bytes") {
    test::TempDir dir;
    auto first = storage::openSqliteStore(dir / "a.sqlite");
    const auto actor = test::testActor();
    const std::string file =
        "question,reponse,droits,institutions,date_revision,publiee\n"
        "\"Mon APL, après un déménagement ?\",\"Déclarez la nouvelle adresse.\n\nAvec le "
        "bail.\",APL|ALS,CAF,5/3/2025,oui\n"
        "Brouillon ?,\"Réponse \"\"à venir\"\"\",,,,\n";
    const auto imported = app::importFaq(*first, actor, file, {});
    REQUIRE_FALSE(imported.hasErrors());
    CHECK(imported.created == 2);
    const std::string exported = app::exportFaq(*first);
    CHECK(exported.find("id;question;reponse;droits;institutions;fiches;date_revision;publiee") !=
          std::string::npos);
    CHECK(exported.find(";APL|ALS;CAF;;2025-03-05;oui\r\n") != std::string::npos);
    CHECK(exported.find(";;;;;non\r\n") != std::string::npos); // publiee defaults to non
    auto second = storage::openSqliteStore(dir / "b.sqlite");
    REQUIRE_FALSE(app::importFaq(*second, actor, exported, {}).hasErrors());
    CHECK(app::exportFaq(*second) == exported);
    CHECK(app::importFaq(*second, actor, exported, {}).hasErrors()); // the ids exist
    app::ImportOptions update;
    update.update = true;
    CHECK(app::importFaq(*second, actor, exported, update).updated == 2);
    CHECK(app::exportFaq(*second) == exported);
}

TEST_CASE("the published FAQ page: escaped, published answers only, accessible, no script") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::FaqService service(*store, test::testActor());
    service.save(entry("Le formulaire <cerfa> & \"l'attestation\" ?",
                       "<script>alert(1)</script> & \"quotes\" l'avis", true, Date(2025, 7, 14),
                       {"APL"}));
    service.save(entry("Question encore en brouillon", "Pas prête", false, std::nullopt, {"RSA"}));
    service.save(entry("Une question générale", "Venez au CCAS.", true, Date(2025, 1, 2)));
    const auto folder = dir / "site" / "faq";
    CHECK(app::publishFaq(*store, folder, Date(2026, 1, 5)) == 2);
    const std::string html = platform::readWholeFile(folder / "index.html");
    CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; l&#39;avis") !=
          std::string::npos);
    CHECK(html.find("Le formulaire &lt;cerfa&gt; &amp; &quot;l&#39;attestation&quot; ?") !=
          std::string::npos);
    CHECK(html.find("brouillon") == std::string::npos);
    CHECK(html.find("14/07/2025") != std::string::npos);
    CHECK(html.find("<main>") != std::string::npos);
    CHECK(html.find("@media print") != std::string::npos);
    CHECK(html.find("http") == std::string::npos); // nothing from outside
    CHECK(html.find("src=") == std::string::npos);
    // Logement before the group of questions naming no right, last.
    const auto housing = html.find("<h2 id=\"famille-logement\">");
    const auto others = html.find("<h2 id=\"autres-questions\">");
    REQUIRE(housing != std::string::npos);
    REQUIRE(others != std::string::npos);
    CHECK(housing < others);
    CHECK(html.find("href=\"#famille-logement\"") != std::string::npos); // the contents
}

TEST_CASE("stats --json: faq.to_review lists published answers over a year old, any period") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::FaqService service(*store, test::testActor());
    const Date today = Date::today();
    const auto old = service.save(entry("Ancienne ?", "R.", true, yearBefore(today).addDays(-1)));
    service.save(entry("Récente ?", "R.", true, yearBefore(today)));
    service.save(entry("Brouillon ?", "R.", false, yearBefore(today).addDays(-30)));
    const auto json = nlohmann::json::parse(
        app::statisticsJson(app::periodStatistics(*store, Period::year(2015))));
    CHECK(json["faq"]["published"] == 2);
    REQUIRE(json["faq"]["to_review"].size() == 1);
    CHECK(json["faq"]["to_review"][0]["id"] == old.id);
    CHECK(json["faq"]["to_review"][0]["question"] == "Ancienne ?");
    CHECK(json["faq"]["to_review"][0]["date_revision"] == yearBefore(today).addDays(-1).iso());
}
