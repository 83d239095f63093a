// The read-only view of one report beside the list, with its history.
#pragma once

#include <vector>

#include <wx/string.h>

#include "domain/audit.h"
#include "domain/reference_data.h"
#include "domain/report.h"

namespace vigie::ui {

// HTML for wxHtmlWindow, coloured with the theme's window colours.
wxString reportDetailsHtml(const DifficultyReport& report, const std::vector<AuditEntry>& history,
                           const std::vector<Right>& rights,
                           const std::vector<Institution>& institutions);
wxString emptyDetailsHtml(const wxString& message);

} // namespace vigie::ui
