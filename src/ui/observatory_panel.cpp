#include "observatory_panel.h"

#include <map>

#include <wx/sizer.h>

#include "app/annual_report.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

wxString trend(long long previous, long long now) {
    return now > previous   ? wxString(L"\u2191")
           : now < previous ? wxString(L"\u2193")
                            : wxString("=");
}

std::string named(const std::map<std::string, std::string>& names, const std::string& code) {
    const auto it = names.find(codeKey(code));
    return it == names.end() ? code : it->second;
}

} // namespace

ObservatoryPanel::ObservatoryPanel(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    SetName("observatory");
    auto* title = new wxStaticText(this, wxID_ANY, _("Observatory: recurring problems"));
    title->SetFont(title->GetFont().Bold());
    // One line, cut short on a narrow window (the whole sentence in its tooltip).
    note_ = new wxStaticText(this, wxID_ANY, wxString(), wxDefaultPosition, wxDefaultSize,
                             wxST_ELLIPSIZE_END);
    open_ = new wxButton(this, wxID_ANY, _("&Open the reports"));
    open_->SetName("observatory_open");
    open_->SetToolTip(_("The reports of the chosen problem, in the Reports section"));
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(title, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    head->Add(note_, 1, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    head->Add(open_, 0, wxALIGN_CENTER_VERTICAL);

    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("observatory_list");
    nameForScreenReaders(list_, _("Recurring problems"));
    addColumns();

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(head, 0, wxEXPAND | wxALL, 6);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    SetSizer(sizer);

    open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { updateButtons(); });
    updateButtons();
}

void ObservatoryPanel::addColumns() {
    // Each column at least as wide as its French title (GTK reads every row otherwise).
    auto column = [this](const wxString& title, int width, wxAlignment align = wxALIGN_LEFT) {
        width = std::max(FromDIP(width), list_->GetTextExtent(title).x + FromDIP(28));
        list_->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, width, align);
    };
    column(_("Institution"), 140);
    column(_("Right"), 140);
    column(_("Category"), 190);
    column(_("Reports"), 70, wxALIGN_RIGHT);
    column(_("A year earlier"), 90, wxALIGN_RIGHT);
    column(_("Trend"), 60, wxALIGN_CENTER);
    column(_("First"), 95);
    column(_("Last"), 95);
}

void ObservatoryPanel::show(const std::vector<RecurringProblem>& problems, const Period& period,
                            const std::vector<Institution>& institutions,
                            const std::vector<Right>& rights) {
    std::map<std::string, std::string> institutionNames, rightNames;
    for (const auto& i : institutions) {
        institutionNames[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    for (const auto& r : rights) {
        rightNames[codeKey(r.code)] = shortName(r.code, r.label);
    }
    problems_ = problems;
    period_ = period;
    descriptions_.clear();
    list_->DeleteAllItems();
    for (const auto& p : problems_) {
        const wxString institution = wx(named(institutionNames, p.institution));
        const wxString right = wx(named(rightNames, p.right));
        const wxString category = wx(label(p.category));
        wxVector<wxVariant> row;
        for (const wxString& cell :
             {institution, right, category, wxString::Format("%lld", p.count),
              wxString::Format("%lld", p.previousCount), trend(p.previousCount, p.count),
              wx(p.first.french()), wx(p.last.french())}) {
            row.push_back(wxVariant(cell));
        }
        list_->AppendItem(row);
        descriptions_.push_back(wxString::Format(L"%s \u2014 %s \u2014 %s, %s", institution, right,
                                                 category, wx(app::periodLabel(period))));
    }
    setNote(problems_.empty()
                ? wxString::Format(_("No institution, right and category together in %lld "
                                     "reports or more in this period."),
                                   kRecurringThreshold)
                : wxString::Format(_("The same institution, right and category in at "
                                     "least %lld reports; beside, the same period a "
                                     "year earlier."),
                                   kRecurringThreshold));
    list_->Enable(true);
    updateButtons();
    Layout();
}

void ObservatoryPanel::clear(const wxString& why) {
    problems_.clear();
    descriptions_.clear();
    list_->DeleteAllItems();
    list_->Enable(false);
    setNote(why);
    updateButtons();
    Layout();
}

void ObservatoryPanel::setNote(const wxString& text) {
    note_->SetLabel(text);
    note_->SetToolTip(text);
}

void ObservatoryPanel::select(std::size_t row) {
    if (row < problems_.size()) {
        list_->SelectRow(static_cast<unsigned>(row));
    }
    updateButtons();
}

void ObservatoryPanel::updateButtons() {
    open_->Enable(list_->GetSelectedRow() != wxNOT_FOUND);
}

void ObservatoryPanel::openSelected() {
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= problems_.size() || !onShowReports) {
        return;
    }
    // ReportFilter holds no list of ids; these four select exactly the problem's reports
    // (the counted reports of the period naming the institution, the right and the
    // category).
    const auto& p = problems_[static_cast<std::size_t>(row)];
    ReportFilter f;
    f.period = period_;
    f.institutionCode = p.institution;
    f.rightCode = p.right;
    f.category = p.category;
    onShowReports(f, descriptions_[static_cast<std::size_t>(row)]);
}

} // namespace vigie::ui
