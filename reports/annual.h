// The statistics of a period as tables of final values, and the documents made of them:
// the annual report (PDF) and the workbook (XLSX). The window shows the same tables, so
// the screen, the PDF and the spreadsheet cannot disagree.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "documents.h"

namespace vigie::reports {

struct StatValue {
    enum class Kind { Empty, Count, Percent, Change, Points, Days, Amount, Text };
    Kind kind = Kind::Empty;
    double number = 0; // the count, the percentage (59.09), the change, the days, euros
    std::string text;  // as printed: "22", "59,09 %", "+3,20 pts", "—"
};

struct StatRow {
    std::string label;
    std::vector<StatValue> values; // one per column after the label
    // The reports behind the line, for the window's click-through ("category:delay");
    // empty when the line is not a set of reports.
    std::string link;
};

struct StatTable {
    std::string id;    // "categories": the CSV's table name
    std::string title; // "Catégories de difficultés"
    std::string sheet; // the workbook's sheet name (31 characters at most)
    std::vector<std::string> columns; // the first names the label column
    std::vector<float> widths;        // shares of the page width, one per column
    std::vector<StatRow> rows;
    std::string note; // printed under the table
};

struct ChartData {
    std::string caption;
    std::vector<pdf::Bar> current, previous; // previous empty: one bar per label
    std::string legendPrevious, legendCurrent;
};

struct AnnualReportData {
    Heading heading;
    std::string title;    // "Bilan du groupe de veille 2015"
    std::string subtitle; // "Année 2015, comparée à 2014"
    std::vector<std::string> introduction; // the director's own words, printed first
    std::vector<std::string> summary; // paragraphs written from the figures
    std::vector<StatTable> tables;    // in reading order
    std::vector<ChartData> charts;    // drawn after the table whose id they name
    std::vector<std::string> chartAfter;
    std::vector<std::string> pageBefore; // ids of the tables that start a page of their own
    std::vector<std::string> notes; // about the sources of the figures
    bool withAnnex = true;
    std::vector<ReportLine> annex; // the reports of the period
};

// Returns the number of pages written.
int writeAnnualReport(const AnnualReportData& data, const std::filesystem::path& file);

// One sheet per table: numbers as numbers, percentages as percentages.
void writeWorkbook(const AnnualReportData& data, const std::filesystem::path& file);

} // namespace vigie::reports
