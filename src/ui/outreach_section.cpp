#include "outreach_section.h"

#include <algorithm>
#include <set>

#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stdpaths.h>
#include <wx/wrapsizer.h>

#include "app/annual_report.h"
#include "app/output_guard.h"
#include "app/outreach_report.h"
#include "app/outreach_service.h"
#include "app/reference_service.h"
#include "app/report_browser.h"
#include "app/session_csv.h"
#include "documents_ui.h"
#include "domain/percent.h"
#include "domain/text.h"
#include "period_parts.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

using period_parts::kWholeYear;
constexpr int kOtherPeriod = period_parts::kOtherDates;

wxString timesText(const OutreachSession& s) {
    if (!s.startsAt) {
        return s.endsAt ? L"\u2013 " + wx(s.endsAt->text()) : wxString();
    }
    return s.endsAt ? wx(s.startsAt->text()) + L"\u2013" + wx(s.endsAt->text())
                    : wx(s.startsAt->text());
}

wxString countText(const std::optional<long long>& n) {
    return n ? wx(frenchNumber(*n)) : wxString();
}

// The selection of a choice as the text to find it again after a refill ("" for "all").
wxString kept(wxChoice* c) {
    return c->GetSelection() > 0 ? c->GetStringSelection() : wxString();
}

} // namespace

OutreachSection::OutreachSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    buildFilters(sizer);
    buildButtons(sizer);
    // The period's figures in one line: what a partner asks first.
    figures_ = new wxStaticText(this, wxID_ANY, wxString());
    figures_->SetName("outreach_figures");
    sizer->Add(figures_, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    list_ = new RowList(this, "outreach_list", "Outreach",
                        {{_("Date"), 85},
                         {_("Times"), 90},
                         {_("Scheme"), 130},
                         {_("Place"), 125},
                         {_("District"), 100},
                         {_("Partner"), 80},
                         {_("People"), 85},
                         {_("Newcomers"), 80},
                         {_("Rights appt."), 85},
                         {_("Reports"), 55}});
    nameForScreenReaders(list_, _("Outreach sessions"));
    sizer->Add(list_, 1, wxEXPAND);
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

void OutreachSection::buildFilters(wxSizer* sizer) {
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
    addChoice(_("&Year:"), year_, "outreach_year");
    // The same periods as the other sections: a partners' quarter, a month, any dates.
    addChoice(_("Perio&d:"), part_, "outreach_part");
    period_parts::fill(part_);
    auto* dates = new wxBoxSizer(wxHORIZONTAL);
    from_ = period_parts::dateField(this, _("from dd/mm/yyyy"));
    from_->SetName("outreach_from");
    to_ = period_parts::dateField(this, _("to dd/mm/yyyy"));
    to_->SetName("outreach_to");
    apply_ = new wxButton(this, wxID_ANY, _("&Show these dates"));
    dates->Add(from_, 0, wxRIGHT, 4);
    dates->Add(to_, 0, wxRIGHT, 4);
    dates->Add(apply_, 0, wxRIGHT, 12);
    filters->Add(dates, 0, wxBOTTOM, 4);
    addChoice(_("Sc&heme:"), scheme_, "outreach_scheme");
    addChoice(_("Dis&trict:"), district_, "outreach_district");
    year_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(year_); });
    part_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(part_); });
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onPeriodChosen(apply_); });
    from_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(from_); });
    to_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(to_); });
    for (wxChoice* c : {scheme_, district_}) {
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill(); });
    }
    enablePeriodControls();
    sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
}

void OutreachSection::buildButtons(wxSizer* sizer) {
    auto* buttons = new wxWrapSizer(wxHORIZONTAL); // wraps rather than cut on a narrow window
    auto add = [&](const wxString& label, const wxString& tip, const char* name,
                   std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetName(name);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, 4);
    };
    add(_("&New session..."), _("Write down a half-day of outreach (Ctrl+N)"), "outreach_new",
        [this] { newItem(); });
    add(_("&Open..."), _("Open the selected session (Enter)"), "outreach_open",
        [this] { openSelected(); });
    add(_("New &report from this session..."),
        _("Write a difficulty report raised during the selected session, linked to it"),
        "outreach_new_report", [this] {
            if (auto id = selectedId()) {
                newReportFrom(*id);
            } else {
                wxMessageBox(_("Select a session first."), title(), wxOK | wxICON_INFORMATION,
                             this);
            }
        });
    add(_("De&lete..."), _("Delete the selected session (Del)"), "outreach_delete",
        [this] { removeSelected(); });
    // The partners' report in the three forms the statistics offer, kept together.
    auto* report = new wxBoxSizer(wxHORIZONTAL);
    report->Add(new wxStaticText(this, wxID_ANY, _("Partners' report:")), 0,
                wxALIGN_CENTER_VERTICAL | wxLEFT | wxRIGHT, 4);
    auto addReport = [&](const wxString& label, const wxString& tip, const char* name,
                         DocumentKind kind) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetName(name);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [this, kind](wxCommandEvent&) { savePartnersReport(kind); });
        report->Add(b, 0, wxRIGHT, 4);
    };
    addReport(_("&PDF..."),
              _("The figures of the period and scheme shown, beside the period before and the "
                "same period a year earlier, the themes and the difficulties raised"),
              "outreach_partners_report", DocumentKind::Pdf);
    addReport(_("&Excel..."), _("The tables as a workbook, to rework in a spreadsheet"),
              "outreach_partners_workbook", DocumentKind::Workbook);
    addReport(_("&CSV..."), _("The tables as a CSV file"), "outreach_partners_csv",
              DocumentKind::Csv);
    buttons->Add(report, 0, wxBOTTOM, 4);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
}

wxString OutreachSection::title() const {
    return _("Outreach");
}

Section::Tool OutreachSection::tool(Command command) const {
    switch (command) {
    case Command::New:
        return {_("New"), _("Write down a half-day of outreach (Ctrl+N)")};
    case Command::Open:
        return {_("Open"), _("Open the selected session (Enter)")};
    case Command::Remove:
        return {_("Delete"), _("Delete the selected session (Del)")};
    case Command::Find:
        return {}; // the search box is the reports'
    case Command::Export:
        return {_("Export"), _("Write the period's sessions to a CSV file (Ctrl+E)")};
    }
    return {};
}

wxString OutreachSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New:
        return _("&New outreach session...\tCtrl+N");
    case Command::Open:
        return _("&Open the outreach session...\tCtrl+Enter");
    case Command::Remove:
        return _("&Delete the outreach session... (Del)");
    case Command::Find:
        return _("&Search...\tCtrl+F");
    case Command::Export:
        return _("&Export the period's sessions...\tCtrl+E");
    }
    return {};
}

void OutreachSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
}

void OutreachSection::refresh() {
    if (!workspace_) {
        return;
    }
    fillChoices();
    if (year_->GetSelection() == 0 && part_->GetSelection() != kOtherPeriod) {
        part_->SetSelection(kWholeYear); // the year it was part of is gone (another database)
    }
    if (auto p = chosenPeriod()) {
        period_ = *p;
    }
    enablePeriodControls();
    fill();
}

void OutreachSection::fillChoices() {
    const wxString year = kept(year_), scheme = kept(scheme_), district = kept(district_);
    app::OutreachService service(workspace_->store(), workspace_->actor());
    families_ = app::ReferenceService(workspace_->store(), workspace_->actor()).rightFamilies();
    scheme_->Clear();
    scheme_->Append(_("All schemes"));
    schemeCodes_.clear();
    schemeLabels_.clear();
    const auto sessions = service.list({});
    // A scheme no longer run stays offered while it has sessions: its past is still shown
    // and reported.
    std::set<std::string> used;
    for (const auto& s : sessions) {
        used.insert(codeKey(s.scheme));
    }
    for (const auto& s : service.schemes()) {
        schemeLabels_[codeKey(s.code)] = s.label.empty() ? s.code : s.label;
        if (s.active || used.count(codeKey(s.code)) != 0) {
            scheme_->Append(wx(schemeLabels_[codeKey(s.code)]));
            schemeCodes_.push_back(s.code);
        }
    }
    district_->Clear();
    district_->Append(_("All districts"));
    districts_ = service.districts();
    for (const auto& d : districts_) {
        district_->Append(wx(d));
    }
    year_->Clear();
    year_->Append(_("All years"));
    std::set<int> years;
    for (const auto& s : sessions) {
        years.insert(s.heldOn.year());
    }
    // This year too, so that its quarter or month can be chosen before anything is written.
    years.insert(Date::today().year());
    years_.assign(years.rbegin(), years.rend());
    for (int y : years_) {
        year_->Append(wxString::Format("%d", y));
    }
    for (auto [choice, previous] :
         {std::pair{scheme_, scheme}, std::pair{district_, district}, std::pair{year_, year}}) {
        if (previous.empty() || !choice->SetStringSelection(previous)) {
            choice->SetSelection(0);
        }
    }
}

std::optional<std::optional<Period>> OutreachSection::chosenPeriod() const {
    return period_parts::chosen(periodControls());
}

void OutreachSection::enablePeriodControls() {
    period_parts::enable(periodControls());
}

period_parts::Controls OutreachSection::periodControls() const {
    return {year_, part_, from_, to_, apply_, &years_};
}

void OutreachSection::onPeriodChosen(wxWindow* source) {
    period_parts::onChosen(periodControls(), source, period_, this, title(),
                           [this](const std::optional<Period>& p) {
                               period_ = p;
                               fill();
                           });
}

SessionFilter OutreachSection::filter() const {
    SessionFilter f;
    f.period = period_;
    const int s = scheme_->GetSelection() - 1;
    if (s >= 0 && static_cast<std::size_t>(s) < schemeCodes_.size()) {
        f.scheme = schemeCodes_[static_cast<std::size_t>(s)];
    }
    const int d = district_->GetSelection() - 1;
    if (d >= 0 && static_cast<std::size_t>(d) < districts_.size()) {
        f.district = districts_[static_cast<std::size_t>(d)];
    }
    return f;
}

wxString OutreachSection::schemeLabel(const std::string& code) const {
    const auto it = schemeLabels_.find(codeKey(code));
    return wx(it == schemeLabels_.end() ? code : it->second);
}

void OutreachSection::fill() {
    const auto keep = selectedId();
    shown_ = app::OutreachService(workspace_->store(), workspace_->actor()).list(filter());
    std::reverse(shown_.begin(), shown_.end()); // the latest first
    std::vector<std::vector<wxString>> rows;
    for (const auto& s : shown_) {
        rows.push_back(
            {wx(s.heldOn.french()), timesText(s), schemeLabel(s.scheme), wx(s.place),
             wx(s.district), wx(s.partner), wx(frenchNumber(s.people)), countText(s.newPeople),
             countText(s.rightsAppointments),
             s.reports.empty() ? wxString() : wxString::Format("%zu", s.reports.size())});
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

void OutreachSection::showFigures() {
    if (shown_.empty()) {
        figures_->SetLabel(_("No outreach session in this period."));
        return;
    }
    // All years: the span of the sessions listed (the figures count the list as shown,
    // district included).
    Period p{shown_.back().heldOn, shown_.front().heldOn};
    if (period_) {
        p = *period_;
    }
    const auto f = computeOutreachFigures(p, shown_, families_);
    wxString text = wxString::Format(wxPLURAL("%s session", "%s sessions", f.sessions),
                                     wx(frenchNumber(f.sessions)));
    text += L" \u2014 " + wxString::Format(wxPLURAL("%s person met", "%s people met", f.people),
                                           wx(frenchNumber(f.people)));
    if (f.newPeopleShare) {
        text += wxString::Format(_(", %s new to the CCAS"), wx(frenchPercent(f.newPeopleShare)));
    }
    text += L" \u2014 " + wxString::Format(wxPLURAL("%s rights appointment",
                                                    "%s rights appointments", f.rightsAppointments),
                                           wx(frenchNumber(f.rightsAppointments)));
    text += L" \u2014 " +
            wxString::Format(wxPLURAL("%s report raised", "%s reports raised", f.reportsRaised),
                             wx(frenchNumber(f.reportsRaised)));
    figures_->SetLabel(text);
}

std::optional<SessionId> OutreachSection::selectedId() const {
    const int row = list_->selectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
        return std::nullopt;
    }
    return shown_[static_cast<std::size_t>(row)].id;
}

void OutreachSection::select(SessionId id) {
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        if (shown_[i].id == id) {
            list_->selectRow(static_cast<int>(i));
        }
    }
}

void OutreachSection::show(SessionId id) {
    if (!workspace_) {
        return;
    }
    for (wxChoice* c : {scheme_, district_, year_, part_}) {
        c->SetSelection(0);
    }
    from_->ChangeValue(wxString());
    to_->ChangeValue(wxString());
    period_.reset();
    enablePeriodControls();
    fill();
    select(id);
}

wxString OutreachSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    return wxString::Format(
        wxPLURAL("%zu outreach session", "%zu outreach sessions", shown_.size()), shown_.size());
}

SessionChoices OutreachSection::choices() {
    app::OutreachService service(workspace_->store(), workspace_->actor());
    app::ReferenceService reference(workspace_->store(), workspace_->actor());
    return {service.schemes(), reference.institutions(), reference.rightFamilies(),
            service.districts()};
}

SessionActions OutreachSection::actions() {
    auto& ws = *workspace_;
    return {
        [&ws](OutreachSession s, app::PersonalData personalData) {
            return app::OutreachService(ws.store(), ws.actor()).save(std::move(s), personalData);
        },
        [&ws](const std::string& scheme, const Date& day) {
            return app::OutreachService(ws.store(), ws.actor()).draft(scheme, day);
        },
        [&ws](ReportId id) {
            const auto r = app::ReportBrowser(ws.store()).find(id);
            return r ? r->reference.text() : std::string();
        },
    };
}

bool OutreachSection::edit(OutreachSession session) {
    if (!workspace_) {
        return false;
    }
    SessionEditor editor(this, std::move(session), choices(), actions());
    const int answer = editor.ShowModal();
    if (answer != wxID_OK && answer != SessionEditor::kSavedThenReport) {
        return false;
    }
    const SessionId id = editor.session().id;
    refresh();
    select(id);
    if (selectedId() != id) {
        show(id); // hidden by the filters: shown all the same
    }
    if (answer == SessionEditor::kSavedThenReport) {
        newReportFrom(id);
    }
    return true;
}

void OutreachSection::newItem() {
    if (!workspace_) {
        return;
    }
    app::OutreachService service(workspace_->store(), workspace_->actor());
    // The scheme the list shows, else the one last written: a team writes its own half-days.
    const auto f = filter();
    OutreachSession s = service.draft(f.scheme, Date::today());
    const auto schemes = service.schemes();
    const auto active = [&](const std::string& code) {
        return std::any_of(schemes.begin(), schemes.end(), [&](const OutreachScheme& x) {
            return x.active && codeKey(x.code) == codeKey(code);
        });
    };
    if (!active(s.scheme)) {
        // A scheme no longer run is not where a new half-day goes: the first one run.
        const auto first = std::find_if(schemes.begin(), schemes.end(),
                                        [](const OutreachScheme& x) { return x.active; });
        if (first != schemes.end()) {
            s = service.draft(first->code, Date::today());
        }
    }
    edit(std::move(s));
}

void OutreachSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto s = app::OutreachService(workspace_->store(), workspace_->actor()).find(*id)) {
            edit(*s);
        }
    }
}

void OutreachSection::removeSelected() {
    const auto id = selectedId();
    if (!id) {
        return;
    }
    wxMessageDialog confirm(this,
                            _("Delete this outreach session? Its figures will no longer be "
                              "counted; the reports it raised are kept."),
                            _("Delete the outreach session"),
                            wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    confirm.SetYesNoLabels(_("&Delete"), _("&Keep"));
    if (confirm.ShowModal() != wxID_YES) {
        return;
    }
    try {
        app::OutreachService(workspace_->store(), workspace_->actor()).remove(*id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
    }
    refresh();
}

DifficultyReport OutreachSection::reportFrom(const OutreachSession& session) {
    DifficultyReport r;
    r.receivedOn = session.heldOn;
    r.source = utf8(schemeLabel(session.scheme));
    wxString where = schemeLabel(session.scheme);
    if (!session.district.empty()) {
        where += ", " + wx(session.district);
    }
    // The session's context written first; the situation is the user's to describe.
    wxString prompt = wxString::Format(_("Raised during the outreach session of %s (%s)."),
                                       wx(session.heldOn.french()), where);
    std::vector<std::string> themes;
    for (const auto& code : session.themes) {
        const auto family =
            std::find_if(families_.begin(), families_.end(),
                         [&](const RightFamily& f) { return codeKey(f.code) == codeKey(code); });
        themes.push_back(family == families_.end() ? code : family->label);
    }
    if (!themes.empty()) {
        prompt += "\n" + wxString::Format(_("Themes: %s."), wx(text::join(themes, ", ")));
    }
    r.description = utf8(prompt) + "\n";
    return r;
}

std::optional<ReportId> OutreachSection::newReportFrom(SessionId id) {
    if (!workspace_ || !onNewReport) {
        return std::nullopt;
    }
    app::OutreachService service(workspace_->store(), workspace_->actor());
    const auto session = service.find(id);
    if (!session) {
        return std::nullopt;
    }
    if (families_.empty()) {
        families_ = app::ReferenceService(workspace_->store(), workspace_->actor()).rightFamilies();
    }
    const auto saved = onNewReport(reportFrom(*session));
    if (!saved) {
        return std::nullopt;
    }
    try {
        service.linkReport(id, *saved);
    } catch (const std::exception& e) {
        // The report is saved; only its link is missing: said, so that it can be made again.
        wxMessageBox(wx(e.what()), _("The report was saved but not linked to the session"),
                     wxOK | wxICON_WARNING, this);
    }
    refresh();
    select(id);
    return saved;
}

std::optional<Period> OutreachSection::documentPeriod() const {
    if (period_) {
        return period_;
    }
    if (shown_.empty()) {
        return std::nullopt;
    }
    return Period{shown_.back().heldOn, shown_.front().heldOn}; // the latest first
}

void OutreachSection::savePartnersReport(DocumentKind kind) {
    const auto p = documentPeriod();
    if (!p) {
        wxMessageBox(_("No outreach session in this period."), title(), wxOK | wxICON_INFORMATION,
                     this);
        return;
    }
    const char* extension = kind == DocumentKind::Workbook ? ".xlsx"
                            : kind == DocumentKind::Csv    ? ".csv"
                                                           : ".pdf";
    const wxString name =
        wxString::Format("aller-vers-%s-%s%s", wx(p->first.iso()), wx(p->last.iso()), extension);
    std::filesystem::path file;
    if (kind == DocumentKind::Pdf) {
        file = askPdfPath(this, _("Save the partners' report"), name);
    } else {
        const bool workbook = kind == DocumentKind::Workbook;
        wxFileDialog dialog(this, workbook ? _("Save the workbook") : _("Save the CSV file"),
                            wxStandardPaths::Get().GetDocumentsDir(), name,
                            workbook ? _("Excel workbooks (*.xlsx)|*.xlsx")
                                     : _("CSV files (*.csv)|*.csv"),
                            wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
        if (dialog.ShowModal() == wxID_OK) {
            file = toPath(dialog.GetPath());
        }
    }
    if (file.empty()) {
        return;
    }
    if (!file.has_extension()) {
        file += extension; // a name typed without one still opens in the right program
    }
    if (writePartnersReport(file, kind)) {
        openDocument(file);
    }
}

bool OutreachSection::writePartnersReport(const std::filesystem::path& file, DocumentKind kind) {
    const auto p = documentPeriod();
    if (!workspace_ || !p) {
        return false;
    }
    const std::string scheme = filter().scheme;
    try {
        wxBusyCursor busy;
        switch (kind) {
        case DocumentKind::Pdf:
            app::writeOutreachReport(workspace_->store(), *p, scheme, file);
            break;
        case DocumentKind::Workbook:
            app::writeOutreachWorkbook(workspace_->store(), *p, scheme, file);
            break;
        case DocumentKind::Csv:
            // Computed now, like the PDF and the workbook: never an older screen's figures.
            app::writeExport(
                workspace_->store(), file,
                app::statisticsCsv(app::outreachDocument(workspace_->store(), *p, scheme)));
            break;
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return false;
    }
    return true;
}

void OutreachSection::exportList() {
    if (!workspace_) {
        return;
    }
    // The contract's file (FORMATS.md): every session of the period, whatever the scheme
    // and district chosen, so that it can be imported back whole.
    wxFileDialog dialog(this, _("Export the period's sessions to a CSV file"), wxString(),
                        "seances-aller-vers.csv", _("CSV files (*.csv)|*.csv"),
                        wxFD_SAVE | wxFD_OVERWRITE_PROMPT);
    if (dialog.ShowModal() != wxID_OK) {
        return;
    }
    try {
        const std::string bytes = app::exportSessions(workspace_->store(), period_);
        app::writeExport(workspace_->store(), toPath(dialog.GetPath()), bytes);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The list was not exported"), wxOK | wxICON_ERROR, this);
    }
}

void OutreachSection::saveLayout() {
    list_->rememberWidths();
}

} // namespace vigie::ui
