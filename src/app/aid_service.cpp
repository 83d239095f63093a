#include "aid_service.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/text.h"
#include "platform/i18n.h"
#include "reference_rows.h"
#include "stale_save.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// The code as stored when the reference data knows it (any case), else as written.
template <class Row> std::string storedCode(const std::vector<Row>& rows, const std::string& code) {
    auto it = std::find_if(rows.begin(), rows.end(),
                           [&](const Row& row) { return codeKey(row.code) == codeKey(code); });
    return it == rows.end() ? code : it->code;
}

void checkReports(storage::Store& store, const std::vector<ReportId>& reports) {
    for (auto id : reports) {
        if (!store.reports().find(id)) {
            throw std::invalid_argument(
                tr("A linked report no longer exists: it was deleted after the aid was opened."));
        }
    }
}

} // namespace

std::string auditJson(const EmergencyAid& a) {
    return Json{{"date", a.grantedOn.iso()},
                {"montant", csvAmount(a.cents)},
                {"nature", a.kind ? std::string(code(*a.kind)) : ""},
                {"droit", a.right},
                {"non_recours", a.nonTakeUp ? std::string(code(*a.nonTakeUp)) : ""},
                {"institution", a.institution},
                {"fiches", a.reports},
                {"notes", a.notes}}
        .dump(-1, ' ', false, Json::error_handler_t::replace);
}

EmergencyAid aidFrom(const DifficultyReport& report) {
    EmergencyAid aid;
    aid.grantedOn = report.receivedOn;
    if (!report.rights.empty()) {
        aid.right = report.rights.front();
    }
    if (!report.institutions.empty()) {
        aid.institution = report.institutions.front();
    }
    aid.nonTakeUp = report.nonTakeUp;
    if (report.id != 0) {
        aid.reports.push_back(report.id);
    }
    return aid;
}

std::vector<EmergencyAid> AidService::list(const std::optional<Period>& period) {
    return store_.aids().list(period);
}

std::vector<EmergencyAid> AidService::list(const AidFilter& filter) {
    auto aids = store_.aids().list(filter.period);
    std::erase_if(aids, [&](const EmergencyAid& a) {
        return (filter.kind && a.kind != filter.kind) ||
               (filter.madeUpForARight && a.madeUpForARight() != *filter.madeUpForARight);
    });
    return aids;
}

std::optional<EmergencyAid> AidService::find(AidId id) {
    return store_.aids().find(id);
}

EmergencyAid AidService::save(EmergencyAid aid, PersonalData personalData) {
    auto work = store_.begin();
    const std::string note =
        guardPersonalData(store_, {{tr("Notes"), aid.notes, {}}}, personalData);
    if (aid.id != 0 && !store_.aids().find(aid.id)) {
        throw StorageError(StorageError::Kind::NotFound,
                           tr("This aid no longer exists: it was deleted after it was opened "
                              "here."));
    }
    aid = saveIn(std::move(aid), aid.id == 0 ? "create" : "update", note);
    work->commit();
    return aid;
}

EmergencyAid AidService::saveIn(EmergencyAid aid, const std::string& action,
                                const std::string& note) {
    for (auto* field : {&aid.right, &aid.institution, &aid.notes}) {
        *field = text::trimmed(*field);
    }
    if (const auto problems = problemsOf(aid); !problems.empty()) {
        throw std::invalid_argument(text::join(problems, " ; "));
    }
    checkReports(store_, aid.reports);
    aid.right = storedCode(store_.reference().rights(), aid.right);
    aid.institution = storedCode(store_.reference().institutions(), aid.institution);
    addMissingRights(store_, actor_, {aid.right}, tr("named by an emergency aid"));
    addMissingInstitutions(store_, actor_, {aid.institution}, tr("named by an emergency aid"));
    aid.updatedAt = actor_.now();
    std::string before;
    const auto old = aid.id != 0 ? store_.aids().find(aid.id) : std::nullopt;
    if (!old) {
        aid.createdAt = aid.updatedAt;
        store_.aids().insert(aid); // a new id, or the one a CSV file gave
    } else {
        before = auditJson(*old);
        aid.createdAt = old->createdAt;
        updateUnlessStale(store_, "aid", aid.id,
                          fmt::format(fmt::runtime(tr("Aid of {}")), aid.grantedOn.french()),
                          [&] { store_.aids().update(aid); });
    }
    store_.audit().record(
        {0, aid.updatedAt, actor_.user, "aid", aid.id, action, before, auditJson(aid), note});
    return aid;
}

void AidService::remove(AidId id) {
    auto work = store_.begin();
    const auto old = store_.aids().find(id);
    if (!old) {
        return;
    }
    store_.aids().remove(id);
    store_.audit().record(
        {0, actor_.now(), actor_.user, "aid", id, "delete", auditJson(*old), "", ""});
    work->commit();
}

AidFigures aidFigures(storage::Store& store, const Period& period) {
    return computeAidFigures(period, store.aids().list(period));
}

AidComparison aidComparison(storage::Store& store, const Period& period) {
    return {aidFigures(store, period), aidFigures(store, previousYear(period))};
}

} // namespace vigie::app
