#include "report_browser.h"

#include "storage/store.h"

namespace vigie::app {

std::vector<ReportId> ReportBrowser::ids(const ReportFilter& filter, ReportOrder order,
                                         bool ascending) {
    return store_.reports().ids(filter, order, ascending);
}

std::vector<ReportId> ReportBrowser::ids(const ReportFilter& filter, ReportOrder order,
                                         bool ascending, ReportTally& tally) {
    return store_.reports().ids(filter, order, ascending, tally);
}

std::vector<DifficultyReport> ReportBrowser::load(const std::vector<ReportId>& ids) {
    return store_.reports().load(ids);
}

std::optional<DifficultyReport> ReportBrowser::find(ReportId id) {
    return store_.reports().find(id);
}

std::optional<DifficultyReport> ReportBrowser::find(const ReportReference& reference) {
    return store_.reports().findByReference(reference);
}

long long ReportBrowser::count(const ReportFilter& filter) {
    return store_.reports().count(filter);
}

std::vector<AuditEntry> ReportBrowser::history(ReportId id) {
    return store_.audit().history("report", id);
}

std::vector<int> ReportBrowser::years() {
    return store_.reports().years();
}

} // namespace vigie::app
