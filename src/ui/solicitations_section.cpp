#include "solicitations_section.h"

#include <wx/clipbrd.h>

#include <set>

#include <wx/button.h>
#include <wx/config.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/wrapsizer.h>

#include "app/reference_service.h"
#include "app/report_browser.h"
#include "app/documents.h"
#include "app/solicitation_documents.h"
#include "app/solicitation_service.h"
#include "app/workspace.h"
#include "documents_ui.h"
#include "list_columns.h"
#include "domain/text.h"
#include "period_parts.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr SolicitationState kStates[] = {SolicitationState::Waiting, SolicitationState::Chased,
                                         SolicitationState::Answered,
                                         SolicitationState::ClosedWithoutAnswer};

// The choices of the "Period" list, as in the Statistics section.
using period_parts::kWholeYear;
constexpr int kOtherPeriod = period_parts::kOtherDates;

wxString addresseesText(const Solicitation& s) {
    return s.toWholePartnership() ? wx(wholePartnershipName()) : wx(s.addresseesLabel());
}

} // namespace

SolicitationsSection::SolicitationsSection(wxWindow* parent) : Section(parent, wxID_ANY) {
    // Wraps on a narrow window rather than pushing the last filters out of sight.
    auto* filters = new wxWrapSizer(wxHORIZONTAL);
    auto addChoice = [&](const wxString& label, wxChoice*& choice) {
        auto* pair = new wxBoxSizer(wxHORIZONTAL);
        pair->Add(new wxStaticText(this, wxID_ANY, label), 0, wxALIGN_CENTER_VERTICAL | wxRIGHT, 4);
        choice = new wxChoice(this, wxID_ANY);
        pair->Add(choice, 0, wxRIGHT, 12);
        filters->Add(pair, 0, wxBOTTOM, 4);
    };
    addChoice(_("&Institution:"), institution_);
    addChoice(_("S&tate:"), state_);
    for (wxChoice* c : {institution_, state_}) {
        c->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { fill(); });
    }
    addChoice(_("&Year:"), year_);
    year_->SetName("solicitations_year");
    // The same periods as the Statistics section: the figures of a quarter, a month, any dates.
    addChoice(_("Perio&d:"), part_);
    part_->SetName("solicitations_part");
    period_parts::fill(part_);
    auto* dates = new wxBoxSizer(wxHORIZONTAL);
    from_ = period_parts::dateField(this, _("from dd/mm/yyyy"));
    from_->SetName("solicitations_from");
    to_ = period_parts::dateField(this, _("to dd/mm/yyyy"));
    to_->SetName("solicitations_to");
    apply_ = new wxButton(this, wxID_ANY, _("&Show these dates"));
    dates->Add(from_, 0, wxRIGHT, 4);
    dates->Add(to_, 0, wxRIGHT, 4);
    dates->Add(apply_, 0, wxRIGHT, 12);
    filters->Add(dates, 0, wxBOTTOM, 4);
    year_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(year_); });
    part_->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onPeriodChosen(part_); });
    apply_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onPeriodChosen(apply_); });
    from_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(from_); });
    to_->Bind(wxEVT_TEXT_ENTER, [this](wxCommandEvent&) { onPeriodChosen(to_); });
    overdue_ = new wxCheckBox(this, wxID_ANY, _("&Late only"));
    overdue_->SetToolTip(_("Past the expected date, without an answer: to chase"));
    overdue_->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { fill(); });
    filters->Add(overdue_, 0, wxALIGN_CENTER_VERTICAL | wxBOTTOM, 4);
    enablePeriodControls();

    auto* buttons = new wxWrapSizer(wxHORIZONTAL); // wraps rather than cut on a narrow window
    auto add = [&](const wxString& label, const wxString& tip, std::function<void()> action) {
        auto* b = new wxButton(this, wxID_ANY, label);
        b->SetToolTip(tip);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT | wxBOTTOM, 4);
    };
    add(_("&New..."), _("Write a new solicitation (Ctrl+N)"), [this] { newItem(); });
    add(_("&Open..."), _("Open the selected solicitation (Enter)"), [this] { openSelected(); });
    add(_("&Letter (PDF)"), _("The solicitation as a letter to each addressee"),
        [this] { writeLetter(); });
    add(_("Record the &answer..."), _("Write down the answer received"), [this] {
        if (auto id = selectedId()) {
            if (auto s = app::SolicitationService(workspace_->store(), workspace_->actor()).find(*id)) {
                edit(*s, true);
            }
        }
    });
    add(_("&Chase..."), _("Record a reminder and write its letter or e-mail"), [this] { chase(); });
    add(_("Close &without answer"), _("Stop waiting for an answer"), [this] {
        if (auto id = selectedId()) {
            try {
                app::SolicitationService(workspace_->store(), workspace_->actor())
                    .closeWithoutAnswer(*id);
            } catch (const std::exception& e) {
                wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
                return;
            }
            fill();
        }
    });
    add(_("See the &reports"), _("The reports this solicitation concerns"), [this] {
        if (auto id = selectedId(); id && onShowReports) {
            onShowReports(*id);
        }
    });

    auto* book = book_ = new wxNotebook(this, wxID_ANY);
    list_ = new RowList(book, "solicitations_list", "Solicitations",
                               {{_("No."), 45},
                                {_("Sent on"), 95},
                                {_("To"), 150},
                                {_("Subject"), 235},
                                {_("Reports"), 85},
                                {_("Expected by"), 125},
                                {_("State"), 180}});
    book->AddPage(list_, _("Solicitations"));
    nameForScreenReaders(book, _("Views of the solicitations"));
    nameForScreenReaders(list_, _("Solicitations"));
    institutions_ = new wxDataViewListCtrl(book, wxID_ANY);
    institutions_->SetName("institution_figures");
    nameForScreenReaders(institutions_, _("By institution"));
    // Each column at least as wide as its French title.
    auto column = [](wxDataViewListCtrl* table, const wxString& title, int width,
                     wxAlignment align = wxALIGN_LEFT) {
        width = std::max(width, table->GetTextExtent(title).x + 28);
        table->AppendTextColumn(title, wxDATAVIEW_CELL_INERT, width, align);
    };
    column(institutions_, _("Institution"), 110);
    column(institutions_, _("Sent"), 70, wxALIGN_RIGHT);
    column(institutions_, _("Alone"), 70, wxALIGN_RIGHT);
    column(institutions_, _("Jointly"), 90, wxALIGN_RIGHT);
    column(institutions_, _("Answers"), 90, wxALIGN_RIGHT);
    column(institutions_, _("Waiting"), 90, wxALIGN_RIGHT);
    column(institutions_, _("Answer rate"), 110, wxALIGN_RIGHT);
    column(institutions_, _("Median delay (days)"), 150, wxALIGN_RIGHT);
    // The bar shows the answered share; the numbers beside it say the same in words.
    institutions_->AppendProgressColumn(_("Answered vs waiting"), wxDATAVIEW_CELL_INERT, 180);
    column(institutions_, _("Subjects"), 420);
    book->AddPage(institutions_, _("By institution"));
    // The annual report's table: one line per set of addressees written to together.
    addresseeSets_ = new wxDataViewListCtrl(book, wxID_ANY);
    addresseeSets_->SetName("addressee_set_figures");
    nameForScreenReaders(addresseeSets_, _("By addressees"));
    column(addresseeSets_, _("Addressees"), 170);
    column(addresseeSets_, _("Sent"), 70, wxALIGN_RIGHT);
    column(addresseeSets_, _("Answers"), 90, wxALIGN_RIGHT);
    column(addresseeSets_, _("Answered by"), 120);
    addresseeSets_->AppendProgressColumn(_("Answered vs waiting"), wxDATAVIEW_CELL_INERT, 160);
    column(addresseeSets_, _("Subjects"), 420);
    book->AddPage(addresseeSets_, _("By addressees"));

    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(filters, 0, wxEXPAND | wxLEFT | wxRIGHT | wxTOP, 6);
    sizer->Add(buttons, 0, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, 6);
    sizer->Add(book, 1, wxEXPAND);
    SetSizer(sizer);

    list_->Bind(wxEVT_DATAVIEW_ITEM_ACTIVATED, [this](wxDataViewEvent&) { openSelected(); });
}

wxString SolicitationsSection::title() const {
    return _("Solicitations");
}

Section::Tool SolicitationsSection::tool(Command command) const {
    switch (command) {
    case Command::New: return {_("New"), _("Write a new solicitation (Ctrl+N)")};
    case Command::Open: return {_("Open"), _("Open the selected solicitation (Enter)")};
    case Command::Remove: return {}; // closed without answer, never deleted
    case Command::Find: return {}; // the search box is the reports'
    case Command::Export: return {};
    }
    return {};
}

wxString SolicitationsSection::commandLabel(Command command) const {
    switch (command) {
    case Command::New: return _("&New solicitation...\tCtrl+N");
    case Command::Open: return _("&Open the solicitation...\tCtrl+Enter");
    case Command::Remove: return _("(a solicitation is closed, not deleted)");
    case Command::Find: return _("&Search...\tCtrl+F");
    case Command::Export: return _("&Export the list...\tCtrl+E");
    }
    return {};
}

void SolicitationsSection::bind(app::Workspace& workspace) {
    workspace_ = &workspace;
}

void SolicitationsSection::refresh() {
    if (!workspace_) {
        return;
    }
    auto keepString = [](wxChoice* c) { return c->GetSelection() > 0 ? c->GetStringSelection() : wxString(); };
    const wxString institution = keepString(institution_), state = keepString(state_),
                   year = keepString(year_);
    institution_->Clear();
    institution_->Append(_("All institutions"));
    institutionCodes_.clear();
    for (const auto& i : app::ReferenceService(workspace_->store(), workspace_->actor()).institutions()) {
        institution_->Append(wx(institutionLabel(i.code, i.name)));
        institutionCodes_.push_back(i.code);
    }
    state_->Clear();
    state_->Append(_("All states"));
    for (auto s : kStates) {
        state_->Append(wx(label(s)));
    }
    year_->Clear();
    year_->Append(_("All years"));
    std::set<int> years;
    for (const auto& s : app::SolicitationService(workspace_->store(), workspace_->actor()).list({})) {
        years.insert(s.sentOn.year());
    }
    // This year too, so that its quarter or month can be chosen before anything is sent.
    years.insert(Date::today().year());
    years_.assign(years.rbegin(), years.rend());
    for (int y : years_) {
        year_->Append(wxString::Format("%d", y));
    }
    for (auto [choice, previous] : {std::pair{institution_, institution}, std::pair{state_, state},
                                    std::pair{year_, year}}) {
        if (previous.empty() || !choice->SetStringSelection(previous)) {
            choice->SetSelection(0);
        }
    }
    if (year_->GetSelection() == 0 && part_->GetSelection() != kOtherPeriod) {
        part_->SetSelection(kWholeYear); // the year it was part of is gone (another database)
    }
    if (auto p = chosenPeriod()) {
        period_ = *p;
    }
    enablePeriodControls();
    fill();
}

std::optional<std::optional<Period>> SolicitationsSection::chosenPeriod() const {
    return period_parts::chosen(periodControls());
}

void SolicitationsSection::enablePeriodControls() {
    period_parts::enable(periodControls());
}

period_parts::Controls SolicitationsSection::periodControls() const {
    return {year_, part_, from_, to_, apply_, &years_};
}

void SolicitationsSection::onPeriodChosen(wxWindow* source) {
    period_parts::onChosen(periodControls(), source, period_, this, title(),
                           [this](const std::optional<Period>& p) {
                               period_ = p;
                               fill();
                           });
}

SolicitationFilter SolicitationsSection::filter() const {
    SolicitationFilter f;
    f.period = period_;
    const int i = institution_->GetSelection() - 1;
    if (i >= 0 && static_cast<std::size_t>(i) < institutionCodes_.size()) {
        f.institution = institutionCodes_[static_cast<std::size_t>(i)];
    }
    const int s = state_->GetSelection() - 1;
    if (s >= 0) {
        f.state = kStates[s];
    }
    f.overdueOnly = overdue_->GetValue();
    return f;
}

void SolicitationsSection::fill() {
    const auto keep = selectedId();
    auto& store = workspace_->store();
    shown_ = app::SolicitationService(store, workspace_->actor()).list(filter());
    std::reverse(shown_.begin(), shown_.end()); // the latest first
    const Date today = Date::today();
    std::map<ReportId, std::string> refs;
    std::vector<std::vector<wxString>> rows;
    std::vector<wxColour> colours;
    for (const auto& s : shown_) {
        std::vector<std::string> references;
        for (auto id : s.reports) {
            if (!refs.count(id)) {
                auto r = app::ReportBrowser(store).find(id);
                refs[id] = r ? r->reference.text() : std::string();
            }
            references.push_back(refs[id]);
        }
        wxString stateText = wx(label(s.state()));
        wxColour colour; // the theme's
        if (s.answeredOn) {
            stateText += " (" + wx(s.answeredOn->french()) + ")";
        } else if (s.overdue(today)) {
            stateText = _("Late: to chase");
            colour = wxColour(0xE0, 0x1B, 0x24);
        }
        rows.push_back({wxString::Format("%lld", static_cast<long long>(s.id)),
                        wx(s.sentOn.french()), addresseesText(s),
                        wx(text::ellipsis(s.subject, 80)), wx(text::join(references, ", ")),
                        wx(s.expectedBy.french()), stateText});
        colours.push_back(colour);
    }
    list_->setRows(rows, std::move(colours));
    if (keep) {
        select(*keep);
    }
    fillInstitutions();
    if (onStatusChanged) {
        onStatusChanged();
    }
}

void SolicitationsSection::fillInstitutions() {
    SolicitationFilter f;
    f.period = period_;
    const Period p = f.period.value_or(Period{Date(1, 1, 1), Date(9999, 12, 31)});
    const auto figures = computeSolicitationFigures(app::SolicitationService(workspace_->store(), workspace_->actor()).list(f), p);
    institutions_->DeleteAllItems();
    for (const auto& row : figures.byInstitution) {
        wxVector<wxVariant> values;
        values.push_back(wx(row.institution));
        values.push_back(wxString::Format("%lld", row.count));
        values.push_back(wxString::Format("%lld", row.alone));
        values.push_back(wxString::Format("%lld", row.jointly));
        values.push_back(wxString::Format("%lld", row.answered));
        values.push_back(wxString::Format("%lld", row.waiting));
        values.push_back(wx(frenchPercent(row.answerRate)));
        wxString delay = L"\u2014";
        if (row.medianDelayDays) {
            delay = wxString::Format("%.1f", *row.medianDelayDays);
            delay.Replace(".", ",");
            if (delay.EndsWith(",0")) {
                delay.RemoveLast(2);
            }
        }
        values.push_back(delay);
        values.push_back(static_cast<long>(row.answerRate ? row.answerRate->hundredths() / 100 : 0));
        // One per solicitation, as in the view by addressees: a subject asked twice shows twice.
        values.push_back(wx(text::join(row.subjects, " ; ")));
        institutions_->AppendItem(values);
    }
    addresseeSets_->DeleteAllItems();
    for (const auto& row : figures.byAddressees) {
        wxVector<wxVariant> values;
        values.push_back(row.addressees == std::vector<std::string>{std::string(kPartnershipCode)}
                             ? wx(wholePartnershipName())
                             : wx(row.label));
        values.push_back(wxString::Format("%lld", row.count));
        values.push_back(wxString::Format("%lld", row.answered));
        values.push_back(wx(text::join(row.answeredBy, ", ")));
        values.push_back(static_cast<long>(row.count ? row.answered * 100 / row.count : 0));
        values.push_back(wx(text::join(row.subjects, " ; ")));
        addresseeSets_->AppendItem(values);
    }
}

std::optional<SolicitationId> SolicitationsSection::selectedId() const {
    const int row = list_->selectedRow();
    if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
        return std::nullopt;
    }
    return shown_[static_cast<std::size_t>(row)].id;
}

void SolicitationsSection::show(SolicitationId id) {
    if (!workspace_) {
        return;
    }
    for (wxChoice* c : {institution_, state_, year_, part_}) {
        c->SetSelection(0);
    }
    from_->ChangeValue(wxString());
    to_->ChangeValue(wxString());
    period_.reset();
    enablePeriodControls();
    overdue_->SetValue(false);
    fill();
    select(id);
}

void SolicitationsSection::select(SolicitationId id) {
    for (std::size_t i = 0; i < shown_.size(); ++i) {
        if (shown_[i].id == id) {
            list_->selectRow(static_cast<int>(i));
        }
    }
}

wxString SolicitationsSection::statusText() {
    if (!workspace_) {
        return wxString();
    }
    const auto late = app::SolicitationService(workspace_->store(), workspace_->actor()).overdueCount(Date::today());
    return wxString::Format(L"%s \u2014 %s",
                            wxString::Format(wxPLURAL("%zu solicitation", "%zu solicitations",
                                                      shown_.size()),
                                             shown_.size()),
                            wxString::Format(wxPLURAL("%lld late", "%lld late", late),
                                             static_cast<long long>(late)));
}

SolicitationActions SolicitationsSection::actions() {
    auto& ws = *workspace_;
    return {
        [&ws](Solicitation s, app::PersonalData personalData) {
            return app::SolicitationService(ws.store(), ws.actor()).save(std::move(s), personalData);
        },
        [&ws](ReportId id) { return app::ReportBrowser(ws.store()).find(id); },
        [&ws](const std::string& reference) -> std::optional<DifficultyReport> {
            auto ref = ReportReference::parse(reference);
            return ref ? app::ReportBrowser(ws.store()).find(*ref) : std::nullopt;
        },
    };
}

bool SolicitationsSection::edit(Solicitation s, bool toAnswer) {
    if (!workspace_) {
        return false;
    }
    SolicitationEditor editor(this, std::move(s), app::ReferenceService(workspace_->store(), workspace_->actor()).institutions(),
                              actions());
    if (toAnswer) {
        editor.CallAfter([&editor] { editor.focusAnswer(); });
    }
    if (editor.ShowModal() != wxID_OK) {
        return false;
    }
    refresh();
    select(editor.solicitation().id);
    if (selectedId() != editor.solicitation().id) {
        show(editor.solicitation().id); // hidden by the filters: show it all the same
    }
    return true;
}

void SolicitationsSection::newItem() {
    Solicitation s;
    s.sentOn = Date::today();
    s.expectedBy = Date(1, 1, 1); // the usual delay, given when saved
    edit(std::move(s));
}

void SolicitationsSection::newFor(ReportId report) {
    Solicitation s;
    s.sentOn = Date::today();
    s.expectedBy = Date(1, 1, 1);
    s.reports = {report};
    if (auto r = app::ReportBrowser(workspace_->store()).find(report)) {
        s.addressees = r->institutions;
    }
    edit(std::move(s));
}

void SolicitationsSection::openSelected() {
    if (auto id = selectedId()) {
        if (auto s = app::SolicitationService(workspace_->store(), workspace_->actor()).find(*id)) {
            edit(*s);
        }
    }
}

void SolicitationsSection::writeLetter() {
    const auto id = selectedId();
    if (!id) {
        wxMessageBox(_("Select a solicitation first."), title(), wxOK | wxICON_INFORMATION, this);
        return;
    }
    const auto file = askPdfPath(this, _("Save the letter"),
                                 wxString::Format("sollicitation-%lld.pdf", static_cast<long long>(*id)));
    if (file.empty()) {
        return;
    }
    try {
        wxBusyCursor busy;
        app::writeSolicitationLetter(workspace_->store(), *id, file);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    openDocument(file);
}

void SolicitationsSection::chase() {
    const auto id = selectedId();
    if (!id) {
        wxMessageBox(_("Select a solicitation first."), title(), wxOK | wxICON_INFORMATION, this);
        return;
    }
    // How first, so that the note kept says how, and the document made is this reminder's.
    wxMessageDialog how(this, _("How do you remind the institution?"), _("Chase the institution"),
                        wxYES_NO | wxCANCEL | wxHELP | wxICON_QUESTION);
    how.SetYesNoCancelLabels(_("By &letter (PDF)"), _("By &e-mail"), _("&Cancel"));
    how.SetHelpLabel(_("&Otherwise (telephone...)"));
    const int answer = how.ShowModal();
    if (answer == wxID_CANCEL) {
        return;
    }
    const wxString usual = answer == wxID_YES ? _("Reminder letter")
                           : answer == wxID_NO ? _("Reminder e-mail")
                                               : _("Reminder by telephone");
    wxTextEntryDialog note(this, _("A note kept with the reminder:"), _("Chase the institution"),
                           usual);
    if (note.ShowModal() != wxID_OK) {
        return;
    }
    try {
        app::SolicitationService(workspace_->store(), workspace_->actor())
            .chase(*id, Date::today(), utf8(note.GetValue()));
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
        return;
    }
    refresh(); // the counts and the list (a reminded solicitation may leave a "late" view)
    select(*id);
    if (answer == wxID_YES) {
        writeReminderLetter(*id);
    } else if (answer == wxID_NO) {
        sendReminderEmail(*id);
    }
}

void SolicitationsSection::writeReminderLetter(SolicitationId id) {
    const auto file = askPdfPath(this, _("Save the reminder letter"),
                                 wxString::Format("relance-%lld.pdf", static_cast<long long>(id)));
    if (file.empty()) {
        return;
    }
    try {
        wxBusyCursor busy;
        app::writeReminderLetter(workspace_->store(), id, file);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The document was not written"), wxOK | wxICON_ERROR, this);
        return;
    }
    openDocument(file);
}

void SolicitationsSection::sendReminderEmail(SolicitationId id) {
    app::ReminderEmail mail;
    try {
        mail = app::reminderEmail(workspace_->store(), id);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), title(), wxOK | wxICON_WARNING, this);
        return;
    }
    if (!mail.to.empty() && composeEmail(wx(mail.subject), wx(mail.body), {}, mail.to)) {
        return;
    }
    // Nothing lost: the text goes to the clipboard, to paste in a webmail.
    if (wxTheClipboard->Open()) {
        wxTheClipboard->SetData(new wxTextDataObject(wx(mail.body)));
        wxTheClipboard->Close();
    }
    const wxString why =
        mail.to.empty()
            ? _("No e-mail address is known for these institutions (see Settings).")
            : wxString::Format(_("No mail program could be opened. Write to: %s"),
                               wx(text::join(mail.to, ", ")));
    wxMessageBox(why + L"\n\n" + _("The text of the e-mail is copied to the clipboard."), title(),
                 wxOK | wxICON_INFORMATION, this);
}

void SolicitationsSection::saveLayout() {
    list_->rememberWidths();
}

} // namespace vigie::ui
