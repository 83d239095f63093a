// Acting on a recurring problem of the observatory (issue 17): its reports on the agenda of
// the next meeting, a collective alert to its institution, a solicitation of it. The rules
// are here, not in a window, so that every front end acts the same way.
#pragma once

#include <optional>
#include <vector>

#include "actor.h"
#include "domain/observatory.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

// The meeting things can still be put on: the earliest (by date, then time) that is
// neither held nor final, dated `today` or later (a meeting of today has not been held
// yet: Meeting::held). None when no meeting is planned.
std::optional<Meeting> nextMeeting(const std::vector<Meeting>& meetings, const Date& today);

// The agenda items that put `reports` on `meeting`'s agenda, in the order given: none for
// a report already on it (whatever its item), none twice for the same report. A report
// followed up is a follow-up item, any other a report item.
std::vector<AgendaItem> missingAgendaItems(const Meeting& meeting,
                                           const std::vector<AgendaCandidate>& reports);

// `draft` for each of `reports`, in order and once each, except for a report that already
// has at the draft's meeting a decision of the same kind to the same institutions.
std::vector<Decision> decisionsToAdd(const Decision& draft, const std::vector<ReportId>& reports,
                                     const std::vector<Decision>& atMeeting);

// How people name a problem's institution, right and category.
struct ProblemNames {
    std::string institution, right, category;
};

// "3 reports in 2025 (1 a year earlier, rising)": how many, when, and the trend, as the
// solicitation and the alert say it.
std::string problemFigures(const RecurringProblem& problem, const Period& period);

// Not stored: a solicitation of the problem's institution about it, sent `today` (the
// expected date left to the usual delay), naming its reports; the subject names the
// problem with its figures.
Solicitation solicitationAbout(const RecurringProblem& problem, const ProblemNames& names,
                               const Period& period, const Date& today);

// Not stored: the collective alert of the problem's institution's social workers, at
// meeting `meeting`, for no report yet (decisionsToAdd gives one to each).
Decision collectiveAlertAbout(const RecurringProblem& problem, const ProblemNames& names,
                              const Period& period, MeetingId meeting);

// A decision to take at a meeting for several reports at once.
struct DecisionProposal {
    Decision decision;
    std::vector<ReportId> reports;
    std::vector<ReportReference> references; // the same order
};

class ProblemActions {
public:
    ProblemActions(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // The database's names of the problem's institution and right.
    ProblemNames names(const RecurringProblem& problem);
    // The problem's reports as they are now: still in the database, not withdrawn.
    std::vector<AgendaCandidate> reportsOf(const RecurringProblem& problem);
    // The next meeting (above), with its agenda.
    std::optional<Meeting> nextMeeting(const Date& today = Date::today());

    struct AgendaOutcome {
        Meeting meeting;
        std::vector<ReportReference> added;   // put on its agenda now
        std::vector<ReportReference> already; // on it before
    };
    // One unit of work, audited: the problem's reports on the agenda of meeting `id`, each
    // once (nothing stored when all were on it). Throws MeetingLocked on a final meeting.
    AgendaOutcome putOnAgenda(MeetingId id, const RecurringProblem& problem);

    // Not stored: the meeting where something is decided about the problem, its reports on
    // the agenda: the next meeting, else a new one as MeetingService::draftNext plans it.
    Meeting meetingFor(const RecurringProblem& problem, const Date& today = Date::today());
    // Not stored: the collective alert proposed at `meeting` for the problem's reports.
    DecisionProposal collectiveAlert(const RecurringProblem& problem, const Period& period,
                                     MeetingId meeting);
    // Not stored: the solicitation of the problem's institution (solicitationAbout).
    Solicitation solicitation(const RecurringProblem& problem, const Period& period,
                              const Date& today = Date::today());

    // One unit of work: `draft` taken at its meeting for each of `reports` that has no such
    // decision there yet (decisionsToAdd), the reports not on that meeting's agenda added to
    // it; each change audited, the reports' statuses updated. Throws MeetingLocked on a
    // final meeting, PersonalDataFound as MeetingService::save does.
    std::vector<Decision> recordDecisions(const Decision& draft,
                                          const std::vector<ReportId>& reports,
                                          PersonalData personalData = PersonalData::NotAccepted);

private:
    std::vector<AgendaCandidate> candidates(const std::vector<ReportId>& ids);
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
