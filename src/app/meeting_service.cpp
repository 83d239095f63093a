#include "meeting_service.h"

#include <set>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "platform/i18n.h"
#include "report_service.h"
#include "solicitation_service.h"
#include "storage/store.h"
#include "stale_save.h"
#include "reference_rows.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

std::string dump(const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

std::string auditJson(const Meeting& m) {
    Json agenda = Json::array();
    for (const auto& item : m.agenda) {
        agenda.push_back({{"title", item.title}, {"minutes", item.minutes}});
    }
    return dump({{"date", m.date.iso()},
                 {"heure", m.time},
                 {"lieu", m.place},
                 {"animation", m.facilitators},
                 {"presents", m.presentBodies},
                 {"excuses", m.excusedBodies},
                 {"membres_presents", m.presentPeople},
                 {"membres_excuses", m.excusedPeople},
                 {"ordre_du_jour", agenda},
                 {"notes", m.notes},
                 {"prochaine_seance", m.nextMeeting ? m.nextMeeting->iso() : ""},
                 {"etat", std::string(code(m.state))}});
}

std::string auditJson(const Decision& d) {
    return dump({{"seance", d.meeting},
                 {"fiche", d.report},
                 {"suite", std::string(code(d.kind))},
                 {"texte", d.text},
                 {"responsable", d.owner},
                 {"echeance", d.due ? d.due->iso() : ""},
                 {"faite_le", d.doneOn ? d.doneOn->iso() : ""},
                 {"organismes", d.institutions}});
}

AgendaProposal MeetingService::proposeAgenda(const Date& date) {
    auto& meetings = store_.meetings();
    const auto last = meetings.lastMeetingBefore(date);
    return vigie::proposeAgenda(last, meetings.agendaCandidates(last),
                                meetings.openDecisionsBefore(date), usualFreeItems(), date,
                                Date::today());
}

Meeting MeetingService::draftNext() {
    Meeting m;
    m.date = Date::today();
    m.time = "14:00";
    std::optional<Meeting> latest;
    for (const auto& existing : store_.meetings().list(std::nullopt)) {
        if (!latest || existing.date > latest->date) {
            latest = existing;
        }
    }
    if (latest) {
        // The same day of the next month (the last day when that month is shorter).
        int year = latest->date.year(), month = latest->date.month() + 1;
        if (month > 12) {
            month = 1;
            ++year;
        }
        const Date nextMonth(year, month,
                             std::min(latest->date.day(), Date::daysInMonth(year, month)));
        m.date = std::max(m.date, nextMonth);
        m.time = latest->time.empty() ? m.time : latest->time;
        m.place = latest->place;
        m.facilitators = latest->facilitators;
        m.presentBodies = latest->presentBodies;
    }
    m.agenda = proposeAgenda(m.date).proposed;
    return m;
}

Meeting MeetingService::loadOrThrow(MeetingId id) {
    auto m = store_.meetings().find(id);
    if (!m) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This meeting no longer exists."));
    }
    return *m;
}

void refreshReportStatus(storage::Store& store, const Actor& actor, ReportId id) {
    auto report = store.reports().find(id);
    if (!report) {
        return;
    }
    DifficultyReport after = *report;
    after.status = statusAfterDecisions(report->status, store.meetings().decisionsOfReport(id),
                                        store.meetings().isOnAnAgenda(id), after.closedOn);
    if (after.status != report->status || after.closedOn != report->closedOn) {
        ReportService(store, actor).updateIn(std::move(after), *report, "status_from_meeting", "");
    }
}

Meeting MeetingService::saveIn(Meeting meeting, const std::string& action,
                               const std::string& note) {
    if (!isValidTime(meeting.time)) {
        throw std::invalid_argument(
            fmt::format(fmt::runtime(tr("\"{}\" is not a time (expected HH:MM)")), meeting.time));
    }
    auto& meetings = store_.meetings();
    if (auto same = meetings.findByKey(meeting.date, meeting.time); same && same->id != meeting.id) {
        throw std::invalid_argument(
            fmt::format(fmt::runtime(tr("There is already a meeting on {} at this time.")),
                        meeting.date.french()));
    }
    // Bodies named for the first time become institutions of the reference data.
    const std::string why = fmt::format(fmt::runtime(tr("named by the meeting of {}")),
                                        meeting.date.french());
    addMissingInstitutions(store_, actor_, meeting.presentBodies, why);
    addMissingInstitutions(store_, actor_, meeting.excusedBodies, why);
    std::string before;
    meeting.updatedAt = actor_.now();
    if (meeting.id == 0) {
        meeting.createdAt = meeting.updatedAt;
        meetings.insert(meeting);
    } else {
        const Meeting old = loadOrThrow(meeting.id);
        if (old.locked()) {
            throw MeetingLocked(tr("The minutes of this meeting are final: reopen the meeting "
                                   "to change it."));
        }
        before = auditJson(old);
        meeting.createdAt = old.createdAt;
        updateUnlessStale(store_, "meeting", meeting.id,
                          fmt::format(fmt::runtime(tr("The meeting of {}")), old.date.french()),
                          [&] { meetings.update(meeting); });
    }
    store_.audit().record({0, meeting.updatedAt, actor_.user, "meeting", meeting.id, action, before,
                           auditJson(meeting), note});
    // A report put on the agenda is "on the agenda" until decisions are taken.
    for (const auto& item : meeting.agenda) {
        if (item.report) {
            refreshReportStatus(store_, actor_, *item.report);
        }
    }
    return meeting;
}

Meeting MeetingService::save(Meeting meeting, PersonalData personalData) {
    auto work = store_.begin();
    std::vector<GuardedText> texts = {{tr("Notes"), meeting.notes, {}}};
    for (const auto& item : meeting.agenda) {
        texts.push_back({item.title.empty() ? tr("Agenda") : item.title, item.minutes, {}});
    }
    const std::string note = guardPersonalData(store_, std::move(texts), personalData);
    meeting = saveIn(std::move(meeting), meeting.id == 0 ? "create" : "update", note);
    work->commit();
    return meeting;
}

void MeetingService::remove(MeetingId id) {
    auto work = store_.begin();
    const Meeting old = loadOrThrow(id);
    if (old.locked() || !store_.meetings().decisionsOfMeeting(id).empty()) {
        throw MeetingLocked(tr("This meeting holds decisions or final minutes: it cannot be "
                               "deleted."));
    }
    store_.meetings().removeMeeting(id);
    store_.audit().record(
        {0, actor_.now(), actor_.user, "meeting", id, "delete", auditJson(old), "", ""});
    for (const auto& item : old.agenda) {
        if (item.report) {
            refreshReportStatus(store_, actor_, *item.report);
        }
    }
    work->commit();
}

Meeting MeetingService::finalise(MeetingId id) {
    auto work = store_.begin();
    Meeting m = loadOrThrow(id);
    if (m.date > Date::today()) {
        throw MeetingNotHeld(fmt::format(
            fmt::runtime(tr("The meeting of {} has not taken place yet: its minutes cannot be "
                            "made final before that day.")),
            m.date.french()));
    }
    if (m.locked()) {
        return m;
    }
    const std::string before = auditJson(m);
    m.state = MeetingState::Final;
    m.updatedAt = actor_.now();
    store_.meetings().update(m);
    store_.audit().record({0, m.updatedAt, actor_.user, "meeting", id, "finalise", before,
                           auditJson(m), ""});
    work->commit();
    return m;
}

Meeting MeetingService::reopen(MeetingId id, const std::string& reason) {
    auto work = store_.begin();
    Meeting m = loadOrThrow(id);
    const std::string before = auditJson(m);
    // Reopened, a meeting is what its date says: still to come, or held.
    m.state = m.date > Date::today() ? MeetingState::Planned : MeetingState::Held;
    m.updatedAt = actor_.now();
    store_.meetings().update(m);
    store_.audit().record({0, m.updatedAt, actor_.user, "meeting", id, "reopen", before,
                           auditJson(m), reason});
    work->commit();
    return m;
}

Decision MeetingService::save(Decision decision, PersonalData personalData) {
    auto work = store_.begin();
    const std::string note =
        guardPersonalData(store_, {{tr("What"), decision.text, {}}}, personalData);
    decision = saveIn(std::move(decision), note);
    work->commit();
    return decision;
}

Decision MeetingService::saveIn(Decision decision, const std::string& note) {
    const Meeting meeting = loadOrThrow(decision.meeting);
    if (meeting.locked()) {
        throw MeetingLocked(tr("The minutes of this meeting are final: reopen the meeting to "
                               "change its decisions."));
    }
    if (!store_.reports().find(decision.report)) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This report no longer exists."));
    }
    const auto old = decision.id == 0 ? std::nullopt : store_.meetings().findDecision(decision.id);
    if (decision.id != 0 && !old) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This decision no longer exists."));
    }
    // A collective alert goes to one body's social workers: without it, nobody knows whom
    // to alert. Alerts saved so before this rule (older files) can still be marked done.
    const bool bodilessAlertBefore = old && old->kind == DecisionKind::CollectiveAlert &&
                                     old->institutions.empty();
    if (decision.kind == DecisionKind::CollectiveAlert && decision.institutions.empty() &&
        !bodilessAlertBefore) {
        throw std::invalid_argument(
            tr("Choose the institution whose social workers are alerted."));
    }
    std::string before;
    if (!old) {
        store_.meetings().insert(decision);
    } else {
        before = auditJson(*old);
        store_.meetings().update(decision);
    }
    store_.audit().record({0, actor_.now(), actor_.user, "decision", decision.id,
                           before.empty() ? "create" : "update", before, auditJson(decision), note});
    // A decision to solicit the partnership is a real solicitation, sent that day; one
    // that no longer solicits takes its solicitation away.
    if (decision.kind == DecisionKind::Solicitation) {
        SolicitationService(store_, actor_).fromDecision(decision, meeting.date);
    } else if (old && old->kind == DecisionKind::Solicitation) {
        SolicitationService(store_, actor_).removeCreatedBy(decision.id);
    }
    refreshReportStatus(store_, actor_, decision.report);
    return decision;
}

void MeetingService::removeDecision(DecisionId id) {
    auto work = store_.begin();
    auto old = store_.meetings().findDecision(id);
    if (!old) {
        return;
    }
    if (loadOrThrow(old->meeting).locked()) {
        throw MeetingLocked(tr("The minutes of this meeting are final: reopen the meeting to "
                               "change its decisions."));
    }
    SolicitationService(store_, actor_).removeCreatedBy(id);
    store_.meetings().removeDecision(id);
    store_.audit().record(
        {0, actor_.now(), actor_.user, "decision", id, "delete", auditJson(*old), "", ""});
    refreshReportStatus(store_, actor_, old->report);
    work->commit();
}

std::optional<Solicitation> MeetingService::solicitationOf(DecisionId id) {
    return store_.solicitations().ofDecision(id);
}

std::optional<Meeting> MeetingService::find(MeetingId id) {
    return store_.meetings().find(id);
}

std::vector<Meeting> MeetingService::list(const std::optional<Period>& period) {
    return store_.meetings().list(period);
}

std::vector<Meeting> MeetingService::meetingsAt(const Date& date,
                                                const std::optional<std::string>& time) {
    if (!time) {
        return store_.meetings().onDate(date);
    }
    std::vector<Meeting> found;
    if (auto m = store_.meetings().findByKey(date, *time)) {
        found.push_back(*m);
    }
    return found;
}

std::vector<Decision> MeetingService::decisionsOf(MeetingId id) {
    return store_.meetings().decisionsOfMeeting(id);
}

std::vector<Decision> MeetingService::openDecisions() {
    return store_.meetings().openDecisionsBefore(Date(9999, 12, 31));
}

} // namespace vigie::app
