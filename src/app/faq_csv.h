// The FAQ in and out of CSV files (FORMATS.md, "FAQ").
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "actor.h"
#include "csv_table.h"
#include "report_csv.h"
#include "store_ref.h"

namespace vigie::app {

const std::vector<ColumnSpec>& faqColumns();

// All or nothing; the key of an entry is Vigie's id (kept when given). `publiee` is `oui`
// or `non` (empty: `non`); an unknown right or institution code is created, with a notice;
// personal data in the question or the answer is a notice.
ImportSummary importFaq(storage::Store& store, const Actor& actor, std::istream& in,
                        const ImportOptions& options);
ImportSummary importFaq(storage::Store& store, const Actor& actor, std::string_view bytes,
                        const ImportOptions& options);

// By id (an entry has no date of its own: the order written), withdrawn reports left out
// of `fiches` unless `withWithdrawn`.
std::string exportFaq(storage::Store& store, bool withWithdrawn = false);

} // namespace vigie::app
