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
inline constexpr const char* kSolicitationLinkPrefix = "vigie:solicitation/";
wxString emptyDetailsHtml(const wxString& message);

} // namespace vigie::ui
