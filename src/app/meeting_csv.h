// Meetings in and out of CSV files (FORMATS.md, table "meetings").
#pragma once

#include <istream>
#include <string>
#include <string_view>

#include "actor.h"
#include "csv_table.h"
#include "report_csv.h"
#include "store_ref.h"

namespace vigie::app {

const std::vector<ColumnSpec>& meetingColumns();

// All or nothing, like the reports: the key of a meeting is its date and time.
ImportSummary importMeetings(storage::Store& store, const Actor& actor, std::string_view bytes,
                             const ImportOptions& options);
ImportSummary importMeetings(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options);

std::string exportMeetings(storage::Store& store, const std::optional<Period>& period);

// "14:00", "9:05", "14h", "14h30" -> "HH:MM"; nullopt when it is not a time.
std::optional<std::string> normaliseTime(std::string_view text);

} // namespace vigie::app
