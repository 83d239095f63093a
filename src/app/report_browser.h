// Read-side of the reports for the window: the filtered, ordered list (ids first, rows
// loaded a page at a time), the figures of the status bar, a report's history.
#pragma once

#include <vector>

#include "store_ref.h"

namespace vigie::app {

class ReportBrowser {
public:
    explicit ReportBrowser(storage::Store& store) : store_(store) {}

    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order, bool ascending);
    // The ids and, from the same reading, what the status bar shows.
    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order, bool ascending,
                              ReportTally& tally);
    std::vector<DifficultyReport> load(const std::vector<ReportId>& ids);
    std::optional<DifficultyReport> find(ReportId id);
    std::optional<DifficultyReport> find(const ReportReference& reference);
    // How many reports the filter selects.
    long long count(const ReportFilter& filter);
    std::vector<AuditEntry> history(ReportId id);
    std::vector<int> years();

private:
    storage::Store& store_;
};

} // namespace vigie::app
