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

// `Row` has `line` and `existing` (it replaces a stored entry); `save(row, note)` writes
// one row, `note` saying in its history when it was imported despite the privacy guard.
// As for reports, a file holding personal data is written only when the caller accepted
// it (options.acceptPersonalData).
template <class Row, class Save>
void writeImportedRows(storage::Store& store, const Actor& actor, ReferenceCodes& codes,
                       std::vector<Row>& rows,
                       const ImportOptions& options, ImportSummary& summary, Save save) {
    sortByLine(summary.problems);
    listWithin(summary, 0);
    if (summary.hasErrors()) {
        return;
    }
    const auto personalData = personalDataByLine(summary.problems);
    for (const auto& row : rows) {
        ++(row.existing ? summary.updated : summary.created);
        summary.withPersonalData += personalData.count(row.line) ? 1 : 0;
    }
    if (options.dryRun) {
        return;
    }
    if (summary.withPersonalData > 0 && !options.acceptPersonalData) {
        summary.personalDataRefused = true;
        summary.created = summary.updated = 0;
        return;
    }
    auto work = store.begin();
    codes.createMissing(store, actor);
    for (auto& row : rows) {
        const auto kinds = personalData.find(row.line);
        save(row, importedDespiteNote(kinds == personalData.end() ? std::string() : kinds->second));
    }
    work->commit();
    summary.written = true;
}

} // namespace vigie::app
