// A département's figures (FORMATS.md, `stats --all-sites`): every site of a shared
// database counted together, and a row per site.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "reports/annual.h"

#include "statistics_service.h"

namespace vigie::app {

struct SiteFigures {
    std::string site; // code
    std::string name;
    PeriodFigures figures; // as `stats --site CODE` counts them
};

struct AllSitesStatistics {
    Statistics together;
    std::vector<SiteFigures> bySite; // every site the login may read, by code
};

// Every site's counted data together; for a whole year that no site counted, the figures
// typed in by the sites, added up. Refused (SiteRefused, in French) on a database
// file, which is one CCAS. The sites are read one after the other in one snapshot, and the
// store works on its own site again afterwards.
AllSitesStatistics allSitesStatistics(storage::Store& store, const Period& period);

// `stats --all-sites --json`: `stats --json` with `by_site:[{site, name, reports, meetings,
// categories}]`.
std::string allSitesJson(const AllSitesStatistics& stats);

// The window's « Département » view and its documents: the statistics document of every
// site together (no introduction, no annex, no click-through: those are a site's), with a
// table of each site's own reports, meetings and categories after the key figures.
reports::AnnualReportData allSitesDocument(storage::Store& store, const Period& period);
int writeAllSitesReport(storage::Store& store, const Period& period,
                        const std::filesystem::path& file);
void writeAllSitesWorkbook(storage::Store& store, const Period& period,
                           const std::filesystem::path& file);

} // namespace vigie::app
