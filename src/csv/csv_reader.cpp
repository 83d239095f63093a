// The reader of csv.h, one record at a time: whatever the file's size, only the record
// being read is in memory (issue "One house", point 9: a million lines, or /dev/zero).
#include <algorithm>
#include <sstream>

#include <fmt/format.h>

#include "csv.h"
#include "domain/text.h"
#include "platform/i18n.h"

namespace vigie::csv {

namespace {

constexpr std::size_t kChunk = 64 * 1024;

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

// The bytes Windows-1252 leaves without a character: decoded as the C1 control of the same
// value, they can only come from such a byte (every other byte decodes to something else).
bool isUnassignedWindows1252(char32_t c) {
    return c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D;
}

// Length of the incomplete UTF-8 sequence ending `s`, to be read with the next chunk.
std::size_t incompleteTail(std::string_view s) {
    for (std::size_t k = 1; k <= 3 && k <= s.size(); ++k) {
        const auto c = static_cast<unsigned char>(s[s.size() - k]);
        if ((c & 0xC0) != 0x80) {
            const std::size_t need = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3
                                                 : (c >> 3) == 30 ? 4 : 1;
            return need > k ? k : 0;
        }
    }
    return 0;
}

struct Scan {
    bool utf8 = true;
    int nulLine = 0; // line of the first NUL byte; 0 when none
};

// One pass over the bytes before reading them: the encoding is decided for the whole file
// (a single Windows-1252 byte near the end changes how every accent reads), and a binary
// file is refused at its first NUL byte, however long it is (/dev/zero never ends).
Scan scanBytes(std::istream& in) {
    Scan scan;
    std::string chunk(kChunk, '\0');
    std::string carry;
    int line = 1;
    while (in) {
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got == 0) {
            break;
        }
        std::string_view bytes(chunk.data(), got);
        if (const auto nul = bytes.find('\0'); nul != std::string_view::npos) {
            scan.nulLine = line + static_cast<int>(std::count(bytes.begin(), bytes.begin() + nul, '\n'));
            return scan;
        }
        line += static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n'));
        if (scan.utf8) {
            carry.append(bytes);
            const std::size_t tail = incompleteTail(carry);
            scan.utf8 = text::isValidUtf8(std::string_view(carry).substr(0, carry.size() - tail));
            carry.erase(0, carry.size() - tail);
        }
    }
    scan.utf8 = scan.utf8 && carry.empty();
    return scan;
}

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
    return std::all_of(cells.begin(), cells.end(),
                       [](const std::string& c) { return text::trim(c).empty(); });
}

} // namespace

// The file's text as UTF-8, read from the stream a chunk at a time.
class Reader::Source {
public:
    Source(std::istream& in, bool fromWindows1252) : in_(in), fromWindows1252_(fromWindows1252) {}

    // At least `n` characters ahead, unless the file ends first.
    bool has(std::size_t n) {
        while (buf_.size() - pos_ < n && !ended_) {
            refill();
        }
        return buf_.size() - pos_ >= n;
    }
    char at(std::size_t ahead) const { return buf_[pos_ + ahead]; }
    char next() { return buf_[pos_++]; }
    void skip(std::size_t n) { pos_ += n; }
    // What is buffered from here, at least `n` characters when the file has them.
    std::string_view window(std::size_t n) {
        has(n);
        return std::string_view(buf_).substr(pos_);
    }

private:
    void refill() {
        buf_.erase(0, pos_);
        pos_ = 0;
        std::string raw(kChunk, '\0');
        in_.read(raw.data(), static_cast<std::streamsize>(raw.size()));
        raw.resize(static_cast<std::size_t>(in_.gcount()));
        ended_ = raw.empty();
        buf_ += fromWindows1252_ ? windows1252ToUtf8(raw) : raw;
    }

    std::istream& in_;
    bool fromWindows1252_;
    std::string buf_;
    std::size_t pos_ = 0;
    bool ended_ = false;
};

Reader::Reader(std::istream& in, ReaderLimits limits) : in_(&in), limits_(limits) {
    char bom[3] = {};
    in.read(bom, 3);
    const std::string_view start(bom, static_cast<std::size_t>(in.gcount()));
    std::streamoff skip = 0;
    if (start.substr(0, 3) == "\xEF\xBB\xBF") {
        skip = 3;
    } else if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
        // Rare and small (Excel's "Unicode text"): converted whole, then read like the rest.
        in.clear();
        in.seekg(2);
        std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        converted_ = std::make_unique<std::istringstream>(utf16ToUtf8(raw, start[0] == '\xFE'));
        in_ = converted_.get();
    }
    auto rewind = [&] {
        in_->clear();
        in_->seekg(converted_ ? 0 : skip);
    };
    rewind();
    const Scan scan = scanBytes(*in_);
    if (scan.nulLine > 0) {
        errors_.push_back({scan.nulLine, 0,
                           tr("the file holds binary data (a NUL byte): it is not a CSV text "
                              "file")});
        ended_ = true;
        return;
    }
    rewind();
    decodedFromWindows1252_ = !scan.utf8;
    source_ = std::make_unique<Source>(*in_, decodedFromWindows1252_);
    chooseSeparator();
    Record header;
    if (next(header)) {
        headerLine_ = header.line;
        for (auto& name : header.cells) {
            header_.push_back(text::trimmed(name));
        }
    }
}

Reader::~Reader() = default;

void Reader::chooseSeparator() {
    // Excel's "sep=;" first line names the separator.
    const std::string_view start = source_->window(6);
    if (start.size() >= 5 && start.substr(0, 4) == "sep=" && !isLineBreak(start[4]) &&
        (start.size() == 5 || isLineBreak(start[5]))) {
        separator_ = start[4];
        source_->skip(5);
        if (source_->has(2) && source_->at(0) == '\r' && source_->at(1) == '\n') {
            source_->skip(2);
        } else if (source_->has(1)) {
            source_->skip(1);
        }
        line_ = 2;
    } else {
        separator_ = detectSeparator(source_->window(kChunk));
    }
}

bool Reader::next(Record& record) {
    while (!ended_ && source_->has(1)) {
        record.line = line_;
        record.cells.clear();
        recordBytes_ = 0;
        readRecord(record);
        if (ended_) {
            return false; // a record too long to be one: the rest is not read
        }
        if (!allBlank(record.cells)) {
            if (decodedFromWindows1252_) {
                checkWindows1252(record);
            }
            return true;
        }
    }
    return false;
}

void Reader::newline() {
    // \r\n, \n and a lone \r each end one physical line.
    if (source_->next() == '\r' && source_->has(1) && source_->at(0) == '\n') {
        source_->skip(1);
    }
    ++line_;
}

bool Reader::grow(const Record& record) {
    if (++recordBytes_ <= limits_.maxRecordBytes) {
        return true;
    }
    errors_.push_back(
        {record.line, 0,
         fmt::format(fmt::runtime(tr("a record longer than {} MB: this is not a table (is a "
                                     "quote never closed?); the rest of the file was not "
                                     "read")),
                     limits_.maxRecordBytes >> 20)});
    ended_ = true;
    return false;
}

void Reader::readRecord(Record& record) {
    while (!ended_) {
        record.cells.push_back(readCell(record));
        if (ended_ || !source_->has(1)) {
            return;
        }
        if (source_->at(0) == separator_) {
            source_->skip(1);
            if (!source_->has(1)) {
                record.cells.emplace_back();
                return;
            }
            continue;
        }
        newline();
        return;
    }
}

bool Reader::endOfCell() {
    return !source_->has(1) || source_->at(0) == separator_ || isLineBreak(source_->at(0));
}

std::string Reader::readCell(const Record& record) {
    std::string cell;
    const int cellIndex = static_cast<int>(record.cells.size()) + 1;
    // Spaces before an opening quote are tolerated (Excel never writes them).
    std::size_t spaces = 0;
    while (source_->has(spaces + 1) && source_->at(spaces) == ' ') {
        ++spaces;
    }
    if (!source_->has(spaces + 1) || source_->at(spaces) != '"') {
        while (!endOfCell()) {
            if (!grow(record)) {
                return cell;
            }
            cell.push_back(source_->next());
        }
        return cell;
    }
    source_->skip(spaces + 1);
    while (true) {
        if (!source_->has(1)) {
            errors_.push_back({record.line, cellIndex,
                               tr("a quoted value is never closed (missing closing \")")});
            return cell;
        }
        if (!grow(record)) {
            return cell;
        }
        const char c = source_->at(0);
        if (c == '"') {
            if (source_->has(2) && source_->at(1) == '"') {
                cell.push_back('"');
                source_->skip(2);
                continue;
            }
            source_->skip(1);
            break;
        }
        if (isLineBreak(c)) {
            cell.push_back('\n');
            newline();
            continue;
        }
        cell.push_back(source_->next());
    }
    // After the closing quote: only spaces, then a separator or the end of line.
    while (source_->has(1) && source_->at(0) == ' ') {
        source_->skip(1);
    }
    if (!endOfCell()) {
        errors_.push_back({record.line, cellIndex, tr("unexpected text after a closing quote")});
        while (!endOfCell() && grow(record)) {
            cell.push_back(source_->next());
        }
    }
    return cell;
}

// A file read as Windows-1252 that holds unassigned bytes is in neither encoding (Mac Roman,
// DOS code pages, a damaged file): reading on would replace letters silently. One error per
// cell, on the line where its record starts (FORMATS.md: errors name that line).
void Reader::checkWindows1252(const Record& record) {
    for (std::size_t cell = 0; cell < record.cells.size(); ++cell) {
        const std::string& text = record.cells[cell];
        std::size_t pos = 0;
        while (pos < text.size()) {
            const char32_t c = text::decodeUtf8(text, pos);
            if (isUnassignedWindows1252(c)) {
                errors_.push_back(
                    {record.line, static_cast<int>(cell) + 1,
                     fmt::format(fmt::runtime(tr("byte 0x{:02X} is a character neither in "
                                                 "Windows-1252 nor in UTF-8: the file uses "
                                                 "another encoding; save it again as \"CSV "
                                                 "UTF-8\"")),
                                 static_cast<unsigned>(c))});
                break;
            }
        }
    }
}

std::vector<SyntaxError> Reader::takeErrors() {
    std::vector<SyntaxError> taken;
    taken.swap(errors_);
    return taken;
}

namespace {

// A stream over bytes already in memory, without copying them (std::ispanstream is C++23).
class ViewBuffer : public std::streambuf {
public:
    explicit ViewBuffer(std::string_view bytes) {
        char* begin = const_cast<char*>(bytes.data()); // read only: get area
        setg(begin, begin, begin + bytes.size());
    }

protected:
    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override {
        char* target = (dir == std::ios_base::beg ? eback() : dir == std::ios_base::cur ? gptr()
                                                                                         : egptr()) +
                       off;
        if (target < eback() || target > egptr()) {
            return pos_type(off_type(-1));
        }
        setg(eback(), target, egptr());
        return pos_type(target - eback());
    }
    pos_type seekpos(pos_type pos, std::ios_base::openmode mode) override {
        return seekoff(off_type(pos), std::ios_base::beg, mode);
    }
};

} // namespace

BytesStream::BytesStream(std::string_view bytes)
    : std::istream(nullptr), buffer_(std::make_unique<ViewBuffer>(bytes)) {
    rdbuf(buffer_.get());
}

BytesStream::~BytesStream() = default;

Document parse(std::string_view bytes) {
    BytesStream in(bytes);
    Reader reader(in, {std::numeric_limits<std::size_t>::max()});
    Document doc;
    doc.separator = reader.separator();
    doc.decodedFromWindows1252 = reader.decodedFromWindows1252();
    doc.headerLine = reader.headerLine();
    doc.header = reader.header();
    Record record;
    while (reader.next(record)) {
        doc.records.push_back(std::move(record));
    }
    doc.errors = reader.takeErrors();
    return doc;
}

} // namespace vigie::csv
