// Reading and writing the CSV files of FORMATS.md: what Excel and LibreOffice write
// (UTF-8 with or without BOM, Windows-1252, ';' or ',', RFC 4180 quotes).
// Our own small parser: libcsv (libcsv-dev) handles the quoting, but not the encoding
// fallback, the separator sniffing, nor the record's starting line that every error
// message of FORMATS.md needs; wrapping it would have cost more than these lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigie::csv {

struct Record {
    int line = 0; // physical line where the record starts (the header is line 1)
    std::vector<std::string> cells;
};

struct SyntaxError {
    int line = 0;
    int cell = 0; // 1-based position in the record; 0 for the whole record
    std::string message;
};

struct Document {
    char separator = ';';
    bool decodedFromWindows1252 = false;
    int headerLine = 0;              // 0 when the file holds no header at all
    std::vector<std::string> header; // trimmed names, as written
    std::vector<Record> records;     // blank lines left out
    std::vector<SyntaxError> errors;
};

// Parses a whole file. Never throws on bad input: problems land in `errors`.
Document parse(std::string_view bytes);

std::string windows1252ToUtf8(std::string_view bytes);

// Export format: UTF-8 with BOM, ';', CRLF, quotes only where needed.
class Writer {
public:
    Writer();
    void row(const std::vector<std::string>& cells);
    const std::string& bytes() const { return out_; }

private:
    std::string out_;
};

std::string quoted(std::string_view cell, char separator = ';');

// A text cell of a file meant for a spreadsheet, never read back by Vigie: one starting
// with = + - @ (or a tab or carriage return) is prefixed with ' so that the spreadsheet
// shows it as text instead of running it as a formula ("CSV injection"). The exchange
// files of FORMATS.md are not changed this way: they round-trip byte for byte.
std::string forSpreadsheet(std::string text);

} // namespace vigie::csv
