// Emergency aid through the service and the aids CSV (FORMATS.md, "Emergency aid"): exact
// sums from every amount form, a wrong cell named and nothing written, the privacy guard,
// reference codes created and audited, a stale save refused, the round trip, and the
// `non_take_up_cost` of `stats --json` and of the annual report.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/aid_csv.h"
#include "app/aid_report.h"
#include "app/aid_service.h"
#include "app/statistics_service.h"
#include "storage/store.h"
#include "import_errors.h"
#include "support.h"

using namespace vigie;

namespace {

EmergencyAid granted(Date day, long long cents, const std::string& right = {}) {
    EmergencyAid a;
    a.grantedOn = day;
    a.cents = cents;
    a.right = right;
    return a;
}


} // namespace

TEST_CASE("aids CSV: every amount form French spreadsheets write adds up to the cent") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    const std::string file = "date;montant;nature;droit;non_recours;institution\n"
                             "2025-03-01;120;alimentaire;rsa;non_reception;caf\n"
                             "2025-03-02;120.5;;;;\n"
                             "2025-03-03;\"1 234,50\";logement;APL;;CAF\n"
                             "2025-03-04;1234,50 €;;;;\n"
                             "2025-03-05;1\xC2\xA0" "234,5;;;;\n"
                             "2025-03-06;0,10;;;;\n"
                             "2025-03-07;0,20;;;non_demande;\n";
    const auto summary = app::importAids(*store, test::testActor(), file, {});
    REQUIRE_FALSE(summary.hasErrors());
    CHECK(summary.created == 7);
    const auto stats = app::periodStatistics(*store, Period::year(2025));
    const auto& cost = stats.current.nonTakeUpCost;
    CHECK(cost.aids == 7);
    CHECK(cost.totalCents == 12000 + 12050 + 3 * 123450 + 10 + 20);
    CHECK(cost.linked.count == 3); // a right named, or a type of non-take-up
    CHECK(cost.linked.cents == 12000 + 123450 + 20);
    const auto json = nlohmann::json::parse(app::statisticsJson(stats));
    const auto& j = json["non_take_up_cost"];
    CHECK(j["aids"] == 7);
    CHECK(j["total"].get<double>() == doctest::Approx(3944.30));
    CHECK(j["linked"]["amount"].get<double>() == doctest::Approx(1354.70));
    CHECK(j["linked"]["percent"].get<double>() == doctest::Approx(34.35)); // 1354,70 / 3944,30
    REQUIRE(j["by_right"].size() == 2);
    CHECK(j["by_right"][0]["right"] == "APL"); // by amount first
    CHECK(j["by_right"][1]["right"] == "RSA"); // written "rsa": the stored spelling
    CHECK(j["by_institution"][0]["institution"] == "CAF");
    CHECK(j["by_institution"][0]["count"] == 2);
    CHECK(j["by_type"]["non_reception"]["amount"].get<double>() == doctest::Approx(120.0));
    CHECK(j["by_type"]["non_demande"]["count"] == 1);
    CHECK(j["by_type"]["non_connaissance"]["count"] == 0); // every type listed
    CHECK(j["by_nature"]["logement"]["amount"].get<double>() == doctest::Approx(1234.5));
    CHECK(json["previous"].is_null()); // nothing a year earlier
}

TEST_CASE("aids CSV: a wrong cell names line and column, and nothing is written") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    const std::string bad = "date;montant;nature;droit;non_recours;fiches\n"
                            "2025-01-02;12,345;;;;\n"
                            "2025-01-03;-5;;;;\n"
                            "2025-01-04;;;;;\n"
                            "2025-01-05;10;vetements;;;\n"
                            "2025-01-06;10;;RSA|APL;;\n"
                            "2025-01-07;10;;;non_recu;\n"
                            "2025-01-08;10;;;;2025-999\n"
                            "2025-01-09;0;;;;\n"
                            "2025-01-10;10;;;;\n";
    const auto summary = app::importAids(*store, test::testActor(), bad, {});
    CHECK(test::errorsOf(summary) == std::vector<std::pair<int, std::string>>{{2, "montant"},
                                                                       {3, "montant"},
                                                                       {4, "montant"},
                                                                       {5, "nature"},
                                                                       {6, "droit"},
                                                                       {7, "non_recours"},
                                                                       {8, "fiches"},
                                                                       {9, "montant"}});
    CHECK(store->aids().list(std::nullopt).empty());
}

TEST_CASE("aids CSV: export, import into an empty database, export again: same bytes") {
    test::TempDir dir;
    auto first = storage::openSqliteStore(dir / "a.sqlite");
    const auto actor = test::testActor();
    const std::string file = "date;montant;nature;droit;non_recours;institution;notes\n"
                             "2025-03-04;89,90;energie;CHEQUE_ENERGIE;non_reception;ASP;"
                             "Facture EDF, chèque énergie jamais reçu\n"
                             "4/3/2025;40;alimentaire;;;;\n";
    REQUIRE_FALSE(app::importAids(*first, actor, file, {}).hasErrors());
    const std::string exported = app::exportAids(*first, std::nullopt);
    CHECK(exported.find(";\"89,90\";energie;CHEQUE_ENERGIE;non_reception;ASP;;") !=
          std::string::npos);
    CHECK(exported.find("2025-03-04;\"40,00\";alimentaire") != std::string::npos);
    auto second = storage::openSqliteStore(dir / "b.sqlite");
    REQUIRE_FALSE(app::importAids(*second, actor, exported, {}).hasErrors());
    CHECK(app::exportAids(*second, std::nullopt) == exported);
    CHECK(app::importAids(*second, actor, exported, {}).hasErrors()); // the ids exist
    app::ImportOptions update;
    update.update = true;
    const auto again = app::importAids(*second, actor, exported, update);
    CHECK(again.updated == 2);
    CHECK(app::exportAids(*second, std::nullopt) == exported);
}

TEST_CASE("the aid service: the privacy guard, new codes audited, a stale save refused") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::AidService service(*store, test::testActor());
    auto aid = granted(Date(2025, 5, 12), 15000, "PRIME_NOEL");
    aid.institution = "MSA";
    aid.notes = "Mme Martine Dupont, 06 12 34 56 78";
    CHECK_THROWS_AS(service.save(aid), app::PersonalDataFound);
    CHECK(service.list(std::nullopt).empty());
    const auto saved = service.save(aid, app::PersonalData::SaveAnyway);
    const auto history = store->audit().history("aid", saved.id);
    REQUIRE(history.size() == 1);
    CHECK_FALSE(history[0].note.empty()); // saved despite the warning, and the history says so
    bool rightAudited = false;
    for (const auto& r : store->reference().rights()) {
        if (r.code == "PRIME_NOEL") {
            rightAudited = !store->audit().history("right", r.id).empty();
        }
    }
    CHECK(rightAudited);
    CHECK_THROWS_AS(service.save(granted(Date(2025, 5, 12), 0)), std::invalid_argument);
    CHECK_THROWS_AS(service.save(granted(Date(2025, 5, 12), 100'000'001)), std::invalid_argument);

    auto mine = saved, theirs = saved;
    mine.notes.clear();
    theirs.cents = 16000;
    theirs.notes.clear();
    service.save(theirs);
    CHECK_THROWS_AS(service.save(mine), StorageError); // read before their save: refused
    CHECK(service.find(saved.id)->cents == 16000);
}

TEST_CASE("the annual report's « Coût du non-recours »: this year beside the year before") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::AidService service(*store, test::testActor());
    auto rsa = granted(Date(2025, 2, 3), 25050, "RSA");
    rsa.nonTakeUp = NonTakeUp::NotReceived;
    service.save(rsa);
    service.save(granted(Date(2025, 6, 1), 4000));
    service.save(granted(Date(2024, 6, 1), 10000, "RSA"));
    const auto tables =
        app::nonTakeUpCostTables(*store, app::aidComparison(*store, Period::year(2025)));
    REQUIRE(tables.size() == 5);
    const auto& key = tables[0];
    CHECK(key.id == "non_take_up_cost");
    REQUIRE(key.rows.size() == 5);
    CHECK(key.rows[1].values[0].text == "100,00\u00a0€"); // a year earlier
    CHECK(key.rows[1].values[1].text == "290,50\u00a0€");
    CHECK(key.rows[3].values[1].text == "250,50\u00a0€"); // the cost of non-take-up
    CHECK(key.rows[4].values[1].text == "86,23\u00a0%");
    const auto& byRight = tables[1];
    REQUIRE(byRight.rows.size() == 1);
    CHECK(byRight.rows[0].values[0].text == "100,00\u00a0€");
    CHECK(byRight.rows[0].values[2].text == "250,50\u00a0€");
}

TEST_CASE("« Aide accordée… » from a report: its date, first right and institution, type, link") {
    DifficultyReport r;
    r.id = 42;
    r.receivedOn = Date(2026, 3, 9);
    r.rights = {"RSA", "APL"};
    r.institutions = {"CAF", "CD"};
    r.nonTakeUp = NonTakeUp::NotReceived;
    r.description = "Dossier RSA bloqué depuis trois mois.";
    const auto aid = app::aidFrom(r);
    CHECK(aid.id == 0);
    CHECK(aid.grantedOn == Date(2026, 3, 9));
    CHECK(aid.right == "RSA");
    CHECK(aid.institution == "CAF");
    CHECK(aid.nonTakeUp == NonTakeUp::NotReceived);
    CHECK(aid.reports == std::vector<ReportId>{42});
    CHECK(aid.cents == 0); // the amount is the user's to type
    CHECK_FALSE(aid.kind);
    CHECK(aid.notes.empty()); // the report's text stays in the report
    CHECK(aid.madeUpForARight());

    // A report naming neither right nor institution nor type: only the date and the link.
    DifficultyReport bare;
    bare.id = 7;
    bare.receivedOn = Date(2025, 12, 1);
    const auto plain = app::aidFrom(bare);
    CHECK(plain.right.empty());
    CHECK(plain.institution.empty());
    CHECK_FALSE(plain.nonTakeUp);
    CHECK_FALSE(plain.madeUpForARight());
    CHECK(plain.reports == std::vector<ReportId>{7});
    // A report not stored yet links nothing.
    CHECK(app::aidFrom(DifficultyReport{}).reports.empty());
}

TEST_CASE("the aids listed: a period, a kind, made up for a right or not") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "a.sqlite");
    app::AidService service(*store, test::testActor());
    auto food = granted(Date(2025, 2, 3), 5000, "RSA");
    food.kind = AidKind::Food;
    service.save(food);
    auto energy = granted(Date(2025, 3, 4), 12000);
    energy.kind = AidKind::Energy;
    service.save(energy);
    auto typed = granted(Date(2025, 3, 5), 3000);
    typed.kind = AidKind::Food;
    typed.nonTakeUp = NonTakeUp::Unknown; // a type without a right: made up for one all the same
    service.save(typed);
    service.save(granted(Date(2024, 3, 5), 1000, "APL"));

    app::AidFilter all;
    CHECK(service.list(all).size() == 4);
    app::AidFilter year;
    year.period = Period::year(2025);
    CHECK(service.list(year).size() == 3);
    auto foodOnly = year;
    foodOnly.kind = AidKind::Food;
    const auto foods = service.list(foodOnly);
    REQUIRE(foods.size() == 2);
    CHECK(foods[0].grantedOn == Date(2025, 2, 3)); // by date
    auto linked = year;
    linked.madeUpForARight = true;
    CHECK(service.list(linked).size() == 2);
    auto notLinked = year;
    notLinked.madeUpForARight = false;
    const auto others = service.list(notLinked);
    REQUIRE(others.size() == 1);
    CHECK(others[0].kind == AidKind::Energy);
}
