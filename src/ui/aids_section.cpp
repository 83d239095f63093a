#include "aids_section.h"
#include "history_dialog.h"

#include <algorithm>
#include <set>

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/wrapsizer.h>

#include "app/aid_csv.h"
#include "app/output_guard.h"
#include "app/reference_service.h"
#include "app/report_browser.h"
#include "domain/percent.h"
#include "domain/text.h"
#include "report_choices.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

using period_parts::kWholeYear;
constexpr int kOtherPeriod = period_parts::kOtherDates;
constexpr unsigned kAmountColumn = 1;

wxString kept(wxChoice* c) {
    return c->GetSelection() > 0 ? c->GetStringSelection() : wxString();
}

wxString oneLine(const std::string& text) {
    wxString s = wx(text);
    s.Replace("\r", " ");
    s.Replace("\n", " ");
    return s;
}

} // namespace

AidsSection::AidsSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    buildFilters(sizer);
    buildButtons(sizer);
    list_ = new RowList(this, "aids_list", "Aids",
                        {{_("Date"), 85},
                         {_("Amount"), 95},
                         {_("Kind of aid"), 125},
                         {_("Right"), 130},
                         {_("Non-take-up"), 135},
                         {_("Institution"), 95},
                         {_("Linked reports"), 115},
                         {_("Notes"), 220}});
    // Amounts right-aligned, so that their digits line up.
    if (auto* amount = list_->GetColumn(kAmountColumn)) {
        amount->SetAlignment(wxALIGN_RIGHT);
        amount->GetRenderer()->SetAlignment(wxALIGN_RIGHT | wxALIGN_CENTER_VERTICAL);
    }
    list_->stretchLastColumn(); // the notes take what is left, cut short rather than hidden
    nameForScreenReaders(list_, _("Emergency aids"));
    sizer->Add(list_, 1, wxEXPAND);
    // What the aids listed cost, under them: the total, and the part of non-take-up.
    figures_ = new wxStaticText(this, wxID_ANY, wxString());
    figures_->SetName("aids_figures");
    sizer->Add(figures_, 0, wxEXPAND | wxALL, 6);
    SetSizer(sizer);

    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
    list_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE && !e.HasAnyModifiers()) {
            removeSelected();
        } else {
            e.Skip();
        }
    });
}

void AidsSection::buildFilters(wxSizer* sizer) {
    // Wraps on a narrow window rather than pushing the last filters out of sight.
    auto* filters = new wxWrapSizer(wxHORIZONTAL);
    auto addChoice = [&](const wxString& label, wxChoice*& choice, const char* name) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        pair->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
        choice = new wxChoice(this, wxID_ANY);
        choice->SetName(name);
        pair->Add(choice, 0, wxRIGHT, 12);
        filters->Add(pair, 0, wxBOTTOM, 4);
    };
    addChoice(_("&Year:"), year_, "aids_year");
    addChoice(_("Perio&d:"), part_, "aids_part");
    period_parts::fill(part_);
    auto* dates = new wxBoxSizer(wxHORIZONTAL);
    from_ = period_parts::dateField(this, _("from dd/mm/yyyy"));
    from_->SetName("aids_from");
    to_ = period_parts::dateField(this, _("to dd/mm/yyyy"));
    to_->SetName("aids_to");
    apply_ = new wxButton(this, wxID_ANY, _("&Show these dates"));
    dates->Add(from_, 0, wxRIGHT, 4);
    dates->Add(to_, 0, wxRIGHT, 4);
    dates->Add(apply_, 0, wxRIGHT, 12);
    filters->Add(dates, 0, wxBOTTOM, 4);
    addChoice(_("&Kind of aid:"), kind_, "aids_kind");
    kind_->Append(_("All kinds"));
    for (auto k : kAllAidKinds) {
        kind_->Append(wx(label(k)));
    }
    kind_->SetSelection(0);
    addChoice(_("Made up for a right not &received:"), linked_, "aids_linked");
    linked_->Append(_("Yes or no"));
    linked_->Append(_("Yes"));
    linked_->Append(_("No"));
    linked_->SetSelection(0);
    linked_->SetToolTip(_("Yes: the aids naming a right or a type of non-take-up, what "
                          "non-take-up costs the CCAS"));
    year_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(year_); });
    part_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(part_); });
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onPeriodChosen(apply_); });
    from_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(from_); });
    to_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(to_); });
    for (wxChoice* c : {kind_, linked_}) {
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill(); });
    }
    enablePeriodControls();
    sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
}

void AidsSection::buildButtons(wxSizer* sizer) {
    auto* buttons = new wxWrapSizer(wxHORIZONTAL);
    auto add = [&](const wxString& label, const wxString& tip, const char* name,
                   std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetName(name);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, 4);
    };
    add(_("&New aid..."), _("Write down an emergency aid granted (Ctrl+N)"), "aids_new",
        [this] { newItem(); });
    add(_("&Open..."), _("Open the selected aid (Enter)"), "aids_open", [this] { openSelected(); });
    add(_("De&lete..."), _("Delete the selected aid (Del)"), "aids_delete",
        [this] { removeSelected(); });
    add(_("&History..."), _("Who changed the selected aid, when, and how"), "aids_history", [this] {
        if (workspace_ && selectedId()) {
            showRecordHistory(this, *workspace_, "aid", *selectedId());
        }
    });
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
}

wxString AidsSection::title() const {
    return _("Emergency aid");
}

Section::Tool AidsSection::tool(Command command) const {
    switch (command) {
    case Command::New:
        return {_("New"), _("Write down an emergency aid granted (Ctrl+N)")};
    case Command::Open:
        return {_("Open"), _("Open the selected aid (Enter)")};
    case Command::Remove:
        return {_("Delete"), _("Delete the selected aid (Del)")};
    case Command::Find:
        return {}; // the search box is the reports'
    case Command::Export:
        return {_("Export"), _("Write the period's aids to a CSV file (Ctrl+E)")};
    }
    return {};
}

wxString AidsSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New:
        return _("&New emergency aid...\tCtrl+N");
    case Command::Open:
        return _("&Open the emergency aid...\tCtrl+Enter");
    case Command::Remove:
        return _("&Delete the emergency aid... (Del)");
    case Command::Find:
        return _("&Search...\tCtrl+F");
    case Command::Export:
        return _("&Export the period's aids...\tCtrl+E");
    }
    return {};
}

void AidsSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
}

void AidsSection::refresh() {
    if (!workspace_) {
        return;
    }
    fillYears();
    if (year_->GetSelection() == 0 && part_->GetSelection() != kOtherPeriod) {
        part_->SetSelection(kWholeYear); // the year it was part of is gone (another database)
    }
    if (auto p = period_parts::chosen(periodControls())) {
        period_ = *p;
    }
    enablePeriodControls();
    fill();
}

void AidsSection::fillYears() {
    const wxString year = kept(year_);
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    rightNames_.clear();
    for (const auto& r : reference.rights()) {
        rightNames_[codeKey(r.code)] = shortName(r.code, r.label);
    }
    institutionNames_.clear();
    for (const auto& i : reference.institutions()) {
        institutionNames_[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    year_->Clear();
    year_->Append(_("All years"));
    std::set<int> years;
    for (const auto& a : app::AidService(workspace_->store(), workspace_->actor()).list(std::nullopt)) {
        years.insert(a.grantedOn.year());
    }
    // This year too, so that its quarter or month can be chosen before anything is written.
    years.insert(Date::today().year());
    years_.assign(years.rbegin(), years.rend());
    for (int y : years_) {
        year_->Append(wxString::Format("%d", y));
    }
    if (year.empty() || !year_->SetStringSelection(year)) {
        year_->SetSelection(0);
    }
}

void AidsSection::enablePeriodControls() {
    period_parts::enable(periodControls());
}

period_parts::Controls AidsSection::periodControls() const {
    return {year_, part_, from_, to_, apply_, &years_};
}

void AidsSection::onPeriodChosen(wxWindow* source) {
    period_parts::onChosen(periodControls(), source, period_, this, title(),
                           [this](const std::optional<Period>& p) {
                               period_ = p;
                               fill();
                           });
}

app::AidFilter AidsSection::filter() const {
    app::AidFilter f;
    f.period = period_;
    if (const int k = kind_->GetSelection(); k > 0) {
        f.kind = kAllAidKinds[k - 1];
    }
    if (const int l = linked_->GetSelection(); l > 0) {
        f.madeUpForARight = l == 1;
    }
    return f;
}

std::vector<wxString> AidsSection::row(const EmergencyAid& a) const {
    auto named = [](const std::map<std::string, std::string>& names, const std::string& code) {
        const auto it = names.find(codeKey(code));
        return wx(it == names.end() ? code : it->second);
    };
    std::vector<std::string> references;
    for (ReportId id : a.reports) {
        if (const auto it = references_.find(id); it != references_.end()) {
            references.push_back(it->second);
        }
    }
    return {wx(a.grantedOn.french()),
            wx(frenchAmount(a.cents)),
            a.kind ? wx(label(*a.kind)) : wxString(),
            named(rightNames_, a.right),
            a.nonTakeUp ? wx(label(*a.nonTakeUp)) : wxString(),
            named(institutionNames_, a.institution),
            wx(text::join(references, ", ")),
            oneLine(a.notes)};
}

void AidsSection::fill() {
    const auto keep = selectedId();
    shown_ = app::AidService(workspace_->store(), workspace_->actor()).list(filter());
    std::reverse(shown_.begin(), shown_.end()); // the latest first
    std::vector<ReportId> linked;
    for (const auto& a : shown_) {
        linked.insert(linked.end(), a.reports.begin(), a.reports.end());
    }
    std::sort(linked.begin(), linked.end());
    linked.erase(std::unique(linked.begin(), linked.end()), linked.end());
    references_.clear();
    for (const auto& r : app::ReportBrowser(workspace_->store()).load(linked)) {
        references_[r.id] = r.reference.text();
    }
    std::vector<std::vector<wxString>> rows;
    for (const auto& a : shown_) {
        rows.push_back(row(a));
    }
    list_->setRows(rows);
    if (keep) {
        select(*keep);
    }
    showFigures();
    if (onStatusChanged) {
        onStatusChanged();
    }
}

void AidsSection::showFigures() {
    if (shown_.empty()) {
        figures_->SetLabel(_("No emergency aid listed."));
        return;
    }
    // All years: the span of the aids listed. The figures count the list as shown.
    const Period p = period_ ? *period_ : Period{shown_.back().grantedOn, shown_.front().grantedOn};
    const auto f = computeAidFigures(p, shown_);
    wxString text =
        wxString::Format(wxPLURAL("%s aid", "%s aids", f.aids), wx(frenchNumber(f.aids)));
    text += L" \u2014 " + wxString::Format(_("total %s"), wx(frenchAmount(f.totalCents)));
    text += L" \u2014 " + wxString::Format(_("of which the cost of non-take-up %s (%s)"),
                                           wx(frenchAmount(f.linked.cents)),
                                           wx(frenchPercent(f.linkedShare)));
    figures_->SetLabel(text);
}

std::optional<AidId> AidsSection::selectedId() const {
    const int row = list_->selectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
        return std::nullopt;
    }
    return shown_[static_cast<std::size_t>(row)].id;
}

void AidsSection::select(AidId id) {
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        if (shown_[i].id == id) {
            list_->selectRow(static_cast<int>(i));
        }
    }
}

void AidsSection::show(AidId id) {
    if (!workspace_) {
        return;
    }
    for (wxChoice* c : {kind_, linked_, year_, part_}) {
        c->SetSelection(0);
    }
    from_->ChangeValue(wxString());
    to_->ChangeValue(wxString());
    period_.reset();
    enablePeriodControls();
    fill();
    select(id);
}

wxString AidsSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    return wxString::Format(wxPLURAL("%zu emergency aid", "%zu emergency aids", shown_.size()),
                            shown_.size());
}

AidChoices AidsSection::choices() {
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    return {reference.rights(), reference.institutions()};
}

AidActions AidsSection::actions() {
    auto& ws = *workspace_;
    return {
        [&ws](EmergencyAid a, app::PersonalData personalData) {
            return app::AidService(ws.store(), ws.actor()).save(std::move(a), personalData);
        },
        reportDescriber(ws),
        reportLookup(ws),
        reportFinder(ws),
    };
}

bool AidsSection::edit(EmergencyAid aid) {
    if (!workspace_) {
        return false;
    }
    AidEditor editor(this, std::move(aid), choices(), actions());
    if (editor.ShowModal() != wxID_OK) {
        return false;
    }
    const AidId id = editor.aid().id;
    refresh();
    select(id);
    if (selectedId() != id) {
        show(id); // hidden by the filters: shown all the same
    }
    return true;
}

void AidsSection::newItem() {
    EmergencyAid fresh;
    fresh.grantedOn = Date::today();
    edit(std::move(fresh));
}

bool AidsSection::grantFor(ReportId report) {
    if (!workspace_) {
        return false;
    }
    const auto r = app::ReportBrowser(workspace_->store()).find(report);
    return r && edit(app::aidFrom(*r));
}

void AidsSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto a = app::AidService(workspace_->store(), workspace_->actor()).find(*id)) {
            edit(*a);
        }
    }
}

void AidsSection::removeSelected() {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    wxMessageDialog confirm(this,
                            _("Delete this emergency aid? It will no longer be counted in the "
                              "cost of non-take-up; the linked reports are kept."),
                            _("Delete the emergency aid"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) {
        return;
    }
    try {
        app::AidService(workspace_->store(), workspace_->actor()).remove(*id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
    }
    refresh();
}

void AidsSection::exportList() {
    if (!workspace_) {
        return;
    }
    // The contract's file (FORMATS.md): every aid of the period, whatever the kind chosen,
    // so that it can be imported back whole.
    wxFileDialog dialog(this, _("Export the period's aids to a CSV file"), wxString(), "aides.csv",
                        _("CSV files (*.csv)|*.csv"), wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    try {
        const std::string bytes = app::exportAids(workspace_->store(), period_);
        app::writeExport(workspace_->store(), toPath(dialog.GetPath()), bytes);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The list was not exported"), wxOK | wxICON_ERROR, this);
    }
}

void AidsSection::saveLayout() {
    list_->rememberWidths();
}

} // namespace vigie::ui
