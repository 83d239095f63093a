#include "list_columns.h"

#include <wx/config.h>

namespace vigie::ui {

wxListCtrl* makeRememberedList(wxWindow* parent, const wxString& name, const wxString& key,
                               std::initializer_list<ListColumn> columns) {
    auto* list = new wxListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                wxLC_REPORT | wxLC_SINGLE_SEL);
    list->SetName(name);
    wxConfigBase* config = wxConfigBase::Get();
    int c = 0;
    for (const auto& column : columns) {
        list->AppendColumn(column.title, wxLIST_FORMAT_LEFT,
                           config->ReadLong(wxString::Format("/%s/Columns/%d", key, c++),
                                            column.width));
    }
    return list;
}

void rememberColumnWidths(wxListCtrl* list, const wxString& key) {
    wxConfigBase* config = wxConfigBase::Get();
    for (int c = 0; c < list->GetColumnCount(); ++c) {
        config->Write(wxString::Format("/%s/Columns/%d", key, c), list->GetColumnWidth(c));
    }
}

} // namespace vigie::ui
