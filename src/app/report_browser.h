// Read-side of the reports for the window: the filtered, ordered list (ids first, rows
// loaded a page at a time), the figures of the status bar, a report's history.
#pragma once

#include <vector>

#include "storage/store.h"

namespace vigie::app {

class ReportBrowser {
public:
    explicit ReportBrowser(storage::Store& store) : store_(store) {}

    std::vector<ReportId> ids(const storage::ReportFilter& filter, storage::ReportOrder order,
                              bool ascending) {
        return store_.reports().ids(filter, order, ascending);
    }
    // The ids and, from the same reading, what the status bar shows.
    std::vector<ReportId> ids(const storage::ReportFilter& filter, storage::ReportOrder order,
                              bool ascending, storage::ReportTally& tally) {
        return store_.reports().ids(filter, order, ascending, tally);
    }
    std::vector<DifficultyReport> load(const std::vector<ReportId>& ids) {
        return store_.reports().load(ids);
    }
    std::optional<DifficultyReport> find(ReportId id) { return store_.reports().find(id); }
    std::vector<AuditEntry> history(ReportId id) { return store_.audit().history("report", id); }
    std::vector<int> years() { return store_.reports().years(); }

private:
    storage::Store& store_;
};

} // namespace vigie::app
