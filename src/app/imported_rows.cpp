#include "imported_rows.h"

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/i18n.h"

namespace vigie::app {

std::vector<ReportId> linkedReports(storage::Store& store, const std::string& cell, int line,
                                    std::vector<Problem>& problems,
                                    const std::vector<ReportId>& before) {
    std::vector<ReportId> out;
    std::vector<std::string> missing;
    for (const auto& ref : text::splitList(cell)) {
        auto parsed = ReportReference::parse(ref);
        auto report = parsed ? store.reports().findByReference(*parsed) : std::nullopt;
        if (!report) {
            missing.push_back("\"" + ref + "\"");
        } else if (std::find(out.begin(), out.end(), report->id) == out.end()) {
            out.push_back(report->id);
        }
    }
    if (!missing.empty()) {
        problems.push_back(
            {line, "fiches", Severity::Error,
             fmt::format(fmt::runtime(trn("no report has the reference {}",
                                          "no report has the references {}", missing.size())),
                         text::join(missing, ", "))});
    }
    keepWithdrawnLinks(store, before, out);
    return out;
}

} // namespace vigie::app
