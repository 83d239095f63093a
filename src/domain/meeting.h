// The monthly meeting of the watch group (séance), its agenda, and the decisions taken on
// reports (suites données).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "report.h"

namespace vigie {

using MeetingId = std::int64_t;
using DecisionId = std::int64_t;

enum class MeetingState { Planned, Held, Final }; // Final: minutes written, locked

enum class AgendaKind {
    NewReport,        // received since the last meeting
    OpenFollowUp,     // a report whose follow-up is open
    DecisionFollowUp, // "suivi des décisions": an open decision of an earlier meeting
    Free,             // news, regulation points, the FAQ...
};

struct AgendaItem {
    std::int64_t id = 0;
    AgendaKind kind = AgendaKind::Free;
    std::optional<ReportId> report;     // for report items
    std::optional<DecisionId> decision; // for decision follow-ups
    std::string title;                  // free items; a report's reference otherwise
    std::string minutes;                // what the group said, as the PDF shows it
};

struct Meeting {
    MeetingId id = 0;
    Date date;
    std::string time; // "HH:MM", or empty
    std::string place;
    std::string facilitators;
    std::vector<std::string> presentBodies; // institution codes
    std::vector<std::string> excusedBodies;
    std::vector<std::string> presentPeople; // names of the group's members
    std::vector<std::string> excusedPeople;
    std::vector<AgendaItem> agenda;
    std::string notes;
    std::optional<Date> nextMeeting;
    MeetingState state = MeetingState::Planned;
    std::string createdAt, updatedAt;
    // As stored: each update adds one, and an update from an older version is refused
    // (someone saved in between). 0 before the first save.
    std::int64_t version = 0;

    // A past meeting counts as held (FORMATS.md), whatever its recorded state.
    bool held(const Date& today) const { return state != MeetingState::Planned || date < today; }
    bool locked() const { return state == MeetingState::Final; }
    // "2025-03-14" or "2025-03-14T14:00": how a meeting is named on the command line.
    std::string key() const;
};

enum class DecisionKind {
    IndividualAlert,    // alerte individuelle au rédacteur
    CollectiveAlert,    // alerte collective aux travailleurs sociaux d'un organisme
    FaqAnswer,          // réponse dans la foire aux questions de la ville
    Solicitation,       // sollicitation du PIO ou d'un de ses organismes
    NationalEscalation, // remontée nationale (AGILLE)
    NoFollowUp,         // pas de suite nécessaire
};
inline constexpr DecisionKind kAllDecisionKinds[] = {
    DecisionKind::IndividualAlert, DecisionKind::CollectiveAlert,
    DecisionKind::FaqAnswer,       DecisionKind::Solicitation,
    DecisionKind::NationalEscalation, DecisionKind::NoFollowUp};

struct Decision {
    DecisionId id = 0;
    MeetingId meeting = 0;
    ReportId report = 0;
    DecisionKind kind = DecisionKind::IndividualAlert;
    std::string text;  // what is to be done
    std::string owner; // who does it
    std::optional<Date> due;
    std::optional<Date> doneOn; // empty while the decision is open
    std::vector<std::string> institutions; // the body alerted or solicited (codes)
    std::optional<Date> takenOn; // the day of its meeting (read with it, never stored)

    bool open() const { return !doneOn && kind != DecisionKind::NoFollowUp; }
    // Done on or before `day` (minutes printed later say what was known on their day).
    bool doneBy(const Date& day) const { return doneOn && !(day < *doneOn); }
};

std::string_view code(MeetingState s);
std::string_view code(DecisionKind k);
std::optional<MeetingState> parseMeetingState(std::string_view text);
std::optional<DecisionKind> parseDecisionKind(std::string_view text);
std::string label(MeetingState s);
std::string label(DecisionKind k);

// A report's status follows from its decisions:
//  - withdrawn, or closed by hand as resolved/unresolved, stays as it is;
//  - referred nationally as soon as one decision escalates it;
//  - follow-up in progress while a decision is open;
//  - resolved once every decision is done (or none is needed);
//  - on the agenda when it is on a meeting's agenda without decisions yet.
// `closedOn` receives the closing date when the status closes the report.
ReportStatus statusAfterDecisions(ReportStatus current, const std::vector<Decision>& decisions,
                                  bool onAgenda, std::optional<Date>& closedOn);

// "HH:MM" with a valid hour and minute (empty is accepted as "no time").
bool isValidTime(std::string_view text);

// What the agenda proposal needs of a report.
struct AgendaCandidate {
    ReportId id = 0;
    ReportReference reference;
    Date receivedOn;
    ReportStatus status = ReportStatus::Received;
    std::optional<Date> lastOnAgenda; // the latest meeting whose agenda holds it
    std::optional<Date> latestAnswer; // the latest answer to a solicitation about it
};

// What a group can treat in one sitting, and the rest of what is open, to add by hand.
struct AgendaProposal {
    std::vector<AgendaItem> proposed;
    std::vector<AgendaItem> others;
};

// The agenda of a meeting on `meetingDate`. Proposed: the reports received since the last
// meeting, and those left without a decision at it (oldest first); the follow-ups whose
// answer arrived since; the decisions whose due date has come; the usual free items.
// Offered beside it: the other reports waiting or followed up, the other open decisions.
// A report appears once. `today` tells a meeting still to come (whose agenda keeps what
// it holds) from a past one.
AgendaProposal proposeAgenda(const std::optional<Date>& lastMeeting,
                             const std::vector<AgendaCandidate>& reports,
                             const std::vector<Decision>& openDecisions,
                             const std::vector<std::string>& freeItems, const Date& meetingDate,
                             const Date& today);

// The free items every agenda starts with (translated).
std::vector<std::string> usualFreeItems();

} // namespace vigie
