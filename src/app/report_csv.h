// Difficulty reports in and out of CSV files (FORMATS.md, table "reports").
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "actor.h"
#include "csv_table.h"
#include "problems.h"
#include "store_ref.h"

namespace vigie::app {

// The columns of the reports file, in export order.
const std::vector<ColumnSpec>& reportColumns();

struct ImportOptions {
    bool dryRun = false; // check everything, write nothing
    bool update = false; // an existing reference replaces that report's fields
    // The privacy guard's rule, whatever the front end: a file whose reports hold
    // personal data is written only when the user said so ("Importer quand même";
    // vigie-cli prints its notices and imports, as FORMATS.md says), and each such
    // report's history records it.
    bool acceptPersonalData = false;
};

struct ImportSummary {
    // Errors and notices, by line: the first kProblemsListed; the rest are counted in
    // notListed (a million bad lines must not print two million messages).
    std::vector<Problem> problems;
    long long errors = 0;    // errors found, listed or not
    long long notListed = 0; // problems found beyond the listed ones
    bool hasErrors() const { return errors > 0 || app::hasErrors(problems); }
    int created = 0;
    int updated = 0;
    int withPersonalData = 0;      // reports whose text the privacy guard flagged
    bool written = false; // false when anything was wrong, or on a dry run
    // Nothing was written because of personal data the caller did not accept.
    bool personalDataRefused = false;
};

constexpr std::size_t kProblemsListed = 1000;

// Counts the errors among the problems from index `from` on (those of the last record),
// then keeps only the first kProblemsListed, counting the others in notListed.
void listWithin(ImportSummary& summary, std::size_t from);

// All or nothing: every line is checked, and written in one unit of work that is
// committed only when no line was wrong. The file is read twice (its references first),
// one record at a time: the stream must be seekable.
ImportSummary importReports(storage::Store& store, const Actor& actor, std::istream& in,
                            const ImportOptions& options);
ImportSummary importReports(storage::Store& store, const Actor& actor, std::string_view bytes,
                            const ImportOptions& options);

// The export file: UTF-8 with BOM, ';', CRLF, by date received then reference.
std::string exportReports(storage::Store& store, const ReportFilter& filter);
std::vector<std::string> reportRow(const DifficultyReport& report);

} // namespace vigie::app
