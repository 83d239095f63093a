#include "csv_table.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::app {

namespace {
std::string lowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c + 32);
        }
    }
    return out;
}
} // namespace

CsvTable::CsvTable(csv::Reader& reader, std::vector<ColumnSpec> columns,
                   std::vector<Problem>& problems)
    : reader_(&reader), columns_(std::move(columns)) {
    start(problems);
}

CsvTable::CsvTable(std::string_view bytes, std::vector<ColumnSpec> columns,
                   std::vector<Problem>& problems)
    : bytes_(std::make_unique<csv::BytesStream>(bytes)),
      ownReader_(std::make_unique<csv::Reader>(*bytes_, csv::ReaderLimits{})),
      reader_(ownReader_.get()), columns_(std::move(columns)) {
    readAll(problems);
}

CsvTable::CsvTable(std::istream& in, std::vector<ColumnSpec> columns,
                   std::vector<Problem>& problems)
    : ownReader_(std::make_unique<csv::Reader>(in, csv::ReaderLimits{})),
      reader_(ownReader_.get()), columns_(std::move(columns)) {
    readAll(problems);
}

void CsvTable::readAll(std::vector<Problem>& problems) {
    start(problems);
    // Every line's syntax is reported, even under a header that cannot be used.
    csv::Record record;
    while (next(record, problems)) {
        records_.push_back(std::move(record));
    }
}

void CsvTable::start(std::vector<Problem>& problems) {
    if (reader_->decodedFromWindows1252()) {
        problems.push_back({1, "*", Severity::Notice,
                            tr("the file is not UTF-8: it was read as Windows-1252 (what "
                               "Excel writes); check the accents")});
    }
    const std::size_t before = problems.size();
    takeSyntaxErrors(problems);
    if (reader_->headerLine() == 0) {
        if (problems.size() == before) {
            problems.push_back(
                {1, "*", Severity::Error, tr("the file is empty: a header line is expected")});
        }
        usable_ = false;
        return;
    }
    checkHeader(problems);
}

void CsvTable::takeSyntaxErrors(std::vector<Problem>& problems) {
    for (const auto& e : reader_->takeErrors()) {
        problems.push_back(
            {e.line, e.cell > 0 ? columnName(e.cell - 1) : "*", Severity::Error, e.message});
    }
}

bool CsvTable::next(csv::Record& record, std::vector<Problem>& problems) {
    const bool read = reader_->next(record);
    takeSyntaxErrors(problems);
    if (read && usable_) {
        checkRowWidth(record, problems);
    }
    return read;
}

void CsvTable::checkHeader(std::vector<Problem>& problems) {
    // FORMATS.md: a header problem is reported on line 1, whatever precedes the header.
    const int line = 1;
    const auto& header = reader_->header();
    // Nameless columns at the end are what Excel leaves (";;;"): ignored.
    std::size_t width = header.size();
    while (width > 0 && header[width - 1].empty()) {
        --width;
    }
    namedWidth_ = width;
    for (std::size_t i = 0; i < width; ++i) {
        const std::string key = lowerAscii(header[i]);
        if (key.empty()) {
            problems.push_back(
                {line, "*", Severity::Error,
                 fmt::format(fmt::runtime(tr("column {} has no name in the header line")), i + 1)});
            usable_ = false;
            continue;
        }
        const bool known = std::any_of(columns_.begin(), columns_.end(),
                                       [&](const ColumnSpec& c) { return key == c.key; });
        if (!known) {
            std::string expected;
            for (const auto& c : columns_) {
                expected += (expected.empty() ? "" : ", ") + std::string(c.key);
            }
            problems.push_back(
                {line, header[i], Severity::Error,
                 fmt::format(fmt::runtime(tr("unknown column (expected columns: {})")), expected)});
            usable_ = false;
            continue;
        }
        if (!cellOf_.emplace(key, i).second) {
            problems.push_back({line, key, Severity::Error, tr("this column appears twice")});
            usable_ = false;
        }
    }
    for (const auto& c : columns_) {
        if (c.required && !cellOf_.count(c.key)) {
            problems.push_back({line, c.key, Severity::Error, tr("required column is missing")});
            usable_ = false;
        }
    }
}

void CsvTable::checkRowWidth(const csv::Record& record, std::vector<Problem>& problems) const {
    for (std::size_t i = namedWidth_; i < record.cells.size(); ++i) {
        if (!text::trim(record.cells[i]).empty()) {
            problems.push_back(
                {record.line, "*", Severity::Error,
                 fmt::format(fmt::runtime(tr("value in column {}, beyond the last named column "
                                             "(a separator inside an unquoted value?)")),
                             i + 1)});
            break;
        }
    }
}

std::string CsvTable::columnName(int cellIndex) const {
    const auto& header = reader_->header();
    if (cellIndex >= 0 && static_cast<std::size_t>(cellIndex) < header.size() &&
        !header[static_cast<std::size_t>(cellIndex)].empty()) {
        return lowerAscii(header[static_cast<std::size_t>(cellIndex)]);
    }
    return "*";
}

std::string CsvTable::cell(const csv::Record& record, std::string_view key) const {
    auto it = cellOf_.find(std::string(key));
    if (it == cellOf_.end() || it->second >= record.cells.size()) {
        return {};
    }
    return text::trimmed(record.cells[it->second]);
}

std::optional<Date> CsvTable::date(const csv::Record& record, const char* key, bool required,
                                   std::vector<Problem>& problems) const {
    const std::string value = cell(record, key);
    if (value.empty()) {
        if (required) {
            problems.push_back({record.line, key, Severity::Error, tr("a date is required")});
        }
        return std::nullopt;
    }
    auto d = Date::fromCsv(value);
    if (!d && Date::fromCsvAnyYear(value)) {
        problems.push_back(
            {record.line, key, Severity::Error,
             fmt::format(fmt::runtime(tr("\"{}\": a year before {} or after {} is surely a typo")),
                         value, Date::kFirstPlausibleYear, Date::kLastPlausibleYear)});
    } else if (!d) {
        problems.push_back(
            {record.line, key, Severity::Error,
             fmt::format(fmt::runtime(tr("\"{}\" is not a valid date (expected YYYY-MM-DD or "
                                         "D/M/YYYY)")),
                         value)});
    }
    return d;
}

CsvPreview previewCsv(std::string_view bytes, std::size_t maxRows) {
    csv::Document doc = csv::parse(bytes);
    CsvPreview preview;
    preview.header = std::move(doc.header);
    if (doc.records.size() > maxRows) {
        doc.records.resize(maxRows);
    }
    preview.rows = std::move(doc.records);
    return preview;
}

std::optional<long long> wholeNumber(std::string cell) {
    std::string digits;
    for (std::size_t i = 0; i < cell.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(cell[i]);
        if (c >= '0' && c <= '9') {
            digits += cell[i];
        } else if (c == ' ' || cell.compare(i, 2, "\xC2\xA0") == 0 ||
                   cell.compare(i, 3, "\xE2\x80\xAF") == 0) {
            // A separator: the digits after it up to the next one are three.
            i += c == ' ' ? 0 : (cell.compare(i, 2, "\xC2\xA0") == 0 ? 1 : 2);
            std::size_t next = i + 1, count = 0;
            while (next < cell.size() && cell[next] >= '0' && cell[next] <= '9') {
                ++next;
                ++count;
            }
            if (digits.empty() || count != 3) {
                return std::nullopt;
            }
        } else {
            return std::nullopt;
        }
    }
    long long n = 0;
    auto [ptr, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (digits.empty() || ec != std::errc() || ptr != digits.data() + digits.size()) {
        return std::nullopt;
    }
    return n;
}

} // namespace vigie::app
