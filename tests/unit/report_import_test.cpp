// The reports CSV of FORMATS.md: what Excel and LibreOffice write, every problem on its
// line, all or nothing, and a byte-identical export round trip.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <thread>

#include <fmt/format.h>

#include "app/report_csv.h"
#include "platform/i18n.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
using app::Severity;

namespace {

const char* kHeader =
    "reference;date_reception;source;redacteur;description;categories;droits;institutions;"
    "non_recours;propositions;statut;date_cloture\n";

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "i.sqlite");

    app::ImportSummary import(const std::string& bytes, bool update = false, bool dryRun = false) {
        app::ImportOptions o;
        o.update = update;
        o.dryRun = dryRun;
        o.acceptPersonalData = true; // as vigie-cli does; the refusal has its own test
        return app::importReports(*store, test::testActor(), bytes, o);
    }
    long long count() {
        ReportFilter all;
        all.includeWithdrawn = true;
        return store->reports().count(all);
    }
};

std::vector<std::string> lines(const app::ImportSummary& s) {
    std::vector<std::string> out;
    for (const auto& p : s.problems) {
        out.push_back(app::formatProblem("f.csv", p));
    }
    return out;
}

bool has(const app::ImportSummary& s, int line, const std::string& column, Severity severity) {
    return std::any_of(s.problems.begin(), s.problems.end(), [&](const app::Problem& p) {
        return p.line == line && p.column == column && p.severity == severity;
    });
}

} // namespace

TEST_CASE_FIXTURE(Fixture, "a well-formed file imports every report") {
    auto s = import(std::string(kHeader) +
                    "2015-001;2015-01-12;Centre social Nord;AS CCAS;Délai RSA;delai|precarite;"
                    "RSA;CAF;;Un référent;resolue;2015-03-01\n"
                    ";5/3/2015;;;Sans référence;non_acces;AAH|PCH;MDPH;non_demande;;;\n");
    CHECK(lines(s).empty());
    CHECK(s.written);
    CHECK(s.created == 2);
    auto a = store->reports().findByReference({2015, 1});
    REQUIRE(a);
    CHECK(a->status == ReportStatus::Resolved);
    CHECK(a->closedOn == Date(2015, 3, 1));
    CHECK(a->proposals == "Un référent");
    auto b = store->reports().findByReference({2015, 2});
    REQUIRE(b);
    CHECK(b->receivedOn == Date(2015, 3, 5));
    CHECK(b->rights == std::vector<std::string>{"AAH", "PCH"});
    CHECK(b->nonTakeUp == NonTakeUp::NotRequested);
    CHECK(b->status == ReportStatus::Received);
}

TEST_CASE_FIXTURE(Fixture, "columns in any order and case, optional columns may be absent") {
    auto s = import("CATEGORIES,Description,DATE_RECEPTION\n"
                    "\"non_acces|precarite\",\"Texte, avec virgule\",2016-02-29\n");
    CHECK(lines(s).empty());
    auto r = store->reports().findByReference({2016, 1});
    REQUIRE(r);
    CHECK(r->description == "Texte, avec virgule");
    CHECK(r->categories.has(Category::Precarity));
}

TEST_CASE_FIXTURE(Fixture, "labels and codes are accepted ignoring case and accents") {
    auto s = import("date_reception;description;categories;statut;droits;institutions\n"
                    "2015-01-01;x;Non accès aux droits | DÉLAIS ANORMALEMENT LONGS|précarité;"
                    "RESOLUE;rsa|Aah;caf|mdph\n");
    CHECK(lines(s).empty());
    auto r = store->reports().findByReference({2015, 1});
    REQUIRE(r);
    CHECK(r->categories == CategorySet{Category::NonAccess, Category::Delay, Category::Precarity});
    CHECK(r->rights == std::vector<std::string>{"RSA", "AAH"});
    CHECK(r->institutions == std::vector<std::string>{"CAF", "MDPH"});
    CHECK(r->status == ReportStatus::Resolved);
}

TEST_CASE_FIXTURE(Fixture, "Excel's files: BOM, Windows-1252, CRLF, trailing empty columns") {
    auto bom = import("\xEF\xBB\xBF"
                      "date_reception;description;categories;;;\r\n"
                      "01/02/2015;Précarité;precarite;;;\r\n;;;;;\r\n");
    CHECK(lines(bom).empty());
    auto cp = import("date_reception;description;categories\r\n"
                     "02/02/2015;Pr\xE9"
                     "carit\xE9 \x80;pr\xE9"
                     "carit\xE9\r\n");
    REQUIRE(cp.problems.size() == 1);
    CHECK(cp.problems[0].severity == Severity::Notice);
    CHECK(cp.problems[0].line == 1);
    CHECK(cp.written);
    CHECK(store->reports().findByReference({2015, 2})->description == "Précarité €");
}

TEST_CASE_FIXTURE(Fixture, "a quoted description may span several lines, lines stay physical") {
    auto s = import(std::string(kHeader) +
                    ";2015-01-01;;;\"Première ligne\nseconde ligne\";delai;;;;;;\n"
                    ";2015-13-01;;;x;delai;;;;;;\n");
    REQUIRE(s.problems.size() == 1);
    CHECK(lines(s)[0].rfind("f.csv:4: date_reception: ", 0) == 0);
    CHECK_FALSE(s.written);
    CHECK(count() == 0);
}

TEST_CASE_FIXTURE(Fixture, "every bad cell is reported on its own line and nothing is written") {
    auto s =
        import(std::string(kHeader) + "2015-001;2015-01-01;;;ok;delai;;;;;;\n"
                                      "2015-002;31/02/2015;;;;pauvrete;;;refus;;fermee;2015-01-01\n"
                                      "2015-01;2015-01-01;;;x;;;;;;;\n"
                                      "2015-004;2015-06-01;;;x;delai;;;;;resolue;2015-05-01\n");
    CHECK_FALSE(s.written);
    CHECK(count() == 0);
    CHECK(has(s, 3, "date_reception", Severity::Error));
    CHECK(has(s, 3, "description", Severity::Error));
    CHECK(has(s, 3, "categories", Severity::Error));
    CHECK(has(s, 3, "non_recours", Severity::Error));
    CHECK(has(s, 3, "statut", Severity::Error));
    CHECK(has(s, 4, "reference", Severity::Error));
    CHECK(has(s, 4, "categories", Severity::Error));
    CHECK(has(s, 5, "date_cloture", Severity::Error));
    CHECK_FALSE(has(s, 2, "reference", Severity::Error));
    for (const auto& l : lines(s)) {
        CHECK(l.rfind("f.csv:", 0) == 0);
    }
}

TEST_CASE_FIXTURE(Fixture, "header problems are reported on line 1") {
    auto unknown =
        import("date_reception;description;categories;categorie\n2015-01-01;x;delai;y\n");
    CHECK(lines(unknown) == std::vector<std::string>{
                                "f.csv:1: categorie: unknown column (expected columns: reference, "
                                "date_reception, source, redacteur, description, categories, "
                                "droits, institutions, non_recours, propositions, statut, "
                                "date_cloture)"});
    auto missing = import("date_reception;categories\n2015-01-01;delai\n");
    CHECK(has(missing, 1, "description", Severity::Error));
    auto twice =
        import("date_reception;description;categories;DESCRIPTION\n2015-01-01;x;delai;y\n");
    CHECK(has(twice, 1, "description", Severity::Error));
    auto empty = import("");
    CHECK(has(empty, 1, "*", Severity::Error));
    CHECK(count() == 0);
}

TEST_CASE_FIXTURE(Fixture, "a value beyond the named columns is an error, empty ones are not") {
    auto s = import("date_reception;description;categories\n2015-01-01;a; b;delai\n");
    CHECK(has(s, 2, "*", Severity::Error));
    CHECK(count() == 0);
}

TEST_CASE_FIXTURE(Fixture, "duplicate references: in the file, or already stored") {
    auto dup = import(std::string(kHeader) + "2015-001;2015-01-01;;;a;delai;;;;;;\n"
                                             "2015-001;2015-01-02;;;b;delai;;;;;;\n");
    CHECK(has(dup, 3, "reference", Severity::Error));
    CHECK(count() == 0);
    CHECK(import(std::string(kHeader) + "2015-001;2015-01-01;;;a;delai;;;;;;\n").written);
    auto again = import(std::string(kHeader) + "2015-001;2015-01-01;;;b;delai;;;;;;\n");
    CHECK(has(again, 2, "reference", Severity::Error));
    CHECK(store->reports().findByReference({2015, 1})->description == "a");
}

TEST_CASE_FIXTURE(Fixture, "--update replaces the fields given and audits the change") {
    import(std::string(kHeader) +
           "2015-001;2015-01-01;Centre social Nord;AS;a;delai;RSA;CAF;;p;;\n");
    auto s = import("reference;date_reception;description;categories;statut\n"
                    "2015-001;2015-01-01;corrigée;delai|precarite;resolue\n"
                    ";2015-02-01;nouvelle;delai;\n",
                    true);
    CHECK(lines(s).empty());
    CHECK(s.updated == 1);
    CHECK(s.created == 1);
    auto r = store->reports().findByReference({2015, 1});
    CHECK(r->description == "corrigée");
    CHECK(r->status == ReportStatus::Resolved);
    CHECK(r->rights == std::vector<std::string>{"RSA"}); // column absent: kept
    CHECK(r->source == "Centre social Nord");
    CHECK(store->reports().findByReference({2015, 2})->description == "nouvelle");
    auto history = store->audit().history("report", r->id);
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == "import_update");
    CHECK(history[1].before.find("\"a\"") != std::string::npos);
}

TEST_CASE_FIXTURE(Fixture, "generated references continue after those of the file and database") {
    import(std::string(kHeader) + "2015-007;2015-01-01;;;a;delai;;;;;;\n");
    auto s = import(std::string(kHeader) + ";2015-03-01;;;b;delai;;;;;;\n"
                                           "2015-010;2015-03-02;;;c;delai;;;;;;\n"
                                           ";2014-03-02;;;d;delai;;;;;;\n");
    CHECK(lines(s).empty());
    CHECK(store->reports().findByReference({2015, 11})->description == "b");
    CHECK(store->reports().findByReference({2014, 1})->description == "d");
}

TEST_CASE_FIXTURE(Fixture, "unknown codes are created with a notice, deactivated ones accepted") {
    {
        auto work = store->begin();
        auto rights = store->reference().rights();
        auto ij =
            *std::find_if(rights.begin(), rights.end(), [](auto& r) { return r.code == "IJ"; });
        ij.active = false;
        store->reference().update(ij);
        work->commit();
    }
    auto s = import("date_reception;description;categories;droits;institutions\n"
                    "2015-01-01;x;delai;IJ|Pass_Culture;ADIL\n"
                    "2015-01-02;y;delai;pass_culture;\n");
    CHECK(s.written);
    CHECK(has(s, 2, "droits", Severity::Notice));
    CHECK(has(s, 2, "institutions", Severity::Notice));
    CHECK(has(s, 3, "droits", Severity::Notice));
    auto rights = store->reference().rights();
    auto created = std::count_if(rights.begin(), rights.end(),
                                 [](auto& r) { return codeKey(r.code) == "pass_culture"; });
    CHECK(created == 1);
    auto r = store->reports().findByReference({2015, 2});
    CHECK(r->rights == std::vector<std::string>{"Pass_Culture"});
    for (const auto& l : lines(s)) {
        CHECK(l.find(": notice: ") != std::string::npos);
    }
}

namespace {
// French quotes for the one message that quotes a value, every other message untouched:
// the values must be quoted through the catalog, never with quotes written in the code.
struct FrenchQuotes {
    FrenchQuotes() {
        setTranslator({[](const char* id) -> const char* {
                           return std::string_view(id) == "\"{}\"" ? "\u00AB\u00A0{}\u00A0\u00BB"
                                                                   : id;
                       },
                       [](const char* one, const char* many, unsigned long n) {
                           return n == 1 ? one : many;
                       }});
    }
    ~FrenchQuotes() { setTranslator({nullptr, nullptr}); }
};
} // namespace

TEST_CASE_FIXTURE(Fixture, "unknown codes are quoted as the language quotes them") {
    FrenchQuotes french;
    auto s = import("date_reception;description;categories;droits;institutions\n"
                    "2015-01-01;x;bogus;ZZZ;Ngo|Asso\n");
    const auto all = lines(s);
    auto saying = [&](const std::string& text) {
        return std::any_of(all.begin(), all.end(),
                           [&](const std::string& l) { return l.find(text) != std::string::npos; });
    };
    CHECK(saying("categories: unknown category \u00AB\u00A0bogus\u00A0\u00BB"));
    CHECK(saying("droits: notice: unknown right \u00AB\u00A0ZZZ\u00A0\u00BB"));
    CHECK(saying("unknown institutions \u00AB\u00A0Ngo\u00A0\u00BB, \u00AB\u00A0Asso\u00A0\u00BB"));
    CHECK_FALSE(saying("\"bogus\""));
    CHECK_FALSE(saying("\"ZZZ\""));
    CHECK_FALSE(saying("\"Ngo\""));
}

TEST_CASE_FIXTURE(Fixture, "--dry-run checks everything and writes nothing") {
    auto s = import(std::string(kHeader) + ";2015-01-01;Nouveau groupe;;a;delai;NOUVEAU;;;;;\n",
                    false, true);
    CHECK_FALSE(s.written);
    CHECK(s.created == 1);
    CHECK(has(s, 2, "droits", Severity::Notice));
    CHECK(count() == 0);
    auto rights = store->reference().rights();
    CHECK(std::none_of(rights.begin(), rights.end(), [](auto& r) { return r.code == "NOUVEAU"; }));
}

TEST_CASE_FIXTURE(Fixture, "one bad line among a thousand good ones: nothing is written") {
    std::string csv = kHeader;
    for (int i = 1; i <= 1000; ++i) {
        csv += fmt::format(";{}/{}/2015;;;Situation {};precarite;RSA;CAF;;;;\n", 1 + i % 28,
                           1 + i % 12, i);
        if (i == 617) {
            csv += ";2015-02-30;;;Date impossible;precarite;;;;;;\n";
        }
    }
    auto s = import(csv);
    REQUIRE(s.problems.size() == 1);
    CHECK(lines(s)[0].rfind("f.csv:619: date_reception:", 0) == 0);
    CHECK_FALSE(s.written);
    CHECK(count() == 0);
    CHECK(store->audit().size() == 0);
}

TEST_CASE_FIXTURE(Fixture, "export, import into an empty database, export again: same bytes") {
    auto s = import(std::string(kHeader) +
                    "2015-002;2015-01-12;Centre social Nord;AS CCAS;\"Délai; \"\"RSA\"\"\nsur deux "
                    "lignes\";precarite|delai;APL|RSA|NOUVEAU;CD|CAF;non_reception;Proposition;"
                    "resolue;2015-03-01\n"
                    ";2015-01-12;;;Autre;non_acces;;;;;annulee;\n"
                    ";2014-12-31;Groupe inconnu;;Avant;non_acces;;;;;;\n");
    REQUIRE(s.written);
    ReportFilter all;
    all.includeWithdrawn = true;
    const std::string first = app::exportReports(*store, all);
    CHECK(first.rfind("\xEF\xBB\xBFreference;date_reception;", 0) == 0);
    CHECK(first.find("\r\n2014-001;2014-12-31;") != std::string::npos);
    CHECK(first.find("APL|RSA|NOUVEAU;CD|CAF;") != std::string::npos);
    CHECK(first.find(";precarite|delai;") != std::string::npos); // in the order given
    CHECK(first.find("non_acces") != std::string::npos);

    test::TempDir other;
    auto fresh = storage::openSqliteStore(other / "fresh.sqlite");
    auto again = app::importReports(*fresh, test::testActor(), first, {});
    REQUIRE(again.written);
    CHECK(app::exportReports(*fresh, all) == first);

    // Withdrawn reports are left out unless asked for.
    const std::string visible = app::exportReports(*store, {});
    CHECK(visible.find("annulee") == std::string::npos);
    CHECK(visible.size() < first.size());
}

TEST_CASE_FIXTURE(Fixture, "personal data in free text is a privacy notice, one per kind") {
    auto s = import("date_reception;description;categories;propositions;redacteur\n"
                    "2015-01-01;Tél 06 12 34 56 78 ou 07 11 22 33 44, NIR 1 85 03 75 123 456 "
                    "41;delai;écrire à a.b@c.fr;AS CCAS\n"
                    "2015-01-02;Né le 12/03/1961, à la rue depuis 3 mois;precarite;;\n");
    CHECK(s.written); // notices never block an import
    CHECK(lines(s) == std::vector<std::string>{"f.csv:2: description: privacy: phone",
                                               "f.csv:2: description: privacy: nir",
                                               "f.csv:2: propositions: privacy: email",
                                               "f.csv:3: description: privacy: birth_date"});
}

TEST_CASE("personal data in an import: nothing written unless accepted, then said in the history") {
    Fixture f;
    const std::string file = "date_reception;description;categories\n"
                             "2025-03-04;Mme Dupont attend sa CSS depuis 6 mois;delai\n"
                             "2025-03-05;Dossier en attente depuis 5 mois;delai\n";
    app::ImportOptions cautious;
    auto refused = app::importReports(*f.store, test::testActor(), file, cautious);
    CHECK_FALSE(refused.written);
    CHECK(refused.personalDataRefused);
    CHECK(refused.withPersonalData == 1);
    CHECK(f.count() == 0);

    app::ImportOptions accepted;
    accepted.acceptPersonalData = true;
    auto done = app::importReports(*f.store, test::testActor(), file, accepted);
    REQUIRE(done.written);
    CHECK(done.created == 2);
    int noted = 0;
    for (std::int64_t id = 1; id <= 2; ++id) {
        for (const auto& e : f.store->audit().history("report", id)) {
            noted += e.note.find("name") != std::string::npos ? 1 : 0;
        }
    }
    CHECK(noted == 1); // only the report that names a person
}

TEST_CASE("a file of thousands of bad lines lists the first thousand problems and counts the rest") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "v.sqlite");
    std::string file = "date_reception;description;categories\n";
    for (int i = 0; i < 3000; ++i) {
        file += "31/02/2025;Délai;inconnue\n"; // two errors a line
    }
    const auto summary = app::importReports(*store, test::testActor(), file, {});
    CHECK_FALSE(summary.written);
    CHECK(summary.problems.size() == app::kProblemsListed);
    CHECK(summary.errors == 6000);
    CHECK(summary.notListed == 6000 - static_cast<long long>(app::kProblemsListed));
    CHECK(summary.problems.front().line == 2);
    ReportFilter all;
    CHECK(store->reports().count(all) == 0);
}

TEST_CASE("endless or binary input is refused at once: /dev/zero, a record of megabytes") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "v.sqlite");
    SUBCASE("/dev/zero") {
        std::ifstream zero("/dev/zero", std::ios::binary);
        const auto summary = app::importReports(*store, test::testActor(), zero, {});
        CHECK_FALSE(summary.written);
        REQUIRE(summary.problems.size() == 1);
        CHECK(summary.problems[0].message.find("NUL") != std::string::npos);
    }
    SUBCASE("a quote never closed over megabytes") {
        std::string file = "date_reception;description;categories\n01/02/2025;\"Délai";
        file += std::string(3u << 20, 'x');
        file += "\n02/02/2025;Autre;delai\n";
        const auto summary = app::importReports(*store, test::testActor(), file, {});
        CHECK_FALSE(summary.written);
        REQUIRE_FALSE(summary.problems.empty());
        CHECK(summary.problems[0].line == 2);
        CHECK(summary.problems[0].message.find("1 MB") != std::string::npos);
    }
    ReportFilter all;
    CHECK(store->reports().count(all) == 0);
}

TEST_CASE("a large import is read as it goes: rows written in one unit of work, new references after the file's") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "v.sqlite");
    std::string file = "reference;date_reception;description;categories\n";
    for (int i = 1; i <= 3000; ++i) {
        // Every third line carries a reference, the others take the next free ones.
        file += fmt::format("{};0{}/03/2025;Délai de traitement {};delai\n",
                            i % 3 == 0 ? fmt::format("2025-{:03}", 5000 + i) : "", 1 + i % 9, i);
    }
    std::istringstream in(file);
    const auto summary = app::importReports(*store, test::testActor(), in, {});
    REQUIRE(summary.written);
    CHECK(summary.created == 3000);
    ReportFilter all;
    CHECK(store->reports().count(all) == 3000);
    // The 2,000 without a reference come after the highest of the file (2025-8000).
    CHECK(store->reports().lastSequence(2025) == 8000 + 2000);
    CHECK(store->reports().findByReference(ReportReference{2025, 8001}));
}

TEST_CASE("two imports of the same references at once: one writes them, the other is told in words") {
    test::TempDir dir;
    const auto file = dir / "v.sqlite";
    storage::openSqliteStore(file);
    std::string csv = "reference;date_reception;description;categories\n";
    for (int i = 1; i <= 300; ++i) {
        csv += fmt::format("2025-{:03};03/03/2025;Délai de traitement {};delai\n", i, i);
    }
    std::array<app::ImportSummary, 2> summaries;
    std::array<std::string, 2> failures;
    std::vector<std::thread> imports;
    for (std::size_t i = 0; i < 2; ++i) {
        imports.emplace_back([&, i] {
            try {
                auto store = storage::openSqliteStore(file);
                summaries[i] = app::importReports(*store, test::testActor(), csv, {});
            } catch (const StorageError& e) {
                failures[i] = e.what();
            }
        });
    }
    for (auto& t : imports) {
        t.join();
    }
    const int written = (summaries[0].written ? 1 : 0) + (summaries[1].written ? 1 : 0);
    CHECK(written == 1);
    for (std::size_t i = 0; i < 2; ++i) {
        if (summaries[i].written) {
            continue;
        }
        // Either it waited and found the references taken, or it was told the base is busy.
        const std::string said =
            failures[i].empty() ? (summaries[i].problems.empty() ? "" : summaries[i].problems[0].message)
                                : failures[i];
        CHECK_FALSE(said.empty());
        CHECK(said.find("constraint") == std::string::npos);
        CHECK(said.find("locked") == std::string::npos);
    }
    auto store = storage::openSqliteStore(file);
    ReportFilter all;
    CHECK(store->reports().count(all) == 300);
}
