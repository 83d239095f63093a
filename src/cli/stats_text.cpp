#include "stats_text.h"

#include <fmt/format.h>

#include "domain/i18n.h"
#include "domain/text.h"

namespace vigie::cli {

namespace {

// Pads by characters, not bytes: labels are UTF-8.
std::string padRight(const std::string& s, std::size_t width) {
    const std::size_t n = text::length(s);
    return n >= width ? s : s + std::string(width - n, ' ');
}

std::string padLeft(const std::string& s, std::size_t width) {
    const std::size_t n = text::length(s);
    return n >= width ? s : std::string(width - n, ' ') + s;
}

std::string shareText(const Share& s) {
    return fmt::format("{} ({})", frenchNumber(s.count), frenchPercent(s.percent));
}

constexpr std::size_t kLabel = 34;
constexpr std::size_t kColumn = 18;

} // namespace

std::string statisticsText(const app::Statistics& stats) {
    const PeriodFigures& now = stats.current;
    const PeriodFigures* before = stats.previous ? &*stats.previous : nullptr;
    std::string out;
    auto line = [&](const std::string& label, const std::string& previous,
                    const std::string& current) {
        out +=
            padRight(label, kLabel) + padLeft(previous, kColumn) + padLeft(current, kColumn) + "\n";
    };
    const std::string dash = "\u2014";

    out += fmt::format(fmt::runtime(tr("Watch group figures for {} (beside {})")), stats.year(),
                       stats.year() - 1) +
           "\n\n";
    line("", std::to_string(stats.year() - 1), std::to_string(stats.year()));
    line(tr("Meetings held"), before ? frenchNumber(before->meetings) : dash,
         frenchNumber(now.meetings));
    line(tr("Reports received"), before ? frenchNumber(before->reports) : dash,
         frenchNumber(now.reports));

    out += "\n" + std::string(tr("Categories (a report may fall into several)")) + "\n";
    for (auto c : kAllCategories) {
        line(label(c), before ? shareText(before->categories.at(c)) : dash,
             shareText(now.categories.at(c)));
    }

    out += "\n" + std::string(tr("Rights concerned, by family")) + "\n";
    for (std::size_t i = 0; i < now.rightFamilies.size(); ++i) {
        const auto& [family, share] = now.rightFamilies[i];
        std::string previous = dash;
        if (before && i < before->rightFamilies.size()) {
            previous = shareText(before->rightFamilies[i].second);
        }
        line(family.label, previous, shareText(share));
    }
    out += "\n" + std::string(tr("Solicitations of the inter-organisation partnership")) + "\n";
    line(tr("Solicitations sent"), before ? frenchNumber(before->solicitations.total) : dash,
         frenchNumber(now.solicitations.total));
    line(tr("Answered"), before ? frenchNumber(before->solicitations.answered) : dash,
         frenchNumber(now.solicitations.answered));
    if (!now.solicitations.byAddressees.empty()) {
        out += "\n" + std::string(tr("Addressees")) + "\n";
        for (const auto& row : now.solicitations.byAddressees) {
            const std::string label =
                row.label == "PIO" ? std::string(tr("The whole partnership")) : row.label;
            out += padRight(label, kLabel) +
                   padLeft(fmt::format(fmt::runtime(tr("{} sent, {} answered")), row.count,
                                       row.answered),
                           2 * kColumn) +
                   "\n";
        }
    }
    return out;
}

} // namespace vigie::cli
