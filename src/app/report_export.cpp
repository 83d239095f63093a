// Export of difficulty reports: the exact inverse of the import, so that export, import
// into an empty database and export again give the same bytes.
#include "domain/text.h"
#include "report_csv.h"
#include "storage/store.h"

namespace vigie::app {

std::vector<std::string> reportRow(const DifficultyReport& r) {
    std::vector<std::string> categories;
    for (auto c : r.categories.list()) {
        categories.emplace_back(code(c));
    }
    return {
        r.reference.text(),
        r.receivedOn.iso(),
        r.source,
        r.author,
        r.description,
        text::join(categories, "|"),
        text::join(r.rights, "|"),
        text::join(r.institutions, "|"),
        r.nonTakeUp ? std::string(code(*r.nonTakeUp)) : std::string(),
        r.proposals,
        std::string(code(r.status)),
        r.closedOn ? r.closedOn->iso() : std::string(),
    };
}

std::string exportReports(storage::Store& store, const ReportFilter& filter) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    std::vector<std::string> header;
    for (const auto& c : reportColumns()) {
        header.emplace_back(c.key);
    }
    writer.row(header);
    store.reports().forEach(filter, [&](const DifficultyReport& r) { writer.row(reportRow(r)); });
    return writer.bytes();
}

} // namespace vigie::app
