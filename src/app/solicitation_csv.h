// Solicitations in and out of CSV files (FORMATS.md, table "solicitations").
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "actor.h"
#include "csv_table.h"
#include "report_csv.h"
#include "store_ref.h"

namespace vigie::app {

const std::vector<ColumnSpec>& solicitationColumns();

// All or nothing; the key of a solicitation is Vigie's id (kept when given, so that an
// export imported into an empty database exports the same bytes).
ImportSummary importSolicitations(storage::Store& store, const Actor& actor,
                                  std::string_view bytes, const ImportOptions& options);
ImportSummary importSolicitations(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options);

// Withdrawn reports are left out of `fiches` unless `withWithdrawn` (export --all), as
// they are left out of the reports file: the two default exports import together.
std::string exportSolicitations(storage::Store& store, const std::optional<Period>& period,
                                bool withWithdrawn = false);

} // namespace vigie::app
