#include "solicitation_editor.h"

#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "confirm_discard.h"
#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

constexpr SolicitationChannel kChannels[] = {SolicitationChannel::Mail, SolicitationChannel::Letter,
                                             SolicitationChannel::PartnershipMeeting};

wxStaticText* errorLabel(wxWindow& w, const char* name) {
    return XRCCTRL(w, name, wxStaticText);
}

} // namespace

SolicitationEditor::SolicitationEditor(wxWindow* parent, Solicitation solicitation,
                                       std::vector<Institution> institutions,
                                       SolicitationActions actions)
    : solicitation_(std::move(solicitation)), institutions_(std::move(institutions)),
      actions_(std::move(actions)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "SolicitationEditor");
    sentOn = XRCCTRL(*this, "sent_on", wxTextCtrl);
    subject = XRCCTRL(*this, "subject", wxTextCtrl);
    reports = XRCCTRL(*this, "reports", wxTextCtrl);
    channel = XRCCTRL(*this, "channel", wxChoice);
    contact = XRCCTRL(*this, "contact", wxTextCtrl);
    expectedBy = XRCCTRL(*this, "expected_by", wxTextCtrl);
    answeredOn = XRCCTRL(*this, "answered_on", wxTextCtrl);
    answeredBy = XRCCTRL(*this, "answered_by", wxChoice);
    answer = XRCCTRL(*this, "answer", wxTextCtrl);
    closed = XRCCTRL(*this, "closed", wxCheckBox);
    addressees = std::make_unique<CheckListFilter>(XRCCTRL(*this, "addressees_search", wxSearchCtrl),
                                                   XRCCTRL(*this, "addressees", wxCheckListBox));
    for (auto c : kChannels) {
        channel->Append(wx(label(c)));
    }
    answeredBy->Append(_("(not said)"));
    std::vector<CheckListFilter::Entry> entries;
    for (const auto& i : institutions_) {
        const bool named = std::any_of(solicitation_.addressees.begin(), solicitation_.addressees.end(),
                                       [&](const std::string& c) { return codeKey(c) == codeKey(i.code); });
        if (!i.active && !named) {
            continue;
        }
        const wxString labelText = isWholePartnership(i.code)
                                       ? _("PIO - the whole inter-organisation partnership")
                                       : (i.name.empty() || i.name == i.code
                                              ? wx(i.code)
                                              : wxString::Format(L"%s \u2014 %s", wx(i.code), wx(i.name)));
        entries.push_back({i.code, labelText});
        answeredBy->Append(wx(i.code));
    }
    // A body the reports name that the settings never listed (the observatory's problems):
    // offered under its code, the service adding it to the settings when saved.
    for (const auto& code : solicitation_.addressees) {
        if (std::none_of(entries.begin(), entries.end(), [&](const CheckListFilter::Entry& e) {
                return codeKey(e.code) == codeKey(code);
            })) {
            entries.push_back({code, wx(code)});
            answeredBy->Append(wx(code));
        }
    }
    addressees->setEntries(std::move(entries));
    Bind(wxEVT_BUTTON, &SolicitationEditor::onSave, this, wxID_OK);
    askBeforeDiscarding(this, [this] { return hasChanges(); });
    for (const char* name : {"sent_on_error", "subject_error", "reports_error", "expected_by_error",
                             "answered_on_error", "addressees_error"}) {
        showFieldError(errorLabel(*this, name), wxString());
    }
    SetTitle(solicitation_.id ? wxString::Format(_("Solicitation no. %lld"),
                                                 static_cast<long long>(solicitation_.id))
                              : _("New solicitation"));
    SetMinSize(wxSize(860, 560));
    GetSizer()->Fit(this);
    CentreOnParent();
}

bool SolicitationEditor::TransferDataToWindow() {
    const auto& s = solicitation_;
    sentOn->ChangeValue(wx(s.sentOn.french()));
    subject->ChangeValue(wx(s.subject));
    std::vector<std::string> refs;
    for (auto id : s.reports) {
        if (auto r = actions_.report(id)) {
            refs.push_back(r->reference.text());
        }
    }
    reports->ChangeValue(wx(text::join(refs, ", ")));
    for (std::size_t i = 0; i < std::size(kChannels); ++i) {
        if (kChannels[i] == s.channel) {
            channel->SetSelection(static_cast<int>(i));
        }
    }
    contact->ChangeValue(wx(s.contact));
    expectedBy->ChangeValue(s.expectedBy < s.sentOn ? wxString() : wx(s.expectedBy.french()));
    answeredOn->ChangeValue(s.answeredOn ? wx(s.answeredOn->french()) : wxString());
    answeredBy->SetSelection(0);
    if (!s.answeredBy.empty()) {
        // The body that answered may since have been deactivated: keep it selectable so that
        // saving the solicitation never drops who answered.
        int found = wxNOT_FOUND;
        for (unsigned i = 1; i < answeredBy->GetCount(); ++i) {
            if (codeKey(utf8(answeredBy->GetString(i))) == codeKey(s.answeredBy)) {
                found = static_cast<int>(i);
            }
        }
        if (found == wxNOT_FOUND) {
            found = answeredBy->Append(wx(s.answeredBy));
        }
        answeredBy->SetSelection(found);
    }
    answer->ChangeValue(wx(s.answer));
    closed->SetValue(s.closedWithoutAnswer);
    // The reminders already made, read-only: "Chase..." in the list records a new one.
    wxString chases;
    for (const auto& c : s.chases) {
        chases += (chases.empty() ? "" : "\n") + wx(c.on.french());
        if (!c.note.empty()) {
            chases += L" \u2014 " + wx(c.note);
        }
    }
    XRCCTRL(*this, "chases", wxStaticText)->SetLabel(chases.empty() ? _("none") : chases);
    addressees->setChecked(s.addressees);
    pristine_ = formState();
    return true;
}

wxString SolicitationEditor::formState() const {
    wxString state;
    for (const wxString& value : {sentOn->GetValue(), subject->GetValue(), reports->GetValue(),
                                  contact->GetValue(), expectedBy->GetValue(),
                                  answeredOn->GetValue(), answer->GetValue()}) {
        state << value << '\x1f';
    }
    state << channel->GetSelection() << '\x1f' << answeredBy->GetSelection() << '\x1f'
          << closed->GetValue() << '\x1f';
    for (const auto& code : addressees->checked()) {
        state << wx(code) << '|';
    }
    return state;
}

void SolicitationEditor::focusAnswer() {
    if (answeredOn->GetValue().empty()) {
        answeredOn->ChangeValue(wx(Date::today().french()));
        pristine_ = formState(); // a date offered, not typed: leaving asks nothing
    }
    answer->SetFocus();
}

bool SolicitationEditor::TransferDataFromWindow() {
    bool ok = true;
    Solicitation s = solicitation_;
    auto fail = [&](const char* name, const wxString& message) {
        showFieldError(errorLabel(*this, name), message);
        ok = false;
    };
    for (const char* name : {"sent_on_error", "subject_error", "reports_error", "expected_by_error",
                             "answered_on_error", "addressees_error"}) {
        showFieldError(errorLabel(*this, name), wxString());
    }
    auto date = [](wxTextCtrl* c) { return Date::fromCsv(text::trim(utf8(c->GetValue()))); };
    if (auto d = date(sentOn)) {
        s.sentOn = *d;
    } else {
        fail("sent_on_error", _("Not a date: write it as 14/07/2025."));
    }
    s.subject = text::trimmed(utf8(subject->GetValue()));
    if (s.subject.empty()) {
        fail("subject_error", _("Say what the question is about."));
    }
    s.addressees = addressees->checked();
    if (s.addressees.empty()) {
        fail("addressees_error", _("Tick at least one addressee."));
    } else if (mixesPartnershipWithBodies(s.addressees)) {
        fail("addressees_error",
             _("Write to the whole partnership (PIO) alone, or to institutions without it."));
    }
    s.reports.clear();
    std::vector<std::string> unknown;
    for (auto part : text::splitList(utf8(reports->GetValue()), ',')) {
        for (const auto& ref : text::splitList(part, ' ')) {
            if (auto r = actions_.findReport(ref)) {
                if (std::find(s.reports.begin(), s.reports.end(), r->id) == s.reports.end()) {
                    s.reports.push_back(r->id);
                }
            } else {
                unknown.push_back(ref);
            }
        }
    }
    if (!unknown.empty()) {
        fail("reports_error",
             wxString::Format(_("No report has the reference %s."), wx(text::join(unknown, ", "))));
    }
    s.channel = kChannels[std::max(0, channel->GetSelection())];
    s.contact = text::trimmed(utf8(contact->GetValue()));
    if (text::trim(utf8(expectedBy->GetValue())).empty()) {
        s.expectedBy = Date(1, 1, 1); // the service gives the usual delay
    } else if (auto d = date(expectedBy)) {
        s.expectedBy = *d;
    } else {
        fail("expected_by_error", _("Not a date: write it as 14/07/2025."));
    }
    s.answeredOn.reset();
    if (!text::trim(utf8(answeredOn->GetValue())).empty()) {
        if (auto d = date(answeredOn)) {
            s.answeredOn = d;
            if (*d < s.sentOn) {
                fail("answered_on_error", _("The answer cannot come before the solicitation."));
            }
        } else {
            fail("answered_on_error", _("Not a date: write it as 14/07/2025."));
        }
    }
    s.answeredBy = answeredBy->GetSelection() > 0 ? utf8(answeredBy->GetStringSelection()) : "";
    s.answer = text::trimmed(utf8(answer->GetValue()));
    s.closedWithoutAnswer = closed->GetValue() && !s.answeredOn;
    if (ok) {
        solicitation_ = std::move(s);
    }
    return ok;
}

void SolicitationEditor::onSave(wxCommandEvent&) {
    if (!TransferDataFromWindow()) {
        return;
    }
    // The letter goes to the institutions: it must not name the person concerned. Asked
    // here; the service applies the rule and records the answer.
    if (!acceptPersonalData(this, {{_("Subject"), solicitation_.subject},
                                   {_("Answer"), solicitation_.answer}})) {
        subject->SetFocus();
        return;
    }
    try {
        solicitation_ = actions_.save(solicitation_, app::PersonalData::SaveAnyway);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The solicitation was not saved"), wxOK | wxICON_ERROR, this);
        return;
    }
    EndModal(wxID_OK);
}

} // namespace vigie::ui
