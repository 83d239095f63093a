// The statistics of a period turned into the tables, charts and sentences that the
// Statistics section, the annual report (PDF), the workbook and the CSV all show.
#pragma once

#include <filesystem>
#include <string>

#include "reports/annual.h"
#include "statistics_service.h"

namespace vigie::app {

// "2015", or "01/01/2015 – 31/03/2015" for any other period.
std::string periodLabel(const Period& p);

// Every table of the period; the annex (the reports of the period) only when asked.
reports::AnnualReportData statisticsDocument(storage::Store& store, const Statistics& stats,
                                             bool withAnnex);

// `report annual` and the window's "PDF" button. Returns the number of pages.
int writeAnnualReport(storage::Store& store, const Period& period,
                      const std::filesystem::path& file, bool withAnnex);
void writeStatisticsWorkbook(storage::Store& store, const Period& period,
                             const std::filesystem::path& file);

// The tables one after the other (title line, header, rows, blank line), ';'-separated
// with decimal commas: what French spreadsheets open as numbers.
std::string statisticsCsv(const reports::AnnualReportData& data);

// The reports behind a table line, as the window filters them: the line's `link` read
// back ("category:delay", "right:RSA", "month:2015-03", "all"...). Nothing for a line that
// is not a set of reports.
std::optional<storage::ReportFilter> filterOfLink(const std::string& link, const Period& period);

} // namespace vigie::app
