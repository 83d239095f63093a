// The read-only view of one report beside the list, with its history.
#pragma once

#include <vector>

#include <wx/string.h>

#include "domain/audit.h"
#include "domain/reference_data.h"
#include "domain/report.h"
#include "domain/solicitation.h"

namespace vigie::ui {

// HTML for wxHtmlWindow, coloured with the theme's window colours.
wxString reportDetailsHtml(const DifficultyReport& report, const std::vector<AuditEntry>& history,
                           const std::vector<Right>& rights,
                           const std::vector<Institution>& institutions,
                           const std::vector<Solicitation>& solicitations = {});
// Links in the details page: a new solicitation about the report, or one of its own.
inline constexpr const char* kSolicitLink = "vigie:solicit";
inline constexpr const char* kSheetLink = "vigie:sheet"; // the report as a PDF
// « Aide accordée… »: an emergency aid granted to the situation, pre-filled from the report.
inline constexpr const char* kGrantAidLink = "vigie:grant-aid";
inline constexpr const char* kHistoryLink = "vigie:history"; // the report's whole history
inline constexpr const char* kSolicitationLinkPrefix = "vigie:solicitation/";
wxString emptyDetailsHtml(const wxString& message);

// The first steps on an empty database, as links (vigie:settings, vigie:new, vigie:import).
inline constexpr const char* kSettingsLink = "vigie:settings";
inline constexpr const char* kNewReportLink = "vigie:new";
inline constexpr const char* kImportLink = "vigie:import";
wxString firstStepsHtml(bool named);

} // namespace vigie::ui
