#include "list_columns.h"

#include <algorithm>

#include <wx/config.h>
#include <wx/settings.h>

namespace vigie::ui {

namespace {

// The rows' store, which also says a row's colour.
class ColouredRows : public wxDataViewListStore {
public:
    std::vector<wxColour> colours;

    bool GetAttrByRow(unsigned int row, unsigned int, wxDataViewItemAttr& attr) const override {
        if (row < colours.size() && colours[row].IsOk()) {
            attr.SetColour(colours[row]);
            return true;
        }
        return false;
    }
};

} // namespace

RowList::RowList(wxWindow* parent, const wxString& name, const wxString& key,
                 std::initializer_list<ListColumn> columns)
    : wxDataViewListCtrl(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                         wxDV_SINGLE | wxDV_ROW_LINES),
      key_(key) {
    SetName(name);
    auto* store = new ColouredRows;
    AssociateModel(store);
    store->DecRef(); // the control holds it
    setColumns(columns);
}

void RowList::setColumns(std::initializer_list<ListColumn> columns) {
    setColumns(std::vector<ListColumn>(columns));
}

void RowList::setColumns(const std::vector<ListColumn>& columns) {
    DeleteAllItems();
    ClearColumns();
    wxConfigBase* config = wxConfigBase::Get();
    int c = 0;
    for (const auto& column : columns) {
        const int width = key_.empty() ? column.width
                                       : config->ReadLong(wxString::Format("/%s/Columns/%d",
                                                                           key_, c),
                                                          column.width);
        ++c;
        auto* shown = AppendTextColumn(column.title, wxDATAVIEW_CELL_INERT, width, wxALIGN_LEFT,
                                       wxDATAVIEW_COL_RESIZABLE);
        // A cut text ends with "…": the reader knows there is more.
        shown->GetRenderer()->EnableEllipsize(wxELLIPSIZE_END);
    }
}

void RowList::setRows(const std::vector<std::vector<wxString>>& rows,
                      std::vector<wxColour> colours) {
    auto* store = static_cast<ColouredRows*>(GetStore());
    DeleteAllItems();
    store->colours = std::move(colours);
    for (const auto& row : rows) {
        wxVector<wxVariant> values;
        for (const auto& cell : row) {
            values.push_back(cell);
        }
        AppendItem(values);
    }
    if (stretchLast_) {
        fitLastColumn();
    }
}

int RowList::selectedRow() const {
    return GetSelectedRow();
}

void RowList::selectRow(int row) {
    if (row < 0 || row >= GetItemCount()) {
        return;
    }
    SelectRow(static_cast<unsigned>(row));
    const wxDataViewItem item = RowToItem(row);
    SetCurrentItem(item);
    EnsureVisible(item);
}

wxString RowList::text(int row, int column) const {
    return GetTextValue(static_cast<unsigned>(row), static_cast<unsigned>(column));
}

int RowList::find(const wxString& first) const {
    for (int row = 0; row < GetItemCount(); ++row) {
        if (text(row, 0) == first) {
            return row;
        }
    }
    return -1;
}

void RowList::rememberWidths() const {
    if (key_.empty()) {
        return;
    }
    wxConfigBase* config = wxConfigBase::Get();
    for (unsigned c = 0; c < GetColumnCount(); ++c) {
        config->Write(wxString::Format("/%s/Columns/%u", key_, c), GetColumn(c)->GetWidth());
    }
}

void RowList::stretchLastColumn() {
    stretchLast_ = true;
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        CallAfter([this] { fitLastColumn(); });
    });
}

void RowList::fitLastColumn() {
    const unsigned n = GetColumnCount();
    if (n == 0) {
        return;
    }
    int used = 0;
    for (unsigned c = 0; c + 1 < n; ++c) {
        used += GetColumn(c)->GetWidth();
    }
    // Room for the vertical scroll bar, so that no horizontal one appears.
    const int left = GetClientSize().x - used - wxSystemSettings::GetMetric(wxSYS_VSCROLL_X, this);
    GetColumn(n - 1)->SetWidth(std::max(left, 120));
}

} // namespace vigie::ui
