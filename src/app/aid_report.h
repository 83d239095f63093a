// « Coût du non-recours » in the documents: what the emergency aid the CCAS granted cost
// over a period, the part that made up for a right not received, by right, institution,
// type of non-take-up and kind, beside the same period a year earlier.
#pragma once

#include <vector>

#include "aid_service.h"
#include "reports/annual.h"
#include "store_ref.h"

namespace vigie::app {

// The key figures first (its id "non_take_up_cost"), then the breakdowns of this period.
std::vector<reports::StatTable> nonTakeUpCostTables(storage::Store& store,
                                                    const AidComparison& figures);

} // namespace vigie::app
