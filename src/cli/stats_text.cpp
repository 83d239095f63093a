#include "stats_text.h"

#include <algorithm>
#include <vector>

#include <fmt/format.h>

#include "platform/i18n.h"
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

// One figure: a count, and its share in parentheses when it has one. Counts and shares
// are aligned separately, so that "(100,00 %)" beside "(9,09 %)" moves neither the digits
// nor the next column.
struct Cell {
    std::string count;
    std::string share; // "(59,09 %)", or empty
};

Cell shareCell(const Share& s) {
    return {frenchNumber(s.count), "(" + frenchPercent(s.percent) + ")"};
}

struct Row {
    enum Kind { Blank, Heading, Years, Figures, Free } kind = Blank;
    std::string label;
    Cell previous, current; // Figures
    std::string text;       // Free: one text across both columns
};

constexpr std::size_t kMinLabel = 34;
constexpr std::size_t kGap = 4;

class Table {
public:
    void blank() { rows_.push_back({}); }
    void heading(std::string label) {
        rows_.push_back({Row::Heading, std::move(label), {}, {}, {}});
    }
    // The years (or "N-1" and "N" for another period) above the columns, right-aligned.
    void years(std::string previous, std::string current) {
        rows_.push_back({Row::Years, {}, {std::move(previous), {}}, {std::move(current), {}}, {}});
    }
    void figures(std::string label, Cell previous, Cell current) {
        rows_.push_back(
            {Row::Figures, std::move(label), std::move(previous), std::move(current), {}});
    }
    void free(std::string label, std::string text) {
        rows_.push_back({Row::Free, std::move(label), {}, {}, std::move(text)});
    }

    std::string render() const {
        std::size_t label = kMinLabel, count = 0, share = 0;
        for (const auto& r : rows_) {
            if (r.kind == Row::Figures || r.kind == Row::Free) {
                label = std::max(label, text::length(r.label) + 2);
            }
            if (r.kind == Row::Figures) {
                for (const Cell* c : {&r.previous, &r.current}) {
                    if (!c->share.empty()) {
                        count = std::max(count, text::length(c->count));
                        share = std::max(share, text::length(c->share));
                    }
                }
            }
        }
        std::size_t column = count + (share > 0 ? 1 + share : 0);
        for (const auto& r : rows_) {
            if (r.kind == Row::Figures || r.kind == Row::Years) {
                for (const Cell* c : {&r.previous, &r.current}) {
                    if (c->share.empty()) {
                        column = std::max(column, text::length(c->count));
                    }
                }
            }
        }
        // A figure without a share (meetings, a dash) is right-aligned on the whole column,
        // like the years above it.
        auto cell = [&](const Cell& c) {
            return padLeft(
                c.share.empty() ? c.count : padLeft(c.count, count) + " " + padLeft(c.share, share),
                column);
        };
        std::string out;
        for (const auto& r : rows_) {
            std::string line;
            switch (r.kind) {
            case Row::Blank:
                break;
            case Row::Heading:
                line = r.label;
                break;
            case Row::Years:
                line = std::string(label, ' ') + padLeft(r.previous.count, kGap + column) +
                       padLeft(r.current.count, kGap + column);
                break;
            case Row::Figures:
                line = padRight(r.label, label) + std::string(kGap, ' ') + cell(r.previous) +
                       std::string(kGap, ' ') + cell(r.current);
                break;
            case Row::Free:
                line = padRight(r.label, label) + padLeft(r.text, 2 * (kGap + column));
                break;
            }
            line.erase(line.find_last_not_of(' ') + 1); // a heading-only or blank row
            out += line + "\n";
        }
        return out;
    }

private:
    std::vector<Row> rows_;
};

} // namespace

namespace {

std::string figuresTable(const app::Statistics& stats) {
    const PeriodFigures& now = stats.current;
    const PeriodFigures* before = stats.previous ? &*stats.previous : nullptr;
    const Cell dash{"\u2014", ""};
    auto number = [](long long n) { return Cell{frenchNumber(n), ""}; };
    Table table;

    if (stats.calendarYear()) {
        table.years(std::to_string(stats.year() - 1), std::to_string(stats.year()));
    } else {
        table.years(tr("Year before"), tr("Period"));
    }
    table.figures(tr("Meetings held"), before ? number(before->meetings) : dash,
                  number(now.meetings));
    table.figures(tr("Reports received"), before ? number(before->reports) : dash,
                  number(now.reports));

    table.blank();
    table.heading(tr("Categories (a report may fall into several)"));
    for (auto c : kAllCategories) {
        table.figures(label(c), before ? shareCell(before->categories.at(c)) : dash,
                      shareCell(now.categories.at(c)));
    }

    table.blank();
    table.heading(tr("Rights concerned, by family"));
    for (std::size_t i = 0; i < now.rightFamilies.size(); ++i) {
        const auto& [family, share] = now.rightFamilies[i];
        Cell previous = dash;
        if (before && i < before->rightFamilies.size()) {
            previous = shareCell(before->rightFamilies[i].second);
        }
        table.figures(family.label, previous, shareCell(share));
    }
    table.blank();
    table.heading(tr("Solicitations of the inter-organisation partnership"));
    table.figures(tr("Solicitations sent"), before ? number(before->solicitations.total) : dash,
                  number(now.solicitations.total));
    table.figures(tr("Answered"), before ? number(before->solicitations.answered) : dash,
                  number(now.solicitations.answered));
    if (!now.solicitations.byAddressees.empty()) {
        table.blank();
        table.heading(tr("Addressees"));
        for (const auto& row : now.solicitations.byAddressees) {
            const std::string label =
                row.label == "PIO" ? wholePartnershipName() : row.label;
            const auto sent = static_cast<unsigned long>(row.count);
            const auto answered = static_cast<unsigned long>(row.answered);
            // Each count takes its own plural form (French: 0 and 1 are singular).
            table.free(label,
                       fmt::format(fmt::runtime(trn("{} sent", "{} sent", sent)),
                                   frenchNumber(row.count)) +
                           ", " +
                           fmt::format(fmt::runtime(trn("{} answered", "{} answered", answered)),
                                       frenchNumber(row.answered)));
        }
    }
    return table.render();
}

// The sites' own counts, a row each, aligned under their headings.
std::string sitesTable(const std::vector<app::SiteFigures>& sites) {
    const std::string reports = tr("Reports"), meetings = tr("Meetings");
    std::size_t code = 0;
    for (const auto& site : sites) {
        code = std::max(code, text::length(site.site));
    }
    std::size_t label = kMinLabel;
    for (const auto& site : sites) {
        label = std::max(label, code + 2 + text::length(site.name) + 2);
    }
    const std::size_t column = std::max(text::length(reports), text::length(meetings)) + kGap;
    std::string out = padRight(tr("By site"), label) + padLeft(reports, column) +
                      padLeft(meetings, column) + "\n";
    for (const auto& site : sites) {
        const auto& f = site.figures;
        std::string counts = padLeft(frenchNumber(f.reports), column) +
                             padLeft(frenchNumber(f.meetings), column);
        if (f.entered) {
            counts += std::string("  ") + tr("(typed in)");
        }
        out += padRight(padRight(site.site, code) + "  " + site.name, label) + counts + "\n";
    }
    return out;
}

} // namespace

namespace {

// "for 2025 (beside 2024)", or "from 01/04/2025 to 30/06/2025 (beside the same days of
// the year before)".
std::string periodTitle(const app::Statistics& stats, const char* yearTitle,
                        const char* periodTitle) {
    if (stats.calendarYear()) {
        return fmt::format(fmt::runtime(tr(yearTitle)), stats.year(), stats.year() - 1);
    }
    return fmt::format(fmt::runtime(tr(periodTitle)), stats.period.first.french(),
                       stats.period.last.french());
}

} // namespace

std::string statisticsText(const app::Statistics& stats) {
    return periodTitle(stats, tr_noop("Watch group figures for {} (beside {})"),
                       tr_noop("Watch group figures from {} to {} (beside the same days a "
                               "year earlier)")) +
           "\n\n" + figuresTable(stats);
}

std::string allSitesText(const app::AllSitesStatistics& stats) {
    return periodTitle(stats.together, tr_noop("Figures of every site together for {} (beside {})"),
                       tr_noop("Figures of every site together from {} to {} (beside the "
                               "same days a year earlier)")) +
           "\n\n" + figuresTable(stats.together) + "\n" + sitesTable(stats.bySite);
}

} // namespace vigie::cli
