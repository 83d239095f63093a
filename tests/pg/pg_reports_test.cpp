// The reports repository on PostgreSQL, held to what the Store contract asks of the
// SQLite one (tests/unit/store_contract_test.cpp, its report cases), and each site kept
// to its own reports. When the PostgreSQL Store is whole, these become its fixture in
// the contract suite.
#include <doctest/doctest.h>

#include "pg_support.h"
#include "storage/pg/pg_meetings.h"
#include "storage/pg/pg_reports.h"
#include "storage/pg/pg_solicitations.h"

using namespace vigie;
using namespace vigie::storage;

namespace {

DifficultyReport report(int year, int sequence, Date received, const std::string& text) {
    DifficultyReport r;
    r.reference = {year, sequence};
    r.receivedOn = received;
    r.description = text;
    r.categories = {Category::NonAccess};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    r.source = "Centre social Nord";
    r.createdAt = r.updatedAt = "2025-01-01T09:00:00Z";
    return r;
}

DifficultyReport stored(pg::Session& session, DifficultyReport r) {
    session.db().execScript("BEGIN");
    pg::PgReports(session).insert(r);
    session.db().execScript("COMMIT");
    return r;
}

StorageError::Kind refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const StorageError& e) {
        return e.kind();
    }
    FAIL("not refused");
    return StorageError::Kind::Failed;
}

struct TwoSites {
    test::FreshPgDatabase database;
    pg::Session a{database.uri(), "ccas-a"};
    pg::Session b{database.uri(), "ccas-b"};
    TwoSites() {
        a.addSite("ccas-a", "CCAS A");
        a.addSite("ccas-b", "CCAS B");
    }
};

} // namespace

TEST_CASE("postgresql reports: nextReference continues each year from its highest number") {
    TwoSites sites;
    pg::PgReports reports(sites.a);
    stored(sites.a, report(2025, 1, Date(2025, 1, 4), "Un"));
    stored(sites.a, report(2025, 7, Date(2025, 2, 4), "Sept, tapé à la main"));
    stored(sites.a, report(2024, 40, Date(2024, 12, 4), "L'an passé"));
    sites.a.db().execScript("BEGIN");
    CHECK(reports.nextReference(2025).text() == "2025-008");
    CHECK(reports.nextReference(2024).text() == "2024-041");
    CHECK(reports.nextReference(2026).text() == "2026-001");
    auto r = report(2025, 9, Date(2025, 3, 4), "Neuf");
    reports.insert(r);
    CHECK(reports.nextReference(2025).text() == "2025-010");
    sites.a.db().execScript("ROLLBACK");
    // The other site numbers its own reports from 1.
    sites.b.db().execScript("BEGIN");
    CHECK(pg::PgReports(sites.b).nextReference(2025).text() == "2025-001");
    sites.b.db().execScript("ROLLBACK");
}

TEST_CASE("postgresql reports: an update from an older version is refused, the stored one kept") {
    TwoSites sites;
    pg::PgReports reports(sites.a);
    auto first = stored(sites.a, report(2025, 1, Date(2025, 3, 4), "Version lue par deux"));
    CHECK(first.version == 1);
    auto second = first;
    first.description = "Enregistrée d'abord";
    reports.update(first);
    CHECK(first.version == 2);
    second.description = "Enregistrée ensuite, depuis la version 1";
    CHECK(refusal([&] { reports.update(second); }) == StorageError::Kind::Stale);
    CHECK(reports.find(first.id)->description == "Enregistrée d'abord");
    // Another site cannot change it, nor see it.
    CHECK(refusal([&] { pg::PgReports(sites.b).update(first); }) == StorageError::Kind::NotFound);
    CHECK_FALSE(pg::PgReports(sites.b).find(first.id));
}

TEST_CASE("postgresql reports: read back whole, by id, by reference, in the order asked") {
    TwoSites sites;
    pg::PgReports reports(sites.a);
    auto a = report(2025, 2, Date(2025, 5, 1), "Deuxième numéro, reçue en mai");
    a.rights = {"RSA", "APL"};
    a.institutions = {"CD", "CAF"};
    a.categories = {Category::Delay, Category::Precarity};
    a = stored(sites.a, a);
    auto b = stored(sites.a, report(2025, 1, Date(2025, 6, 1), "Premier numéro, reçue en juin"));
    stored(sites.b, report(2025, 1, Date(2025, 6, 1), "Le même numéro, à l'autre site"));
    auto back = reports.find(a.id);
    REQUIRE(back);
    CHECK(back->description == a.description);
    CHECK(back->rights == std::vector<std::string>{"RSA", "APL"});
    CHECK(back->institutions == std::vector<std::string>{"CD", "CAF"});
    CHECK(back->source == "Centre social Nord");
    CHECK(back->categories.list() == a.categories.list());
    CHECK(reports.findByReference({2025, 1})->id == b.id);
    CHECK_FALSE(reports.findByReference({2025, 3}));

    ReportFilter all;
    ReportTally tally;
    CHECK(reports.ids(all, ReportOrder::ReceivedOn, true, tally) == std::vector<ReportId>{a.id, b.id});
    CHECK(tally.total == 2);
    CHECK(tally.delay == 1);
    CHECK(reports.ids(all, ReportOrder::Reference, true) == std::vector<ReportId>{b.id, a.id});
    const auto loaded = reports.load({b.id, a.id});
    REQUIRE(loaded.size() == 2);
    CHECK(loaded[0].id == b.id);
    std::vector<ReportId> visited;
    reports.forEach(all, [&](const DifficultyReport& r) { visited.push_back(r.id); });
    CHECK(visited == std::vector<ReportId>{a.id, b.id});
    CHECK(reports.years() == std::vector<int>{2025});
    const auto facts = reports.facts(Period::year(2025));
    REQUIRE(facts.size() == 2);
}

TEST_CASE("postgresql reports: filters by period, category, status, right, institution and words") {
    TwoSites sites;
    pg::PgReports reports(sites.a);
    auto early = report(2024, 1, Date(2024, 11, 5), "Dossier de retraite bloqué à la CARSAT");
    early.rights = {"ASPA"};
    early.institutions = {"CARSAT"};
    early.categories = {Category::Delay};
    early = stored(sites.a, early);
    auto late = stored(sites.a, report(2025, 1, Date(2025, 2, 5), "Précarité énergétique"));
    auto withdrawn = report(2025, 2, Date(2025, 2, 6), "Saisie en double");
    withdrawn.status = ReportStatus::Withdrawn;
    withdrawn = stored(sites.a, withdrawn);

    auto ids = [&](ReportFilter f) { return reports.ids(f, ReportOrder::ReceivedOn, true); };
    ReportFilter f;
    CHECK(ids(f) == std::vector<ReportId>{early.id, late.id});
    f.includeWithdrawn = true;
    CHECK(ids(f).size() == 3);
    f = {};
    f.period = Period::year(2025);
    CHECK(ids(f) == std::vector<ReportId>{late.id});
    f = {};
    f.category = Category::Delay;
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.rightCode = "aspa";
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.institutionCode = "CARSAT";
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.search = "precarite energ";
    CHECK(ids(f) == std::vector<ReportId>{late.id});
    f = {};
    f.search = "carsat"; // names a body: found by the link as by the text
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.status = ReportStatus::Withdrawn;
    CHECK(reports.count(f) == 1);
}

TEST_CASE("postgresql meetings: read back with their agenda in order, by key, day and period") {
    TwoSites sites;
    pg::PgMeetings meetings(sites.a);
    auto r = stored(sites.a, report(2025, 1, Date(2025, 3, 4), "Sur l'ordre du jour"));
    Meeting m;
    m.date = Date(2025, 4, 8);
    m.time = "14:00";
    m.place = "CCAS";
    m.presentBodies = {"CAF", "CD"};
    m.excusedPeople = {"Mme la directrice"};
    m.createdAt = m.updatedAt = "2025-01-01T09:00:00Z";
    m.agenda = {{0, AgendaKind::NewReport, r.id, std::nullopt, "", ""},
                {0, AgendaKind::Free, std::nullopt, std::nullopt, "Actualités", ""}};
    Meeting other = m;
    other.time = "";
    other.agenda.clear();
    meetings.insert(m);
    meetings.insert(other);
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::Solicitation;
    d.text = "Écrire à la CAF";
    d.institutions = {"CAF"};
    d.due = Date(2025, 5, 1);
    meetings.insert(d);

    auto back = meetings.find(m.id);
    REQUIRE(back);
    REQUIRE(back->agenda.size() == 2);
    CHECK(back->agenda[0].report == r.id);
    CHECK(back->agenda[1].title == "Actualités");
    CHECK(back->presentBodies == std::vector<std::string>{"CAF", "CD"});
    CHECK(back->excusedPeople == std::vector<std::string>{"Mme la directrice"});
    CHECK(meetings.findByKey(Date(2025, 4, 8), "14:00")->id == m.id);
    CHECK(meetings.onDate(Date(2025, 4, 8)).size() == 2);
    CHECK(meetings.list(Period::year(2024)).empty());
    CHECK(meetings.decisionsOfReport(r.id).size() == 1);
    CHECK(meetings.decisionsOfMeeting(m.id).front().institutions == std::vector<std::string>{"CAF"});
    CHECK(meetings.decisionsOfMeeting(m.id).front().takenOn == Date(2025, 4, 8));
    CHECK(meetings.isOnAnAgenda(r.id));
    CHECK(meetings.openDecisionsBefore(Date(2025, 6, 1)).size() == 1);
    CHECK(meetings.lastMeetingBefore(Date(2025, 6, 1)) == Date(2025, 4, 8));
    CHECK(meetings.decisionFacts(Period::year(2025)).size() == 1);
    CHECK(meetings.agendaCandidates(std::nullopt).front().lastOnAgenda == Date(2025, 4, 8));

    // A stale save is refused; another site sees none of it.
    Meeting stale = *back;
    back->place = "Mairie";
    meetings.update(*back);
    CHECK(refusal([&] { meetings.update(stale); }) == StorageError::Kind::Stale);
    pg::PgMeetings otherSite(sites.b);
    CHECK(otherSite.list(std::nullopt).empty());
    CHECK_FALSE(otherSite.findDecision(d.id));
    CHECK(otherSite.decisionFacts(Period::year(2025)).empty());
}

TEST_CASE("postgresql solicitations: found by institution, state and report; the late are counted") {
    TwoSites sites;
    pg::PgSolicitations solicitations(sites.a);
    auto r = stored(sites.a, report(2025, 1, Date(2025, 3, 4), "Objet d'une sollicitation"));
    auto make = [](Date sent, std::vector<std::string> to, std::vector<ReportId> about) {
        Solicitation s;
        s.sentOn = sent;
        s.expectedBy = sent.addDays(30);
        s.addressees = std::move(to);
        s.reports = std::move(about);
        s.subject = "Délais de traitement";
        s.createdAt = s.updatedAt = "2025-01-01T09:00:00Z";
        return s;
    };
    auto joint = make(Date(2025, 1, 10), {"CPAM", "CAF"}, {r.id});
    joint.chases = {{Date(2025, 2, 15), "Relance par courriel"}};
    auto answered = make(Date(2025, 2, 10), {"CD"}, {});
    answered.answeredOn = Date(2025, 2, 20);
    answered.answer = "Réponse";
    answered.answeredBy = "CD";
    solicitations.insert(joint);
    solicitations.insert(answered);
    auto kept = make(Date(2025, 2, 11), {"CAF"}, {});
    kept.id = 500; // an id from a CSV file is kept, and the next ones go past it
    solicitations.insert(kept);
    auto after = make(Date(2025, 2, 12), {"CAF"}, {});
    solicitations.insert(after);
    CHECK(after.id > 500);

    auto back = solicitations.find(joint.id);
    REQUIRE(back);
    CHECK(back->addressees == std::vector<std::string>{"CPAM", "CAF"});
    CHECK(back->reports == std::vector<ReportId>{r.id});
    REQUIRE(back->chases.size() == 1);
    CHECK(back->chases[0].note == "Relance par courriel");
    CHECK(solicitations.find(answered.id)->answeredBy == "CD");
    SolicitationFilter f;
    f.institution = "CPAM";
    CHECK(solicitations.list(f).size() == 1);
    f = {};
    f.state = SolicitationState::Answered;
    CHECK(solicitations.list(f).front().id == answered.id);
    f = {};
    f.report = r.id;
    CHECK(solicitations.list(f).front().id == joint.id);
    CHECK(solicitations.overdueCount(Date(2025, 2, 12)) == 1);
    CHECK(solicitations.overdueCount(Date(2025, 1, 20)) == 0);

    auto stale = *back;
    back->subject = "Nouvel objet";
    solicitations.update(*back);
    CHECK(refusal([&] { solicitations.update(stale); }) == StorageError::Kind::Stale);
    solicitations.remove(joint.id);
    CHECK(refusal([&] { solicitations.update(*back); }) == StorageError::Kind::NotFound);
    CHECK(pg::PgSolicitations(sites.b).list({}).empty());
}
