// The figures of a year as a plain-text table in French, for the terminal.
#pragma once

#include <string>

#include "app/site_statistics.h"
#include "app/statistics_service.h"

namespace vigie::cli {

std::string statisticsText(const app::Statistics& stats);
// `stats --all-sites`: every site together, then a row per site.
std::string allSitesText(const app::AllSitesStatistics& stats);

} // namespace vigie::cli
