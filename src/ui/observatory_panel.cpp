#include "observatory_panel.h"

#include <map>

#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include "app/annual_report.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// The context menu's entries: open the reports, then the three actions.
constexpr int kMenuFirst = wxID_HIGHEST + 700;

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
    auto* head = new wxBoxSizer(wxHORIZONTAL);
    head->Add(title, 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 10);
    head->Add(note_, 1, wxALIGN_CENTER_VERTICAL);

    list_ = new wxDataViewListCtrl(this, wxID_ANY, wxDefaultPosition, wxDefaultSize,
                                   wxDV_SINGLE | wxDV_ROW_LINES);
    list_->SetName("observatory_list");
    nameForScreenReaders(list_, _("Recurring problems"));
    addColumns();

    // Under the list, in the order of the context menu; they wrap rather than being cut.
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto button = [&](const char* name, const wxString& text, const wxString& tip) {
        auto* b = new wxButton(this, wxID_ANY, text);
        b->SetName(name);
        b->SetToolTip(tip);
        buttons->Add(b, 0, wxRIGHT | wxTOP, 6);
        return b;
    };
    open_ = button("observatory_open", _("&Open the reports"),
                   _("The reports of the chosen problem, in the Reports section"));
    agenda_ = button("observatory_agenda", _("Put on the a&genda"),
                     _("The reports of the chosen problem on the agenda of the next meeting"));
    alert_ = button("observatory_alert", _("Collective a&lert..."),
                    _("A collective alert to the social workers of the problem's institution, "
                      "proposed at the next meeting on each of its reports"));
    solicit_ = button("observatory_solicit", _("Solicit the ins&titution..."),
                      _("A solicitation of the problem's institution, filled in with its "
                        "reports, to check and save"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(head, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(list_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    SetSizer(sizer);

    open_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { openSelected(); });
    for (auto [b, action] : {std::pair{agenda_, ProblemAction::Agenda},
                             std::pair{alert_, ProblemAction::CollectiveAlert},
                             std::pair{solicit_, ProblemAction::Solicitation}}) {
        b->Bind(wxEVT_BUTTON, [this, a = action](wxCommandEvent&) { act(a); });
    }
    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_DATAVIEW_SELECTION_CHANGED, [this](wxDataViewEvent&) { updateButtons(); });
    list_->Bind(wxEVT_DATAVIEW_ITEM_CONTEXT_MENU, [this](wxDataViewEvent& e) {
        if (e.GetItem().IsOk()) {
            list_->Select(e.GetItem());
            updateButtons();
        }
        showContextMenu(wxDefaultPosition); // where the mouse is
    });
    // The keyboard's menu key and Shift+F10 open the same menu under the chosen row.
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const bool menuKey = e.GetKeyCode() == WXK_MENU ||
                             (e.GetKeyCode() == WXK_F10 && e.GetModifiers() == wxMOD_SHIFT);
        if (!menuKey) {
            e.Skip();
            return;
        }
        wxPoint where = wxDefaultPosition;
        if (const wxDataViewItem item = list_->GetSelection(); item.IsOk()) {
            const wxRect row = list_->GetItemRect(item);
            where = ScreenToClient(list_->ClientToScreen(row.GetBottomLeft()));
        }
        showContextMenu(where);
    });
    // After the menu has closed: an action may open a dialog.
    Bind(wxEVT_MENU, [this](wxCommandEvent& e) {
        switch (e.GetId() - kMenuFirst) {
        case 0: CallAfter([this] { openSelected(); }); break;
        case 1: CallAfter([this] { act(ProblemAction::Agenda); }); break;
        case 2: CallAfter([this] { act(ProblemAction::CollectiveAlert); }); break;
        case 3: CallAfter([this] { act(ProblemAction::Solicitation); }); break;
        default: e.Skip(); break;
        }
    });
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
    const bool chosen = list_->GetSelectedRow() != wxNOT_FOUND;
    open_->Enable(chosen);
    for (wxButton* b : {agenda_, alert_, solicit_}) {
        b->Enable(chosen && writable_);
    }
}

void ObservatoryPanel::setWritable(bool writable) {
    writable_ = writable;
    updateButtons();
}

wxButton* ObservatoryPanel::actionButton(ProblemAction action) const {
    switch (action) {
    case ProblemAction::Agenda: return agenda_;
    case ProblemAction::CollectiveAlert: return alert_;
    case ProblemAction::Solicitation: return solicit_;
    }
    return nullptr;
}

std::unique_ptr<wxMenu> ObservatoryPanel::contextMenu() const {
    auto menu = std::make_unique<wxMenu>();
    int id = kMenuFirst;
    for (const wxButton* b : {open_, agenda_, alert_, solicit_}) {
        menu->Append(id, b->GetLabel(), b->GetToolTipText());
        menu->Enable(id++, b->IsEnabled());
    }
    return menu;
}

void ObservatoryPanel::showContextMenu(const wxPoint& where) {
    if (list_->GetSelectedRow() == wxNOT_FOUND) {
        return;
    }
    auto menu = contextMenu();
    PopupMenu(menu.get(), where);
}

void ObservatoryPanel::act(ProblemAction action) {
    const int row = list_->GetSelectedRow();
    if (row == wxNOT_FOUND || static_cast<std::size_t>(row) >= problems_.size() || !onAct ||
        !writable_) {
        return;
    }
    onAct(action, problems_[static_cast<std::size_t>(row)], period_);
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
