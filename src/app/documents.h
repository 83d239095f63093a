// Gathers from the database what each PDF document shows, as plain data for reports/,
// and writes the documents.
#pragma once

#include <filesystem>

#include "reports/documents.h"
#include "store_ref.h"

namespace vigie::app {

reports::Heading documentHeading(storage::Store& store);
reports::ReportLine reportLine(const DifficultyReport& report, const std::vector<Right>& rights,
                               const std::vector<Institution>& institutions);

reports::MinutesData minutesData(storage::Store& store, MeetingId meeting);
reports::InvitationData invitationData(storage::Store& store, MeetingId meeting);

void writeMinutes(storage::Store& store, MeetingId meeting, const std::filesystem::path& file);
void writeInvitation(storage::Store& store, MeetingId meeting, const std::filesystem::path& file);
void writeAttendanceSheet(storage::Store& store, MeetingId meeting,
                          const std::filesystem::path& file);
void writeReportSheet(storage::Store& store, ReportId report, const std::filesystem::path& file);
void writeBlankForm(storage::Store& store, const std::filesystem::path& file);

} // namespace vigie::app
