// The observatory's tables in the documents: the recurring problems of a period beside the
// same period a year earlier (the annual report's « Problèmes récurrents »).
#pragma once

#include "reports/annual.h"
#include "statistics_service.h"
#include "store_ref.h"

namespace vigie::app {

// One line per recurring problem, labelled by the names of the body and the right.
reports::StatTable recurringTable(storage::Store& store, const Statistics& stats);

} // namespace vigie::app
