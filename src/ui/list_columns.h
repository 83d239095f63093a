// The lists of the meetings and solicitations sections: rows drawn by GTK itself (a tree
// view, whose rows screen readers read; wxListCtrl is drawn by wx on GTK and they cannot),
// column widths remembered between sessions, a row possibly in another colour.
#pragma once

#include <initializer_list>
#include <vector>

#include <wx/colour.h>
#include <wx/dataview.h>

namespace vigie::ui {

struct ListColumn {
    wxString title;
    int width; // the default, before the user resizes it
};

class RowList : public wxDataViewListCtrl {
public:
    // `key` names the settings group ("Meetings" remembers under /Meetings/Columns/N).
    RowList(wxWindow* parent, const wxString& name, const wxString& key,
            std::initializer_list<ListColumn> columns);

    // Replaces the columns (widths remembered under `key` when it is not empty).
    void setColumns(std::initializer_list<ListColumn> columns);
    void setColumns(const std::vector<ListColumn>& columns);

    // Replaces every row. `colours`, when given, has one entry per row (an invalid colour:
    // the theme's).
    void setRows(const std::vector<std::vector<wxString>>& rows,
                 std::vector<wxColour> colours = {});
    int selectedRow() const; // -1 without a selection
    void selectRow(int row); // selected, focused for the keyboard, scrolled into view
    wxString text(int row, int column) const;
    // The first row whose first cell is `first`, or -1.
    int find(const wxString& first) const;
    void rememberWidths() const;
    // The last column takes the width the others leave (a message column read whole).
    void stretchLastColumn();

private:
    void fitLastColumn();
    wxString key_;
    bool stretchLast_ = false;
};

} // namespace vigie::ui
