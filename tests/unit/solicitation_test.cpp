// Solicitations: the seed's 2015 table rebuilt from a CSV file, reminders around month
// ends and leap years, medians, the link with meeting decisions, the CSV round trip.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <nlohmann/json.hpp>
#include <SQLiteCpp/SQLiteCpp.h>

#include "app/meeting_service.h"
#include "app/report_csv.h"
#include "app/report_service.h"
#include "app/solicitation_csv.h"
#include "app/solicitation_service.h"
#include "app/statistics_service.h"
#include "storage/database_file.h"
#include "storage/schema.h"
#include "support.h"

using namespace vigie;

namespace {

// The Bourg-en-Bresse table of 2015 (DOMAIN.md): 12 solicitations of the partnership.
const char* kSeed2015 =
    "date_envoi;destinataires;objet;date_reponse;repondant;reponse\n"
    "2015-01-20;CAF;Prise de RDV par Internet;2015-02-10;;Un créneau dédié est ouvert\n"
    "2015-03-03;CAF;Prise de RDV par Internet;;;\n"
    "2015-05-12;CAF;Prise en compte MAJ;;;\n"
    "2015-02-17;CARSAT;Situation individuelle;2015-03-01;;Dossier débloqué\n"
    "2015-04-14;CARSAT;Lien avec les tutelles;2015-05-20;;Référent désigné\n"
    "2015-06-09;CARSAT;Liquidation de droit provisoire;2015-06-30;;Procédure expliquée\n"
    "2015-03-10;CPAM;Délai calcul IJ maladie;2015-04-02;;Délai réduit\n"
    "2015-09-08;MDPH;Imprimé PCH;2015-10-01;;Notice simplifiée\n"
    "2015-11-10;MSA;Situation individuelle;2015-11-25;;Réglée\n"
    "2015-06-16;CAF|FT;Législations contradictoires;2015-07-21;CAF;Note commune\n"
    "2015-10-13;MDPH|CAF|CPAM;Droit invalidité avant AAH;;;\n"
    "2015-12-01;PIO;Accès aux droits/démarches internet;2015-12-15;CARSAT;Ateliers prévus\n";

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "s.sqlite");
};


} // namespace

TEST_CASE_FIXTURE(Fixture, "the seed's 2015 table, rebuilt from a CSV file") {
    auto s = app::importSolicitations(*store, test::testActor(), kSeed2015, {});
    REQUIRE(s.written);
    CHECK(s.created == 12);
    const auto json = nlohmann::json::parse(app::statisticsJson(app::yearStatistics(*store, 2015)));
    const auto& sol = json["solicitations"];
    CHECK(sol["total"] == 12);
    CHECK(sol["answered"] == 9);
    const auto& sets = sol["by_addressees"];
    REQUIRE(sets.size() == 8);
    auto row = [&](std::size_t i) { return sets[i]; };
    CHECK(row(0)["addressees"] == nlohmann::json::array({"CAF"}));
    CHECK(row(0)["count"] == 3);
    CHECK(row(0)["answered"] == 1);
    CHECK(row(0)["subjects"] == nlohmann::json::array({"Prise de RDV par Internet",
                                                        "Prise de RDV par Internet",
                                                        "Prise en compte MAJ"}));
    CHECK(row(1)["addressees"] == nlohmann::json::array({"CARSAT"}));
    CHECK(row(1)["count"] == 3);
    CHECK(row(1)["answered"] == 3);
    CHECK(row(1)["answered_by"] == nlohmann::json::array({"CARSAT"}));
    // Then the single solicitations, by label.
    CHECK(row(2)["label"] == "CAF-FT");
    CHECK(row(2)["answered_by"] == nlohmann::json::array({"CAF"}));
    CHECK(row(3)["label"] == "CPAM");
    CHECK(row(4)["label"] == "MDPH");
    CHECK(row(5)["addressees"] == nlohmann::json::array({"MDPH", "CAF", "CPAM"}));
    CHECK(row(5)["answered"] == 0);
    CHECK(row(6)["label"] == "MSA");
    CHECK(row(7)["addressees"] == nlohmann::json::array({"PIO"}));
    CHECK(row(7)["answered"] == 1);
    CHECK(row(7)["answered_by"] == nlohmann::json::array({"CARSAT"}));

    // By institution: each body counted in every solicitation that names it.
    std::map<std::string, std::pair<long, long>> byInstitution;
    for (const auto& r : sol["by_institution"]) {
        byInstitution[r["institution"]] = {r["count"], r["answered"]};
    }
    CHECK(byInstitution["CAF"] == std::pair<long, long>{5, 2});
    CHECK(byInstitution["CARSAT"] == std::pair<long, long>{3, 3});
    CHECK(byInstitution["CPAM"] == std::pair<long, long>{2, 1});
    CHECK(byInstitution["MDPH"] == std::pair<long, long>{2, 1});
    CHECK(byInstitution["FT"] == std::pair<long, long>{1, 1});
    CHECK(byInstitution["PIO"] == std::pair<long, long>{1, 1});
    CHECK(json["previous"].is_null());
    // What each body was asked: one subject per solicitation naming it, alone or jointly,
    // in the order sent (a question asked twice shows twice).
    std::map<std::string, nlohmann::json> subjects;
    for (const auto& r : sol["by_institution"]) {
        subjects[r["institution"]] = r["subjects"];
    }
    CHECK(subjects["CAF"] ==
          nlohmann::json::array({"Prise de RDV par Internet", "Prise de RDV par Internet",
                                 "Prise en compte MAJ", "Législations contradictoires",
                                 "Droit invalidité avant AAH"}));
    CHECK(subjects["CPAM"] ==
          nlohmann::json::array({"Délai calcul IJ maladie", "Droit invalidité avant AAH"}));
    CHECK(subjects["PIO"] == nlohmann::json::array({"Accès aux droits/démarches internet"}));

    // Reopened, the file passes the integrity check and reads back in the order written.
    store.reset();
    store = storage::openSqliteStore(dir / "s.sqlite");
    const auto joint = store->solicitations().list({});
    REQUIRE(joint.size() == 12);
    CHECK(joint[9].addressees == std::vector<std::string>{"MDPH", "CAF", "CPAM"});
}

TEST_CASE("an answer counts whenever it came, the solicitation in the year it was sent") {
    Solicitation s;
    s.id = 1;
    s.sentOn = Date(2015, 12, 20);
    s.addressees = {"CAF"};
    s.subject = "x";
    s.answeredOn = Date(2016, 1, 10);
    auto in2015 = computeSolicitationFigures({s}, Period::year(2015));
    auto in2016 = computeSolicitationFigures({s}, Period::year(2016));
    CHECK(in2015.total == 1);
    CHECK(in2015.answered == 1);
    CHECK(in2016.total == 0);
    REQUIRE(in2015.byInstitution.size() == 1);
    CHECK(in2015.byInstitution[0].medianDelayDays == 21.0);
}

TEST_CASE("the median of an even count is the mean of the two middle values") {
    CHECK(median({3, 10, 4, 7}) == 5.5);
    CHECK(median({5}) == 5.0);
    CHECK(median({9, 1, 5}) == 5.0);
    CHECK(median({2, 2}) == 2.0);
    CHECK_FALSE(median({}));
}

TEST_CASE_FIXTURE(Fixture, "overdue after the expected date, around month ends and leap years") {
    app::SolicitationService service(*store, test::testActor());
    auto make = [&](Date sent) {
        Solicitation s;
        s.sentOn = sent;
        s.addressees = {"CAF"};
        s.subject = "Relance";
        return service.save(s);
    };
    const auto leap = make(Date(2024, 1, 31)); // + 30 days, through 29 February
    CHECK(leap.expectedBy == Date(2024, 3, 1));
    CHECK_FALSE(leap.overdue(Date(2024, 3, 1)));
    CHECK(leap.overdue(Date(2024, 3, 2)));
    const auto common = make(Date(2023, 1, 31));
    CHECK(common.expectedBy == Date(2023, 3, 2));
    const auto yearEnd = make(Date(2025, 12, 15));
    CHECK(yearEnd.expectedBy == Date(2026, 1, 14));
    CHECK(store->solicitations().overdueCount(Date(2024, 3, 2)) == 2);

    // A reminder is recorded with its date and gives the same time again.
    auto chased = service.chase(leap.id, Date(2024, 3, 5), "relance par téléphone au standard");
    CHECK(chased.state() == SolicitationState::Chased);
    REQUIRE(chased.chases.size() == 1);
    CHECK(chased.chases[0].on == Date(2024, 3, 5));
    CHECK(chased.expectedBy == Date(2024, 4, 4));
    CHECK_FALSE(chased.overdue(Date(2024, 3, 10)));
    auto answered = service.recordAnswer(leap.id, Date(2024, 3, 20), "Réponse", "CAF");
    CHECK(answered.state() == SolicitationState::Answered);
    CHECK_THROWS_AS(service.chase(leap.id, Date(2024, 4, 1), ""), std::invalid_argument);
    CHECK(store->audit().history("solicitation", leap.id).size() == 3);
}

TEST_CASE_FIXTURE(Fixture, "a decision to solicit creates the solicitation, its answer closes it") {
    app::ReportService reports(*store, test::testActor());
    DifficultyReport r;
    r.receivedOn = Date(2025, 1, 5);
    r.description = "Délai";
    r.categories = {Category::Delay};
    r = reports.create(r);
    app::MeetingService meetings(*store, test::testActor());
    Meeting m;
    m.date = Date(2025, 1, 14);
    m.agenda.push_back({0, AgendaKind::NewReport, r.id, std::nullopt, "", ""});
    m = meetings.save(m);
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::Solicitation;
    d.text = "Demander à la CARSAT une liquidation provisoire";
    d.institutions = {"CARSAT"};
    d = meetings.save(d);
    auto s = store->solicitations().ofDecision(d.id);
    REQUIRE(s);
    CHECK(s->sentOn == Date(2025, 1, 14));
    CHECK(s->addressees == std::vector<std::string>{"CARSAT"});
    CHECK(s->reports == std::vector<ReportId>{r.id});
    CHECK(store->reports().find(r.id)->status == ReportStatus::FollowUpOpen);

    app::SolicitationService(*store, test::testActor())
        .recordAnswer(s->id, Date(2025, 2, 3), "Accord", "CARSAT");
    CHECK(store->meetings().findDecision(d.id)->doneOn == Date(2025, 2, 3));
    CHECK(store->reports().find(r.id)->status == ReportStatus::Resolved);
    ReportFilter ofSolicitation;
    ofSolicitation.solicitation = s->id;
    CHECK(store->reports().count(ofSolicitation) == 1);
}

TEST_CASE_FIXTURE(Fixture, "removing a decision removes the solicitation it created") {
    app::ReportService reports(*store, test::testActor());
    DifficultyReport r;
    r.receivedOn = Date(2025, 1, 5);
    r.description = "Délai";
    r.categories = {Category::Delay};
    r = reports.create(r);
    app::MeetingService meetings(*store, test::testActor());
    Meeting m;
    m.date = Date(2025, 1, 14);
    m = meetings.save(m);
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::Solicitation;
    d.text = "Demander à la CAF";
    d.institutions = {"CAF"};
    d = meetings.save(d);
    const auto created = meetings.solicitationOf(d.id);
    REQUIRE(created);
    app::SolicitationService(*store, test::testActor())
        .chase(created->id, Date(2025, 2, 20), "Relance");

    meetings.removeDecision(d.id);
    CHECK_FALSE(store->solicitations().find(created->id));
    CHECK(store->solicitations().list({}).empty());
    CHECK(store->solicitations().overdueCount(Date(2026, 1, 1)) == 0);
    CHECK(store->audit().history("solicitation", created->id).back().action ==
          "delete_with_decision");
    CHECK(store->reports().find(r.id)->status == ReportStatus::Received); // on no agenda

    // A decision that no longer solicits loses its solicitation too.
    Decision again;
    again.meeting = m.id;
    again.report = r.id;
    again.kind = DecisionKind::Solicitation;
    again.text = "Demander à la CPAM";
    again.institutions = {"CPAM"};
    again = meetings.save(again);
    REQUIRE(meetings.solicitationOf(again.id));
    again.kind = DecisionKind::FaqAnswer;
    meetings.save(again);
    CHECK_FALSE(meetings.solicitationOf(again.id));
    CHECK(store->solicitations().list({}).empty());
}

TEST_CASE_FIXTURE(Fixture, "solicitations CSV: ids kept, unknown reports refused, round trip") {
    app::ReportService reports(*store, test::testActor());
    DifficultyReport r;
    r.receivedOn = Date(2015, 1, 5);
    r.description = "Délai";
    r.categories = {Category::Delay};
    reports.create(r);
    auto bad = app::importSolicitations(*store, test::testActor(),
                                        "date_envoi;destinataires;objet;fiches;date_reponse\n"
                                        "2015-02-01;CAF;Question;2015-999;\n"
                                        "2015-02-01;;Question;;\n"
                                        "2015-02-01;CAF;;;2015-01-01\n",
                                        {});
    CHECK_FALSE(bad.written);
    std::vector<std::pair<int, std::string>> where;
    for (const auto& p : bad.problems) {
        if (p.severity == app::Severity::Error) {
            where.emplace_back(p.line, p.column);
        }
    }
    CHECK(where == std::vector<std::pair<int, std::string>>{
                       {2, "fiches"}, {3, "destinataires"}, {4, "objet"}, {4, "date_reponse"}});

    REQUIRE(app::importSolicitations(*store, test::testActor(),
                                     "id;date_envoi;destinataires;objet;fiches;date_reponse;"
                                     "repondant;reponse\n"
                                     "40;2015-02-01;MDPH|CAF;\"Droit; invalidité\";2015-001;;;\n"
                                     "41;2015-03-01;PIO;Internet;;2015-03-20;CARSAT;Ateliers\n",
                                     {})
                .written);
    CHECK(store->solicitations().find(40));
    const std::string first = app::exportSolicitations(*store, std::nullopt);
    CHECK(first.find("\r\n40;2015-02-01;MDPH|CAF;\"Droit; invalidité\";2015-001;;;\r\n") !=
          std::string::npos);
    auto again = app::importSolicitations(*store, test::testActor(), first, {});
    CHECK_FALSE(again.written); // ids exist: --update is needed

    test::TempDir other;
    auto fresh = storage::openSqliteStore(other / "fresh.sqlite");

    DifficultyReport copy = r;
    app::ReportService(*fresh, test::testActor()).create(copy);
    REQUIRE(app::importSolicitations(*fresh, test::testActor(), first, {}).written);
    CHECK(app::exportSolicitations(*fresh, std::nullopt) == first);
}

TEST_CASE_FIXTURE(Fixture, "a line without an id never takes the id a later line asks for") {
    Solicitation kept;
    kept.sentOn = Date(2015, 1, 2);
    kept.addressees = {"CAF"};
    kept.subject = "Déjà là";
    kept = app::SolicitationService(*store, test::testActor()).save(kept);
    const auto next = kept.id + 1;
    const std::string file = fmt::format("id;date_envoi;destinataires;objet\n"
                                         ";2015-03-10;CPAM;Sans numéro\n"
                                         "{};2015-03-11;MDPH;Numéro demandé\n",
                                         next);
    const auto dry = app::importSolicitations(*store, test::testActor(), file, {.dryRun = true});
    CHECK_FALSE(app::hasErrors(dry.problems));
    // What the check promised, the import does.
    const auto done = app::importSolicitations(*store, test::testActor(), file, {});
    REQUIRE(done.written);
    CHECK(done.created == 2);
    REQUIRE(store->solicitations().find(next));
    CHECK(store->solicitations().find(next)->subject == "Numéro demandé");
    const auto all = store->solicitations().list({});
    REQUIRE(all.size() == 3);
    CHECK(std::count_if(all.begin(), all.end(),
                        [](const Solicitation& s) { return s.subject == "Sans numéro"; }) == 1);
}

TEST_CASE_FIXTURE(Fixture, "the default exports leave withdrawn reports out, and import together") {
    app::ReportService reports(*store, test::testActor());
    DifficultyReport r;
    r.receivedOn = Date(2015, 1, 5);
    r.description = "Délai";
    r.categories = {Category::Delay};
    const auto kept = reports.create(r);
    const auto mistake = reports.create(r);
    reports.withdraw(mistake.id);
    Solicitation s;
    s.sentOn = Date(2015, 2, 1);
    s.addressees = {"CAF"};
    s.subject = "Délais";
    s.reports = {kept.id, mistake.id};
    app::SolicitationService(*store, test::testActor()).save(s);

    const std::string reportsFile = app::exportReports(*store, {});
    const std::string solicitationsFile = app::exportSolicitations(*store, std::nullopt);
    CHECK(solicitationsFile.find(";" + kept.reference.text() + ";") != std::string::npos);
    CHECK(solicitationsFile.find(mistake.reference.text()) == std::string::npos);
    // export --all says everything, the withdrawn report included.
    CHECK(app::exportSolicitations(*store, std::nullopt, true)
              .find(kept.reference.text() + "|" + mistake.reference.text()) != std::string::npos);

    test::TempDir other;
    auto fresh = storage::openSqliteStore(other / "fresh.sqlite");
    REQUIRE(app::importReports(*fresh, test::testActor(), reportsFile, {}).written);
    REQUIRE(app::importSolicitations(*fresh, test::testActor(), solicitationsFile, {}).written);
    CHECK(app::exportSolicitations(*fresh, std::nullopt) == solicitationsFile);

    // Exported, edited, imported again with --update: the link to the withdrawn report,
    // which the file could not name, is kept.
    REQUIRE(app::importSolicitations(*store, test::testActor(), solicitationsFile,
                                     {.update = true})
                .written);
    CHECK(store->solicitations().list({}).front().reports ==
          std::vector<ReportId>{kept.id, mistake.id});
}

TEST_CASE("migration to version 3 keeps the meetings and adds the solicitation tables") {
    test::TempDir dir;
    const auto file = dir / "v2.sqlite";
    {
        // A database as version 2 of Vigie left it, with a meeting.
        auto v2 = storage::schema::migrations();
        v2.resize(2);
        auto opened = storage::openDatabaseFile(file, {}, v2);
        opened.db->exec("INSERT INTO meetings(date, state, created_at, updated_at) VALUES "
                        "('2015-01-12', 'held', 'x', 'x')");
    }
    auto store = storage::openSqliteStore(file);
    CHECK(store->info().migrated);
    REQUIRE(store->info().migrationBackup);
    CHECK(store->meetings().list(std::nullopt).size() == 1);
    CHECK(store->solicitations().list({}).empty());
    Solicitation s;
    s.sentOn = Date(2015, 1, 20);
    s.addressees = {"CAF"};
    s.subject = "Prise de RDV";
    CHECK_NOTHROW(app::SolicitationService(*store, test::testActor()).save(s));
}

TEST_CASE_FIXTURE(Fixture, "the whole partnership is written alone: CAF|PIO is refused") {
    CHECK(mixesPartnershipWithBodies({"CAF", "PIO"}));
    CHECK(mixesPartnershipWithBodies({"pio", "MDPH", "CAF"}));
    CHECK_FALSE(mixesPartnershipWithBodies({"PIO"}));
    CHECK_FALSE(mixesPartnershipWithBodies({"MDPH", "CAF", "CPAM"}));

    auto bad = app::importSolicitations(*store, test::testActor(),
                                        "date_envoi;destinataires;objet\n"
                                        "2015-02-01;CAF;Question\n"
                                        "2015-02-02;CAF|PIO;Question jointe\n"
                                        "2015-02-03;PIO;Question au partenariat\n"
                                        "2015-02-04;pio|MDPH;Autre question\n",
                                        {});
    CHECK_FALSE(bad.written);
    std::vector<std::pair<int, std::string>> where;
    std::string message;
    for (const auto& p : bad.problems) {
        if (p.severity == app::Severity::Error) {
            where.emplace_back(p.line, p.column);
            message = p.message;
        }
    }
    CHECK(where ==
          std::vector<std::pair<int, std::string>>{{3, "destinataires"}, {5, "destinataires"}});
    CHECK(message.find("PIO") != std::string::npos);
    // All or nothing: not even the good lines, and no set "CAF-PIO" in the figures.
    CHECK(store->solicitations().list({}).empty());
    const auto dry = app::importSolicitations(*store, test::testActor(),
                                              "date_envoi;destinataires;objet\n"
                                              "2015-02-02;CAF|PIO;Question jointe\n",
                                              {.dryRun = true});
    CHECK(app::hasErrors(dry.problems));

    // The same rule when saved another way (the window, a meeting's decision).
    Solicitation s;
    s.sentOn = Date(2015, 2, 2);
    s.addressees = {"CAF", "PIO"};
    s.subject = "Question jointe";
    CHECK_THROWS_AS(app::SolicitationService(*store, test::testActor()).save(s),
                    std::invalid_argument);
    CHECK(store->solicitations().list({}).empty());
    s.addressees = {"PIO"};
    CHECK_NOTHROW(app::SolicitationService(*store, test::testActor()).save(s));
}

TEST_CASE_FIXTURE(Fixture, "the one body asked is the one that answered, unless said otherwise") {
    app::SolicitationService service(*store, test::testActor());
    auto make = [&](std::vector<std::string> to) {
        Solicitation s;
        s.sentOn = Date(2025, 3, 1);
        s.addressees = std::move(to);
        s.subject = "Délais d'instruction";
        return service.save(s);
    };
    const auto single = make({"CAF"});
    CHECK(service.recordAnswer(single.id, Date(2025, 3, 20), "Réponse reçue", "").answeredBy ==
          "CAF");
    const auto joint = make({"CAF", "CPAM"});
    CHECK(service.recordAnswer(joint.id, Date(2025, 3, 20), "Réponse", "").answeredBy.empty());
    const auto partnership = make({"PIO"});
    CHECK(service.recordAnswer(partnership.id, Date(2025, 3, 20), "Réponse", "").answeredBy.empty());
}

TEST_CASE("a solicitation naming a person is refused by the service unless told to save anyway") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "s.sqlite");
    app::SolicitationService service(*store, test::testActor("animatrice"));
    Solicitation s;
    s.sentOn = Date(2025, 3, 10);
    s.addressees = {"CAF"};
    s.subject = "Dossier de Mme Martin, née le 12/03/1961";
    CHECK_THROWS_AS(service.save(s), app::PersonalDataFound);
    CHECK(service.list({}).empty());
    const auto saved = service.save(s, app::PersonalData::SaveAnyway);
    const auto history = store->audit().history("solicitation", saved.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].note.find("privacy warning") != std::string::npos);
    // The answer recorded later goes through the same guard.
    CHECK_THROWS_AS(service.recordAnswer(saved.id, Date(2025, 3, 20),
                                         "Rappeler M. Martin au 06 12 34 56 78", "CAF"),
                    app::PersonalDataFound);
    CHECK_FALSE(service.find(saved.id)->answeredOn);
}
