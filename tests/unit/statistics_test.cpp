// The statistics of a period from the database: counted figures, the year before, the
// figures typed in for the years before Vigie, and their migration.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

#include "app/meeting_service.h"
#include "app/report_service.h"
#include "app/solicitation_service.h"
#include "app/statistics_service.h"
#include "storage/database_file.h"
#include "storage/schema.h"
#include "support.h"

using namespace vigie;
using Json = nlohmann::json;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "s.sqlite");
    app::ReportService reports{*store, test::testActor()};

    DifficultyReport add(Date received, CategorySet categories, std::vector<std::string> rights,
                         std::vector<std::string> institutions = {"CAF"}) {
        DifficultyReport r;
        r.receivedOn = received;
        r.description = "Situation";
        r.categories = categories;
        r.rights = std::move(rights);
        r.institutions = std::move(institutions);
        r.source = "Accueil CCAS";
        return reports.create(r);
    }
};

// The seed's 2014 column as a director would type it from the old Excel file.
EnteredFigures seed2014() {
    EnteredFigures e;
    e.year = 2014;
    e.meetings = 11;
    e.reports = 41;
    e.categories = {{Category::NonAccess, 8}, {Category::Delay, 13}, {Category::Precarity, 31}};
    e.rightFamilies = {{"minima_sociaux", 11}, {"logement", 6}};
    e.solicitations = {{{"CAF"}, 4, 2, {"Prise de RDV par Internet"}},
                       {{"MDPH", "CAF"}, 1, 0, {"Droit invalidité"}}};
    return e;
}

} // namespace

TEST_CASE_FIXTURE(Fixture, "a year's every figure from the database, with the year before") {
    add(Date(2024, 5, 1), {Category::Delay}, {"RSA"});
    auto a = add(Date(2025, 1, 10), {Category::NonAccess, Category::Precarity}, {"RSA", "APL"});
    add(Date(2025, 3, 3), {Category::Delay}, {"CSS"}, {"CPAM"});
    auto withdrawn = add(Date(2025, 4, 4), {Category::Delay}, {"CSS"});
    reports.withdraw(withdrawn.id);
    app::MeetingService meetings(*store, test::testActor());
    Meeting m;
    m.date = Date(2025, 2, 1);
    m.state = MeetingState::Held;
    m.agenda.push_back({0, AgendaKind::NewReport, a.id, std::nullopt, "", ""});
    m = meetings.save(m);
    Decision d;
    d.meeting = m.id;
    d.report = a.id;
    d.kind = DecisionKind::CollectiveAlert;
    d.text = "Rappel";
    d.institutions = {"CAF"};
    meetings.save(d);

    const auto stats = app::yearStatistics(*store, 2025);
    CHECK(stats.calendarYear());
    CHECK(stats.current.reports == 2);
    CHECK(stats.current.meetings == 1);
    REQUIRE(stats.previous);
    CHECK(stats.previous->reports == 1);
    const auto json = Json::parse(app::statisticsJson(stats));
    CHECK(json["year"] == 2025);
    CHECK(json["entered"] == false);
    CHECK(json["rights"][0]["right"] == "RSA");
    CHECK(json["institutions"][0]["institution"] == "CAF");
    CHECK(json["institutions"][0]["percent"] == 50.0);
    CHECK(json["sources"][0]["count"] == 2);
    CHECK(json["follow_ups"]["collective_alert"] == 1);
    CHECK(json["reports_with_follow_up"] == 1);
    CHECK(json["outcomes"]["open"]["count"] == 2);
    CHECK(json["monthly"].size() == 12);
    CHECK(json["monthly"][0]["reports"] == 1);
    CHECK(json["monthly"][2]["reports"] == 1);
    CHECK(json["monthly"][3]["reports"] == 0); // withdrawn in April: not counted
    CHECK(json["previous"]["reports"] == 1);

    // Any period: the first quarter beside the first quarter of 2024 (empty: no previous).
    const auto quarter = app::periodStatistics(*store, {Date(2025, 1, 1), Date(2025, 3, 31)});
    CHECK_FALSE(quarter.calendarYear());
    CHECK(quarter.current.reports == 2);
    CHECK(quarter.current.monthly.size() == 3);
    CHECK_FALSE(quarter.previous);
    CHECK(Json::parse(app::statisticsJson(quarter))["changes"].is_null());
}

TEST_CASE_FIXTURE(Fixture, "figures typed in for the year before Vigie fill the N-1 column") {
    add(Date(2015, 2, 2), {Category::NonAccess}, {"RSA"});
    app::EnteredFiguresService entered(*store, test::testActor());
    entered.save(seed2014());
    const auto json = Json::parse(app::statisticsJson(app::yearStatistics(*store, 2015)));
    REQUIRE(json["previous"].is_object());
    CHECK(json["previous"]["entered"] == true);
    CHECK(json["previous"]["reports"] == 41);
    CHECK(json["previous"]["meetings"] == 11);
    CHECK(json["previous"]["categories"]["non_access"]["percent"] == 19.51);
    CHECK(json["previous"]["categories"]["delay"]["percent"] == 31.71);
    CHECK(json["previous"]["right_families"]["minima_sociaux"]["count"] == 11);
    CHECK(json["previous"]["solicitations"]["total"] == 5);
    CHECK(json["previous"]["solicitations"]["by_addressees"][1]["addressees"] ==
          Json::array({"MDPH", "CAF"}));
    // The changes the report prints, as numbers: counts in %, shares in points.
    REQUIRE(json["changes"].is_object());
    CHECK(json["changes"]["reports"] == -97.56); // 41 -> 1
    CHECK(json["changes"]["meetings"] == -100.0);
    CHECK(json["changes"]["categories"]["non_access"]["points"] == 80.49); // 19.51 % -> 100 %
    CHECK(json["changes"]["categories"]["non_access"]["count"] == -87.5);  // 8 -> 1
    CHECK(json["changes"]["categories"]["precarity"]["points"] == -75.61);
    CHECK(json["changes"]["right_families"]["minima_sociaux"]["points"] == 73.17);
    CHECK(json["changes"]["right_families"]["minima_sociaux"]["count"] == -90.91);
    CHECK(json["changes"]["solicitations"]["total"] == -100.0);
    // Kept with who typed them and when, and in the audit trail.
    const auto back = store->enteredFigures().find(2014);
    REQUIRE(back);
    CHECK(back->enteredBy == test::testActor().user);
    CHECK(store->audit().history("entered_figures", 2014).size() == 1);
}

TEST_CASE_FIXTURE(Fixture, "entered and counted figures never mix") {
    add(Date(2015, 2, 2), {Category::NonAccess}, {"RSA"});
    app::EnteredFiguresService entered(*store, test::testActor());
    EnteredFigures e = seed2014();
    e.year = 2015; // a year Vigie counts already
    CHECK_THROWS_WITH_AS(entered.save(e), doctest::Contains("2015"), std::runtime_error);
    CHECK_FALSE(store->enteredFigures().find(2015));

    // Figures that do not add up are refused, nothing stored.
    EnteredFigures wrong = seed2014();
    wrong.categories[Category::Delay] = 50;
    CHECK_THROWS_AS(entered.save(wrong), std::runtime_error);
    CHECK_FALSE(store->enteredFigures().find(2014));

    // Entered, then Vigie gets a report of that year: the counted data wins.
    entered.save(seed2014());
    add(Date(2014, 12, 1), {Category::Delay}, {"AAH"});
    const auto stats = app::yearStatistics(*store, 2014);
    CHECK_FALSE(stats.current.entered);
    CHECK(stats.current.reports == 1);

    entered.remove(2014);
    CHECK_FALSE(store->enteredFigures().find(2014));
    CHECK(store->audit().history("entered_figures", 2014).size() == 2);
}

TEST_CASE_FIXTURE(Fixture, "a year alone: previous is null, percentages without reports are null") {
    const auto json = Json::parse(app::statisticsJson(app::yearStatistics(*store, 2030)));
    CHECK(json["reports"] == 0);
    CHECK(json["categories"]["delay"]["percent"].is_null());
    CHECK(json["outcomes"]["median_days_to_resolution"].is_null());
    CHECK(json["previous"].is_null());
}

TEST_CASE("migration to version 4 keeps the solicitations and adds the entered figures") {
    test::TempDir dir;
    const auto file = dir / "v3.sqlite";
    {
        // A database as version 3 of Vigie left it, with a solicitation.
        auto v3 = storage::schema::migrations();
        v3.resize(3);
        auto opened = storage::openDatabaseFile(file, {}, v3);
        opened.db->exec("INSERT INTO solicitations(id, sent_on, subject, channel, expected_by, "
                        "created_at, updated_at) VALUES (1, '2015-01-20', 'Prise de RDV', "
                        "'mail', '2015-02-19', 'x', 'x')");
        opened.db->exec("INSERT INTO solicitation_addressees(solicitation_id, position, "
                        "institution_id) SELECT 1, 1, id FROM institutions WHERE code = 'CAF'");
    }
    auto store = storage::openSqliteStore(file);
    CHECK(store->info().migrated);
    REQUIRE(store->info().migrationBackup);
    CHECK(store->info().schemaVersion == storage::schema::currentVersion());
    const auto s = store->solicitations().find(1);
    REQUIRE(s);
    CHECK(s->addressees == std::vector<std::string>{"CAF"});
    app::EnteredFiguresService(*store, test::testActor()).save(seed2014());
    CHECK(store->enteredFigures().years() == std::vector<int>{2014});
    SQLite::Database copy(store->info().migrationBackup->string(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == 3);
}
