// Use cases of meetings: plan, prepare the agenda, record decisions, finalise the minutes
// (which locks the meeting), reopen. Each is one unit of work with its audit rows; a
// decision also updates the status of the report it concerns.
#pragma once

#include <stdexcept>

#include "actor.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

// Thrown on a change to a meeting whose minutes are final.
class MeetingLocked : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Thrown when a meeting cannot be made final yet: it has not taken place.
class MeetingNotHeld : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

std::string auditJson(const Meeting& meeting);
// Inside an open unit of work: the report's status recomputed from its decisions (audited
// when it changes).
void refreshReportStatus(storage::Store& store, const Actor& actor, ReportId id);
std::string auditJson(const Decision& decision);

class MeetingService {
public:
    MeetingService(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // The agenda proposed for a meeting on `date`, and the rest of what is open beside it
    // (vigie::proposeAgenda says which is which).
    AgendaProposal proposeAgenda(const Date& date);

    // Reading, for the front ends.
    std::optional<Meeting> find(MeetingId id); // with its agenda
    // The meetings of a period (all when none), by date and time, without their agenda.
    std::vector<Meeting> list(const std::optional<Period>& period);
    // The meetings of a day, or the one at `time` that day.
    std::vector<Meeting> meetingsAt(const Date& date, const std::optional<std::string>& time);
    std::vector<Decision> decisionsOf(MeetingId id);
    // Decisions of meetings already held still waiting to be done.
    std::vector<Decision> openDecisions();
    // A new meeting as the group would plan it: a month after its latest meeting when
    // that date is still to come (a meeting already planned is never proposed twice),
    // else today; the time, place, facilitators and bodies present of that meeting; the
    // agenda proposed for its date. Not stored.
    Meeting draftNext();

    // Creates (id 0) or updates a meeting. Throws MeetingLocked on a final one, and
    // std::invalid_argument on a bad time or a date already used at that time.
    // The notes and what the group said go to every partner: PersonalDataFound when they
    // seem to identify a person, unless `personalData` is SaveAnyway (then recorded).
    Meeting save(Meeting meeting, PersonalData personalData = PersonalData::NotAccepted);
    // Deletes a meeting that holds no decision (a mistake); otherwise refuses.
    void remove(MeetingId id);
    // Marks the minutes final: the meeting is locked. Throws MeetingNotHeld for a meeting
    // still to come (its minutes cannot exist yet).
    Meeting finalise(MeetingId id);
    // Unlocks a final meeting; the reason goes in the audit trail.
    Meeting reopen(MeetingId id, const std::string& reason);

    // The same guard on what is to be done.
    Decision save(Decision decision, PersonalData personalData = PersonalData::NotAccepted);
    // Removes a decision with what it created: the solicitation it sent (a front end asks
    // first, naming it: see solicitationOf). A decision changed to another kind loses its
    // solicitation the same way.
    void removeDecision(DecisionId id);
    // The solicitation a decision created, if any.
    std::optional<Solicitation> solicitationOf(DecisionId id);

    // Inside an open unit of work (the CSV import and the demo use them).
    Meeting saveIn(Meeting meeting, const std::string& action, const std::string& note = {});
    Decision saveIn(Decision decision, const std::string& note = {});

private:
    Meeting loadOrThrow(MeetingId id);
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
