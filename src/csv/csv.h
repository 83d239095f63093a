// Reading and writing the CSV files of FORMATS.md: what Excel and LibreOffice write
// (UTF-8 with or without BOM, Windows-1252, ';' or ',', RFC 4180 quotes).
// Our own small parser: libcsv (libcsv-dev) handles the quoting, but not the encoding
// fallback, the separator sniffing, nor the record's starting line that every error
// message of FORMATS.md needs; wrapping it would have cost more than these lines.
#pragma once

#include <istream>
#include <limits>
#include <memory>
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

// Reads a file one record at a time, so that memory does not grow with the file: a
// first pass over the bytes decides the encoding (and refuses a binary file at its first
// NUL byte), a second reads the records. The stream must be seekable (a file, a
// BytesStream). Never throws on bad input: problems land in takeErrors().
struct ReaderLimits {
    // A record longer than this is not a line of a table (a quote never closed, a binary
    // file): an error, and nothing more is read.
    std::size_t maxRecordBytes = 1u << 20;
};

class Reader {
public:
    explicit Reader(std::istream& in, ReaderLimits limits = {});
    ~Reader();
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    char separator() const { return separator_; }
    bool decodedFromWindows1252() const { return decodedFromWindows1252_; }
    int headerLine() const { return headerLine_; } // 0 when the file holds no header at all
    const std::vector<std::string>& header() const { return header_; }
    // The next record that is not blank; false at the end of the file, or once it cannot
    // be read further.
    bool next(Record& record);
    // The problems found since the last call, in the order met.
    std::vector<SyntaxError> takeErrors();

private:
    class Source;
    void chooseSeparator();
    void readRecord(Record& record);
    std::string readCell(const Record& record);
    bool endOfCell();
    void newline();
    bool grow(const Record& record);
    void checkWindows1252(const Record& record);

    std::istream* in_;
    std::unique_ptr<std::istream> converted_; // UTF-16 files, converted whole
    std::unique_ptr<Source> source_;
    ReaderLimits limits_;
    char separator_ = ';';
    bool decodedFromWindows1252_ = false;
    int headerLine_ = 0;
    std::vector<std::string> header_;
    std::vector<SyntaxError> errors_;
    int line_ = 1;
    std::size_t recordBytes_ = 0;
    bool ended_ = false;
};

// A seekable stream over bytes in memory, not copied: they must outlive it.
class BytesStream : public std::istream {
public:
    explicit BytesStream(std::string_view bytes);
    ~BytesStream() override;

private:
    std::unique_ptr<std::streambuf> buffer_;
};

// Reads a whole file already in memory, every record at once.
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
