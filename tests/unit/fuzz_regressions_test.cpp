// Replays every input a fuzz target once failed on (tests/data/fuzz-regressions/TARGET),
// plus a few hostile inputs written by hand, through the same code as the fuzzers.
#include <doctest/doctest.h>

#include <filesystem>

#include "fuzz/targets.h"
#include "support.h"

namespace fs = std::filesystem;
using Target = void (*)(const std::uint8_t*, std::size_t);

namespace {

int replay(const std::string& name, Target target, const std::vector<std::string>& extra) {
    int count = 0;
    const fs::path dir = fs::path(VIGIE_TEST_DATA_DIR) / "fuzz-regressions" / name;
    std::error_code ec;
    if (fs::is_directory(dir, ec)) {
        for (const auto& entry : fs::directory_iterator(dir)) {
            const std::string bytes = vigie::test::readFile(entry.path());
            INFO("replaying " << entry.path());
            target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
            ++count;
        }
    }
    for (const auto& bytes : extra) {
        target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++count;
    }
    return count;
}

std::string noise(std::size_t n, unsigned seed) {
    std::string s;
    for (std::size_t i = 0; i < n; ++i) {
        seed = seed * 1103515245u + 12345u;
        s.push_back(static_cast<char>(seed >> 16));
    }
    return s;
}

} // namespace

TEST_CASE("the CSV reader survives every input a fuzzer found hostile") {
    CHECK(replay("csv", vigie::fuzz::csvInput,
                 {"", "\"", "\"\"\"", ";;;;\n;;;\n", "date_reception\n\"", "\xFF\xFE",
                  "\xFE\xFF\x00", "sep=", "sep=\n", std::string(1000, '"'), noise(4096, 1),
                  "reference;date_reception;description;categories\n2015-999999999;1/1/"
                  "2015;x;delai\n"}) > 0);
}

TEST_CASE("the privacy guard survives every input a fuzzer found hostile") {
    CHECK(replay("privacy", vigie::fuzz::privacyInput,
                 {"", "@", "@@.fr", "+33", "+33)", "+33 (0", "né le 31/", "FR76 ", "2 rue",
                  "1 85 03 2A", "1 85 03 2a 12", std::string(3000, '0'), noise(8192, 2),
                  "\xF0\x9F\x98\x80 né le 1er"}) > 0);
}

TEST_CASE("opening a database survives every file a fuzzer found hostile") {
    std::string header = "SQLite format 3";
    header.push_back('\0');
    CHECK(replay("database", vigie::fuzz::databaseInput,
                 {"", "SQLite format 3", header + noise(4000, 3), header + std::string(8192, '\0'),
                  noise(100, 4)}) > 0);
}
