// Writing the CSV files, and the Windows-1252 table the reader decodes with. The reader
// itself is in csv_reader.cpp.
#include "csv.h"

#include <algorithm>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::csv {

namespace {

// Windows-1252 0x80..0x9F; the five unassigned bytes map to the C1 control of the same value,
// which the reader then refuses.
constexpr char32_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

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
