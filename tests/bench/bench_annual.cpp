// Benchmark of the annual figures: a year of 10,000 reports in a database of 100,000 (ten
// years of demo data), timed as whole processes like a user or a script runs them:
//   - vigie-cli stats --json             target < 150 ms, and within 1.5x the sqlite3 shell
//                                        running the same counts written by hand
//   - vigie-cli report annual --no-annex target < 500 ms
//   - vigie-cli report annual (annex)    target < 3 s
// usage: build/tests/bench/vigie_bench_annual [REPORTS]   (the database is kept in /tmp)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "app/demo.h"
#include "app/statistics_service.h"
#include "bench.h"
#include "storage/store.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

void line(const std::string& what, double ms, double target) {
    std::printf("%-58s %10.1f ms   target < %.0f ms %s\n", what.c_str(), ms, target,
                ms < target ? "OK" : "MISSED");
}

// The counts `stats --json` gives for one year, written by hand against Vigie's schema.
std::string countsSql(int year) {
    const std::string from = fmt::format("'{}-01-01'", year), to = fmt::format("'{}-12-31'", year);
    const std::string r = fmt::format(
        "(SELECT id, received_on, categories, status, non_take_up, source_id FROM reports WHERE "
        "received_on BETWEEN {} AND {} AND status <> 'annulee')",
        from, to);
    std::string sql;
    sql += fmt::format("SELECT count(*), sum((categories & 1) <> 0), sum((categories & 2) <> 0), "
                       "sum((categories & 4) <> 0) FROM {};\n", r);
    sql += fmt::format("SELECT x.family_code, count(DISTINCT l.report_id) FROM {} r JOIN report_rights "
                       "l ON l.report_id = r.id JOIN rights x ON x.id = l.right_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT x.code, count(DISTINCT l.report_id) FROM {} r JOIN report_rights l ON "
                       "l.report_id = r.id JOIN rights x ON x.id = l.right_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT x.code, count(DISTINCT l.report_id) FROM {} r JOIN "
                       "report_institutions l ON l.report_id = r.id JOIN institutions x ON x.id = "
                       "l.institution_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT g.name, count(*) FROM {} r LEFT JOIN source_groups g ON g.id = "
                       "r.source_id GROUP BY 1;\n", r);
    sql += fmt::format("SELECT non_take_up, count(*) FROM {} GROUP BY 1;\n", r);
    sql += fmt::format("SELECT status, count(*) FROM {} GROUP BY 1;\n", r);
    sql += fmt::format("SELECT substr(received_on, 1, 7), count(*) FROM {} GROUP BY 1;\n", r);
    sql += fmt::format("SELECT count(*) FROM meetings WHERE date BETWEEN {} AND {} AND "
                       "(state <> 'planned' OR date < date('now'));\n", from, to);
    sql += fmt::format("SELECT d.kind, count(*), count(DISTINCT d.report_id) FROM decisions d JOIN "
                       "meetings m ON m.id = d.meeting_id WHERE m.date BETWEEN {} AND {} GROUP BY 1;\n",
                       from, to);
    sql += fmt::format("SELECT count(*), count(answered_on) FROM solicitations WHERE sent_on "
                       "BETWEEN {} AND {};\n", from, to);
    sql += fmt::format("SELECT x.code, count(*), count(s.answered_on) FROM solicitations s JOIN "
                       "solicitation_addressees a ON a.solicitation_id = s.id JOIN institutions x "
                       "ON x.id = a.institution_id WHERE s.sent_on BETWEEN {} AND {} GROUP BY 1;\n",
                       from, to);
    return sql;
}

} // namespace

int main(int argc, char** argv) {
    const int reports = argc > 1 ? std::atoi(argv[1]) : 100000;
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-annual";
    const fs::path db = dir / fmt::format("ten-years-{}.sqlite", reports);
    fs::create_directories(dir);
    app::DemoOptions demo;
    demo.reports = reports;
    demo.years = 10;
    demo.today = Date(2025, 12, 31);
    if (!fs::exists(db)) {
        std::printf("Generating %d demo reports over ten years...\n", reports);
        auto store = storage::openSqliteStore(db);
        app::fillWithDemoData(*store, app::Actor::current(), demo);
    }
    const int year = 2024; // a full year with a year before it
    {
        auto store = storage::openSqliteStore(db);
        const auto stats = app::yearStatistics(*store, year);
        std::printf("Annual benchmark: %d reports in the database, %lld received in %d\n",
                    reports, stats.current.reports, year);
        bench::report("in-process: statistics of the year and the one before",
                      [&] { app::statisticsJson(app::yearStatistics(*store, year)); }, 7);
    }
    const std::string cli = VIGIE_CLI;
    const std::string quiet = " >/dev/null 2>&1";
    const std::string dbArg = " --db '" + db.string() + "'";
    // Warm the page cache first: the figures are those of a file in use, not of a cold disk.
    bench::wallMs(cli + dbArg + fmt::format(" stats --year {} --json", year) + quiet);

    const double stats = bench::medianOf(cli + dbArg + fmt::format(" stats --year {} --json", year) + quiet, 9);
    line("vigie-cli stats --json (whole process, median of 9)", stats, 150);
    {
        std::ofstream sql(dir / "counts.sql");
        sql << countsSql(year) << countsSql(year - 1);
    }
    const double shell = bench::medianOf("sqlite3 '" + db.string() + "' < '" + (dir / "counts.sql").string() +
                                      "'" + quiet,
                                  9);
    std::printf("%-58s %10.1f ms\n", "sqlite3 shell, the same counts by hand (median of 9)", shell);
    std::printf("%-58s %10.2f x   target <= 1.5 x %s\n", "ratio vigie-cli / sqlite3 shell",
                stats / shell, stats <= 1.5 * shell ? "OK" : "MISSED");
    const fs::path pdf = dir / "bilan.pdf";
    line("vigie-cli report annual --no-annex (median of 5)",
         bench::medianOf(cli + dbArg + fmt::format(" report annual --year {} --out '{}' --no-annex", year,
                                            pdf.string()) + quiet,
                  5),
         500);
    line("vigie-cli report annual, with its annex (median of 3)",
         bench::medianOf(cli + dbArg + fmt::format(" report annual --year {} --out '{}'", year, pdf.string()) +
                      quiet,
                  3),
         3000);
    std::printf("%-58s %10.0f KB\n", "annual report with annex, file size",
                static_cast<double>(fs::file_size(pdf)) / 1024.0);
}
