// Reference data edited through the app layer: a right family renamed keeps its code, is
// audited, refuses an empty or taken label, and shows its new label in the statistics.
#include <doctest/doctest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "storage/store.h"
#include "app/annual_report.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "app/statistics_service.h"
#include "support.h"

using namespace vigie;
using Json = nlohmann::json;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "r.sqlite");
    app::ReferenceService reference{*store, test::testActor()};

    std::string labelOf(const std::string& code) {
        for (const auto& f : store->reference().rightFamilies()) {
            if (f.code == code) {
                return f.label;
            }
        }
        return "(none)";
    }
    std::vector<std::string> codes() {
        std::vector<std::string> out;
        for (const auto& f : store->reference().rightFamilies()) {
            out.push_back(f.code);
        }
        return out;
    }
};

} // namespace

TEST_CASE_FIXTURE(Fixture,
                  "a right family is renamed, trimmed, its code kept, with its audit row") {
    const auto codesBefore = codes();
    const long long auditBefore = store->audit().size();

    const auto renamed = reference.renameFamily("minima_sociaux", "  Revenus minimaux\t");
    CHECK(renamed.code == "minima_sociaux");
    CHECK(renamed.label == "Revenus minimaux");
    CHECK(labelOf("minima_sociaux") == "Revenus minimaux");
    CHECK(codes() == codesBefore); // same codes, same order
    CHECK(store->audit().size() == auditBefore + 1);

    const auto history = store->audit().history("right_family", 0);
    REQUIRE(history.size() == 1);
    const auto& entry = history.back();
    CHECK(entry.user == "testeur");
    CHECK(entry.action == "update");
    CHECK_FALSE(entry.at.empty());
    CHECK(Json::parse(entry.before) ==
          Json{{"code", "minima_sociaux"}, {"label", "Minima sociaux"}});
    CHECK(Json::parse(entry.after) ==
          Json{{"code", "minima_sociaux"}, {"label", "Revenus minimaux"}});

    // Its own label in another case is no conflict; the same label again records nothing.
    reference.renameFamily("minima_sociaux", "revenus minimaux");
    CHECK(labelOf("minima_sociaux") == "revenus minimaux");
    reference.renameFamily("minima_sociaux", "revenus minimaux ");
    CHECK(store->audit().history("right_family", 0).size() == 2);

    // The rights keep their family.
    const auto rights = store->reference().rights();
    const auto rsa =
        std::find_if(rights.begin(), rights.end(), [](const Right& r) { return r.code == "RSA"; });
    REQUIRE(rsa != rights.end());
    CHECK(rsa->familyCode == "minima_sociaux");
}

TEST_CASE_FIXTURE(
    Fixture, "renaming a right family refuses an empty label, an unknown code, a taken label") {
    const long long auditBefore = store->audit().size();
    CHECK_THROWS_AS(reference.renameFamily("logement", ""), std::invalid_argument);
    CHECK_THROWS_AS(reference.renameFamily("logement", "  \t "), std::invalid_argument);
    CHECK_THROWS_AS(reference.renameFamily("housing", "Housing"), std::invalid_argument);
    CHECK_THROWS_AS(reference.renameFamily("", "Housing"), std::invalid_argument);
    // Another family's label, whatever the case, accents and spaces around it.
    for (const char* taken : {"Santé", "SANTE", " sante "}) {
        try {
            reference.renameFamily("logement", taken);
            FAIL("accepted " << taken);
        } catch (const StorageError& e) {
            CHECK(e.kind() == StorageError::Kind::Conflict);
            CHECK(std::string(e.what()).find("Santé") != std::string::npos);
        }
    }
    CHECK(labelOf("logement") == "Logement");
    CHECK(labelOf("sante") == "Santé");
    CHECK(store->audit().size() == auditBefore);
}

TEST_CASE_FIXTURE(Fixture, "the statistics and the annual report show the family's new label") {
    app::ReportService reports(*store, test::testActor());
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Délai de traitement d'une demande de RSA";
    r.categories = {Category::Delay};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    r.source = "Accueil CCAS";
    reports.create(r);
    reference.renameFamily("minima_sociaux", "Revenus minimaux");

    const auto stats = app::yearStatistics(*store, 2025);
    REQUIRE_FALSE(stats.current.rightFamilies.empty());
    const auto& [family, share] = stats.current.rightFamilies.front();
    CHECK(family.code == "minima_sociaux");
    CHECK(family.label == "Revenus minimaux");
    CHECK(share.count == 1);

    const auto document = app::statisticsDocument(*store, stats, false);
    const auto table = std::find_if(document.tables.begin(), document.tables.end(),
                                    [](const auto& t) { return t.id == "right_families"; });
    REQUIRE(table != document.tables.end());
    const auto row = std::find_if(table->rows.begin(), table->rows.end(),
                                  [](const auto& x) { return x.link == "family:minima_sociaux"; });
    REQUIRE(row != table->rows.end());
    CHECK(row->label == "Revenus minimaux");
    bool inSummary = false;
    for (const auto& sentence : document.summary) {
        inSummary = inSummary || sentence.find("Revenus minimaux") != std::string::npos;
    }
    CHECK(inSummary); // "the rights most concerned belong to the family « Revenus minimaux »"
    for (const auto& t : document.tables) {
        for (const auto& x : t.rows) {
            CHECK(x.label.find("Minima sociaux") == std::string::npos);
        }
    }

    // stats --json keeps the code as its key: the contract of FORMATS.md.
    const auto json = Json::parse(app::statisticsJson(stats));
    CHECK(json["right_families"].contains("minima_sociaux"));
    CHECK(json["right_families"]["minima_sociaux"]["count"] == 1);
}
