// What vigie-cli prints, through a small French catalog of its own: each count takes its
// own plural form (French: 0 and 1 singular), and the stats table keeps its columns.
#include <doctest/doctest.h>

#include <map>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/commands.h"
#include "platform/i18n.h"
#include "domain/text.h"
#include "support.h"

using namespace vigie;

namespace {

// The French of the messages these tests read; every other message stays English.
const std::map<std::string, std::string>& frenchSingular() {
    static const std::map<std::string, std::string> m = {
        {"Check passed: {} and {} would be imported; nothing was written.",
         "Vérification réussie : {} et {} seraient importés ; rien n'a été écrit."},
    };
    return m;
}

const std::map<std::string, std::pair<std::string, std::string>>& frenchPlural() {
    static const std::map<std::string, std::pair<std::string, std::string>> m = {
        {"{} new record", {"{} nouvel enregistrement", "{} nouveaux enregistrements"}},
        {"{} update", {"{} mise à jour", "{} mises à jour"}},
        {"{} record imported", {"{} enregistrement importé", "{} enregistrements importés"}},
        {"{} updated", {"{} mis à jour", "{} mis à jour"}},
        {"{} sent", {"{} envoyée", "{} envoyées"}},
        {"{} answered", {"{} répondue", "{} répondues"}},
    };
    return m;
}

struct French {
    French() {
        setTranslator({[](const char* id) -> const char* {
                           auto it = frenchSingular().find(id);
                           return it == frenchSingular().end() ? id : it->second.c_str();
                       },
                       [](const char* one, const char* many, unsigned long n) -> const char* {
                           auto it = frenchPlural().find(one);
                           if (it == frenchPlural().end()) {
                               return n == 1 ? one : many;
                           }
                           // Plural-Forms of the French catalog: plural=(n > 1).
                           return n > 1 ? it->second.second.c_str() : it->second.first.c_str();
                       }});
    }
    ~French() { setTranslator({nullptr, nullptr}); }
};

struct Run {
    int status = -1;
    std::string out, err;
};

Run runCli(const std::vector<std::string>& args) {
    std::ostringstream out, err;
    Run r;
    r.status = cli::run(args, out, err);
    r.out = out.str();
    r.err = err.str();
    return r;
}

std::vector<std::string> linesOf(const std::string& s) {
    std::vector<std::string> lines;
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) {
        lines.push_back(l);
    }
    return lines;
}

// Where, in characters (not bytes), each count ends and each share closes: numbers are
// right-aligned, so these are the columns that must not move from row to row.
std::vector<std::size_t> figureEdges(const std::string& line) {
    std::vector<std::size_t> at;
    auto column = [&](std::size_t byte) {
        return text::length(std::string_view(line).substr(0, byte));
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '(') {
            std::size_t j = i;
            while (j > 0 && line[j - 1] == ' ') {
                --j;
            }
            at.push_back(column(j));
        } else if (line[i] == ')') {
            at.push_back(column(i));
        }
    }
    return at;
}

} // namespace

TEST_CASE("import: every count agrees with its own noun, 0 and 1 singular in French") {
    French french;
    test::TempDir dir;
    const std::string db = (dir / "c.sqlite").string();
    const std::string one = (dir / "one.csv").string();
    test::writeFile(one, "date_reception;description;categories\n2015-01-01;x;delai\n");

    auto dry = runCli({"--db", db, "import", "reports", one, "--dry-run"});
    CHECK(dry.status == 0);
    CHECK(dry.out == "Vérification réussie : 1 nouvel enregistrement et 0 mise à jour seraient "
                     "importés ; rien n'a été écrit.\n");
    auto first = runCli({"--db", db, "import", "reports", one});
    CHECK(first.status == 0);
    CHECK(first.out == "1 enregistrement importé, 0 mis à jour.\n");

    const std::string two = (dir / "two.csv").string();
    test::writeFile(two, "date_reception;description;categories\n2015-01-02;y;delai\n"
                         "2015-01-03;z;delai\n");
    auto more = runCli({"--db", db, "import", "reports", two, "--dry-run"});
    CHECK(more.out == "Vérification réussie : 2 nouveaux enregistrements et 0 mise à jour "
                      "seraient importés ; rien n'a été écrit.\n");
    auto second = runCli({"--db", db, "import", "reports", two});
    CHECK(second.out == "2 enregistrements importés, 0 mis à jour.\n");
}

TEST_CASE("stats: addressees in the right plural, columns aligned whatever the percentages") {
    French french;
    test::TempDir dir;
    const std::string db = (dir / "s.sqlite").string();
    // 2015: eleven delays, one also precarity: 100,00 % beside 9,09 % and 0,00 %.
    std::string reports =
        "date_reception;description;categories\n"
        "2014-02-01;a;non_acces\n2014-03-01;b;delai\n2014-04-01;c;precarite|delai\n";
    for (int i = 1; i <= 11; ++i) {
        reports += "2015-01-" + std::string(i < 10 ? "0" : "") + std::to_string(i) + ";r;" +
                   (i == 1 ? "delai|precarite" : "delai") + "\n";
    }
    test::writeFile(dir / "r.csv", reports);
    REQUIRE(runCli({"--db", db, "import", "reports", (dir / "r.csv").string()}).status == 0);
    REQUIRE(runCli({"--db", db, "import", "solicitations",
                    std::string(VIGIE_E2E_DATA_DIR) + "/solicitations_2015.csv"})
                .status == 0);

    auto stats = runCli({"--db", db, "stats", "--year", "2015"});
    REQUIRE(stats.status == 0);
    // CAF: 3 sent, 1 answered; MDPH-CAF-CPAM: 1 sent, none answered.
    CHECK(stats.out.find("3 envoyées, 1 répondue\n") != std::string::npos);
    CHECK(stats.out.find("1 envoyée, 0 répondue\n") != std::string::npos);
    CHECK(stats.out.find("1 répondues") == std::string::npos);
    CHECK(stats.out.find("1 envoyées") == std::string::npos);
    CHECK(stats.out.find("(100,00\u00A0%)") != std::string::npos);

    // In every row with shares, the counts end and the shares close at the same columns.
    std::vector<std::size_t> expected;
    int rows = 0;
    for (const auto& line : linesOf(stats.out)) {
        if (line.find("\u00A0%)") == std::string::npos) {
            continue;
        }
        ++rows;
        const auto at = figureEdges(line);
        CHECK_MESSAGE(at.size() == 4, line);
        if (expected.empty()) {
            expected = at;
        }
        CHECK_MESSAGE(at == expected, line);
    }
    CHECK(rows >= 10);
    for (const auto& line : linesOf(stats.out)) {
        CHECK_MESSAGE((line.empty() || line.back() != ' '), "trailing spaces: ", line);
    }
}
