// Benchmark of the privacy guard: 100,000 descriptions of 500 characters (target: < 1 s).
// The descriptions are demo situations padded with realistic notes; one in twenty holds
// personal data, as a hurried note would.
#include <cstdio>
#include <string>
#include <vector>

#include "app/demo.h"
#include "bench.h"
#include "domain/privacy.h"
#include "domain/text.h"

using namespace vigie;

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    app::DemoOptions demo;
    demo.reports = 2000;
    demo.seed = 7;
    const auto reports = app::generateDemoReports(demo);
    const std::vector<std::string> notes = {
        " Rendez-vous pris le 12/03/2025 à 14h30 avec le service instructeur.",
        " Montant de l'indu réclamé : 1 234,56 €, échéancier refusé.",
        " Dossier n° 2025-0456 transmis au titre de l'article L. 262-2 du CASF.",
        " Appel au 3230 sans réponse, puis au 0 800 12 34 56.",
        " Tél 06 12 34 56 78, mail prenom.nom@exemple.fr.",
        " Née le 3 avril 1975, domiciliée 12 bis rue des Lilas.",
    };
    std::vector<std::string> texts;
    texts.reserve(static_cast<std::size_t>(count));
    std::size_t bytes = 0;
    for (int i = 0; i < count; ++i) {
        std::string t = reports[static_cast<std::size_t>(i) % reports.size()].description;
        int k = i;
        while (text::length(t) < 500) {
            const std::size_t pick = (i % 20 == 0) ? 4 + static_cast<std::size_t>(k % 2)
                                                   : static_cast<std::size_t>(k % 4);
            t += notes[pick];
            ++k;
        }
        // Cut at 500 characters, on a character boundary.
        std::size_t pos = 0, chars = 0;
        while (pos < t.size() && chars < 500) {
            text::decodeUtf8(t, pos);
            ++chars;
        }
        t.resize(pos);
        bytes += t.size();
        texts.push_back(std::move(t));
    }
    std::printf("Privacy guard benchmark: %d descriptions, %.1f MB\n", count, bytes / 1e6);
    std::size_t findings = 0;
    bench::report(
        "scan of every description",
        [&] {
            findings = 0;
            for (const auto& t : texts) {
                findings += findPersonalData(t).size();
            }
        },
        5, 1000);
    std::printf("%-58s %10zu\n", "findings", findings);
    return 0;
}
