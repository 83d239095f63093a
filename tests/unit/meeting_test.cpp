// Meetings: the agenda proposal, decisions and the report status they imply, locking, the
// migration that added them, and their CSV file.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "app/meeting_csv.h"
#include "app/documents.h"
#include "app/meeting_service.h"
#include "app/solicitation_service.h"
#include "app/report_service.h"
#include "storage/database_file.h"
#include "storage/schema.h"
#include "support.h"

using namespace vigie;

namespace {

Decision decision(DecisionKind kind, std::optional<Date> done = std::nullopt) {
    Decision d;
    d.kind = kind;
    d.doneOn = done;
    return d;
}

} // namespace

TEST_CASE("a report's status follows from its decisions") {
    std::optional<Date> closed;
    CHECK(statusAfterDecisions(ReportStatus::Received, {}, false, closed) == ReportStatus::Received);
    CHECK(statusAfterDecisions(ReportStatus::Received, {}, true, closed) == ReportStatus::OnAgenda);
    CHECK(statusAfterDecisions(ReportStatus::OnAgenda, {decision(DecisionKind::CollectiveAlert)},
                               true, closed) == ReportStatus::FollowUpOpen);
    CHECK_FALSE(closed);
    CHECK(statusAfterDecisions(ReportStatus::FollowUpOpen,
                               {decision(DecisionKind::CollectiveAlert, Date(2025, 3, 1)),
                                decision(DecisionKind::FaqAnswer, Date(2025, 4, 2))},
                               true, closed) == ReportStatus::Resolved);
    CHECK(closed == Date(2025, 4, 2));
    closed.reset();
    // Nothing to do: closed on the day of the meeting that said so.
    Decision nothing = decision(DecisionKind::NoFollowUp);
    nothing.takenOn = Date(2025, 4, 8);
    CHECK(statusAfterDecisions(ReportStatus::OnAgenda, {nothing}, true, closed) ==
          ReportStatus::Resolved);
    CHECK(closed == Date(2025, 4, 8));
    // Referred nationally at a meeting, the escalation itself not yet marked done.
    closed.reset();
    Decision national = decision(DecisionKind::NationalEscalation);
    national.takenOn = Date(2025, 6, 10);
    CHECK(statusAfterDecisions(ReportStatus::FollowUpOpen, {national}, true, closed) ==
          ReportStatus::ReferredNational);
    CHECK(closed == Date(2025, 6, 10));
    closed.reset();
    CHECK(statusAfterDecisions(ReportStatus::FollowUpOpen,
                               {decision(DecisionKind::Solicitation),
                                decision(DecisionKind::NationalEscalation, Date(2025, 5, 5))},
                               true, closed) == ReportStatus::ReferredNational);
    // Closed by hand: kept, unless a new open decision reopens the follow-up.
    CHECK(statusAfterDecisions(ReportStatus::Unresolved,
                               {decision(DecisionKind::Solicitation, Date(2025, 1, 1))}, true,
                               closed) == ReportStatus::Unresolved);
    CHECK(statusAfterDecisions(ReportStatus::Unresolved, {decision(DecisionKind::Solicitation)},
                               true, closed) == ReportStatus::FollowUpOpen);
    CHECK(statusAfterDecisions(ReportStatus::Withdrawn, {decision(DecisionKind::Solicitation)}, true,
                               closed) == ReportStatus::Withdrawn);
}

TEST_CASE("the agenda proposes what one sitting treats, and offers the rest beside it") {
    using S = ReportStatus;
    std::vector<AgendaCandidate> reports = {
        // A follow-up whose answer arrived since the last meeting.
        {1, {2025, 1}, Date(2025, 1, 5), S::FollowUpOpen, std::nullopt, Date(2025, 2, 15)},
        {2, {2025, 3}, Date(2025, 2, 20), S::Received, std::nullopt, std::nullopt},
        {3, {2025, 2}, Date(2025, 2, 12), S::OnAgenda, std::nullopt, std::nullopt},
        {4, {2025, 4}, Date(2025, 2, 21), S::Resolved, std::nullopt, std::nullopt},
        {5, {2025, 5}, Date(2025, 2, 22), S::FollowUpOpen, std::nullopt, std::nullopt},
        // Received on the day of the last meeting but not examined there; and one left on
        // its agenda without a decision: both come back.
        {6, {2025, 0}, Date(2025, 2, 10), S::Received, std::nullopt, std::nullopt},
        {13, {2024, 20}, Date(2025, 1, 20), S::OnAgenda, Date(2025, 2, 10), std::nullopt},
        // Left on an older agenda, never examined, followed up without news: offered.
        {7, {2024, 9}, Date(2024, 12, 1), S::OnAgenda, Date(2024, 12, 10), std::nullopt},
        {12, {2024, 2}, Date(2024, 6, 1), S::Received, std::nullopt, std::nullopt},
        {11, {2024, 5}, Date(2024, 10, 1), S::FollowUpOpen, std::nullopt, Date(2024, 11, 2)},
        {8, {2024, 8}, Date(2024, 11, 1), S::Resolved, std::nullopt, std::nullopt},
        // Already on the agenda of a meeting still to come: it stays there, not here.
        {9, {2025, 6}, Date(2025, 2, 23), S::OnAgenda, Date(2025, 3, 10), std::nullopt},
    };
    Decision notDue = decision(DecisionKind::Solicitation);
    notDue.id = 9;
    notDue.report = 1;
    notDue.text = "Relancer la CAF";
    Decision due = decision(DecisionKind::FaqAnswer);
    due.id = 10;
    due.report = 11;
    due.due = Date(2025, 3, 1);
    const auto agenda =
        proposeAgenda(Date(2025, 2, 10), reports,
                      {notDue, due, decision(DecisionKind::FaqAnswer, Date(2025, 2, 1))},
                      {"Actualités"}, Date(2025, 3, 11), Date(2025, 2, 25));
    const auto& p = agenda.proposed;
    REQUIRE(p.size() == 8);
    CHECK(p[0].report == 13); // left at the last meeting, oldest first
    CHECK(p[1].report == 6);
    CHECK(p[2].report == 3); // received since the last meeting
    CHECK(p[3].report == 2);
    CHECK(p[4].report == 5); // new, with a follow-up already open: once only
    CHECK(p[4].kind == AgendaKind::NewReport);
    CHECK(p[5].report == 1); // its answer arrived
    CHECK(p[5].kind == AgendaKind::OpenFollowUp);
    CHECK(p[6].kind == AgendaKind::DecisionFollowUp); // due by the meeting
    CHECK(p[6].decision == 10);
    CHECK(p[7].kind == AgendaKind::Free);
    CHECK(p[7].title == "Actualités");
    const auto& o = agenda.others;
    REQUIRE(o.size() == 4);
    CHECK(o[0].report == 12);
    CHECK(o[1].report == 7);
    CHECK(o[2].report == 11);
    CHECK(o[2].kind == AgendaKind::OpenFollowUp);
    CHECK(o[3].decision == 9); // no due date
    // Preparing a meeting while the one before it is still to come: what that one holds
    // stays with it, even though it comes before the date being prepared.
    const std::vector<AgendaCandidate> planned = {
        {10, {2025, 7}, Date(2025, 2, 1), S::OnAgenda, Date(2025, 3, 10), std::nullopt}};
    const auto early = proposeAgenda(Date(2025, 3, 10), planned, {}, {}, Date(2025, 4, 8),
                                     Date(2025, 3, 1));
    CHECK(early.proposed.empty());
    CHECK(early.others.empty());
    // Once that meeting is past without a decision on it, the report comes back.
    CHECK(proposeAgenda(Date(2025, 3, 10), planned, {}, {}, Date(2025, 4, 8), Date(2025, 3, 20))
              .proposed.size() == 1);
}

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "m.sqlite");
    app::MeetingService meetings{*store, test::testActor("animatrice")};
    app::ReportService reports{*store, test::testActor("animatrice")};

    DifficultyReport report(Date received) {
        DifficultyReport r;
        r.receivedOn = received;
        r.description = "Délai de traitement du RSA";
        r.categories = {Category::Delay};
        return reports.create(r);
    }
    Meeting meeting(Date date, std::vector<ReportId> examined) {
        Meeting m;
        m.date = date;
        m.time = "14:00";
        m.place = "CCAS";
        m.presentBodies = {"CAF", "CD"};
        for (auto id : examined) {
            m.agenda.push_back({0, AgendaKind::NewReport, id, std::nullopt, "", ""});
        }
        m.state = MeetingState::Held;
        return meetings.save(m);
    }
};

} // namespace

TEST_CASE_FIXTURE(Fixture, "putting a report on an agenda, then deciding, moves its status") {
    const auto r = report(Date(2025, 1, 5));
    const auto m = meeting(Date(2025, 1, 14), {r.id});
    CHECK(store->reports().find(r.id)->status == ReportStatus::OnAgenda);

    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::CollectiveAlert;
    d.text = "Rappel de la réglementation";
    d.institutions = {"CAF"};
    d = meetings.save(d);
    CHECK(store->reports().find(r.id)->status == ReportStatus::FollowUpOpen);

    d.doneOn = Date(2025, 2, 1);
    meetings.save(d);
    auto after = store->reports().find(r.id);
    CHECK(after->status == ReportStatus::Resolved);
    CHECK(after->closedOn == Date(2025, 2, 1));
    CHECK(store->meetings().findDecision(d.id)->takenOn == Date(2025, 1, 14)); // its meeting's day
    // Every step is in the report's history.
    const auto history = store->audit().history("report", r.id);
    CHECK(history.size() == 4);
    CHECK(history.back().action == "status_from_meeting");
}

TEST_CASE_FIXTURE(Fixture, "a collective alert names the body whose social workers are alerted") {
    const auto r = report(Date(2025, 1, 5));
    const auto m = meeting(Date(2025, 1, 14), {r.id});
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::CollectiveAlert;
    d.text = "Rappel de la réglementation";
    CHECK_THROWS_AS(meetings.save(d), std::invalid_argument);
    CHECK(store->meetings().decisionsOfReport(r.id).empty()); // nothing half-written
    CHECK(store->reports().find(r.id)->status == ReportStatus::OnAgenda);
    d.institutions = {"CPAM"};
    d = meetings.save(d);
    // Turning another decision into a collective alert asks for the body too.
    Decision other;
    other.meeting = m.id;
    other.report = r.id;
    other.kind = DecisionKind::IndividualAlert;
    other = meetings.save(other);
    other.kind = DecisionKind::CollectiveAlert;
    CHECK_THROWS_AS(meetings.save(other), std::invalid_argument);
    CHECK(store->meetings().findDecision(other.id)->kind == DecisionKind::IndividualAlert);

    // An alert saved without its body by an older Vigie can still be marked done.
    Decision older;
    older.meeting = m.id;
    older.report = r.id;
    older.kind = DecisionKind::CollectiveAlert;
    {
        auto work = store->begin();
        store->meetings().insert(older);
        work->commit();
    }
    older.doneOn = Date(2025, 2, 1);
    CHECK_NOTHROW(meetings.save(older));
    CHECK(store->meetings().findDecision(older.id)->doneOn == Date(2025, 2, 1));
}

TEST_CASE_FIXTURE(Fixture, "final minutes lock the meeting, reopening is explicit and audited") {
    const auto r = report(Date(2025, 1, 5));
    auto m = meeting(Date(2025, 1, 14), {r.id});
    meetings.finalise(m.id);
    m = *store->meetings().find(m.id);
    CHECK(m.locked());
    m.notes = "changement";
    CHECK_THROWS_AS(meetings.save(m), app::MeetingLocked);
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    CHECK_THROWS_AS(meetings.save(d), app::MeetingLocked);
    CHECK_THROWS_AS(meetings.remove(m.id), app::MeetingLocked);

    meetings.reopen(m.id, "oubli d'une décision");
    m = *store->meetings().find(m.id);
    CHECK_FALSE(m.locked());
    CHECK_NOTHROW(meetings.save(d));
    const auto history = store->audit().history("meeting", m.id);
    REQUIRE(history.size() == 3);
    CHECK(history[1].action == "finalise");
    CHECK(history[2].action == "reopen");
    CHECK(history[2].note == "oubli d'une décision");
    CHECK(history[2].user == "animatrice");
}

TEST_CASE_FIXTURE(Fixture, "a meeting still to come cannot be made final; reopened, it is planned again") {
    Meeting planned;
    planned.date = Date::today().addDays(42);
    planned.place = "CCAS";
    planned = meetings.save(planned);
    CHECK_THROWS_AS(meetings.finalise(planned.id), app::MeetingNotHeld);
    CHECK_FALSE(store->meetings().find(planned.id)->locked());
    CHECK(store->audit().history("meeting", planned.id).size() == 1); // nothing recorded

    // Made final on its day, then reopened: held, not "planned".
    Meeting today;
    today.date = Date::today();
    today.place = "CCAS";
    today = meetings.save(today);
    meetings.finalise(today.id);
    meetings.finalise(today.id); // twice is once
    CHECK(store->audit().history("meeting", today.id).size() == 2);
    meetings.reopen(today.id, "ajout");
    CHECK(store->meetings().find(today.id)->state == MeetingState::Held);
}

TEST_CASE_FIXTURE(Fixture, "the next agenda follows up the decisions due, the rest one click away") {
    const auto a = report(Date(2025, 1, 5));
    const auto m = meeting(Date(2025, 1, 14), {a.id});
    Decision d;
    d.meeting = m.id;
    d.report = a.id;
    d.kind = DecisionKind::Solicitation;
    d.text = "Saisir la CARSAT";
    d.due = Date(2025, 2, 10);
    d = meetings.save(d);
    const auto b = report(Date(2025, 1, 20));
    auto agenda = meetings.proposeAgenda(Date(2025, 2, 11));
    REQUIRE(agenda.proposed.size() >= 2);
    CHECK(agenda.proposed[0].report == b.id);
    CHECK(agenda.proposed[1].kind == AgendaKind::DecisionFollowUp);
    CHECK(agenda.proposed[1].title == "Saisir la CARSAT");
    // Its report, followed up without news yet, is offered beside the agenda.
    REQUIRE(agenda.others.size() == 1);
    CHECK(agenda.others[0].report == a.id);
    CHECK(agenda.others[0].kind == AgendaKind::OpenFollowUp);
    // The CARSAT's answer arrives while another decision on the report runs: proposed.
    Decision alert;
    alert.meeting = m.id;
    alert.report = a.id;
    alert.kind = DecisionKind::IndividualAlert;
    alert.text = "Informer le rédacteur";
    meetings.save(alert);
    auto s = store->solicitations().ofDecision(d.id);
    REQUIRE(s);
    app::SolicitationService(*store, test::testActor())
        .recordAnswer(s->id, Date(2025, 2, 3), "Dossier réexaminé", "CARSAT");
    REQUIRE(store->reports().find(a.id)->status == ReportStatus::FollowUpOpen);
    const auto after = meetings.proposeAgenda(Date(2025, 2, 11));
    CHECK(std::any_of(after.proposed.begin(), after.proposed.end(), [&](const AgendaItem& i) {
        return i.report == a.id && i.kind == AgendaKind::OpenFollowUp;
    }));
}

TEST_CASE_FIXTURE(Fixture, "minutes printed again later say what was known on the day") {
    const auto a = report(Date(2025, 1, 5));
    const auto first = meeting(Date(2025, 1, 14), {a.id});
    Decision d;
    d.meeting = first.id;
    d.report = a.id;
    d.kind = DecisionKind::IndividualAlert;
    d.text = "Informer le rédacteur";
    d.due = Date(2025, 2, 1);
    d = meetings.save(d);
    app::SolicitationService solicitations(*store, test::testActor("animatrice"));
    Solicitation s;
    s.sentOn = Date(2025, 1, 20);
    s.addressees = {"CAF"};
    s.subject = "Délais du RSA";
    s.reports = {a.id};
    s = solicitations.save(s);
    const auto second = meeting(Date(2025, 2, 11), {});
    // Both settled after the second meeting.
    d.doneOn = Date(2025, 3, 1);
    meetings.save(d);
    s.answeredOn = Date(2025, 3, 5);
    s.answeredBy = "CAF";
    s.answer = "Dossier traité";
    solicitations.save(s);

    const auto minutes = app::minutesData(*store, second.id);
    REQUIRE(minutes.followUps.size() == 1);
    CHECK(minutes.followUps[0].state == "10 days"); // due 01/02, meeting 11/02
    CHECK(minutes.followUps[0].late);
    REQUIRE(minutes.solicitations.size() == 1);
    CHECK(minutes.solicitations[0].answer == "no answer yet");
    // A meeting after the facts shows them.
    const auto third = meeting(Date(2025, 3, 11), {});
    const auto later = app::minutesData(*store, third.id);
    REQUIRE(later.followUps.size() == 1);
    CHECK(later.followUps[0].state == "done on 01/03/2025");
    REQUIRE(later.solicitations.size() == 1);
    CHECK(later.solicitations[0].answer.find("Dossier traité") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "minutes say a solicitation was closed without an answer, from that day") {
    test::ParisTime paris;
    const auto a = report(Date(2025, 1, 5));
    meeting(Date(2025, 1, 14), {a.id});
    Solicitation s;
    s.sentOn = Date(2025, 1, 20);
    s.addressees = {"CARSAT"};
    s.subject = "Retraite non versée";
    s.reports = {a.id};
    s = app::SolicitationService(*store, test::testActor("animatrice")).save(s);
    // Closed late in the evening of 3 February, UTC: the 4th already, in Paris.
    app::Actor evening{"animatrice", [] { return std::string("2025-02-03T23:30:00Z"); }};
    app::SolicitationService(*store, evening).closeWithoutAnswer(s.id);
    CHECK(app::closedWithoutAnswerOn(*store, s.id) == Date(2025, 2, 4));

    const auto onTheThird = meeting(Date(2025, 2, 3), {});
    REQUIRE(app::minutesData(*store, onTheThird.id).solicitations.size() == 1);
    CHECK(app::minutesData(*store, onTheThird.id).solicitations[0].answer == "no answer yet");
    const auto later = meeting(Date(2025, 2, 11), {});
    const auto minutes = app::minutesData(*store, later.id);
    REQUIRE(minutes.solicitations.size() == 1);
    CHECK(minutes.solicitations[0].answer == "closed without an answer on 04/02/2025");
    // An answer that comes after all reopens nothing to report as closed.
    app::SolicitationService(*store, test::testActor("animatrice"))
        .recordAnswer(s.id, Date(2025, 2, 20), "Versement fait", "CARSAT");
    CHECK_FALSE(app::closedWithoutAnswerOn(*store, s.id));
}

TEST_CASE_FIXTURE(Fixture, "meetings are counted when held: past ones, or recorded as held") {
    Meeting past;
    past.date = Date(2015, 3, 10);
    meetings.save(past);
    Meeting future;
    future.date = Date(2099, 3, 10);
    meetings.save(future);
    CHECK(store->meetings().countHeld(Period::year(2015), Date(2025, 1, 1)) == 1);
    CHECK(store->meetings().countHeld(Period::year(2099), Date(2025, 1, 1)) == 0);
    Meeting twice = past;
    twice.id = 0;
    CHECK_THROWS_AS(meetings.save(twice), std::invalid_argument); // same date and time
    twice.time = "9:00";
    CHECK_THROWS_AS(meetings.save(twice), std::invalid_argument); // not HH:MM
}

TEST_CASE_FIXTURE(Fixture, "meetings CSV: import, errors on their line, byte-identical round trip") {
    auto s = app::importMeetings(*store, test::testActor(),
                                 "date;heure;lieu;presents;excuses;notes\n"
                                 "12/01/2015;14h;CCAS;CAF|cd|ADIL;UDAF;Séance\n"
                                 "9/2/2015;;CCAS;CAF;;\n"
                                 "9/2/2015;9:30;;;;\n",
                                 {});
    REQUIRE(s.written);
    CHECK(s.created == 3);
    auto m = store->meetings().findByKey(Date(2015, 1, 12), "14:00");
    REQUIRE(m);
    CHECK(m->presentBodies == std::vector<std::string>{"CAF", "CD", "ADIL"});
    CHECK(m->excusedBodies == std::vector<std::string>{"UDAF"});
    CHECK(m->held(Date::today()));
    const std::string first = app::exportMeetings(*store, std::nullopt);
    CHECK(first.find("\r\n2015-02-09;09:30;") != std::string::npos);

    test::TempDir other;
    auto fresh = storage::openSqliteStore(other / "fresh.sqlite");
    REQUIRE(app::importMeetings(*fresh, test::testActor(), first, {}).written);
    CHECK(app::exportMeetings(*fresh, std::nullopt) == first);

    auto bad = app::importMeetings(*store, test::testActor(),
                                   "date;heure;lieu\n2015-03-10;25:00;x\n2015-13-01;;y\n"
                                   "12/01/2015;14:00;z\n2015-04-01;;a\n2015-04-01;;b\n",
                                   {});
    CHECK_FALSE(bad.written);
    std::vector<std::pair<int, std::string>> where;
    for (const auto& p : bad.problems) {
        where.emplace_back(p.line, p.column);
    }
    CHECK(where == std::vector<std::pair<int, std::string>>{
                       {2, "heure"}, {3, "date"}, {4, "date"}, {6, "date"}});
    CHECK(store->meetings().list(std::nullopt).size() == 3);

    // --update on a meeting whose minutes are final: refused on its line, nothing written.
    meetings.finalise(m->id);
    app::ImportOptions update;
    update.update = true;
    auto locked = app::importMeetings(*store, test::testActor(),
                                      "date;heure;lieu\n2015-02-09;;Mairie\n12/01/2015;14:00;Mairie\n",
                                      update);
    CHECK_FALSE(locked.written);
    REQUIRE(locked.problems.size() == 1);
    CHECK(locked.problems[0].line == 3);
    CHECK(locked.problems[0].column == "date");
    CHECK(store->meetings().findByKey(Date(2015, 1, 12), "14:00")->place == "CCAS");
    CHECK(store->meetings().findByKey(Date(2015, 2, 9), "")->place == "CCAS");
}

TEST_CASE("migration to version 2 keeps every report and adds the meeting tables") {
    test::TempDir dir;
    const auto file = dir / "v1.sqlite";
    {
        // A database as version 1 of Vigie left it.
        const std::vector<storage::schema::Migration> v1 = {storage::schema::migrations().front()};
        auto opened = storage::openDatabaseFile(file, {}, v1);
        // What version 1 wrote for a report: the row and its search entry.
        opened.db->exec("INSERT INTO reports(reference, ref_year, ref_seq, received_on, "
                        "description, categories, status, created_at, updated_at) VALUES "
                        "('2015-001', 2015, 1, '2015-01-05', 'Précarité', 4, 'recue', 'x', 'x')");
        opened.db->exec("INSERT INTO report_fts(rowid, reference, description, proposals, author) "
                        "SELECT id, reference, description, proposals, author FROM reports");
    }
    auto store = storage::openSqliteStore(file);
    CHECK(store->info().migrated);
    REQUIRE(store->info().migrationBackup);
    CHECK(std::filesystem::exists(*store->info().migrationBackup));
    CHECK(store->info().schemaVersion == storage::schema::currentVersion());
    auto r = store->reports().findByReference({2015, 1});
    REQUIRE(r);
    CHECK(r->description == "Précarité");
    CHECK(store->meetings().list(std::nullopt).empty());
    app::MeetingService service(*store, test::testActor());
    Meeting m;
    m.date = Date(2015, 1, 12);
    m.agenda.push_back({0, AgendaKind::NewReport, r->id, std::nullopt, "", ""});
    CHECK_NOTHROW(service.save(m));
    SQLite::Database copy(store->info().migrationBackup->string(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == 1);
}

TEST_CASE_FIXTURE(Fixture, "a new meeting is proposed a month after the latest, never on one planned") {
    // No meeting yet: today.
    CHECK(meetings.draftNext().date == Date::today());

    // One held long ago: today (a month after it has passed).
    Meeting old;
    old.date = Date::today().addDays(-90);
    old.place = "Salle du conseil";
    old.time = "09:30";
    meetings.save(old);
    Meeting next = meetings.draftNext();
    CHECK(next.date == Date::today());
    CHECK(next.place == "Salle du conseil"); // what rarely changes is carried over
    CHECK(next.time == "09:30");

    // One already planned ahead: the month after it, not today again.
    Meeting planned;
    planned.date = Date(2100, 1, 31);
    planned.place = "CCAS";
    meetings.save(planned);
    CHECK(meetings.draftNext().date == Date(2100, 2, 28)); // the last day of a shorter month
}

TEST_CASE("minutes and decisions naming a person are refused by the service unless told to save anyway") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "m.sqlite");
    app::MeetingService service(*store, test::testActor("animatrice"));
    Meeting m;
    m.date = Date(2025, 4, 8);
    m.time = "14:00";
    m.notes = "Mme Lefebvre a présenté la situation de son fils";
    CHECK_THROWS_AS(service.save(m), app::PersonalDataFound);
    CHECK(service.list(std::nullopt).empty());
    m.notes = "Séance ordinaire";
    m = service.save(m);
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Dossier en attente depuis cinq mois";
    r.categories = {Category::Delay};
    r = app::ReportService(*store, test::testActor()).create(r);
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.kind = DecisionKind::IndividualAlert;
    d.text = "Appeler M. Girard au 06 12 34 56 78";
    CHECK_THROWS_AS(service.save(d), app::PersonalDataFound);
    CHECK(service.decisionsOf(m.id).empty());
    d = service.save(d, app::PersonalData::SaveAnyway);
    const auto history = store->audit().history("decision", d.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].note.find("privacy warning") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "meetings CSV: notes with personal data are written only when accepted, the history says so") {
    const std::string file = "date;heure;lieu;presents;excuses;notes\n"
                             "12/01/2015;14h;CCAS;CAF;;Rappeler Mme Durand au 06 12 34 56 78\n"
                             "9/2/2015;;CCAS;CAF;;Séance ordinaire\n";
    auto refused = app::importMeetings(*store, test::testActor(), file, {});
    CHECK_FALSE(refused.written);
    CHECK(refused.personalDataRefused);
    CHECK(refused.withPersonalData == 1);
    CHECK(store->meetings().list(std::nullopt).empty());

    app::ImportOptions accept;
    accept.acceptPersonalData = true;
    auto written = app::importMeetings(*store, test::testActor(), file, accept);
    REQUIRE(written.written);
    auto m = store->meetings().findByKey(Date(2015, 1, 12), "14:00");
    REQUIRE(m);
    const auto history = store->audit().history("meeting", m->id);
    REQUIRE_FALSE(history.empty());
    CHECK(history.back().note.find("privacy warning") != std::string::npos);
    auto plain = store->meetings().findByKey(Date(2015, 2, 9), "");
    REQUIRE(plain);
    CHECK(store->audit().history("meeting", plain->id).back().note == "");
}
