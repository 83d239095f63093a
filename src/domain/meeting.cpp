// Rules of meetings and decisions.
#include "meeting.h"

#include <algorithm>
#include <set>

#include "platform/i18n.h"
#include "text.h"

namespace vigie {

std::string Meeting::key() const {
    return time.empty() ? date.iso() : date.iso() + "T" + time;
}

std::string_view code(MeetingState s) {
    switch (s) {
    case MeetingState::Planned: return "planned";
    case MeetingState::Held: return "held";
    case MeetingState::Final: return "final";
    }
    return {};
}

std::string_view code(DecisionKind k) {
    switch (k) {
    case DecisionKind::IndividualAlert: return "individual_alert";
    case DecisionKind::CollectiveAlert: return "collective_alert";
    case DecisionKind::FaqAnswer: return "faq_answer";
    case DecisionKind::Solicitation: return "solicitation";
    case DecisionKind::NationalEscalation: return "national_escalation";
    case DecisionKind::NoFollowUp: return "no_follow_up";
    }
    return {};
}

std::optional<MeetingState> parseMeetingState(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    for (auto s : {MeetingState::Planned, MeetingState::Held, MeetingState::Final}) {
        if (key == code(s)) {
            return s;
        }
    }
    return std::nullopt;
}

std::optional<DecisionKind> parseDecisionKind(std::string_view textValue) {
    const std::string key = text::matchKey(textValue);
    for (auto k : kAllDecisionKinds) {
        if (key == code(k)) {
            return k;
        }
    }
    return std::nullopt;
}

std::string label(MeetingState s) {
    switch (s) {
    case MeetingState::Planned: return tr("Planned");
    case MeetingState::Held: return tr("Held");
    case MeetingState::Final: return tr("Minutes final");
    }
    return {};
}

std::string label(DecisionKind k) {
    switch (k) {
    case DecisionKind::IndividualAlert: return tr("Individual alert to the author");
    case DecisionKind::CollectiveAlert: return tr("Collective alert to a body's social workers");
    case DecisionKind::FaqAnswer: return tr("Answer in the city's FAQ");
    case DecisionKind::Solicitation: return tr("Solicitation of the partnership or one of its bodies");
    case DecisionKind::NationalEscalation: return tr("Referral to the national level (AGILLE)");
    case DecisionKind::NoFollowUp: return tr("No follow-up needed");
    }
    return {};
}

ReportStatus statusAfterDecisions(ReportStatus current, const std::vector<Decision>& decisions,
                                  bool onAgenda, std::optional<Date>& closedOn) {
    if (current == ReportStatus::Withdrawn || current == ReportStatus::Resolved ||
        current == ReportStatus::Unresolved) {
        // Closed by hand: a decision taken afterwards reopens the follow-up.
        const bool reopened = std::any_of(decisions.begin(), decisions.end(),
                                          [](const Decision& d) { return d.open(); });
        if (current == ReportStatus::Withdrawn || !reopened) {
            return current;
        }
    }
    if (decisions.empty()) {
        if (current == ReportStatus::ReferredNational) {
            return current;
        }
        return onAgenda ? ReportStatus::OnAgenda : ReportStatus::Received;
    }
    // The day the follow-up ended: the last decision done, or the meeting that found
    // nothing to do or referred the report nationally (its closing date).
    std::optional<Date> lastDone;
    auto later = [&](const std::optional<Date>& day) {
        if (day && (!lastDone || *lastDone < *day)) {
            lastDone = day;
        }
    };
    for (const auto& d : decisions) {
        later(d.doneOn);
        if (d.kind == DecisionKind::NoFollowUp) {
            later(d.takenOn);
        }
    }
    if (std::any_of(decisions.begin(), decisions.end(),
                    [](const Decision& d) { return d.kind == DecisionKind::NationalEscalation; })) {
        if (!closedOn) {
            for (const auto& d : decisions) {
                if (d.kind == DecisionKind::NationalEscalation) {
                    later(d.takenOn);
                }
            }
            closedOn = lastDone;
        }
        return ReportStatus::ReferredNational;
    }
    if (std::any_of(decisions.begin(), decisions.end(), [](const Decision& d) { return d.open(); })) {
        closedOn.reset();
        return ReportStatus::FollowUpOpen;
    }
    if (lastDone) {
        closedOn = lastDone;
    }
    return ReportStatus::Resolved;
}

bool isValidTime(std::string_view t) {
    if (t.empty()) {
        return true;
    }
    if (t.size() != 5 || t[2] != ':') {
        return false;
    }
    for (std::size_t i : {0u, 1u, 3u, 4u}) {
        if (t[i] < '0' || t[i] > '9') {
            return false;
        }
    }
    const int h = (t[0] - '0') * 10 + (t[1] - '0');
    const int m = (t[3] - '0') * 10 + (t[4] - '0');
    return h < 24 && m < 60;
}

std::vector<std::string> usualFreeItems() {
    return {tr("News from the partners"), tr("Regulation points"), tr("Questions for the city's FAQ")};
}

AgendaProposal proposeAgenda(const std::optional<Date>& lastMeeting,
                             const std::vector<AgendaCandidate>& reports,
                             const std::vector<Decision>& openDecisions,
                             const std::vector<std::string>& freeItems, const Date& meetingDate,
                             const Date& today) {
    AgendaProposal out;
    std::set<ReportId> placed;
    std::vector<AgendaCandidate> sorted = reports;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
        return std::pair(a.receivedOn, a.reference) < std::pair(b.receivedOn, b.reference);
    });
    auto closed = [](ReportStatus s) { return isClosing(s) || s == ReportStatus::Withdrawn; };
    auto sinceLast = [&](const Date& d) { return !lastMeeting || !(d < *lastMeeting); };
    for (const auto& r : sorted) {
        // One already on the agenda of a meeting still to come stays there.
        const bool onAgenda = r.status == ReportStatus::OnAgenda;
        const bool plannedElsewhere =
            onAgenda && r.lastOnAgenda &&
            (!(*r.lastOnAgenda < today) || !lastMeeting || *lastMeeting < *r.lastOnAgenda);
        if (closed(r.status) || plannedElsewhere) {
            continue;
        }
        const bool waiting = r.status == ReportStatus::Received || onAgenda;
        // Received on the day of the last meeting but not examined there, or left on its
        // agenda without a decision: it comes back rather than being forgotten.
        const bool leftAtLast = onAgenda && lastMeeting && r.lastOnAgenda == lastMeeting;
        const bool isNew = (waiting && (sinceLast(r.receivedOn) || leftAtLast)) ||
                           (lastMeeting && *lastMeeting < r.receivedOn);
        if (!isNew && !waiting) {
            continue;
        }
        placed.insert(r.id);
        (isNew ? out.proposed : out.others)
            .push_back({0, AgendaKind::NewReport, r.id, std::nullopt, r.reference.text(), ""});
    }
    for (const auto& r : sorted) {
        if (r.status == ReportStatus::FollowUpOpen && placed.insert(r.id).second) {
            const bool answered = r.latestAnswer && sinceLast(*r.latestAnswer);
            (answered ? out.proposed : out.others)
                .push_back({0, AgendaKind::OpenFollowUp, r.id, std::nullopt, r.reference.text(), ""});
        }
    }
    for (const auto& d : openDecisions) {
        if (d.open()) {
            const bool due = d.due && !(meetingDate < *d.due);
            (due ? out.proposed : out.others)
                .push_back({0, AgendaKind::DecisionFollowUp, d.report, d.id, d.text, ""});
        }
    }
    for (const auto& title : freeItems) {
        out.proposed.push_back({0, AgendaKind::Free, std::nullopt, std::nullopt, title, ""});
    }
    return out;
}

} // namespace vigie
