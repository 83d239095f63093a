// The reports a form links to (an aid, a FAQ answer): how the form and the picker list one,
// and how they find them, the same in every form.
#pragma once

#include <functional>
#include <optional>

#include "app/workspace.h"
#include "report_picker.h"

namespace vigie::ui {

// "2026-004 — 09/03/2026 — RSA, APL — Dossier RSA bloqué depuis trois mois…"
ReportChoice reportChoice(const DifficultyReport& report);

// A report by id as a form lists it (none when gone); the report of a reference typed; the
// reports the picker lists for the words typed (a reference first, then the latest that
// hold the words, a screenful at most).
std::function<std::optional<ReportChoice>(ReportId)> reportDescriber(app::Workspace& workspace);
std::function<std::optional<ReportId>(const ReportReference&)> reportLookup(
    app::Workspace& workspace);
ReportPicker::Find reportFinder(app::Workspace& workspace);

using ReportDescriber = std::function<std::optional<ReportChoice>(ReportId)>;
using ReportLookup = std::function<std::optional<ReportId>(const ReportReference&)>;

// The reports a form's field names by their references ("2026-004, 2026-011"), each once
// in order; none when a word is not a reference or names no report, `wrong` told of each.
std::optional<std::vector<ReportId>> reportsNamed(const wxString& field, const ReportLookup& find,
                                                  const std::function<void(const wxString&)>& wrong);
// The references of `ids` as the field shows them (the reports gone left out).
wxString referencesOf(const std::vector<ReportId>& ids, const ReportDescriber& describe);
// The picker over `parent`, `linked` ticked; the references chosen as the field shows them,
// none when cancelled.
std::optional<wxString> pickReports(wxWindow* parent, const std::vector<ReportId>& linked,
                                    const ReportDescriber& describe,
                                    const ReportPicker::Find& find);

} // namespace vigie::ui
