// The figures of a year beside those of the year before, as `stats` and the annual
// report show them.
#pragma once

#include <optional>
#include <string>

#include "domain/statistics.h"
#include "storage/store.h"

namespace vigie::app {

struct YearStatistics {
    int year = 0;
    PeriodFigures current;
    std::optional<PeriodFigures> previous; // none when that year has no data at all
};

YearStatistics yearStatistics(storage::Store& store, int year);

// `stats --json` (FORMATS.md): one object, `previous` the same object or null.
std::string statisticsJson(const YearStatistics& stats);

} // namespace vigie::app
