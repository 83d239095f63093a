// The partners' report of outreach for a period (a quarter, usually): the figures beside
// the period before (T-1) and the same period a year earlier (N-1), per scheme, district
// and partner, the themes, the difficulties raised and the notes. The same tables make
// the PDF, the workbook and the CSV, and the annual report's « Aller-vers » section.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "outreach_service.h"
#include "reports/annual.h"
#include "store_ref.h"

namespace vigie::app {

// `scheme` empty: every scheme.
reports::AnnualReportData outreachDocument(storage::Store& store, const Period& period,
                                           const std::string& scheme);
// Returns the number of pages.
int writeOutreachReport(storage::Store& store, const Period& period, const std::string& scheme,
                        const std::filesystem::path& file);
void writeOutreachWorkbook(storage::Store& store, const Period& period, const std::string& scheme,
                           const std::filesystem::path& file);

// The key figures and the breakdowns, for a report of any period (the annual report adds
// them when the year has sessions).
std::vector<reports::StatTable> outreachTables(storage::Store& store,
                                               const OutreachComparison& figures);

} // namespace vigie::app
