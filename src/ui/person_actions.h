// Settings › Members (issue 19): a member's extract for a right-of-access request and
// their erasure, asked, confirmed and told here, done by app::People.
#pragma once

#include <wx/string.h>
#include <wx/window.h>

#include "app/workspace.h"
#include "domain/reference_data.h"

namespace vigie::ui {

// « Extrait de ses données… »: asks where (PDF or JSON, by the file's type), writes it,
// says how many places name the person.
void extractPersonData(wxWindow* parent, app::Workspace& workspace, const Person& person);
// The extract written to `path` (JSON when it ends so, else PDF), then said.
void writePersonData(wxWindow* parent, app::Workspace& workspace, const Person& person,
                     const wxString& path);

// « Effacer cette personne… »: says how many places name them and asks the role that
// replaces the name (their body's by default), confirms that it cannot be undone, erases
// under a busy notice and tells what was done. True when something was erased.
bool erasePerson(wxWindow* parent, app::Workspace& workspace, const Person& person);

} // namespace vigie::ui
