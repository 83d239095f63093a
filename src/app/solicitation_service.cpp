#include "solicitation_service.h"

#include <set>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "platform/i18n.h"
#include "platform/system.h"
#include "domain/text.h"
#include "meeting_service.h"
#include "reference_service.h"
#include "storage/store.h"
#include "stale_save.h"
#include "reference_rows.h"

namespace vigie::app {

std::string auditJson(const Solicitation& s) {
    using Json = nlohmann::ordered_json;
    Json chases = Json::array();
    for (const auto& c : s.chases) {
        chases.push_back({{"le", c.on.iso()}, {"note", c.note}});
    }
    return Json{{"date_envoi", s.sentOn.iso()},
                {"destinataires", s.addressees},
                {"objet", s.subject},
                {"fiches", s.reports},
                {"canal", std::string(code(s.channel))},
                {"contact", s.contact},
                {"reponse_attendue", s.expectedBy.iso()},
                {"date_reponse", s.answeredOn ? s.answeredOn->iso() : ""},
                {"repondant", s.answeredBy},
                {"reponse", s.answer},
                {"close_sans_reponse", s.closedWithoutAnswer},
                {"relances", chases}}
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::optional<Date> closedWithoutAnswerOn(storage::Store& store, SolicitationId id) {
    std::optional<Date> on;
    bool closed = false;
    for (const auto& entry : store.audit().history("solicitation", id)) {
        const auto after = nlohmann::json::parse(entry.after, nullptr, false);
        const bool now = after.is_object() && after.value("close_sans_reponse", false);
        if (now && !closed) {
            const auto local = platform::localCalendarTime(entry.at);
            on = local ? std::optional<Date>(Date(local->tm_year + 1900, local->tm_mon + 1,
                                                  local->tm_mday))
                       : std::nullopt;
        }
        closed = now;
    }
    return closed ? on : std::nullopt;
}

int SolicitationService::answerDelayDays() {
    return ReferenceService(store_, actor_).organisation().answerDelayDays;
}

Solicitation SolicitationService::loadOrThrow(SolicitationId id) {
    auto s = store_.solicitations().find(id);
    if (!s) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This solicitation no longer exists."));
    }
    return *s;
}

Solicitation SolicitationService::saveIn(Solicitation s, const std::string& action, bool creating,
                                         const std::string& note) {
    s.subject = text::trimmed(s.subject);
    if (s.addressees.empty()) {
        throw std::invalid_argument(tr("Choose at least one addressee (or the whole partnership)."));
    }
    if (mixesPartnershipWithBodies(s.addressees)) {
        throw std::invalid_argument(
            tr("Write to the whole partnership (PIO) alone, or to institutions without it."));
    }
    if (s.subject.empty()) {
        throw std::invalid_argument(tr("The subject is required."));
    }
    if (s.answeredOn && *s.answeredOn < s.sentOn) {
        throw std::invalid_argument(tr("The answer cannot come before the solicitation was sent."));
    }
    // One body asked, one body answering: who answered goes without saying.
    if (s.answeredOn && text::trim(s.answeredBy).empty() && s.addressees.size() == 1 &&
        !isWholePartnership(s.addressees.front())) {
        s.answeredBy = s.addressees.front();
    }
    if (s.expectedBy < s.sentOn) {
        s.expectedBy = s.sentOn.addDays(answerDelayDays());
    }
    // Bodies named for the first time join the reference data.
    std::vector<std::string> named = s.addressees;
    named.push_back(s.answeredBy);
    addMissingInstitutions(store_, actor_, named, tr("named by a solicitation"));
    s.updatedAt = actor_.now();
    std::string before;
    if (creating) {
        s.createdAt = s.updatedAt;
        store_.solicitations().insert(s);
    } else {
        const auto old = loadOrThrow(s.id);
        before = auditJson(old);
        s.createdAt = old.createdAt;
        updateUnlessStale(store_, "solicitation", s.id,
                          fmt::format(fmt::runtime(tr("Solicitation no. {}")), s.id),
                          [&] { store_.solicitations().update(s); });
    }
    store_.audit().record(
        {0, s.updatedAt, actor_.user, "solicitation", s.id, action, before, auditJson(s), note});
    // An answer closes the decision the solicitation came from.
    if (s.answeredOn && s.decision) {
        if (auto d = store_.meetings().findDecision(*s.decision); d && !d->doneOn) {
            const std::string decisionBefore = auditJson(*d);
            d->doneOn = s.answeredOn;
            store_.meetings().update(*d);
            store_.audit().record({0, s.updatedAt, actor_.user, "decision", d->id,
                                   "answer_received", decisionBefore, auditJson(*d), ""});
            refreshReportStatus(store_, actor_, d->report);
        }
    }
    return s;
}

Solicitation SolicitationService::save(Solicitation s, PersonalData personalData) {
    auto work = store_.begin();
    const std::string note = guardPersonalData(
        store_, {{tr("Subject"), s.subject, {}}, {tr("Answer"), s.answer, {}}}, personalData);
    const bool creating = s.id == 0 || !store_.solicitations().find(s.id);
    s = saveIn(std::move(s), creating ? "create" : "update", creating, note);
    work->commit();
    return s;
}

Solicitation SolicitationService::change(SolicitationId id, const std::string& action,
                                         const std::function<void(Solicitation&)>& edit,
                                         const std::string& note) {
    auto work = store_.begin();
    Solicitation s = loadOrThrow(id);
    edit(s);
    s = saveIn(std::move(s), action, false, note);
    work->commit();
    return s;
}

Solicitation SolicitationService::recordAnswer(SolicitationId id, const Date& on,
                                               const std::string& answer,
                                               const std::string& answeredBy,
                                               PersonalData personalData) {
    const std::string note =
        guardPersonalData(store_, {{tr("Answer"), answer, {}}}, personalData);
    return change(
        id, "answer",
        [&](Solicitation& s) {
            s.answeredOn = on;
            s.answer = text::trimmed(answer);
            s.answeredBy = text::trimmed(answeredBy);
            s.closedWithoutAnswer = false;
        },
        note);
}

Solicitation SolicitationService::chase(SolicitationId id, const Date& on, const std::string& note) {
    return change(id, "chase", [&](Solicitation& s) {
        if (s.answeredOn) {
            throw std::invalid_argument(tr("This solicitation has its answer: no reminder needed."));
        }
        s.chases.push_back({on, text::trimmed(note)});
        // A reminder gives the same time again to answer.
        s.expectedBy = on.addDays(answerDelayDays());
    });
}

Solicitation SolicitationService::closeWithoutAnswer(SolicitationId id) {
    return change(id, "close", [](Solicitation& s) { s.closedWithoutAnswer = true; });
}

Solicitation SolicitationService::fromDecision(const Decision& d, const Date& sentOn) {
    if (auto existing = store_.solicitations().ofDecision(d.id)) {
        return *existing;
    }
    Solicitation s;
    s.sentOn = sentOn;
    s.addressees = d.institutions.empty() ? std::vector<std::string>{std::string(kPartnershipCode)}
                                          : d.institutions;
    s.subject = d.text.empty() ? std::string(tr("Situation examined by the watch group")) : d.text;
    s.reports = {d.report};
    s.decision = d.id;
    s.expectedBy = d.due.value_or(sentOn.addDays(answerDelayDays()));
    return saveIn(std::move(s), "create_from_decision", true);
}

void SolicitationService::removeCreatedBy(DecisionId decision) {
    const auto created = store_.solicitations().ofDecision(decision);
    if (!created) {
        return;
    }
    store_.solicitations().remove(created->id);
    store_.audit().record({0, actor_.now(), actor_.user, "solicitation", created->id,
                           "delete_with_decision", auditJson(*created), "", ""});
}

std::optional<Solicitation> SolicitationService::find(SolicitationId id) {
    return store_.solicitations().find(id);
}

std::vector<Solicitation> SolicitationService::list(const SolicitationFilter& filter) {
    return store_.solicitations().list(filter);
}

long long SolicitationService::overdueCount(const Date& today) {
    return store_.solicitations().overdueCount(today);
}

} // namespace vigie::app
