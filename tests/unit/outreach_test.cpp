// Outreach ("aller-vers"): the figures of a period on hand-made sessions, the rules of a
// session, the sessions CSV (FORMATS.md) and the partners' report read back as text.
#include <doctest/doctest.h>

#include "app/outreach_report.h"
#include "app/outreach_service.h"
#include "app/report_csv.h"
#include "app/report_service.h"
#include "app/session_csv.h"
#include "domain/outreach.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

OutreachSession held(Date day, const std::string& scheme, long long people,
                     std::optional<long long> fresh = {}) {
    OutreachSession s;
    s.heldOn = day;
    s.scheme = scheme;
    s.people = people;
    s.newPeople = fresh;
    return s;
}

const std::vector<RightFamily>& families() {
    return defaultRightFamilies();
}

} // namespace

TEST_CASE("outreach figures: totals, rates over people, per session, by scheme then code") {
    auto a = held(Date(2025, 1, 7), "caravane", 10, 6);
    a.startsAt = TimeOfDay::parse("9:00");
    a.endsAt = TimeOfDay::parse("12h30");
    a.district = "Villeneuve";
    a.informed = 5;
    a.themes = {"logement", "sante", "logement"}; // written twice, counted once
    a.reports = {4, 5};
    auto b = held(Date(2025, 2, 11), "equipe_mobile", 5); // nouvelles left empty: 0
    b.district = "Mistral";
    b.themes = {"sante"};
    b.reports = {5};
    auto c = held(Date(2025, 2, 18), "caravane", 0);
    auto outside = held(Date(2025, 4, 1), "caravane", 100, 100);
    const auto f = computeOutreachFigures({Date(2025, 1, 1), Date(2025, 3, 31)},
                                          {a, b, c, outside}, families());
    CHECK(f.sessions == 3);
    CHECK(f.people == 15);
    CHECK(f.newPeople == 6);
    CHECK(f.newPeopleShare->hundredths() == 4000);
    CHECK(f.informedShare->hundredths() == 3333); // 5 / 15, half up
    CHECK(*f.peoplePerSession == doctest::Approx(5.0));
    CHECK(f.hours == doctest::Approx(3.5));
    CHECK(f.reportsRaised == 2); // report 5 raised twice counts once
    REQUIRE(f.byScheme.size() == 2);
    CHECK(f.byScheme[0].key == "caravane");
    CHECK(f.byScheme[0].sessions == 2);
    CHECK(f.byScheme[0].newPeople == 6);
    CHECK(f.byDistrict.front().key == ""); // the one not said, counted all the same
    const auto theme = [&](const std::string& code) {
        for (const auto& t : f.themes) {
            if (t.family == code) {
                return t;
            }
        }
        FAIL("no theme " << code);
        return ThemeShare{};
    };
    CHECK(theme("sante").sessions == 2);
    CHECK(theme("sante").percent->hundredths() == 6667);
    CHECK(theme("logement").sessions == 1);
    CHECK(theme("emploi").sessions == 0);
    CHECK(f.themes.size() == families().size());
    REQUIRE(f.monthly.size() == 3);
    CHECK(f.monthly[1].people == 5);
}

TEST_CASE("outreach figures of an empty period: zeros, rates and per session null") {
    const auto f = computeOutreachFigures(Period::year(2024), {}, families());
    CHECK(f.sessions == 0);
    CHECK_FALSE(f.newPeopleShare);
    CHECK_FALSE(f.peoplePerSession);
    CHECK(f.hours == 0);
    CHECK_FALSE(f.hasData());
    // Sessions without anybody met: a rate over people stays null.
    const auto empty = computeOutreachFigures(Period::year(2024), {held(Date(2024, 5, 2), "x", 0)},
                                              families());
    CHECK(empty.sessions == 1);
    CHECK_FALSE(empty.newPeopleShare);
    CHECK(*empty.peoplePerSession == 0);
}

TEST_CASE("the period before: a quarter's quarter, across a year boundary, or as many days") {
    const Period q1{Date(2025, 1, 1), Date(2025, 3, 31)};
    CHECK(periodBefore(q1).first == Date(2024, 10, 1));
    CHECK(periodBefore(q1).last == Date(2024, 12, 31));
    const Period february{Date(2024, 2, 1), Date(2024, 2, 29)};
    CHECK(periodBefore(february).first == Date(2024, 1, 1));
    CHECK(periodBefore(february).last == Date(2024, 1, 31));
    const Period tenDays{Date(2025, 1, 3), Date(2025, 1, 12)};
    CHECK(periodBefore(tenDays).first == Date(2024, 12, 24));
    CHECK(periodBefore(tenDays).last == Date(2025, 1, 2));
    CHECK(periodBefore(Period::year(2025)).first == Date(2024, 1, 1));
}

TEST_CASE("a session's times and counts: what reads, what is refused") {
    CHECK(TimeOfDay::parse("9:30")->text() == "09:30");
    CHECK(TimeOfDay::parse("14h")->text() == "14:00");
    CHECK(TimeOfDay::parse("14H05")->minutes == 14 * 60 + 5);
    CHECK_FALSE(TimeOfDay::parse("25:00"));
    CHECK_FALSE(TimeOfDay::parse("9.30"));
    CHECK_FALSE(TimeOfDay::parse("9:3"));
    auto s = held(Date(2025, 1, 7), "caravane", 4, 5);
    s.informed = 4;
    s.startsAt = TimeOfDay::parse("12:00");
    s.endsAt = TimeOfDay::parse("9:00");
    const auto problems = problemsOf(s);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].field == "nouvelles");
    CHECK(problems[1].field == "heure_fin");
    CHECK_FALSE(s.hours());
}

TEST_CASE("sessions CSV: a wrong cell names line and column and nothing is written") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "s.sqlite");
    const auto actor = test::testActor();
    const std::string bad = "date;dispositif;personnes;nouvelles;informees;heure_debut;themes\n"
                            "2025-01-02;caravane;2.5;;;;\n"
                            "2025-01-03;caravane;4;6;;;\n"
                            "2025-01-04;caravane;4;;-1;;\n"
                            "2025-01-05;caravane;4;;;9h60;\n"
                            "2025-01-06;caravane;4;;;;logement|voyage\n"
                            "2025-01-07;caravane;4;;;;\n";
    app::ImportOptions options;
    const auto summary = app::importSessions(*store, actor, bad, options);
    CHECK(summary.hasErrors());
    std::vector<std::pair<int, std::string>> where;
    for (const auto& p : summary.problems) {
        if (p.severity == app::Severity::Error) {
            where.emplace_back(p.line, p.column);
        }
    }
    CHECK(where == std::vector<std::pair<int, std::string>>{{2, "personnes"},
                                                            {3, "nouvelles"},
                                                            {4, "informees"},
                                                            {5, "heure_debut"},
                                                            {6, "themes"}});
    CHECK(store->outreach().list({}).empty());
}

TEST_CASE("sessions CSV: export, import into an empty database, export again: same bytes") {
    test::TempDir dir;
    auto first = storage::openSqliteStore(dir / "a.sqlite");
    const auto actor = test::testActor();
    const std::string file =
        "date;heure_debut;heure_fin;dispositif;lieu;quartier;partenaire;personnes;nouvelles;"
        "rdv_droits;themes;notes\n"
        "2025-03-04;9:00;12:30;caravane;Place du marché;Villeneuve;caf;12;9;3;sante|LOGEMENT;"
        "Beaucoup de questions sur la CSS\n"
        "4/3/2025;14h;;maraude;;Mistral;FT;1 098;0;;;\n";
    app::ImportOptions options;
    const auto summary = app::importSessions(*first, actor, file, options);
    REQUIRE_FALSE(summary.hasErrors());
    CHECK(summary.created == 2);
    const auto sessions = first->outreach().list({});
    REQUIRE(sessions.size() == 2);
    CHECK(sessions[0].people == 12);
    CHECK(sessions[0].partner == "CAF");
    CHECK(sessions[0].themes == std::vector<std::string>{"sante", "logement"});
    CHECK(sessions[1].people == 1098);
    CHECK(sessions[1].newPeople == 0);
    CHECK_FALSE(sessions[1].rightsAppointments);
    const std::string exported = app::exportSessions(*first, std::nullopt);
    auto second = storage::openSqliteStore(dir / "b.sqlite");
    REQUIRE_FALSE(app::importSessions(*second, actor, exported, options).hasErrors());
    CHECK(app::exportSessions(*second, std::nullopt) == exported);
    // Imported again without --update: the ids exist.
    CHECK(app::importSessions(*second, actor, exported, options).hasErrors());
}

TEST_CASE("the service: defaults from the scheme's last session, the privacy guard on notes") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "s.sqlite");
    app::OutreachService service(*store, test::testActor());
    auto s = held(Date(2025, 3, 4), "caravane", 8);
    s.place = "Place du marché";
    s.district = "Villeneuve";
    s.partner = "CAF";
    s.startsAt = TimeOfDay::parse("9:00");
    service.save(s);
    const auto next = service.draft("caravane", Date(2025, 3, 11));
    CHECK(next.heldOn == Date(2025, 3, 11));
    CHECK(next.place == "Place du marché");
    CHECK(next.district == "Villeneuve");
    CHECK(next.partner == "CAF");
    CHECK(next.startsAt->text() == "09:00");
    CHECK(next.people == 0);
    auto named = next;
    named.people = 3;
    named.notes = "Mme Martine Dupont, 06 12 34 56 78, a besoin d'aide";
    CHECK_THROWS_AS(service.save(named), app::PersonalDataFound);
    CHECK(service.list({}).size() == 1);
    service.save(named, app::PersonalData::SaveAnyway);
    CHECK(service.list({}).size() == 2);
    auto wrong = next;
    wrong.people = 2;
    wrong.newPeople = 3;
    CHECK_THROWS_AS(service.save(wrong), std::invalid_argument);
}

TEST_CASE("the partners' report: the period's figures beside T-1 and N-1, read back") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "s.sqlite");
    app::OutreachService service(*store, test::testActor());
    auto now = held(Date(2025, 2, 4), "caravane", 17, 11);
    now.notes = "Questions sur la complémentaire santé solidaire";
    service.save(now);
    service.save(held(Date(2024, 11, 5), "caravane", 9));  // the quarter before
    service.save(held(Date(2024, 2, 6), "caravane", 13)); // a year earlier
    const auto pdf = dir / "aller-vers.pdf";
    app::writeOutreachReport(*store, {Date(2025, 1, 1), Date(2025, 3, 31)}, "", pdf);
    const std::string text = test::run("pdftotext -layout '" + pdf.string() + "' - 2>/dev/null");
    CHECK(text.find("01/01/2025") != std::string::npos);
    CHECK(text.find("complémentaire santé solidaire") != std::string::npos);
    // The people met: 9 the quarter before, 13 a year earlier, 17 now, +30,77 % over a year.
    bool found = false;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.find(" 9 ") != std::string::npos && line.find(" 13 ") != std::string::npos &&
            line.find(" 17 ") != std::string::npos) {
            found = line.find("30,77") != std::string::npos;
            break;
        }
    }
    CHECK(found);
}

TEST_CASE("sessions CSV --update: the columns given replace, the others and withdrawn links stay") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "s.sqlite");
    const auto actor = test::testActor();
    app::ImportOptions options;
    REQUIRE_FALSE(app::importReports(*store, actor,
                                     "reference;date_reception;description;categories\n"
                                     "2025-001;2025-03-05;Dossier bloqué;delai\n"
                                     "2025-002;2025-03-06;Doublon;delai\n",
                                     options)
                      .hasErrors());
    REQUIRE_FALSE(app::importSessions(*store, actor,
                                      "id;date;dispositif;lieu;personnes;nouvelles;fiches\n"
                                      "7;2025-03-04;caravane;Place du marché;12;9;2025-001|2025-002\n",
                                      options)
                      .hasErrors());
    const auto withdrawn = store->reports().findByReference({2025, 2});
    app::ReportService(*store, actor).withdraw(withdrawn->id);
    // What the default export writes: the withdrawn report left out of `fiches`.
    app::ImportOptions update;
    update.update = true;
    REQUIRE_FALSE(app::importSessions(*store, actor,
                                      "id;date;dispositif;personnes;fiches\n"
                                      "7;2025-03-04;caravane;15;2025-001\n",
                                      update)
                      .hasErrors());
    const auto s = store->outreach().find(7);
    REQUIRE(s);
    CHECK(s->people == 15);
    CHECK(s->place == "Place du marché"); // no `lieu` column: kept
    CHECK(s->newPeople == 9);
    CHECK(s->reports.size() == 2); // the withdrawn report's link kept
}
