// A small RFC 4180 reader of our own: it must report the physical line and cell of every
// problem, which the CSV libraries packaged for Debian (libcsv) do not track.
#include "csv.h"

#include <algorithm>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::csv {

namespace {

// Windows-1252 0x80..0x9F; the five unassigned bytes map to the C1 control of the same value,
// which parse() then refuses (see reportUnassignedWindows1252).
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

// The bytes Windows-1252 leaves without a character: decoded as the C1 control of the same
// value, they can only come from such a byte (every other byte decodes to something else).
bool isUnassignedWindows1252(char32_t c) {
    return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
}

// A file read as Windows-1252 that holds unassigned bytes is in neither encoding (Mac Roman,
// DOS code pages, a damaged file): reading on would replace letters silently. One error per
// cell, on the line where its record starts (FORMATS.md: errors name that line).
void reportUnassignedWindows1252(Document& doc) {
    for (const auto& record : doc.records) {
        for (std::size_t cell = 0; cell < record.cells.size(); ++cell) {
            const std::string& text = record.cells[cell];
            std::size_t pos = 0;
            while (pos < text.size()) {
                const char32_t c = text::decodeUtf8(text, pos);
                if (isUnassignedWindows1252(c)) {
                    doc.errors.push_back(
                        {record.line, static_cast<int>(cell) + 1,
                         fmt::format(fmt::runtime(tr("byte 0x{:02X} is a character neither in "
                                                     "Windows-1252 nor in UTF-8: the file uses "
                                                     "another encoding; save it again as "
                                                     "\"CSV UTF-8\"")),
                                     static_cast<unsigned>(c))});
                    break;
                }
            }
        }
    }
}

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

// Counts candidate separators on the first non-blank line, outside quotes.
char detectSeparator(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size() && isLineBreak(text[i])) {
        ++i;
    }
    int semicolons = 0, commas = 0, tabs = 0;
    bool inQuotes = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes && isLineBreak(c)) {
            break;
        } else if (!inQuotes && c == ';') {
            ++semicolons;
        } else if (!inQuotes && c == ',') {
            ++commas;
        } else if (!inQuotes && c == '\t') {
            ++tabs;
        }
    }
    // Tabs: Excel's "Unicode text" export. Ties go to ';', the French Excel separator.
    if (tabs > semicolons && tabs > commas) {
        return '\t';
    }
    return commas > semicolons ? ',' : ';';
}

bool allBlank(const std::vector<std::string>& cells) {
    for (const auto& c : cells) {
        if (!text::trim(c).empty()) {
            return false;
        }
    }
    return true;
}

class Tokenizer {
public:
    Tokenizer(std::string_view text, char sep, int firstLine, Document& doc)
        : text_(text), sep_(sep), line_(firstLine), doc_(doc) {}

    void run() {
        while (pos_ < text_.size()) {
            readRecord();
        }
    }

private:
    void newline() {
        // \r\n, \n and a lone \r each end one physical line.
        if (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            ++pos_;
        }
        ++pos_;
        ++line_;
    }

    void readRecord() {
        Record record;
        record.line = line_;
        while (true) {
            record.cells.push_back(readCell(record));
            if (pos_ >= text_.size()) {
                break;
            }
            if (text_[pos_] == sep_) {
                ++pos_;
                if (pos_ >= text_.size()) {
                    record.cells.emplace_back();
                    break;
                }
                continue;
            }
            newline();
            break;
        }
        if (!allBlank(record.cells)) {
            doc_.records.push_back(std::move(record));
        }
    }

    std::string readCell(const Record& record) {
        std::string cell;
        const int cellIndex = static_cast<int>(record.cells.size()) + 1;
        // Spaces before an opening quote are tolerated (Excel never writes them).
        std::size_t look = pos_;
        while (look < text_.size() && text_[look] == ' ') {
            ++look;
        }
        if (look < text_.size() && text_[look] == '"') {
            pos_ = look + 1;
            while (true) {
                if (pos_ >= text_.size()) {
                    doc_.errors.push_back(
                        {record.line, cellIndex,
                         tr("a quoted value is never closed (missing closing \")")});
                    return cell;
                }
                const char c = text_[pos_];
                if (c == '"') {
                    if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
                        cell.push_back('"');
                        pos_ += 2;
                        continue;
                    }
                    ++pos_;
                    break;
                }
                if (isLineBreak(c)) {
                    cell.push_back('\n');
                    newline();
                    continue;
                }
                cell.push_back(c);
                ++pos_;
            }
            // After the closing quote: only spaces, then a separator or the end of line.
            while (pos_ < text_.size() && text_[pos_] == ' ') {
                ++pos_;
            }
            if (pos_ < text_.size() && text_[pos_] != sep_ && !isLineBreak(text_[pos_])) {
                doc_.errors.push_back(
                    {record.line, cellIndex, tr("unexpected text after a closing quote")});
                while (pos_ < text_.size() && text_[pos_] != sep_ && !isLineBreak(text_[pos_])) {
                    cell.push_back(text_[pos_++]);
                }
            }
            return cell;
        }
        while (pos_ < text_.size() && text_[pos_] != sep_ && !isLineBreak(text_[pos_])) {
            cell.push_back(text_[pos_++]);
        }
        return cell;
    }

    std::string_view text_;
    char sep_;
    std::size_t pos_ = 0;
    int line_;
    Document& doc_;
};

// Excel's "Unicode text" is UTF-16 with a byte order mark.
std::string utf16ToUtf8(std::string_view bytes, bool bigEndian) {
    std::string out;
    out.reserve(bytes.size());
    auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<unsigned char>(bytes[i]);
        const auto b = static_cast<unsigned char>(bytes[i + 1]);
        return bigEndian ? (char32_t(a) << 8 | b) : (char32_t(b) << 8 | a);
    };
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
            const char32_t low = unit(i + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 2;
            } else {
                cp = 0xFFFD;
            }
        } else if (cp >= 0xD800 && cp <= 0xDFFF) {
            cp = 0xFFFD;
        }
        text::appendUtf8(out, cp);
    }
    return out;
}

} // namespace

std::string windows1252ToUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            out.push_back(ch);
        } else if (b < 0xA0) {
            text::appendUtf8(out, kCp1252High[b - 0x80]);
        } else {
            text::appendUtf8(out, b);
        }
    }
    return out;
}

Document parse(std::string_view bytes) {
    Document doc;
    std::string decoded;
    std::string_view text = bytes;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") {
        text.remove_prefix(3);
    } else if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF") {
        decoded = utf16ToUtf8(text.substr(2), text[0] == '\xFE');
        text = decoded;
    }
    if (!text::isValidUtf8(text)) {
        decoded = windows1252ToUtf8(text);
        text = decoded;
        doc.decodedFromWindows1252 = true;
    }
    if (auto nul = text.find('\0'); nul != std::string_view::npos) {
        int line = 1;
        for (std::size_t i = 0; i < nul; ++i) {
            line += text[i] == '\n' ? 1 : 0;
        }
        doc.errors.push_back({line, 0,
                              tr("the file holds binary data (a NUL byte): it is not "
                                 "a CSV text file")});
        return doc;
    }

    int firstLine = 1;
    // Excel's "sep=;" first line names the separator.
    if (text.size() >= 5 && text.substr(0, 4) == "sep=" && !isLineBreak(text[4]) &&
        (text.size() == 5 || isLineBreak(text[5]))) {
        doc.separator = text[4];
        text.remove_prefix(5);
        if (!text.empty()) {
            text.remove_prefix(text.substr(0, 2) == "\r\n" ? 2 : 1);
        }
        firstLine = 2;
    } else {
        doc.separator = detectSeparator(text);
    }

    Tokenizer(text, doc.separator, firstLine, doc).run();
    if (doc.decodedFromWindows1252) {
        reportUnassignedWindows1252(doc);
    }
    if (!doc.records.empty()) {
        Record header = std::move(doc.records.front());
        doc.records.erase(doc.records.begin());
        doc.headerLine = header.line;
        for (auto& name : header.cells) {
            doc.header.push_back(text::trimmed(name));
        }
    }
    return doc;
}

std::string quoted(std::string_view cell, char separator) {
    // Commas and tabs too: a reader that detects the separator must never hesitate.
    const bool needsQuotes = cell.find_first_of("\"\r\n,\t") != std::string_view::npos ||
                             cell.find(separator) != std::string_view::npos ||
                             (!cell.empty() && (cell.front() == ' ' || cell.back() == ' ')) ||
                             // Unquoted at the start of a file, Excel reads it as a directive.
                             cell.rfind("sep=", 0) == 0;
    if (!needsQuotes) {
        return std::string(cell);
    }
    std::string out = "\"";
    for (char c : cell) {
        if (c == '"') {
            out += "\"\"";
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

Writer::Writer() : out_("\xEF\xBB\xBF") {}

void Writer::row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) {
            out_.push_back(';');
        }
        out_ += quoted(cells[i]);
    }
    out_ += "\r\n";
}

std::string forSpreadsheet(std::string text) {
    if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos) {
        text.insert(text.begin(), '\'');
    }
    return text;
}

} // namespace vigie::csv
