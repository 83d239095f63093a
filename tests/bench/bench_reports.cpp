// Benchmark of the foundation at the scale of a département over ten years:
// 100,000 demo reports generated, exported, imported into an empty database, counted.
// usage: vigie_bench_reports [REPORTS]   (not a test: it prints figures for the notes)
#include <cstdlib>
#include <filesystem>

#include "app/demo.h"
#include "app/report_csv.h"
#include "app/statistics_service.h"
#include "bench.h"
#include "platform/system.h"
#include "storage/store.h"

using namespace vigie;
namespace fs = std::filesystem;

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-reports";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const app::Actor actor = app::Actor::current();
    app::DemoOptions demo;
    demo.reports = count;
    demo.seed = 42;

    std::printf("Vigie foundation benchmark, %d reports\n", count);
    std::string csv;
    {
        auto source = storage::openSqliteStore(dir / "source.sqlite");
        bench::report(
            "demo generation into an empty database",
            [&] { app::fillWithDemoData(*source, actor, demo); }, 1);
        ReportFilter all;
        all.includeWithdrawn = true;
        bench::report(
            "export of every report to CSV (in memory)",
            [&] { csv = app::exportReports(*source, all); }, 3);
    }
    std::printf("%-58s %10.1f MB\n", "CSV size", static_cast<double>(csv.size()) / 1e6);

    double importMs = 0;
    int round = 0;
    importMs = bench::report(
        "import of the CSV into an empty database (check + write)",
        [&] {
            auto target =
                storage::openSqliteStore(dir / ("target" + std::to_string(round++) + ".sqlite"));
            auto summary = app::importReports(*target, actor, csv, {});
            if (!summary.written) {
                std::fprintf(stderr, "import failed\n");
                std::exit(1);
            }
        },
        3);
    std::printf("%-58s %10.0f reports/s\n", "import speed", count / (importMs / 1000.0));

    auto store = storage::openSqliteStore(dir / "target0.sqlite");
    const auto years = store->reports().years();
    const int latest = years.empty() ? 2026 : years.back();
    bench::report(
        "stats of the latest year, beside the year before (in process)",
        [&] { app::statisticsJson(app::yearStatistics(*store, latest)); }, 7);
    bench::report(
        "opening the 100,000-report database",
        [&] { storage::openSqliteStore(dir / "target0.sqlite"); }, 7);
    ReportFilter search;
    search.search = "precarite energie";
    bench::report(
        "full-text search, accents ignored (count)", [&] { store->reports().count(search); }, 7);
    store.reset();
    fs::remove_all(dir);
    return 0;
}
