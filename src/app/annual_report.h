// The statistics of a period turned into the tables, charts and sentences that the
// Statistics section, the annual report (PDF), the workbook and the CSV all show.
#pragma once

#include <filesystem>
#include <string>

#include "privacy_guard.h"
#include "reports/annual.h"
#include "statistics_service.h"

namespace vigie::app {

// "2015", or "01/01/2015 – 31/03/2015" for any other period.
std::string periodLabel(const Period& p);

// The director's own words that open a year's report (printed first, saved with the
// year in the database); "" when none was written.
std::string annualIntroduction(storage::Store& store, int year);
// One unit of work, audited; an empty text removes it. The text is trimmed; paragraphs are
// separated by blank lines.
void saveAnnualIntroduction(storage::Store& store, const Actor& actor, int year,
                            const std::string& text,
                            PersonalData personalData = PersonalData::NotAccepted);

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
std::optional<ReportFilter> filterOfLink(const std::string& link, const Period& period);

} // namespace vigie::app
