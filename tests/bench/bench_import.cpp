// Import of a million reports (issue "One house", point 9): time and peak memory of
// `importReports` reading the file as it goes, against the sqlite3 shell's own .import of
// the same file into a bare table (the raw work: reading the CSV and storing the rows,
// without checks, search index, links nor history).
// usage: vigie_bench_import [LINES]   (default 1,000,000)
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <fmt/format.h>

#include "app/actor.h"
#include "app/report_csv.h"
#include "app/workspace.h"
#include "bench.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

void writeFile(const fs::path& file, long lines) {
    std::ofstream out(file, std::ios::binary);
    out << "date_reception;source;description;categories;droits;institutions\n";
    const char* categories[] = {"non_acces", "delai", "precarite"};
    const char* rights[] = {"RSA", "APL", "CSS", "AAH"};
    const char* institutions[] = {"CAF", "CPAM", "CD", "MDPH"};
    for (long i = 0; i < lines; ++i) {
        out << fmt::format("{:02}/{:02}/{};Equipe de rue;Délai de traitement anormalement long "
                           "du dossier numéro {} à la caisse, relances sans réponse;{};{};{}\n",
                           i % 28 + 1, i % 12 + 1, 2015 + i % 10, i, categories[i % 3],
                           rights[i % 4], institutions[(i / 4) % 4]);
    }
}

long peakMemoryMb() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024; // kilobytes on Linux
}

} // namespace

int main(int argc, char** argv) {
    const long lines = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-import";
    fs::remove_all(dir);
    fs::create_directories(dir);
    const fs::path csv = dir / "reports.csv";
    writeFile(csv, lines);
    std::printf("%ld lines, %.0f MB of CSV\n", lines,
                static_cast<double>(fs::file_size(csv)) / (1 << 20));

    const fs::path db = dir / "vigie.sqlite";
    app::ImportSummary summary;
    {
        auto workspace = app::Workspace::open(db, {}, app::Actor::current());
        const long before = peakMemoryMb();
        const double ms = bench::seconds([&] {
                              std::ifstream in(csv, std::ios::binary);
                              app::ImportOptions options;
                              options.acceptPersonalData = true;
                              summary = app::importReports(workspace->store(), workspace->actor(),
                                                           in, options);
                          }) *
                          1000;
        std::printf("%-58s %10.0f ms   target < 20000 ms %s\n", "import reports (streamed)", ms,
                    ms < 20000 ? "OK" : "MISSED");
        std::printf("%-58s %10ld MB   target < 200 MB %s (%ld MB before)\n",
                    "  peak memory of the process", peakMemoryMb(),
                    peakMemoryMb() < 200 ? "OK" : "MISSED", before);
        std::printf("  %d created, %lld errors, written: %s\n", summary.created, summary.errors,
                    summary.written ? "yes" : "no");
        // The raw work: the shell's .import into a table of the same columns.
        const std::string shell = fmt::format(
            "sqlite3 '{}' \"CREATE TABLE raw(date_reception, source, description, categories, "
            "droits, institutions)\" \".timer on\" \".mode csv\" \".separator ;\" \".import "
            "--skip 1 '{}' raw\" 2>&1",
            (dir / "raw.sqlite").string(), csv.string());
        const double shellMs = bench::seconds([&] { std::system(shell.c_str()); }) * 1000;
        // No target: the shell does a small part of the work; the ratio tells machines apart.
        std::printf("  %-56s %10.0f ms   ratio %.1f x\n",
                    "sqlite3 shell, .import into a bare table", shellMs, ms / shellMs);
    }
    fs::remove_all(dir);
    return summary.written ? 0 : 1;
}
