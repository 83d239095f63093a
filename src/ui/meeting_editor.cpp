#include "meeting_editor.h"

#include <algorithm>

#include <wx/accel.h>
#include <wx/button.h>
#include <wx/choicdlg.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "screen_reader.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

std::optional<Date> parseDate(const wxString& value) {
    return Date::fromCsv(text::trim(utf8(value)));
}

wxStaticText* label(wxWindow& w, const char* name) {
    return XRCCTRL(w, name, wxStaticText);
}

void fillChecks(wxCheckListBox* list, const std::vector<wxString>& labels,
                const std::vector<bool>& checked) {
    list->Clear();
    for (std::size_t i = 0; i < labels.size(); ++i) {
        list->Append(labels[i]);
        list->Check(static_cast<unsigned>(i), checked[i]);
    }
}

bool contains(const std::vector<std::string>& codes, const std::string& code) {
    return std::any_of(codes.begin(), codes.end(),
                       [&](const std::string& c) { return codeKey(c) == codeKey(code); });
}

} // namespace

MeetingEditor::MeetingEditor(wxWindow* parent, Meeting meeting, MeetingChoices choices,
                             MeetingActions actions)
    : meeting_(std::move(meeting)), choices_(std::move(choices)), actions_(std::move(actions)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "MeetingEditor");
    date = XRCCTRL(*this, "date", wxTextCtrl);
    time = XRCCTRL(*this, "time", wxTextCtrl);
    place = XRCCTRL(*this, "place", wxTextCtrl);
    facilitators = XRCCTRL(*this, "facilitators", wxTextCtrl);
    state = XRCCTRL(*this, "state", wxChoice);
    next = XRCCTRL(*this, "next", wxTextCtrl);
    notes = XRCCTRL(*this, "notes", wxTextCtrl);
    presentBodies = XRCCTRL(*this, "present_bodies", wxCheckListBox);
    excusedBodies = XRCCTRL(*this, "excused_bodies", wxCheckListBox);
    presentPeople = XRCCTRL(*this, "present_people", wxCheckListBox);
    excusedPeople = XRCCTRL(*this, "excused_people", wxCheckListBox);
    agenda = XRCCTRL(*this, "agenda", wxListBox);
    itemMinutes = XRCCTRL(*this, "item_minutes", wxTextCtrl);
    // A list drawn by GTK itself, which screen readers read row by row.
    decisions = new RowList(this, "decisions", wxString(), {});
    wxXmlResource::Get()->AttachUnknownControl("decisions", decisions, this);
    nameFromLabel(decisions, FindWindow(XRCID("decisions_label")));
    decisionKind = XRCCTRL(*this, "decision_kind", wxChoice);
    decisionText = XRCCTRL(*this, "decision_text", wxTextCtrl);
    decisionOwner = XRCCTRL(*this, "decision_owner", wxTextCtrl);
    decisionDue = XRCCTRL(*this, "decision_due", wxTextCtrl);

    state->Append(wx(label(MeetingState::Planned)));
    state->Append(wx(label(MeetingState::Held)));
    state->Append(wx(label(MeetingState::Final)));
    for (auto k : kAllDecisionKinds) {
        decisionKind->Append(wx(label(k)));
    }
    decisionKind->SetSelection(0);
    decisionBody = XRCCTRL(*this, "decision_body", wxChoice);
    decisionBody->Append(_("(none)"));
    for (const auto& i : choices_.institutions) {
        if (!i.active || isWholePartnership(i.code)) {
            continue; // "none" already means the whole partnership for a solicitation
        }
        decisionBody->Append(i.name.empty() || i.name == i.code
                                 ? wx(i.code)
                                 : wxString::Format(L"%s — %s", wx(i.code), wx(i.name)));
        decisionBodies_.push_back(i.code);
    }
    decisionBody->SetSelection(0);
    // The long text last: at 1,024 pixels the kind, the date and the state stay in view
    // (the fields below show the whole decision chosen).
    decisions->setColumns({{_("Follow-up"), 150},
                           {_("By"), 85},
                           {_("State"), 118},
                           {_("Who"), 80},
                           {_("What"), 220}});
    decisions->stretchLastColumn();
    label(*this, "decisions_label")->SetLabel(_("Decisions on this report (stored as soon as added):"));

    agenda->Bind(wxEVT_LISTBOX, [this](wxCommandEvent& e) { selectItem(e.GetSelection()); });
    itemMinutes->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { keepItemMinutes(); });
    itemMinutes->Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (!summaryText_.empty() && e.GetSize().GetWidth() != summaryWidth_) {
            CallAfter([this] {
                wrapSummary();
                label(*this, "item_summary")->GetParent()->Layout();
            });
        }
    });
    auto on = [this](const char* name, std::function<void()> f) {
        XRCCTRL(*this, name, wxButton)->Bind(wxEVT_BUTTON, [f](wxCommandEvent&) { f(); });
    };
    on("propose", [this] { proposeAgenda(); });
    on("add_others", [this] { addOthers(); });
    on("add_item", [this] {
        wxTextEntryDialog ask(this, _("Title of the item:"), _("Agenda"));
        if (ask.ShowModal() == wxID_OK && !ask.GetValue().Trim().empty()) {
            meeting_.agenda.push_back({0, AgendaKind::Free, std::nullopt, std::nullopt,
                                       utf8(ask.GetValue().Trim()), ""});
            fillAgenda();
            selectItem(static_cast<int>(meeting_.agenda.size()) - 1);
        }
    });
    on("add_report", [this] {
        wxTextEntryDialog ask(this, _("Reference of the report (for example 2025-012):"),
                              _("Agenda"));
        if (ask.ShowModal() != wxID_OK) {
            return;
        }
        auto id = actions_.findReport(text::trimmed(utf8(ask.GetValue())));
        if (!id) {
            wxMessageBox(_("No report has this reference."), _("Agenda"), wxOK | wxICON_WARNING, this);
            return;
        }
        meeting_.agenda.push_back({0, AgendaKind::NewReport, *id, std::nullopt, "", ""});
        fillAgenda();
        selectItem(static_cast<int>(meeting_.agenda.size()) - 1);
    });
    auto move = [this](int delta) {
        const int to = current_ + delta;
        if (current_ < 0 || to < 0 || to >= static_cast<int>(meeting_.agenda.size())) {
            return;
        }
        keepItemMinutes();
        std::swap(meeting_.agenda[static_cast<std::size_t>(current_)],
                  meeting_.agenda[static_cast<std::size_t>(to)]);
        current_ = -1;
        fillAgenda();
        selectItem(to);
    };
    on("item_up", [move] { move(-1); });
    on("item_down", [move] { move(+1); });
    on("item_remove", [this] { removeSelectedItems(); });
    agenda->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        if (e.GetKeyCode() == WXK_DELETE && !e.HasAnyModifiers()) {
            removeSelectedItems();
        } else {
            e.Skip();
        }
    });
    on("decision_add", [this] { addDecision(); });
    on("decision_done", [this] {
        const long row = decisions->selectedRow();
        if (row < 0 || static_cast<std::size_t>(row) >= shownDecisions_.size()) {
            return;
        }
        Decision d = shownDecisions_[static_cast<std::size_t>(row)];
        d.doneOn = Date::today();
        try {
            // Only the date changes: the text was checked when it was stored.
            actions_.saveDecision(d, app::PersonalData::SaveAnyway);
        } catch (const std::exception& e) {
            showFieldError(label(*this, "decision_error"), wx(e.what()));
        }
        refreshDecisions();
    });
    on("decision_remove", [this] {
        const long row = decisions->selectedRow();
        if (row < 0 || static_cast<std::size_t>(row) >= shownDecisions_.size()) {
            return;
        }
        const DecisionId id = shownDecisions_[static_cast<std::size_t>(row)].id;
        if (!confirmDecisionRemoval(id)) {
            return;
        }
        try {
            actions_.removeDecision(id);
        } catch (const std::exception& e) {
            showFieldError(label(*this, "decision_error"), wx(e.what()));
        }
        refreshDecisions();
    });
    on("decision_faq", [this] { writeFaqAnswer(); });
    Bind(wxEVT_BUTTON, &MeetingEditor::onSave, this, wxID_OK);
    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_CTRL, 'S', wxID_OK)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    for (const char* name : {"date_error", "time_error", "next_error", "decision_error"}) {
        showFieldError(label(*this, name), wxString());
    }
    SetTitle(meeting_.id ? wxString::Format(_("Meeting of %s"), wx(meeting_.date.french()))
                         : _("New meeting"));
    SetMinSize(wxSize(940, 620));
    GetSizer()->Fit(this);
    CentreOnParent();
}

bool MeetingEditor::TransferDataToWindow() {
    date->ChangeValue(wx(meeting_.date.french()));
    time->ChangeValue(wx(meeting_.time));
    place->ChangeValue(wx(meeting_.place));
    facilitators->ChangeValue(wx(meeting_.facilitators));
    state->SetSelection(static_cast<int>(meeting_.state));
    next->ChangeValue(meeting_.nextMeeting ? wx(meeting_.nextMeeting->french()) : wxString());
    notes->ChangeValue(wx(meeting_.notes));

    std::vector<wxString> bodyLabels;
    std::vector<bool> present, excused;
    for (const Institution* body : attendanceBodies()) {
        const Institution& i = *body;
        bodyLabels.push_back(i.name.empty() || i.name == i.code
                                 ? wx(i.code)
                                 : wxString::Format(L"%s \u2014 %s", wx(i.code), wx(i.name)));
        present.push_back(contains(meeting_.presentBodies, i.code));
        excused.push_back(contains(meeting_.excusedBodies, i.code));
    }
    fillChecks(presentBodies, bodyLabels, present);
    fillChecks(excusedBodies, bodyLabels, excused);
    std::vector<wxString> names;
    std::vector<bool> came, excusedPerson;
    for (const auto& p : choices_.people) {
        const bool isPresent = std::find(meeting_.presentPeople.begin(), meeting_.presentPeople.end(),
                                         p.name) != meeting_.presentPeople.end();
        const bool isExcused = std::find(meeting_.excusedPeople.begin(), meeting_.excusedPeople.end(),
                                         p.name) != meeting_.excusedPeople.end();
        if (p.active || isPresent || isExcused) {
            names.push_back(wx(p.name));
            came.push_back(isPresent);
            excusedPerson.push_back(isExcused);
        }
    }
    fillChecks(presentPeople, names, came);
    fillChecks(excusedPeople, names, excusedPerson);
    fillAgenda();
    selectItem(meeting_.agenda.empty() ? -1 : 0);
    lockIfFinal();
    applyProposal();
    return true;
}

void MeetingEditor::lockIfFinal() {
    if (!meeting_.locked()) {
        return;
    }
    // Final minutes: readable, not editable (reopen the meeting from the list first).
    for (wxWindow* w : {static_cast<wxWindow*>(date), static_cast<wxWindow*>(time),
                        static_cast<wxWindow*>(place), static_cast<wxWindow*>(facilitators),
                        static_cast<wxWindow*>(state), static_cast<wxWindow*>(next),
                        static_cast<wxWindow*>(notes), static_cast<wxWindow*>(itemMinutes),
                        static_cast<wxWindow*>(presentBodies), static_cast<wxWindow*>(excusedBodies),
                        static_cast<wxWindow*>(presentPeople), static_cast<wxWindow*>(excusedPeople)}) {
        w->Enable(false);
    }
    for (const char* name : {"propose", "add_item", "add_report", "item_up", "item_down",
                             "item_remove", "decision_add", "decision_done", "decision_remove"}) {
        XRCCTRL(*this, name, wxButton)->Enable(false);
    }
    FindWindow(wxID_OK)->Enable(false);
    SetTitle(GetTitle() + L" \u2014 " + _("final minutes, locked"));
}

wxString MeetingEditor::itemLabel(const AgendaItem& item) const {
    switch (item.kind) {
    case AgendaKind::Free: return wx(item.title);
    case AgendaKind::DecisionFollowUp: return wxString::Format(_("Follow-up: %s"), wx(item.title));
    default: break;
    }
    if (item.report) {
        if (auto r = actions_.report(*item.report)) {
            wxString l = wxString::Format(
                item.kind == AgendaKind::OpenFollowUp ? _("Follow-up of report %s") : _("Report %s"),
                wx(r->reference.text()));
            return l + L" \u2014 " + categoriesText(r->categories);
        }
    }
    return wx(item.title);
}

void MeetingEditor::fillAgenda() {
    agenda->Clear();
    for (std::size_t i = 0; i < meeting_.agenda.size(); ++i) {
        agenda->Append(wxString::Format("%zu. %s", i + 1, itemLabel(meeting_.agenda[i])));
    }
    label(*this, "agenda_label")
        ->SetLabel(wxString::Format(wxPLURAL("A&genda (%zu item):", "A&genda (%zu items):",
                                             meeting_.agenda.size()),
                                    meeting_.agenda.size()));
}

void MeetingEditor::removeSelectedItems() {
    wxArrayInt chosen;
    agenda->GetSelections(chosen);
    if (chosen.empty()) {
        return;
    }
    keepItemMinutes();
    std::sort(chosen.begin(), chosen.end(), std::greater<int>());
    for (int index : chosen) {
        meeting_.agenda.erase(meeting_.agenda.begin() + index);
    }
    current_ = -1; // nothing to keep from the removed items
    fillAgenda();
    selectItem(std::min(chosen.back(), static_cast<int>(meeting_.agenda.size()) - 1));
}

bool MeetingEditor::onAgenda(const AgendaItem& item) const {
    return std::any_of(meeting_.agenda.begin(), meeting_.agenda.end(), [&](const AgendaItem& i) {
        return i.kind == item.kind && i.report == item.report && i.decision == item.decision &&
               (i.kind != AgendaKind::Free || i.title == item.title);
    });
}

void MeetingEditor::addOthers() {
    Meeting m = meeting_;
    if (!readGeneral(m, true)) {
        return;
    }
    std::vector<AgendaItem> offered;
    for (auto& item : actions_.propose(m.date).others) {
        if (!onAgenda(item)) {
            offered.push_back(std::move(item));
        }
    }
    if (offered.empty()) {
        wxMessageBox(_("Every open report and decision is already on the agenda."), _("Agenda"),
                     wxOK | wxICON_INFORMATION, this);
        return;
    }
    wxArrayString labels;
    for (const auto& item : offered) {
        labels.Add(itemLabel(item));
    }
    wxMultiChoiceDialog ask(this,
                            wxString::Format(wxPLURAL("%zu other report or decision is still open. "
                                                      "Check those to add:",
                                                      "%zu other reports and decisions are still "
                                                      "open. Check those to add:",
                                                      offered.size()),
                                             offered.size()),
                            _("Add other open reports"), labels);
    ask.SetName("AddOthers");
    if (ask.ShowModal() != wxID_OK) {
        return;
    }
    for (int index : ask.GetSelections()) {
        meeting_.agenda.push_back(offered[static_cast<std::size_t>(index)]);
    }
    fillAgenda();
    selectItem(static_cast<int>(meeting_.agenda.size()) - 1);
}

void MeetingEditor::keepItemMinutes() {
    if (current_ >= 0 && static_cast<std::size_t>(current_) < meeting_.agenda.size() &&
        itemMinutes->IsEnabled()) {
        meeting_.agenda[static_cast<std::size_t>(current_)].minutes = utf8(itemMinutes->GetValue());
    }
}

void MeetingEditor::selectItem(int index) {
    keepItemMinutes();
    current_ = index;
    if (index >= 0 && index < static_cast<int>(agenda->GetCount())) {
        // Several may be selected (to remove them together): this one becomes the only one.
        agenda->DeselectAll();
        agenda->SetSelection(index);
    }
    showItem();
}

void MeetingEditor::showItem() {
    auto* summary = label(*this, "item_summary");
    if (current_ < 0 || static_cast<std::size_t>(current_) >= meeting_.agenda.size()) {
        summary->SetLabel(_("Choose an item of the agenda."));
        itemMinutes->ChangeValue(wxString());
        itemMinutes->Enable(false);
        refreshDecisions();
        return;
    }
    const auto& item = meeting_.agenda[static_cast<std::size_t>(current_)];
    wxString shown = itemLabel(item);
    if (item.report) {
        if (auto r = actions_.report(*item.report)) {
            shown += "\n" + wx(text::ellipsis(r->description, 240));
        }
    }
    summaryText_ = shown;
    wrapSummary();
    itemMinutes->Enable(!meeting_.locked());
    itemMinutes->ChangeValue(wx(item.minutes));
    refreshDecisions();
    summary->GetParent()->Layout(); // the wrapped summary may take more lines
}

// Wrapped at the width the text has on this screen, again when the window is resized:
// GTK would otherwise wrap the lines wrapped for another width a second time.
void MeetingEditor::wrapSummary() {
    auto* summary = label(*this, "item_summary");
    const int width = std::max(200, itemMinutes->GetSize().GetWidth());
    summaryWidth_ = width;
    summary->SetLabel(summaryText_);
    summary->Wrap(width);
}

void MeetingEditor::refreshDecisions() {
    decisions->DeleteAllItems();
    shownDecisions_.clear();
    std::vector<std::vector<wxString>> rows;
    const bool reportItem = current_ >= 0 &&
                            static_cast<std::size_t>(current_) < meeting_.agenda.size() &&
                            meeting_.agenda[static_cast<std::size_t>(current_)].report;
    for (const char* name : {"decision_add", "decision_done", "decision_remove"}) {
        XRCCTRL(*this, name, wxButton)->Enable(reportItem && !meeting_.locked());
    }
    auto* faq = XRCCTRL(*this, "decision_faq", wxButton);
    faq->Enable(false);
    if (!reportItem || meeting_.id == 0) {
        return;
    }
    const ReportId report = *meeting_.agenda[static_cast<std::size_t>(current_)].report;
    for (const auto& d : actions_.decisionsOf(meeting_.id)) {
        if (d.report != report) {
            continue;
        }
        if (d.kind == DecisionKind::FaqAnswer && actions_.writeFaq) {
            faq->Enable(true); // the one click from the decision to the answer
        }
        rows.push_back(
            {wx(label(d.kind)), d.due ? wx(d.due->french()) : wxString(),
             d.doneOn ? wxString::Format(_("done on %s"), wx(d.doneOn->french()))
                      : (d.kind == DecisionKind::NoFollowUp ? wxString() : _("in progress")),
             wx(d.owner),
             d.institutions.empty() ? wx(d.text)
                                    : wx(d.text) + L" \u2014 " + wx(text::join(d.institutions, ", "))});
        shownDecisions_.push_back(d);
    }
    decisions->setRows(rows);
}

void MeetingEditor::writeFaqAnswer() {
    if (current_ >= 0 && static_cast<std::size_t>(current_) < meeting_.agenda.size() &&
        meeting_.agenda[static_cast<std::size_t>(current_)].report && actions_.writeFaq) {
        actions_.writeFaq(*meeting_.agenda[static_cast<std::size_t>(current_)].report, this);
    }
}

bool MeetingEditor::readGeneral(Meeting& m, bool showErrors) {
    bool ok = true;
    auto error = [&](const char* field, const wxString& message) {
        if (showErrors) {
            showFieldError(label(*this, field), message);
        }
        ok = false;
    };
    for (const char* name : {"date_error", "time_error", "next_error"}) {
        showFieldError(label(*this, name), wxString());
    }
    if (auto d = parseDate(date->GetValue())) {
        m.date = *d;
    } else {
        error("date_error", _("Not a date: write it as 14/07/2025."));
    }
    const std::string t = text::trimmed(utf8(time->GetValue()));
    if (isValidTime(t)) {
        m.time = t;
    } else {
        error("time_error", _("Write the time as 14:00."));
    }
    m.place = text::trimmed(utf8(place->GetValue()));
    m.facilitators = text::trimmed(utf8(facilitators->GetValue()));
    m.state = static_cast<MeetingState>(std::max(0, state->GetSelection()));
    m.notes = text::trimmed(utf8(notes->GetValue()));
    m.nextMeeting.reset();
    if (!text::trim(utf8(next->GetValue())).empty()) {
        if (auto d = parseDate(next->GetValue())) {
            m.nextMeeting = d;
        } else {
            error("next_error", _("Not a date: write it as 14/07/2025."));
        }
    }
    return ok;
}

std::vector<const Institution*> MeetingEditor::attendanceBodies() const {
    std::vector<const Institution*> out;
    for (const auto& i : choices_.institutions) {
        const bool recorded =
            contains(meeting_.presentBodies, i.code) || contains(meeting_.excusedBodies, i.code);
        // The whole partnership (PIO) is not a body that sits at the table; an inactive body
        // only when this meeting already names it.
        if (recorded || (i.active && !isWholePartnership(i.code))) {
            out.push_back(&i);
        }
    }
    return out;
}

void MeetingEditor::readAttendance(Meeting& m) const {
    m.presentBodies.clear();
    m.excusedBodies.clear();
    std::size_t row = 0;
    for (const Institution* body : attendanceBodies()) {
        const Institution& i = *body;
        if (presentBodies->IsChecked(static_cast<unsigned>(row))) {
            m.presentBodies.push_back(i.code);
        } else if (excusedBodies->IsChecked(static_cast<unsigned>(row))) {
            m.excusedBodies.push_back(i.code);
        }
        ++row;
    }
    m.presentPeople.clear();
    m.excusedPeople.clear();
    for (unsigned i = 0; i < presentPeople->GetCount(); ++i) {
        const std::string name = utf8(presentPeople->GetString(i));
        if (presentPeople->IsChecked(i)) {
            m.presentPeople.push_back(name);
        } else if (excusedPeople->IsChecked(i)) {
            m.excusedPeople.push_back(name);
        }
    }
}

bool MeetingEditor::TransferDataFromWindow() {
    keepItemMinutes();
    Meeting m = meeting_;
    if (!readGeneral(m, true)) {
        XRCCTRL(*this, "pages", wxNotebook)->SetSelection(0);
        return false;
    }
    readAttendance(m);
    meeting_ = std::move(m);
    return true;
}

// The minutes go to every partner: they must not identify the people concerned. Asked
// here; the service applies the rule and records the answer. False when the user goes
// back to the text.
bool MeetingEditor::saveMeeting() {
    std::vector<std::pair<wxString, std::string>> texts = {{_("Notes"), meeting_.notes}};
    for (const auto& item : meeting_.agenda) {
        texts.push_back({wx(item.title), item.minutes});
    }
    if (!acceptPersonalData(this, texts)) {
        return false;
    }
    meeting_ = actions_.save(meeting_, app::PersonalData::SaveAnyway);
    return true;
}

bool MeetingEditor::ensureSaved(bool evenIfStored) {
    if (meeting_.id != 0 && !evenIfStored) {
        return true;
    }
    if (!TransferDataFromWindow()) {
        return false;
    }
    try {
        if (!saveMeeting()) {
            return false;
        }
        SetTitle(wxString::Format(_("Meeting of %s"), wx(meeting_.date.french())));
        return true;
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The meeting was not saved"), wxOK | wxICON_ERROR, this);
        return false;
    }
}

bool MeetingEditor::confirmDecisionRemoval(DecisionId id) {
    wxString question = _("Delete this decision?");
    if (const auto created = actions_.solicitationOf(id)) {
        question += L"\n\n" +
                    wxString::Format(_("It created the solicitation sent on %s to %s "
                                       "(\"%s\"): that solicitation, its reminders "
                                       "and its answer will be deleted too."),
                                     wx(created->sentOn.french()), wx(created->addresseesLabel()),
                                     wx(created->subject));
    }
    wxMessageDialog ask(this, question, _("Delete a decision"),
                        wxYES_NO | wxNO_DEFAULT | wxICON_WARNING);
    ask.SetYesNoLabels(_("&Delete"), _("&Keep"));
    return ask.ShowModal() == wxID_YES;
}

bool MeetingEditor::addDecision() {
    auto* error = label(*this, "decision_error");
    showFieldError(error, wxString());
    if (current_ < 0 || static_cast<std::size_t>(current_) >= meeting_.agenda.size() ||
        !meeting_.agenda[static_cast<std::size_t>(current_)].report) {
        showFieldError(error, _("Choose a report of the agenda first."));
        return false;
    }
    Decision d;
    d.report = *meeting_.agenda[static_cast<std::size_t>(current_)].report;
    d.kind = kAllDecisionKinds[std::max(0, decisionKind->GetSelection())];
    d.text = text::trimmed(utf8(decisionText->GetValue()));
    d.owner = text::trimmed(utf8(decisionOwner->GetValue()));
    if (const int body = decisionBody->GetSelection(); body > 0) {
        d.institutions = {decisionBodies_[static_cast<std::size_t>(body - 1)]};
    } else if (d.kind == DecisionKind::CollectiveAlert) {
        showFieldError(error, _("Choose the institution whose social workers are alerted."));
        decisionBody->SetFocus();
        return false;
    }
    if (!text::trim(utf8(decisionDue->GetValue())).empty()) {
        d.due = parseDate(decisionDue->GetValue());
        if (!d.due) {
            showFieldError(error, _("Write the date as 14/07/2025."));
            return false;
        }
    }
    if (!acceptPersonalData(this, {{_("What"), d.text}})) {
        decisionText->SetFocus();
        return false;
    }
    // The meeting must exist for its decisions: a new one is saved first; for a proposal,
    // the agenda that holds its reports too.
    const int keep = current_;
    const auto forAll = proposalReports(d.report);
    if (!ensureSaved(forAll.has_value())) {
        return false;
    }
    d.meeting = meeting_.id;
    try {
        // The text was asked about just above.
        if (forAll) {
            actions_.saveDecisions(d, *forAll, app::PersonalData::SaveAnyway);
            proposal_.reset();
            decisionForAll->Hide();
        } else {
            actions_.saveDecision(d, app::PersonalData::SaveAnyway);
        }
    } catch (const std::exception& e) {
        showFieldError(error, wx(e.what()));
        return false;
    }
    decisionText->ChangeValue(wxString());
    decisionDue->ChangeValue(wxString());
    decisionBody->SetSelection(0);
    selectItem(keep);
    return true;
}

void MeetingEditor::proposeAgenda() {
    Meeting m = meeting_;
    if (!readGeneral(m, true)) {
        return;
    }
    for (auto& proposed : actions_.propose(m.date).proposed) {
        if (!onAgenda(proposed)) {
            meeting_.agenda.push_back(std::move(proposed));
        }
    }
    fillAgenda();
    selectItem(meeting_.agenda.empty() ? -1 : 0);
}

void MeetingEditor::onSave(wxCommandEvent&) {
    if (!TransferDataFromWindow()) {
        return;
    }
    try {
        if (!saveMeeting()) {
            return;
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The meeting was not saved"), wxOK | wxICON_ERROR, this);
        return;
    }
    EndModal(wxID_OK);
}

} // namespace vigie::ui
