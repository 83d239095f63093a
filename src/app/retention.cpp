#include "retention.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "backups.h"
#include "domain/retention.h"
#include "platform/i18n.h"
#include "report_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

using Json = nlohmann::ordered_json;

// The history's copy of `keys`, where they hold text, replaced by the mark. The entry is
// left alone when it is not JSON or holds none of them.
std::string erasedJson(const std::string& json, std::initializer_list<const char*> keys,
                       const std::string& mark, bool& changed) {
    if (json.empty()) {
        return json;
    }
    Json j = Json::parse(json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        return json;
    }
    for (const char* key : keys) {
        auto it = j.find(key);
        if (it != j.end() && it->is_string() && !it->get<std::string>().empty() &&
            it->get<std::string>() != mark) {
            *it = mark;
            changed = true;
        }
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

void eraseHistory(storage::Store& store, const std::string& entity, std::int64_t id,
                  std::initializer_list<const char*> keys, const std::string& mark) {
    for (auto entry : store.audit().history(entity, id)) {
        bool changed = false;
        entry.before = erasedJson(entry.before, keys, mark, changed);
        entry.after = erasedJson(entry.after, keys, mark, changed);
        if (changed) {
            store.audit().rewrite(entry);
        }
    }
}

bool madeByHand(const fs::path& copy) {
    return copy.stem().string().ends_with("_copie") ||
           copy.stem().string().find("_copie-") != std::string::npos;
}

// Vigie's automatic copies hold the erased texts: removed, once a fresh one is whole.
void handleCopies(Workspace& workspace, const std::string& copyLabel, ScrubResult& result) {
    if (workspace.info().shared) {
        return; // the server's copies are its administrator's (pg_dump)
    }
    const auto before = listBackups(workspace.info().location);
    result.freshCopy = backupNow(workspace, copyLabel);
    std::error_code ec;
    for (const auto& copy : before) {
        if (madeByHand(copy.path)) {
            result.otherCopies.push_back(copy.path);
        } else if (fs::remove(copy.path, ec)) {
            result.copiesRemoved.push_back(copy.path);
        } else {
            result.undone.push_back(fmt::format(
                fmt::runtime(tr("The automatic copy {} could not be removed: delete it by hand.")),
                copy.path.string()));
        }
    }
}

} // namespace

std::vector<PurgeItem> purgePreview(storage::Store& store, const Date& day) {
    ReportFilter filter;
    filter.includeWithdrawn = true;
    filter.period = Period{Date(1900, 1, 1), day.addDays(-1)}; // closed after received
    std::vector<PurgeItem> items;
    store.reports().forEach(filter, [&](const DifficultyReport& r) {
        if (dueForErasure(r, day)) {
            items.push_back({r.id, r.reference.text(), r.receivedOn, r.status, r.closedOn});
        }
    });
    return items;
}

long long eraseReportsIn(storage::Store& store, const Actor& actor,
                         const std::vector<PurgeItem>& items, const Date& today) {
    const std::string mark = erasureMark(today);
    long long count = 0;
    for (const auto& item : items) {
        auto report = store.reports().find(item.id);
        if (!report || isErased(*report)) {
            continue;
        }
        auto gone = erased(*report, today);
        gone.updatedAt = actor.now();
        store.reports().update(gone); // a window holding the old text cannot save it back
        eraseHistory(store, "report", item.id, {"description", "propositions", "redacteur"},
                     mark);
        for (auto decision : store.meetings().decisionsOfReport(item.id)) {
            eraseHistory(store, "decision", decision.id, {"texte"}, mark);
            if (!decision.text.empty() && decision.text != mark) {
                decision.text = mark;
                store.meetings().update(decision);
            }
        }
        store.audit().record({0, actor.now(), actor.user, "report", item.id, "erase", "", "",
                              fmt::format("conservation : textes effacés le {}", today.french())});
        ++count;
    }
    return count;
}

PurgeResult purge(Workspace& workspace, const Date& day, const Date& today) {
    auto& store = workspace.store();
    PurgeResult result;
    {
        auto work = store.begin();
        result.erased = eraseReportsIn(store, workspace.actor(), purgePreview(store, day), today);
        work->commit();
    }
    static_cast<ScrubResult&>(result) = scrubAfterErasure(workspace, "apres-purge");
    return result;
}

ScrubResult scrubAfterErasure(Workspace& workspace, const std::string& copyLabel) {
    ScrubResult result;
    result.undone = workspace.store().scrub();
    handleCopies(workspace, copyLabel, result);
    return result;
}

} // namespace vigie::app
