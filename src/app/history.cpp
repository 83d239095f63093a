// The audit trail for people (see history.h): the query, the pages, the CSV export.
#include "history.h"

#include <fmt/format.h>

#include "csv/csv.h"
#include "platform/i18n.h"
#include "platform/system.h"
#include "storage/store.h"

namespace vigie::app {

AuditQuery auditQuery(const HistoryFilter& filter) {
    AuditQuery q;
    q.entity = filter.entity;
    q.entityId = filter.entityId;
    q.user = filter.user;
    q.words = filter.words;
    if (filter.from) {
        q.atFrom = platform::utcTimestampOfLocalMidnight(filter.from->year(), filter.from->month(),
                                                         filter.from->day());
    }
    if (filter.to) {
        const Date next = filter.to->addDays(1); // the last day is whole
        q.atBefore = platform::utcTimestampOfLocalMidnight(next.year(), next.month(), next.day());
    }
    return q;
}

std::string RecordNames::remembered(char kind, std::int64_t id,
                                    const std::function<std::optional<std::string>()>& read) {
    auto [it, added] = known_.try_emplace({kind, id});
    if (added) {
        const auto name = store_ ? read() : std::nullopt;
        it->second = name ? *name : fmt::format(fmt::runtime(tr("no. {} (deleted)")), id);
    }
    return it->second;
}

std::string RecordNames::reportReference(std::int64_t id) {
    return remembered('r', id, [&]() -> std::optional<std::string> {
        const auto report = store_->reports().find(id);
        return report ? std::optional(report->reference.text()) : std::nullopt;
    });
}

std::string RecordNames::meetingDay(std::int64_t id) {
    return remembered('m', id, [&]() -> std::optional<std::string> {
        const auto meeting = store_->meetings().find(id);
        return meeting ? std::optional(meeting->date.french()) : std::nullopt;
    });
}

long long History::count(const HistoryFilter& filter) {
    return store_.audit().count(auditQuery(filter));
}

std::vector<HistoryLine> History::page(const HistoryFilter& filter, long long offset,
                                       long long limit) {
    auto q = auditQuery(filter);
    q.offset = offset;
    q.limit = limit;
    std::vector<HistoryLine> out;
    for (const auto& entry : store_.audit().search(q)) {
        out.push_back(describe(entry, names_));
    }
    return out;
}

std::vector<std::string> History::users() {
    return store_.audit().users();
}

std::string History::recordName(const std::string& entity, std::int64_t id) {
    AuditQuery q;
    q.entity = entity;
    q.entityId = id;
    q.limit = 1;
    const auto latest = store_.audit().search(q);
    return latest.empty() ? entityLabel(entity) : describe(latest.front(), names_).record;
}

std::string History::csv(const HistoryFilter& filter) {
    csv::Writer out;
    out.row({tr("date"), tr("time"), tr("user"), tr("record"), tr("action"), tr("field"),
             tr("before"), tr("after"), tr("note")});
    // A page at a time: a whole database's trail need not fit in memory twice.
    constexpr long long kPage = 2000;
    for (long long offset = 0;; offset += kPage) {
        const auto lines = page(filter, offset, kPage);
        for (const auto& l : lines) {
            auto row = [&](const std::string& field, const std::string& before,
                           const std::string& after) {
                out.row({l.date, l.time, csv::forSpreadsheet(l.user),
                         csv::forSpreadsheet(l.record), l.action, field,
                         csv::forSpreadsheet(before), csv::forSpreadsheet(after),
                         csv::forSpreadsheet(l.note)});
            };
            if (l.changes.empty()) {
                row("", "", "");
            }
            for (const auto& c : l.changes) {
                row(c.field, c.before, c.after);
            }
        }
        if (static_cast<long long>(lines.size()) < kPage) {
            return out.bytes();
        }
    }
}

} // namespace vigie::app
