// The group's evaluation in the documents (issue 18): how often each partner body came to
// the meetings held in the period, beside its rate a year earlier.
#pragma once

#include <optional>
#include <string>

#include "domain/statistics.h"
#include "reports/annual.h"
#include "store_ref.h"

namespace vigie::app {

// « Participation des partenaires » (id "attendance"); `beforeLabel` names the earlier
// period when it had meetings.
reports::StatTable attendanceTable(storage::Store& store, const PeriodFigures& now,
                                   const PeriodFigures* before, const std::string& nowLabel,
                                   const std::string& beforeLabel);

} // namespace vigie::app
