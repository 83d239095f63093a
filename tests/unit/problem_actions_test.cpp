// Acting on a recurring problem (app/problem_actions.h): which meeting is the next one,
// which reports go on its agenda and which decisions are added (none twice), the words of
// the solicitation and the alert, and the services on a real database.
#include <doctest/doctest.h>

#include "app/meeting_service.h"
#include "app/problem_actions.h"
#include "app/report_service.h"
#include "app/solicitation_service.h"
#include "app/statistics_service.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

Meeting meeting(MeetingId id, Date on, std::string time,
                MeetingState state = MeetingState::Planned) {
    Meeting m;
    m.id = id;
    m.date = on;
    m.time = std::move(time);
    m.state = state;
    return m;
}

AgendaCandidate candidate(ReportId id, ReportStatus status = ReportStatus::Received) {
    AgendaCandidate c;
    c.id = id;
    c.reference = {2025, static_cast<int>(id)};
    c.status = status;
    return c;
}

Decision decision(MeetingId meeting, ReportId report, DecisionKind kind,
                  std::vector<std::string> institutions) {
    Decision d;
    d.meeting = meeting;
    d.report = report;
    d.kind = kind;
    d.institutions = std::move(institutions);
    return d;
}

RecurringProblem problem(long long count, long long previous) {
    RecurringProblem p;
    p.institution = "CAF";
    p.right = "RSA";
    p.category = Category::Delay;
    p.count = count;
    p.previousCount = previous;
    p.reports = {1, 2, 3};
    p.references = {{2025, 1}, {2025, 2}, {2025, 3}};
    return p;
}

} // namespace

TEST_CASE("the next meeting: the earliest neither held nor final, from today on") {
    const Date today(2026, 3, 10);
    const std::vector<Meeting> meetings = {
        meeting(1, Date(2026, 3, 9), "14:00"),                      // past: held
        meeting(2, Date(2026, 3, 12), "14:00", MeetingState::Held), // marked held
        meeting(3, Date(2026, 3, 11), "", MeetingState::Final),
        meeting(4, Date(2026, 4, 14), "14:00"),
        meeting(5, Date(2026, 3, 20), "17:00"),
        meeting(6, Date(2026, 3, 20), "09:30"), // the same day, earlier
    };
    CHECK(app::nextMeeting(meetings, today)->id == 6);
    // A meeting of today has not been held yet.
    CHECK(app::nextMeeting({meeting(7, today, "18:00"), meeting(4, Date(2026, 4, 14), "")}, today)
              ->id == 7);
    CHECK_FALSE(app::nextMeeting({meetings[0], meetings[1], meetings[2]}, today));
    CHECK_FALSE(app::nextMeeting({}, today));
}

TEST_CASE("the agenda items of a problem: each report once, those already on it left") {
    Meeting m = meeting(1, Date(2026, 3, 20), "14:00");
    m.agenda.push_back({0, AgendaKind::Free, std::nullopt, std::nullopt, "Actualités", ""});
    m.agenda.push_back({0, AgendaKind::OpenFollowUp, ReportId{2}, std::nullopt, "2025-002", ""});
    const auto items = app::missingAgendaItems(
        m, {candidate(1), candidate(2), candidate(3, ReportStatus::FollowUpOpen), candidate(1)});
    REQUIRE(items.size() == 2);
    CHECK(items[0].report == ReportId{1});
    CHECK(items[0].kind == AgendaKind::NewReport);
    CHECK(items[0].title == "2025-001");
    CHECK(items[1].report == ReportId{3});
    CHECK(items[1].kind == AgendaKind::OpenFollowUp);
    CHECK(app::missingAgendaItems(m, {candidate(2)}).empty());
}

TEST_CASE("the decisions of a proposal: one per report, none twice") {
    const Decision draft = decision(5, 0, DecisionKind::CollectiveAlert, {"CAF"});
    const std::vector<Decision> atMeeting = {
        decision(5, 1, DecisionKind::CollectiveAlert, {"caf"}),  // the same, whatever the case
        decision(5, 3, DecisionKind::IndividualAlert, {}),       // another kind
        decision(4, 4, DecisionKind::CollectiveAlert, {"CAF"}),  // another meeting
        decision(5, 5, DecisionKind::CollectiveAlert, {"CPAM"}), // another body
    };
    const auto added = app::decisionsToAdd(draft, {1, 2, 2, 3, 4, 5}, atMeeting);
    std::vector<ReportId> reports;
    for (const auto& d : added) {
        reports.push_back(d.report);
        CHECK(d.kind == DecisionKind::CollectiveAlert);
        CHECK(d.meeting == 5);
        CHECK(d.institutions == std::vector<std::string>{"CAF"});
    }
    CHECK(reports == std::vector<ReportId>{2, 3, 4, 5});
}

TEST_CASE("the words of the solicitation and the alert name the problem and its trend") {
    const app::ProblemNames names{"CAF", "RSA", "Abnormally long delays"};
    const Period year = Period::year(2025);
    CHECK(app::problemFigures(problem(3, 1), year) ==
          "3 reports in 2025 (1 a year earlier, rising)");
    CHECK(app::problemFigures(problem(3, 0), year) == "3 reports in 2025 (none a year earlier)");
    CHECK(app::problemFigures(problem(3, 5), year) ==
          "3 reports in 2025 (5 a year earlier, falling)");
    CHECK(app::problemFigures(problem(4, 4), {Date(2025, 1, 1), Date(2025, 3, 31)}) ==
          "4 reports from 01/01/2025 to 31/03/2025 (as many a year earlier)");

    const auto s = app::solicitationAbout(problem(3, 1), names, year, Date(2026, 1, 15));
    CHECK(s.addressees == std::vector<std::string>{"CAF"});
    CHECK(s.reports == std::vector<ReportId>{1, 2, 3});
    CHECK(s.sentOn == Date(2026, 1, 15));
    CHECK(s.expectedBy < s.sentOn); // the usual delay, given when saved
    CHECK(s.subject ==
          "Recurring problem (CAF \u2014 RSA \u2014 Abnormally long delays): 3 reports "
          "in 2025 (1 a year earlier, rising)");

    const auto d = app::collectiveAlertAbout(problem(3, 1), names, year, 7);
    CHECK(d.kind == DecisionKind::CollectiveAlert);
    CHECK(d.meeting == 7);
    CHECK(d.institutions == std::vector<std::string>{"CAF"});
    CHECK(d.text == "CAF: alert its social workers to the recurring problem (RSA \u2014 Abnormally "
                    "long delays), 3 reports in 2025 (1 a year earlier, rising)");
}

namespace {

// Four reports of last year share the CAF, the RSA and the delays; one is withdrawn.
struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "p.sqlite");
    app::Actor actor = test::testActor();
    int year = Date::today().year() - 1;
    std::vector<ReportId> ids;

    Fixture() {
        app::ReportService reports(*store, actor);
        for (int month : {2, 4, 6, 9}) {
            DifficultyReport r;
            r.receivedOn = Date(year, month, 3);
            r.description = "Dossier en attente depuis plusieurs mois";
            r.categories = {Category::Delay};
            r.institutions = {"CAF"};
            r.rights = {"RSA"};
            ids.push_back(reports.create(r).id);
        }
    }
    RecurringProblem recurring() {
        const auto stats = app::periodStatistics(*store, Period::year(year));
        REQUIRE(stats.recurring.size() == 1);
        return stats.recurring.front();
    }
    Meeting plan(Date on) {
        Meeting m;
        m.date = on;
        m.time = "14:00";
        return app::MeetingService(*store, actor).save(m);
    }
};

} // namespace

TEST_CASE("the problem's reports go on the next meeting's agenda, once") {
    Fixture f;
    const auto p = f.recurring();
    CHECK(p.count == 4);
    app::ProblemActions actions(*f.store, f.actor);
    CHECK_FALSE(actions.nextMeeting());
    // None planned: a new meeting is drafted with the reports on its agenda, not stored.
    const Meeting draft = actions.meetingFor(p);
    CHECK(draft.id == 0);
    CHECK(draft.agenda.size() >= 4);
    CHECK(f.store->meetings().list(std::nullopt).empty());

    const Date today = Date::today();
    f.plan(today.addDays(-20));
    const Meeting later = f.plan(today.addDays(60));
    const Meeting next = f.plan(today.addDays(25));
    REQUIRE(actions.nextMeeting());
    CHECK(actions.nextMeeting()->id == next.id);

    app::ReportService(*f.store, f.actor).withdraw(f.ids[3]); // since the figures were counted
    const auto audited = f.store->audit().history("meeting", next.id).size();
    const auto outcome = actions.putOnAgenda(next.id, p);
    CHECK(outcome.meeting.id == next.id);
    CHECK(outcome.added.size() == 3);
    CHECK(outcome.already.empty());
    auto stored = *f.store->meetings().find(next.id);
    std::vector<ReportId> onAgenda;
    for (const auto& item : stored.agenda) {
        onAgenda.push_back(*item.report);
    }
    CHECK(onAgenda == std::vector<ReportId>{f.ids[0], f.ids[1], f.ids[2]});
    CHECK(f.store->meetings().find(later.id)->agenda.empty());
    CHECK(f.store->reports().find(f.ids[0])->status == ReportStatus::OnAgenda);
    const auto history = f.store->audit().history("meeting", next.id);
    REQUIRE(history.size() == audited + 1);
    CHECK(history.back().note.find("CAF") != std::string::npos);

    // Again: nothing added, nothing stored.
    const auto again = actions.putOnAgenda(next.id, p);
    CHECK(again.added.empty());
    CHECK(again.already.size() == 3);
    CHECK(f.store->meetings().find(next.id)->agenda.size() == 3);
    CHECK(f.store->audit().history("meeting", next.id).size() == audited + 1);
    // The next meeting proposed for a decision already holds them.
    CHECK(actions.meetingFor(p).agenda.size() == 3);
}

TEST_CASE("a collective alert is recorded on each report of the problem, once") {
    Fixture f;
    const auto p = f.recurring();
    app::ProblemActions actions(*f.store, f.actor);
    const Meeting next = f.plan(Date::today().addDays(10));
    const auto proposal = actions.collectiveAlert(p, Period::year(f.year), next.id);
    CHECK(proposal.reports == f.ids);
    CHECK(proposal.references.size() == 4);
    CHECK(proposal.decision.kind == DecisionKind::CollectiveAlert);
    CHECK(proposal.decision.institutions == std::vector<std::string>{"CAF"});

    const auto stored = actions.recordDecisions(proposal.decision, proposal.reports);
    REQUIRE(stored.size() == 4);
    const auto decisions = f.store->meetings().decisionsOfMeeting(next.id);
    REQUIRE(decisions.size() == 4);
    for (std::size_t i = 0; i < decisions.size(); ++i) {
        CHECK(decisions[i].kind == DecisionKind::CollectiveAlert);
        CHECK(decisions[i].institutions == std::vector<std::string>{"CAF"});
        CHECK(f.store->reports().find(decisions[i].report)->status == ReportStatus::FollowUpOpen);
    }
    // The reports are on the agenda of the meeting that decided it.
    CHECK(f.store->meetings().find(next.id)->agenda.size() == 4);
    // Again: nothing twice.
    CHECK(actions.recordDecisions(proposal.decision, proposal.reports).empty());
    CHECK(f.store->meetings().decisionsOfMeeting(next.id).size() == 4);

    // What seems to name a person is refused unless the user said to save anyway.
    Decision named = proposal.decision;
    named.kind = DecisionKind::FaqAnswer;
    named.text = "Appeler Mme Martin au 06 12 34 56 78";
    CHECK_THROWS_AS(actions.recordDecisions(named, proposal.reports), app::PersonalDataFound);
    CHECK(f.store->meetings().decisionsOfMeeting(next.id).size() == 4);
}

TEST_CASE("the solicitation of a problem's institution links its reports once saved") {
    Fixture f;
    const auto p = f.recurring();
    app::ProblemActions actions(*f.store, f.actor);
    auto draft = actions.solicitation(p, Period::year(f.year));
    CHECK(draft.id == 0);
    CHECK(draft.addressees == std::vector<std::string>{"CAF"});
    CHECK(draft.reports == f.ids);
    CHECK(draft.subject.find("RSA") != std::string::npos);
    CHECK(draft.subject.find("4 reports in " + std::to_string(f.year)) != std::string::npos);
    CHECK(f.store->solicitations().list({}).empty()); // a draft: the user confirms
    const auto saved = app::SolicitationService(*f.store, f.actor).save(draft);
    const auto stored = *f.store->solicitations().find(saved.id);
    CHECK(stored.reports == f.ids);
    CHECK(stored.addressees == std::vector<std::string>{"CAF"});
    CHECK(stored.expectedBy > stored.sentOn);
}
