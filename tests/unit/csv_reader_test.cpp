#include <cstdio>
#include <string>

#include <doctest/doctest.h>

#include "csv/csv.h"

using namespace vigie;

TEST_CASE("separator is detected from the header line") {
    auto semi = csv::parse("a;b;c\n1;2;3\n");
    CHECK(semi.separator == ';');
    CHECK(semi.header == std::vector<std::string>{"a", "b", "c"});
    auto comma = csv::parse("a,b,c\n1,2,3\n");
    CHECK(comma.separator == ',');
    REQUIRE(comma.records.size() == 1);
    CHECK(comma.records[0].cells == std::vector<std::string>{"1", "2", "3"});
    // Commas inside the data of a ';' file do not fool the detection.
    auto mixed = csv::parse("a;b\n\"x, y, z\";2\n");
    CHECK(mixed.separator == ';');
    CHECK(mixed.records[0].cells[0] == "x, y, z");
}

TEST_CASE("UTF-8 BOM is dropped, Windows-1252 is converted and reported") {
    auto bom = csv::parse("\xEF\xBB\xBFr\xC3\xA9"
                          "f;b\n1;2\n");
    CHECK(bom.header[0] == "réf");
    CHECK_FALSE(bom.decodedFromWindows1252);
    auto cp = csv::parse("r\xE9"
                         "f;b\n\x80 pr\xE9"
                         "carit\xE9;\x9C"
                         "uvre\n");
    CHECK(cp.decodedFromWindows1252);
    CHECK(cp.header[0] == "réf");
    CHECK(cp.records[0].cells[0] == "€ précarité");
    CHECK(cp.records[0].cells[1] == "œuvre");
}

TEST_CASE("bytes Windows-1252 leaves unassigned are an encoding error with line and cell") {
    // 0xE9 makes the file invalid UTF-8, so it is read as Windows-1252; the five bytes
    // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character there.
    for (const char* byte : {"\x81", "\x8D", "\x8F", "\x90", "\x9D"}) {
        CAPTURE(static_cast<unsigned>(static_cast<unsigned char>(*byte)));
        const std::string file = std::string("r\xE9"
                                             "f;b\n1;2\n3;x") +
                                 byte + "y\n";
        auto doc = csv::parse(file);
        CHECK(doc.decodedFromWindows1252);
        REQUIRE(doc.errors.size() == 1);
        CHECK(doc.errors[0].line == 3);
        CHECK(doc.errors[0].cell == 2);
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(*byte));
        CHECK(doc.errors[0].message.find(hex) != std::string::npos);
    }
    // The line where the record starts, even for a byte deep in a multi-line cell
    // (FORMATS.md); the header too; one error per cell.
    auto doc = csv::parse("a;\x8F\n\"first\nsecond \x81\x9D\";\xE9\n");
    REQUIRE(doc.errors.size() == 2);
    CHECK(doc.errors[0].line == 1);
    CHECK(doc.errors[0].cell == 2);
    CHECK(doc.errors[1].line == 2);
    CHECK(doc.errors[1].cell == 1);
    // The 27 assigned bytes of 0x80..0x9F are still read without complaint.
    std::string assigned = "a\n";
    for (int b = 0x80; b <= 0x9F; ++b) {
        if (b != 0x81 && b != 0x8D && b != 0x8F && b != 0x90 && b != 0x9D) {
            assigned.push_back(static_cast<char>(b));
        }
    }
    CHECK(csv::parse(assigned + "\n").errors.empty());
}

TEST_CASE("quoted fields hold separators, quotes and line breaks, lines are physical") {
    auto doc = csv::parse(
        "a;b\r\n\"1;x\";\"say \"\"hi\"\"\"\r\n\"multi\r\nline\nvalue\";z\r\nlast;row\r\n");
    REQUIRE(doc.errors.empty());
    REQUIRE(doc.records.size() == 3);
    CHECK(doc.records[0].line == 2);
    CHECK(doc.records[0].cells == std::vector<std::string>{"1;x", "say \"hi\""});
    CHECK(doc.records[1].line == 3);
    CHECK(doc.records[1].cells[0] == "multi\nline\nvalue");
    CHECK(doc.records[2].line == 6);
}

TEST_CASE("blank lines and rows of empty cells are skipped, line numbers still count them") {
    auto doc = csv::parse("\n\na;b;;\n\n1;2;;\n;;;\n3;4\n");
    CHECK(doc.headerLine == 3);
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[0].line == 5);
    CHECK(doc.records[1].line == 7);
    CHECK(doc.header.size() == 4);
}

TEST_CASE("old Mac line ends and a missing final line end are accepted") {
    auto doc = csv::parse("a;b\r1;2\r3;4");
    REQUIRE(doc.records.size() == 2);
    CHECK(doc.records[1].line == 3);
    CHECK(doc.records[1].cells[1] == "4");
}

TEST_CASE("Excel's sep= line names the separator") {
    auto doc = csv::parse("sep=,\na;b,c\n1;2,3\n");
    CHECK(doc.separator == ',');
    CHECK(doc.headerLine == 2);
    CHECK(doc.header == std::vector<std::string>{"a;b", "c"});
    CHECK(doc.records[0].line == 3);
}

TEST_CASE("an unclosed quote is an error on the line where the record starts") {
    auto doc = csv::parse("a;b\n1;2\n3;\"never closed\n4;5\n");
    REQUIRE(doc.errors.size() == 1);
    CHECK(doc.errors[0].line == 3);
    CHECK(doc.errors[0].cell == 2);
}

TEST_CASE("text after a closing quote is an error with its cell") {
    auto doc = csv::parse("a;b\n\"x\"y;2\n");
    REQUIRE(doc.errors.size() == 1);
    CHECK(doc.errors[0].line == 2);
    CHECK(doc.errors[0].cell == 1);
}

TEST_CASE("a quote inside an unquoted value is kept as written") {
    auto doc = csv::parse("a;b\nl'\"APL\";2\n");
    CHECK(doc.errors.empty());
    CHECK(doc.records[0].cells[0] == "l'\"APL\"");
}

TEST_CASE("binary data is refused") {
    auto doc = csv::parse(std::string("a;b\n1;\0\n", 8));
    REQUIRE(doc.errors.size() == 1);
    CHECK(doc.errors[0].line == 2);
}

TEST_CASE("an empty file has no header") {
    CHECK(csv::parse("").headerLine == 0);
    CHECK(csv::parse("\xEF\xBB\xBF\r\n\r\n").headerLine == 0);
}

TEST_CASE("the writer quotes only what needs it and ends lines with CRLF after a BOM") {
    csv::Writer w;
    w.row({"a", "b;c", "say \"hi\"", "two\nlines", ""});
    CHECK(w.bytes() == "\xEF\xBB\xBF"
                       "a;\"b;c\";\"say \"\"hi\"\"\";\"two\nlines\";\r\n");
}

TEST_CASE("what the writer writes, the reader reads back identically") {
    const std::vector<std::string> cells = {"é;\"x\"", "", "  padded  ", "a\nb", "plain", "x,y"};
    csv::Writer w;
    w.row({"c1", "c2", "c3", "c4", "c5", "c6"});
    w.row(cells);
    auto doc = csv::parse(w.bytes());
    REQUIRE(doc.records.size() == 1);
    CHECK(doc.records[0].cells == cells);
}

TEST_CASE("Excel's Unicode text (UTF-16 with BOM, tab-separated) is read too") {
    auto utf16 = [](const std::u16string& s, bool bigEndian) {
        std::string out = bigEndian ? "\xFE\xFF" : "\xFF\xFE";
        for (char16_t c : s) {
            const char hi = static_cast<char>(c >> 8), lo = static_cast<char>(c & 0xFF);
            out += bigEndian ? std::string{hi, lo} : std::string{lo, hi};
        }
        return out;
    };
    for (bool be : {false, true}) {
        auto doc = csv::parse(utf16(u"a\tb\r\nPr\u00e9carit\u00e9\t\U0001F600\r\n", be));
        CHECK(doc.separator == '\t');
        CHECK_FALSE(doc.decodedFromWindows1252);
        REQUIRE(doc.records.size() == 1);
        CHECK(doc.records[0].cells[0] == "Précarité");
        CHECK(doc.records[0].cells[1] == "\xF0\x9F\x98\x80");
    }
}

TEST_CASE("a text for a spreadsheet is never run as a formula") {
    CHECK(csv::forSpreadsheet("=HYPERLINK(\"http://x\")") == "'=HYPERLINK(\"http://x\")");
    CHECK(csv::forSpreadsheet("+33 6") == "'+33 6");
    CHECK(csv::forSpreadsheet("-cmd") == "'-cmd");
    CHECK(csv::forSpreadsheet("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv::forSpreadsheet("CAF") == "CAF");
    CHECK(csv::forSpreadsheet("") == "");
}
