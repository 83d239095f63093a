// The end the meetings and solicitations imports share: nothing written when a line is
// wrong or on a dry run (the counts are still given); otherwise every row in one unit of
// work, the institution codes they named created first.
#pragma once

#include <vector>

#include "reference_codes.h"
#include "report_csv.h"
// Private to the app layer (the imports' .cpp files): it may see the store.
#include "storage/store.h"

namespace vigie::app {

// `Row` has `existing` (it replaces a stored entry); `save(row)` writes one row.
template <class Row, class Save>
void writeImportedRows(storage::Store& store, const Actor& actor, ReferenceCodes& codes,
                       std::vector<Row>& rows,
                       const ImportOptions& options, ImportSummary& summary, Save save) {
    sortByLine(summary.problems);
    listWithin(summary, 0);
    if (summary.hasErrors()) {
        return;
    }
    for (const auto& row : rows) {
        ++(row.existing ? summary.updated : summary.created);
    }
    if (options.dryRun) {
        return;
    }
    auto work = store.begin();
    codes.createMissing(store, actor);
    for (auto& row : rows) {
        save(row);
    }
    work->commit();
    summary.written = true;
}

} // namespace vigie::app
