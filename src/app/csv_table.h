// A parsed CSV file seen through the columns of one FORMATS.md table: header checks
// (unknown, missing, duplicate columns) and access to cells by column key.
#pragma once

#include <istream>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.h"
#include "problems.h"
#include "csv/csv.h"

namespace vigie::app {

struct ColumnSpec {
    const char* key;
    bool required;
};

class CsvTable {
public:
    // Reads the header from `reader` and checks it against `columns`; every problem found
    // is appended to `problems`. usable() is false when rows cannot be read at all. The
    // records are then read one at a time with next().
    CsvTable(csv::Reader& reader, std::vector<ColumnSpec> columns, std::vector<Problem>& problems);
    // The same, every record read at once (records()): for the small files (meetings,
    // solicitations). A binary file or an endless one is still refused at its first NUL
    // byte or over-long record.
    CsvTable(std::istream& in, std::vector<ColumnSpec> columns, std::vector<Problem>& problems);
    CsvTable(std::string_view bytes, std::vector<ColumnSpec> columns,
             std::vector<Problem>& problems);

    bool usable() const { return usable_; }
    // The next record, its problems (syntax, width) appended to `problems`.
    bool next(csv::Record& record, std::vector<Problem>& problems);
    const std::vector<csv::Record>& records() const { return records_; }
    bool hasColumn(std::string_view key) const { return cellOf_.count(std::string(key)) > 0; }
    // Trimmed cell of `key` in `record`; empty when the column is absent or the row short.
    std::string cell(const csv::Record& record, std::string_view key) const;
    // The date in cell `key` (YYYY-MM-DD or D/M/YYYY); an error in `problems`, on the
    // record's line, when it does not read or when a required one is empty.
    std::optional<Date> date(const csv::Record& record, const char* key, bool required,
                             std::vector<Problem>& problems) const;

private:
    void start(std::vector<Problem>& problems);
    void readAll(std::vector<Problem>& problems);
    void takeSyntaxErrors(std::vector<Problem>& problems);
    void checkHeader(std::vector<Problem>& problems);
    void checkRowWidth(const csv::Record& record, std::vector<Problem>& problems) const;
    std::string columnName(int cellIndex) const;

    std::unique_ptr<csv::BytesStream> bytes_; // the whole-file form owns its reader
    std::unique_ptr<csv::Reader> ownReader_;
    csv::Reader* reader_;
    std::vector<csv::Record> records_;
    std::vector<ColumnSpec> columns_;
    std::map<std::string, std::size_t> cellOf_; // column key -> cell index
    std::size_t namedWidth_ = 0;                // cells up to the last named column
    bool usable_ = true;
};

// A whole number ≥ 0 (a count or an id); digits may be grouped by three with spaces
// ("1 098", as people write it). Nothing when the cell does not read as one.
std::optional<long long> wholeNumber(std::string cell);

// The first rows of a file as the reader sees them, for a preview before importing.
struct CsvPreview {
    std::vector<std::string> header;
    std::vector<csv::Record> rows;
};
CsvPreview previewCsv(std::string_view bytes, std::size_t maxRows);

} // namespace vigie::app
