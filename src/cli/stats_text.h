// The figures of a year as a plain-text table in French, for the terminal.
#pragma once

#include <string>

#include "app/statistics_service.h"

namespace vigie::cli {

std::string statisticsText(const app::Statistics& stats);

} // namespace vigie::cli
