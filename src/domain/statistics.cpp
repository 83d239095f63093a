// A report counts once per category and once per right family it concerns, so the
// shares of a period add up to more than 100 % (DOMAIN.md).
#include "statistics.h"

#include <algorithm>
#include <set>

namespace vigie {

PeriodFigures computeFigures(const Period& period, const std::vector<ReportFacts>& facts,
                             const std::vector<RightFamily>& families, long long meetingsHeld) {
    PeriodFigures figures;
    figures.period = period;
    figures.meetings = meetingsHeld;

    std::map<Category, long long> perCategory;
    std::map<std::string, long long> perFamily;
    for (const auto& f : facts) {
        if (f.status == ReportStatus::Withdrawn || !period.contains(f.receivedOn)) {
            continue;
        }
        ++figures.reports;
        for (auto c : f.categories.list()) {
            ++perCategory[c];
        }
        std::set<std::string> distinct(f.rightFamilies.begin(), f.rightFamilies.end());
        for (const auto& family : distinct) {
            ++perFamily[family];
        }
    }

    for (auto c : kAllCategories) {
        const long long n = perCategory[c];
        figures.categories[c] = Share{n, Percent::of(n, figures.reports)};
    }
    std::vector<RightFamily> ordered = families;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    for (const auto& family : ordered) {
        const long long n = perFamily[family.code];
        figures.rightFamilies.emplace_back(family, Share{n, Percent::of(n, figures.reports)});
    }
    return figures;
}

} // namespace vigie
