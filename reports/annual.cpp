// The annual report: a cover, the summary, the tables with their charts, then the
// reports of the period as an annex.
#include "annual.h"

#include <algorithm>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/percent.h"

namespace vigie::reports {

namespace {

std::vector<pdf::Column> columnsOf(const StatTable& t) {
    std::vector<pdf::Column> out;
    const std::size_t n = t.columns.size();
    for (std::size_t i = 0; i < n; ++i) {
        float width = i < t.widths.size() ? t.widths[i]
                      : i == 0            ? 0.40f
                                          : 0.60f / static_cast<float>(std::max<std::size_t>(1, n - 1));
        bool numeric = i > 0;
        for (const auto& row : t.rows) {
            if (i > 0 && i - 1 < row.values.size() &&
                row.values[i - 1].kind == StatValue::Kind::Text) {
                numeric = false;
            }
        }
        out.push_back({t.columns[i], width, numeric ? pdf::Align::Right : pdf::Align::Left});
    }
    return out;
}

std::vector<std::vector<std::string>> cellsOf(const StatTable& t) {
    std::vector<std::vector<std::string>> rows;
    for (const auto& r : t.rows) {
        std::vector<std::string> cells = {r.label};
        for (const auto& v : r.values) {
            cells.push_back(v.text);
        }
        cells.resize(t.columns.size());
        rows.push_back(std::move(cells));
    }
    return rows;
}

} // namespace

int writeAnnualReport(const AnnualReportData& data, const std::filesystem::path& file) {
    pdf::Document doc({data.title, data.heading.letterhead.organisation, data.subtitle,
                       data.heading.generatedOn, data.heading.letterhead});
    doc.cover(data.title, data.subtitle, tr("Access-to-rights watch group"));

    if (!data.introduction.empty()) {
        doc.heading(tr("Introduction"));
        for (const auto& p : data.introduction) {
            doc.paragraph(p);
            doc.space(2.0f);
        }
    }
    doc.heading(tr("Summary"));
    for (const auto& p : data.summary) {
        doc.paragraph(p);
        doc.space(2.0f);
    }
    // Where the figures come from, before them (at the end it could stand alone on a page
    // before the annex).
    if (!data.notes.empty()) {
        doc.heading(tr("About these figures"));
        doc.bullets(data.notes, 9.0f);
    }
    for (const auto& table : data.tables) {
        if (std::find(data.pageBefore.begin(), data.pageBefore.end(), table.id) !=
            data.pageBefore.end()) {
            doc.pageBreak();
        }
        doc.heading(table.title);
        if (table.rows.empty()) {
            doc.italic(tr("Nothing to count over this period."));
        } else {
            doc.table(columnsOf(table), cellsOf(table), 9.0f);
        }
        if (!table.note.empty()) {
            doc.italic(table.note);
        }
        for (std::size_t c = 0; c < data.charts.size() && c < data.chartAfter.size(); ++c) {
            if (data.chartAfter[c] == table.id) {
                const auto& chart = data.charts[c];
                doc.space(6.0f);
                doc.barChart(chart.caption, chart.current, chart.previous, chart.legendPrevious,
                             chart.legendCurrent);
            }
        }
    }
    if (data.withAnnex) {
        doc.pageBreak();
        const auto n = data.annex.size();
        doc.heading(n == 0 ? tr("Annex: no report in the period")
                           : fmt::format(fmt::runtime(trn("Annex: the report of the period",
                                                          "Annex: the {} reports of the period",
                                                          static_cast<unsigned long>(n))),
                                         frenchNumber(static_cast<long long>(n))));
        std::vector<std::vector<std::string>> rows;
        rows.reserve(data.annex.size());
        for (const auto& r : data.annex) {
            rows.push_back({r.reference, r.receivedOn, r.categories, r.rights, r.status});
        }
        doc.table({{tr("Report"), 0.11f},
                   {tr("Received on"), 0.12f},
                   {tr("Categories"), 0.25f},
                   {tr("Rights"), 0.34f},
                   {tr("Status"), 0.18f}},
                  rows, 8.0f);
    }
    doc.save(file);
    return doc.pageCount();
}

} // namespace vigie::reports
