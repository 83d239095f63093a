// Outreach sessions in and out of CSV files (FORMATS.md, "Outreach sessions").
#pragma once

#include <istream>
#include <optional>
#include <string>
#include <string_view>

#include "actor.h"
#include "csv_table.h"
#include "report_csv.h"
#include "store_ref.h"

namespace vigie::app {

const std::vector<ColumnSpec>& sessionColumns();

// All or nothing; the key of a session is Vigie's id (kept when given). An unknown scheme
// or partner code is created, with a notice; an unknown theme (a right family) is an error.
ImportSummary importSessions(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options);
ImportSummary importSessions(storage::Store& store, const Actor& actor, std::string_view bytes,
                             const ImportOptions& options);

// By date then id; withdrawn reports left out of `fiches` unless `withWithdrawn`.
std::string exportSessions(storage::Store& store, const std::optional<Period>& period,
                           bool withWithdrawn = false);

} // namespace vigie::app
