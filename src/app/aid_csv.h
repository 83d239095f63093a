// Emergency aid in and out of CSV files (FORMATS.md, "Emergency aid").
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

const std::vector<ColumnSpec>& aidColumns();

// All or nothing; the key of an aid is Vigie's id (kept when given). Amounts in every
// form French spreadsheets write; an unknown right or institution code is created, with a
// notice.
ImportSummary importAids(storage::Store& store, const Actor& actor, std::istream& in,
                         const ImportOptions& options);
ImportSummary importAids(storage::Store& store, const Actor& actor, std::string_view bytes,
                         const ImportOptions& options);

// By date then id, amounts written `1234,50`; withdrawn reports left out of `fiches`
// unless `withWithdrawn`.
std::string exportAids(storage::Store& store, const std::optional<Period>& period,
                       bool withWithdrawn = false);

} // namespace vigie::app
