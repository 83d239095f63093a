// The end the meetings and solicitations imports share: nothing written when a line is
// wrong or on a dry run (the counts are still given); otherwise every row in one unit of
// work, the institution codes they named created first.
#pragma once

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "csv_table.h"
#include "platform/i18n.h"
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

// The `fiches` cell of an export: the references of the linked reports, looked up once
// each; withdrawn reports left out unless asked (as the reports file leaves them out, so
// that the default exports import together).
class LinkedReferences {
public:
    LinkedReferences(storage::Store& store, bool withWithdrawn)
        : store_(store), withWithdrawn_(withWithdrawn) {}
    std::vector<std::string> of(const std::vector<ReportId>& ids) {
        std::vector<std::string> refs;
        for (auto id : ids) {
            auto it = known_.find(id);
            if (it == known_.end()) {
                auto r = store_.reports().find(id);
                const bool shown = r && (withWithdrawn_ || r->status != ReportStatus::Withdrawn);
                it = known_.emplace(id, shown ? r->reference.text() : std::string()).first;
            }
            if (!it->second.empty()) {
                refs.push_back(it->second);
            }
        }
        return refs;
    }

private:
    storage::Store& store_;
    bool withWithdrawn_;
    std::map<ReportId, std::string> known_;
};

// An --update from a default export: the links to withdrawn reports among `before`, which
// the file could not name, are kept in `now`.
inline void keepWithdrawnLinks(storage::Store& store, const std::vector<ReportId>& before,
                               std::vector<ReportId>& now) {
    for (ReportId id : before) {
        auto linked = store.reports().find(id);
        if (linked && linked->status == ReportStatus::Withdrawn &&
            std::find(now.begin(), now.end(), id) == now.end()) {
            now.push_back(id);
        }
    }
}

// The import of a file whose rows are keyed by Vigie's id (sessions, aids): every record
// read by `Reader` (constructed from the store, the table, the codes, the options and the
// problems; `read(record)` gives a Row with `line`, `existing` and `keepsId()`), the rows
// keeping their id written first — a row without one then takes the next free id, never
// one a later line of the file asks for — then all or nothing by writeImportedRows.
template <class Reader, class Save>
ImportSummary importKeyedById(storage::Store& store, const Actor& actor, std::istream& in,
                              const std::vector<ColumnSpec>& columns,
                              const ImportOptions& options, Save save) {
    ImportSummary summary;
    CsvTable table(in, columns, summary.problems);
    if (!table.usable()) {
        sortByLine(summary.problems);
        return summary;
    }
    ReferenceCodes codes(store);
    Reader reader(store, table, codes, options, summary.problems);
    std::vector<decltype(reader.read(std::declval<const csv::Record&>()))> rows;
    for (const auto& rec : table.records()) {
        rows.push_back(reader.read(rec));
    }
    std::stable_partition(rows.begin(), rows.end(),
                          [](const auto& row) { return row.existing || row.keepsId(); });
    writeImportedRows(store, actor, codes, rows, options, summary, save);
    return summary;
}

// The `id` cell of the files keyed by Vigie's id (sessions, aids, FAQ answers), read alike:
// empty, a new record; not a whole number, or twice in the file, an error on the cell; an
// id the database holds, that record to replace (--update) or an error; any other, an id
// to keep (the file is an export of another database). The words name the kind, each a
// format marked with tr_noop: "is not an id" ({} the cell), "already appears on line" ({}
// the id, {} the line), "already exists" ({} the id).
class IdColumn {
public:
    struct Words {
        const char* notAnId;
        const char* twice;
        const char* exists;
    };
    explicit IdColumn(Words words) : words_(words) {}

    // `find(id)` gives the stored record, if any.
    template <class T, class Find>
    void read(const CsvTable& table, const csv::Record& rec, const ImportOptions& options,
              std::vector<Problem>& problems, Find find, T& record, bool& existing) {
        const std::string idText = table.cell(rec, "id");
        if (idText.empty()) {
            return;
        }
        auto error = [&](std::string message) {
            problems.push_back({rec.line, "id", Severity::Error, std::move(message)});
        };
        const auto id = wholeNumber(idText);
        if (!id || *id <= 0 || idText.find(' ') != std::string::npos) {
            error(fmt::format(fmt::runtime(tr(words_.notAnId)), idText));
        } else if (auto [it, fresh] = seen_.emplace(*id, rec.line); !fresh) {
            error(fmt::format(fmt::runtime(tr(words_.twice)), *id, it->second));
        } else if (auto stored = find(*id)) {
            if (options.update) {
                record = *stored;
                existing = true;
            } else {
                error(fmt::format(fmt::runtime(tr(words_.exists)), *id));
            }
        } else {
            record.id = *id;
        }
    }

private:
    Words words_;
    std::map<long long, int> seen_; // id -> line
};

// The header line of an export: the columns' keys in order.
inline std::vector<std::string> headerOf(const std::vector<ColumnSpec>& columns) {
    std::vector<std::string> header;
    for (const auto& c : columns) {
        header.emplace_back(c.key);
    }
    return header;
}

// The `fiches` cell of an imported row: the reports it names, once each, in its order; an
// error on `line` naming the references no report has. On an update (`before` the stored
// links), the links to withdrawn reports are kept (keepWithdrawnLinks).
std::vector<ReportId> linkedReports(storage::Store& store, const std::string& cell, int line,
                                    std::vector<Problem>& problems,
                                    const std::vector<ReportId>& before = {});

} // namespace vigie::app
