// Benchmark of the solicitation figures: 12,000 solicitations over three years to a dozen
// bodies, alone, jointly or to the whole partnership (target: the institution figures
// in under 50 ms, as the window's institution view and `stats --json` compute them).
//   build/tests/bench/vigie_bench_solicitations
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>

#include "app/statistics_service.h"
#include "bench.h"
#include "storage/store.h"

using namespace vigie;
namespace fs = std::filesystem;

int main() {
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-solicitations";
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto store = storage::openSqliteStore(dir / "db.sqlite");
    const std::vector<std::string> bodies = {"CAF",  "CPAM", "CARSAT", "MDPH", "CD",  "MSA",
                                             "FT",   "ML",   "UDAF",   "DDETS", "PIO"};
    const std::vector<std::string> subjects = {
        "Délais de traitement des dossiers", "Prise de rendez-vous par Internet",
        "Pièces justificatives demandées en double", "Législations contradictoires"};
    std::mt19937 rnd(42);
    auto below = [&](int n) { return static_cast<int>(rnd() % static_cast<unsigned>(n)); };
    constexpr int kCount = 12000;
    {
        auto tx = store->begin();
        for (int i = 0; i < kCount; ++i) {
            Solicitation s;
            s.sentOn = Date(2023, 1, 1).addDays(below(3 * 365));
            const int n = below(10) < 7 ? 1 : 2 + below(2);
            if (below(20) == 0) {
                s.addressees = {"PIO"};
            }
            while (s.addressees.empty() || static_cast<int>(s.addressees.size()) < n) {
                const auto& b = bodies[static_cast<std::size_t>(below(10))];
                if (std::find(s.addressees.begin(), s.addressees.end(), b) == s.addressees.end()) {
                    s.addressees.push_back(b);
                }
                if (s.addressees == std::vector<std::string>{"PIO"}) {
                    break;
                }
            }
            s.subject = subjects[static_cast<std::size_t>(below(4))];
            s.expectedBy = s.sentOn.addDays(30);
            if (below(4) != 0) {
                s.answeredOn = s.sentOn.addDays(3 + below(80));
                s.answer = "Réponse";
                s.answeredBy = s.addressees.front();
            }
            store->solicitations().insert(s);
        }
        tx->commit();
    }
    std::printf("Solicitations benchmark: %d solicitations over 2023-2025\n", kCount);
    const Period all{Date(2023, 1, 1), Date(2025, 12, 31)};
    bench::report("load all + figures by institution and addressee set", [&] {
        SolicitationFilter f;
        f.period = all;
        auto figures = computeSolicitationFigures(store->solicitations().list(f), all);
        if (figures.total != kCount) {
            std::printf("wrong total %lld\n", figures.total);
        }
    }, 7, 50);
    bench::report("one year (the window's year filter)", [&] {
        SolicitationFilter f;
        f.period = Period::year(2024);
        computeSolicitationFigures(store->solicitations().list(f), *f.period);
    }, 7, 50);
    bench::report("figures only, already loaded (domain)", [&, loaded = store->solicitations().list({})] {
        computeSolicitationFigures(loaded, all);
    }, 7);
    bench::report("overdue count (status bar)", [&] {
        store->solicitations().overdueCount(Date(2026, 1, 1));
    }, 7, 50);
    bench::report("yearly statistics with solicitations (stats --json)", [&] {
        app::statisticsJson(app::yearStatistics(*store, 2024));
    }, 7);
    if (!std::getenv("VIGIE_BENCH_KEEP")) {
        fs::remove_all(dir);
    }
}
