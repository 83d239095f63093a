// A report-style list whose column widths are remembered between sessions.
#pragma once

#include <initializer_list>
#include <utility>

#include <wx/listctrl.h>

namespace vigie::ui {

struct ListColumn {
    wxString title;
    int width; // the default, before the user resizes it
};

// `key` names the settings group ("Meetings" remembers under /Meetings/Columns/N).
wxListCtrl* makeRememberedList(wxWindow* parent, const wxString& name, const wxString& key,
                               std::initializer_list<ListColumn> columns);
void rememberColumnWidths(wxListCtrl* list, const wxString& key);

} // namespace vigie::ui
