#include "problem_actions.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "meeting_service.h"
#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

bool sameCodes(std::vector<std::string> a, std::vector<std::string> b) {
    auto keys = [](std::vector<std::string>& codes) {
        for (auto& c : codes) {
            c = codeKey(c);
        }
        std::sort(codes.begin(), codes.end());
    };
    keys(a);
    keys(b);
    return a == b;
}

bool calendarYear(const Period& p) {
    return p.first == Date(p.first.year(), 1, 1) && p.last == Date(p.first.year(), 12, 31);
}

// "CAF — RSA — Abnormally long delays", or without the institution when the sentence
// already names it.
std::string problemLabel(const ProblemNames& names, bool withInstitution) {
    return withInstitution ? fmt::format("{} \u2014 {} \u2014 {}", names.institution, names.right,
                                         names.category)
                           : fmt::format("{} \u2014 {}", names.right, names.category);
}

} // namespace

std::optional<Meeting> nextMeeting(const std::vector<Meeting>& meetings, const Date& today) {
    std::optional<Meeting> next;
    for (const auto& m : meetings) {
        if (m.held(today) || m.locked()) {
            continue;
        }
        if (!next || m.date < next->date || (m.date == next->date && m.time < next->time)) {
            next = m;
        }
    }
    return next;
}

std::vector<AgendaItem> missingAgendaItems(const Meeting& meeting,
                                           const std::vector<AgendaCandidate>& reports) {
    std::vector<AgendaItem> out;
    auto listed = [](const std::vector<AgendaItem>& items, ReportId id) {
        return std::any_of(items.begin(), items.end(),
                           [id](const AgendaItem& i) { return i.report == id; });
    };
    for (const auto& r : reports) {
        if (listed(meeting.agenda, r.id) || listed(out, r.id)) {
            continue;
        }
        const AgendaKind kind = r.status == ReportStatus::FollowUpOpen ? AgendaKind::OpenFollowUp
                                                                       : AgendaKind::NewReport;
        out.push_back({0, kind, r.id, std::nullopt, r.reference.text(), ""});
    }
    return out;
}

std::vector<Decision> decisionsToAdd(const Decision& draft, const std::vector<ReportId>& reports,
                                     const std::vector<Decision>& atMeeting) {
    std::vector<Decision> out;
    for (ReportId id : reports) {
        auto same = [&](const Decision& d) {
            return d.report == id && d.meeting == draft.meeting && d.kind == draft.kind &&
                   sameCodes(d.institutions, draft.institutions);
        };
        if (std::any_of(atMeeting.begin(), atMeeting.end(), same) ||
            std::any_of(out.begin(), out.end(), same)) {
            continue;
        }
        Decision d = draft;
        d.id = 0;
        d.report = id;
        out.push_back(std::move(d));
    }
    return out;
}

std::string problemFigures(const RecurringProblem& p, const Period& period) {
    const std::string count = fmt::format(
        fmt::runtime(trn("{} report", "{} reports", static_cast<unsigned long>(p.count))), p.count);
    const std::string when = calendarYear(period)
                                 ? fmt::format(fmt::runtime(tr("in {}")), period.first.year())
                                 : fmt::format(fmt::runtime(tr("from {} to {}")),
                                               period.first.french(), period.last.french());
    const std::string trend =
        p.previousCount == 0 ? std::string(tr("none a year earlier"))
        : p.count > p.previousCount
            ? fmt::format(fmt::runtime(tr("{} a year earlier, rising")), p.previousCount)
        : p.count < p.previousCount
            ? fmt::format(fmt::runtime(tr("{} a year earlier, falling")), p.previousCount)
            : std::string(tr("as many a year earlier"));
    return fmt::format("{} {} ({})", count, when, trend);
}

Solicitation solicitationAbout(const RecurringProblem& p, const ProblemNames& names,
                               const Period& period, const Date& today) {
    Solicitation s;
    s.sentOn = today;
    s.expectedBy = Date(1, 1, 1); // before it was sent: the usual delay, given when saved
    s.addressees = {p.institution};
    s.reports = p.reports;
    s.subject = fmt::format(fmt::runtime(tr("Recurring problem ({}): {}")),
                            problemLabel(names, true), problemFigures(p, period));
    return s;
}

Decision collectiveAlertAbout(const RecurringProblem& p, const ProblemNames& names,
                              const Period& period, MeetingId meeting) {
    Decision d;
    d.meeting = meeting;
    d.kind = DecisionKind::CollectiveAlert;
    d.institutions = {p.institution};
    d.text = fmt::format(fmt::runtime(tr("{}: alert its social workers to the recurring problem "
                                         "({}), {}")),
                         names.institution, problemLabel(names, false), problemFigures(p, period));
    return d;
}

ProblemNames ProblemActions::names(const RecurringProblem& p) {
    ProblemNames names{p.institution, p.right, label(p.category)};
    for (const auto& i : store_.reference().institutions()) {
        if (codeKey(i.code) == codeKey(p.institution)) {
            names.institution = institutionLabel(i.code, i.name);
        }
    }
    for (const auto& r : store_.reference().rights()) {
        if (codeKey(r.code) == codeKey(p.right)) {
            names.right = shortName(r.code, r.label);
        }
    }
    return names;
}

std::vector<AgendaCandidate> ProblemActions::candidates(const std::vector<ReportId>& ids) {
    std::vector<AgendaCandidate> out;
    for (ReportId id : ids) {
        // Withdrawn since the figures were counted: no longer anybody's business.
        if (auto r = store_.reports().find(id); r && r->status != ReportStatus::Withdrawn) {
            AgendaCandidate c;
            c.id = r->id;
            c.reference = r->reference;
            c.receivedOn = r->receivedOn;
            c.status = r->status;
            out.push_back(std::move(c));
        }
    }
    return out;
}

std::vector<AgendaCandidate> ProblemActions::reportsOf(const RecurringProblem& p) {
    return candidates(p.reports);
}

std::optional<Meeting> ProblemActions::nextMeeting(const Date& today) {
    const auto next = app::nextMeeting(store_.meetings().list(std::nullopt), today);
    return next ? store_.meetings().find(next->id) : std::nullopt;
}

ProblemActions::AgendaOutcome ProblemActions::putOnAgenda(MeetingId id, const RecurringProblem& p) {
    auto work = store_.begin();
    auto meeting = store_.meetings().find(id);
    if (!meeting) {
        throw StorageError(StorageError::Kind::Failed, tr("This meeting no longer exists."));
    }
    AgendaOutcome outcome;
    const auto reports = reportsOf(p);
    const auto items = missingAgendaItems(*meeting, reports);
    for (const auto& r : reports) {
        const bool added = std::any_of(items.begin(), items.end(),
                                       [&](const AgendaItem& i) { return i.report == r.id; });
        (added ? outcome.added : outcome.already).push_back(r.reference);
    }
    if (!items.empty()) {
        meeting->agenda.insert(meeting->agenda.end(), items.begin(), items.end());
        const std::string note =
            fmt::format(fmt::runtime(tr("recurring problem of the observatory: {}")),
                        problemLabel(names(p), true));
        *meeting = MeetingService(store_, actor_).saveIn(std::move(*meeting), "update", note);
    }
    work->commit();
    outcome.meeting = std::move(*meeting);
    return outcome;
}

Meeting ProblemActions::meetingFor(const RecurringProblem& p, const Date& today) {
    Meeting m = [&] {
        if (auto next = nextMeeting(today)) {
            return *next;
        }
        return MeetingService(store_, actor_).draftNext();
    }();
    const auto items = missingAgendaItems(m, reportsOf(p));
    m.agenda.insert(m.agenda.end(), items.begin(), items.end());
    return m;
}

DecisionProposal ProblemActions::collectiveAlert(const RecurringProblem& p, const Period& period,
                                                 MeetingId meeting) {
    DecisionProposal proposal;
    proposal.decision = collectiveAlertAbout(p, names(p), period, meeting);
    for (const auto& r : reportsOf(p)) {
        proposal.reports.push_back(r.id);
        proposal.references.push_back(r.reference);
    }
    return proposal;
}

Solicitation ProblemActions::solicitation(const RecurringProblem& p, const Period& period,
                                          const Date& today) {
    Solicitation s = solicitationAbout(p, names(p), period, today);
    s.reports.clear();
    for (const auto& r : reportsOf(p)) {
        s.reports.push_back(r.id);
    }
    return s;
}

std::vector<Decision> ProblemActions::recordDecisions(const Decision& draft,
                                                      const std::vector<ReportId>& reports,
                                                      PersonalData personalData) {
    auto work = store_.begin();
    const std::string note =
        guardPersonalData(store_, {{tr("What"), draft.text, {}}}, personalData);
    auto meeting = store_.meetings().find(draft.meeting);
    if (!meeting) {
        throw StorageError(StorageError::Kind::Failed, tr("This meeting no longer exists."));
    }
    MeetingService service(store_, actor_);
    const auto present = candidates(reports);
    // A decision is taken on a report the meeting examines: on its agenda first.
    if (const auto items = missingAgendaItems(*meeting, present); !items.empty()) {
        meeting->agenda.insert(meeting->agenda.end(), items.begin(), items.end());
        service.saveIn(std::move(*meeting), "update", note);
    }
    std::vector<ReportId> ids;
    for (const auto& r : present) {
        ids.push_back(r.id);
    }
    std::vector<Decision> stored;
    for (auto& d :
         decisionsToAdd(draft, ids, store_.meetings().decisionsOfMeeting(draft.meeting))) {
        stored.push_back(service.saveIn(std::move(d), note));
    }
    work->commit();
    return stored;
}

} // namespace vigie::app
