#include "session_editor.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

#include <wx/accel.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/valtext.h>
#include <wx/xrc/xmlres.h>

#include "confirm_discard.h"
#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

const char* const kErrorLabels[] = {"held_on_error", "times_error", "scheme_error", "counts_error",
                                    "form_error"};

wxString timeText(const std::optional<TimeOfDay>& t) {
    return t ? wx(t->text()) : wxString();
}

wxString countText(const std::optional<long long>& n) {
    return n ? wxString::Format("%lld", *n) : wxString();
}

// A count as typed: none inside when left empty; none at all when it is not a whole number.
std::optional<std::optional<long long>> parseCount(const wxString& value) {
    const std::string s(text::trim(utf8(value)));
    if (s.empty()) {
        return std::optional<long long>();
    }
    long long n = 0;
    const auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), n);
    if (error != std::errc() || end != s.data() + s.size() || n < 0) {
        return std::nullopt;
    }
    return std::optional<long long>(n);
}

// The label of a field as a reader names it: "New to the CCAS", without mnemonic or colon.
wxString fieldName(wxWindow& dialog, const char* labelName) {
    wxString name = XRCCTRL(dialog, labelName, wxStaticText)->GetLabelText();
    // French puts a no-break space before the colon, which Trim() leaves.
    auto trimEnd = [&name] {
        while (!name.empty() && (name.Last() == ' ' || name.Last() == wxUniChar(0x00A0))) {
            name.RemoveLast();
        }
    };
    trimEnd();
    if (name.EndsWith(":")) {
        name.RemoveLast();
    }
    trimEnd();
    return name;
}

} // namespace

SessionEditor::SessionEditor(wxWindow* parent, OutreachSession session, SessionChoices choices,
                             SessionActions actions)
    : session_(std::move(session)), choices_(std::move(choices)), actions_(std::move(actions)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "OutreachSessionEditor");
    heldOn = XRCCTRL(*this, "held_on", wxTextCtrl);
    startsAt = XRCCTRL(*this, "starts_at", wxTextCtrl);
    endsAt = XRCCTRL(*this, "ends_at", wxTextCtrl);
    scheme = XRCCTRL(*this, "scheme", wxChoice);
    place = XRCCTRL(*this, "place", wxTextCtrl);
    district = XRCCTRL(*this, "district", wxTextCtrl);
    partner = XRCCTRL(*this, "partner", wxChoice);
    staff = XRCCTRL(*this, "staff", wxTextCtrl);
    people = XRCCTRL(*this, "people", wxTextCtrl);
    newPeople = XRCCTRL(*this, "new_people", wxTextCtrl);
    informed = XRCCTRL(*this, "informed", wxTextCtrl);
    rightsAppointments = XRCCTRL(*this, "rights_appointments", wxTextCtrl);
    applications = XRCCTRL(*this, "applications", wxTextCtrl);
    referrals = XRCCTRL(*this, "referrals", wxTextCtrl);
    reminders = XRCCTRL(*this, "reminders", wxTextCtrl);
    themes = XRCCTRL(*this, "themes", wxCheckListBox);
    notes = XRCCTRL(*this, "notes", wxTextCtrl);
    saveAndReport = XRCCTRL(*this, "save_and_report", wxButton);
    fillChoices();
    // Counts are whole numbers: a letter typed by mistake is refused at once.
    for (wxTextCtrl* count :
         {people, newPeople, informed, rightsAppointments, applications, referrals, reminders}) {
        count->SetValidator(wxTextValidator(wxFILTER_DIGITS));
    }
    wxArrayString districts;
    for (const auto& d : choices_.districts) {
        districts.Add(wx(d));
    }
    district->AutoComplete(districts);
    scheme->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { onSchemeChosen(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { onSave(wxID_OK); }, wxID_OK);
    saveAndReport->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { onSave(kSavedThenReport); });
    askBeforeDiscarding(this, [this] { return hasChanges(); });
    // Enter saves from any field but the notes (a new line there) and a button (pressed):
    // GTK's default button is not reliably reached from every control of the form.
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        const int key = e.GetKeyCode();
        wxWindow* focus = wxWindow::FindFocus();
        if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && !e.HasAnyModifiers() &&
            focus != notes && !dynamic_cast<wxButton*>(focus)) {
            onSave(wxID_OK);
            return;
        }
        e.Skip();
    });
    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_CTRL, 'S', wxID_OK)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    clearErrors();
    SetTitle(session_.id
                 ? wxString::Format(_("Outreach session of %s"), wx(session_.heldOn.french()))
                 : _("New outreach session"));
    SetMinSize(FromDIP(wxSize(780, 520)));
    GetSizer()->Fit(this);
    CentreOnParent();
}

void SessionEditor::fillChoices() {
    for (const auto& s : choices_.schemes) {
        if (s.active || codeKey(s.code) == codeKey(session_.scheme)) {
            scheme->Append(wx(s.label.empty() ? s.code : s.label));
            schemeCodes_.push_back(s.code);
        }
    }
    partner->Append(_("(none)"));
    partnerCodes_.push_back(std::string());
    for (const auto& i : choices_.institutions) {
        if (i.active || codeKey(i.code) == codeKey(session_.partner)) {
            partner->Append(wx(institutionLabel(i.code, i.name)));
            partnerCodes_.push_back(i.code);
        }
    }
    auto families = choices_.families;
    std::stable_sort(
        families.begin(), families.end(),
        [](const RightFamily& a, const RightFamily& b) { return a.position < b.position; });
    for (const auto& f : families) {
        themes->Append(wx(f.label.empty() ? f.code : f.label));
        themeCodes_.push_back(f.code);
    }
    // A theme no family has any more (an import, a family renamed) is kept, not dropped.
    for (const auto& code : session_.themes) {
        if (std::none_of(themeCodes_.begin(), themeCodes_.end(),
                         [&](const std::string& c) { return codeKey(c) == codeKey(code); })) {
            themes->Append(wx(code));
            themeCodes_.push_back(code);
        }
    }
}

int SessionEditor::schemeIndex(const std::string& code) {
    if (code.empty()) {
        return wxNOT_FOUND;
    }
    for (std::size_t i = 0; i < schemeCodes_.size(); ++i) {
        if (codeKey(schemeCodes_[i]) == codeKey(code)) {
            return static_cast<int>(i);
        }
    }
    schemeCodes_.push_back(code); // unknown to the list: shown as written, never lost
    return scheme->Append(wx(code));
}

int SessionEditor::partnerIndex(const std::string& code) {
    for (std::size_t i = 0; i < partnerCodes_.size(); ++i) {
        if (codeKey(partnerCodes_[i]) == codeKey(code)) {
            return static_cast<int>(i);
        }
    }
    partnerCodes_.push_back(code);
    return partner->Append(wx(code));
}

std::string SessionEditor::selectedScheme() const {
    const int i = scheme->GetSelection();
    return i >= 0 && static_cast<std::size_t>(i) < schemeCodes_.size()
               ? schemeCodes_[static_cast<std::size_t>(i)]
               : std::string();
}

void SessionEditor::showDraftFields(const OutreachSession& s) {
    startsAt->ChangeValue(timeText(s.startsAt));
    endsAt->ChangeValue(timeText(s.endsAt));
    place->ChangeValue(wx(s.place));
    district->ChangeValue(wx(s.district));
    staff->ChangeValue(wx(s.staff));
    partner->SetSelection(partnerIndex(s.partner));
}

bool SessionEditor::TransferDataToWindow() {
    const auto& s = session_;
    heldOn->ChangeValue(wx(s.heldOn.french()));
    showDraftFields(s);
    scheme->SetSelection(schemeIndex(s.scheme));
    people->ChangeValue(s.id || s.people ? wxString::Format("%lld", s.people) : wxString());
    newPeople->ChangeValue(countText(s.newPeople));
    informed->ChangeValue(countText(s.informed));
    rightsAppointments->ChangeValue(countText(s.rightsAppointments));
    applications->ChangeValue(countText(s.applications));
    referrals->ChangeValue(countText(s.referrals));
    reminders->ChangeValue(countText(s.reminders));
    for (std::size_t i = 0; i < themeCodes_.size(); ++i) {
        const bool named = std::any_of(s.themes.begin(), s.themes.end(), [&](const std::string& c) {
            return codeKey(c) == codeKey(themeCodes_[i]);
        });
        themes->Check(static_cast<unsigned>(i), named);
    }
    notes->ChangeValue(wx(s.notes));
    showReportsRaised();
    drafted_ = s;
    pristine_ = formState();
    return true;
}

void SessionEditor::showReportsRaised() {
    // Read-only: a report is linked from the list (« Nouvelle fiche depuis cette séance »).
    std::vector<std::string> references;
    for (ReportId id : session_.reports) {
        if (auto ref = actions_.reference ? actions_.reference(id) : std::string(); !ref.empty()) {
            references.push_back(ref);
        }
    }
    auto* label = XRCCTRL(*this, "reports_raised", wxStaticText);
    label->SetLabel(references.empty() ? wxString()
                                       : wxString::Format(_("Reports raised: %s"),
                                                          wx(text::join(references, ", "))));
    label->Show(!references.empty());
    Layout();
}

void SessionEditor::onSchemeChosen() {
    if (session_.id != 0 || !actions_.draft) {
        return; // a session written already keeps what it says
    }
    const auto day = Date::fromCsv(text::trim(utf8(heldOn->GetValue())));
    OutreachSession next;
    try {
        next = actions_.draft(selectedScheme(), day.value_or(Date::today()));
    } catch (const std::exception&) {
        return; // no defaults: the user types them
    }
    // Only what the user has not changed follows the scheme.
    auto follow = [](wxTextCtrl* field, const wxString& was, const wxString& now) {
        if (field->GetValue() == was) {
            field->ChangeValue(now);
        }
    };
    follow(startsAt, timeText(drafted_.startsAt), timeText(next.startsAt));
    follow(endsAt, timeText(drafted_.endsAt), timeText(next.endsAt));
    follow(place, wx(drafted_.place), wx(next.place));
    follow(district, wx(drafted_.district), wx(next.district));
    follow(staff, wx(drafted_.staff), wx(next.staff));
    if (partner->GetSelection() == partnerIndex(drafted_.partner)) {
        partner->SetSelection(partnerIndex(next.partner));
    }
    drafted_ = next;
}

void SessionEditor::chooseScheme(const std::string& code) {
    scheme->SetSelection(schemeIndex(code));
    onSchemeChosen();
}

void SessionEditor::checkTheme(const std::string& code, bool on) {
    for (std::size_t i = 0; i < themeCodes_.size(); ++i) {
        if (codeKey(themeCodes_[i]) == codeKey(code)) {
            themes->Check(static_cast<unsigned>(i), on);
        }
    }
}

wxString SessionEditor::formState() const {
    wxString state;
    for (const wxTextCtrl* field :
         {heldOn, startsAt, endsAt, place, district, staff, people, newPeople, informed,
          rightsAppointments, applications, referrals, reminders, notes}) {
        state << field->GetValue() << '\x1f';
    }
    state << scheme->GetSelection() << '\x1f' << partner->GetSelection() << '\x1f';
    for (unsigned i = 0; i < themes->GetCount(); ++i) {
        state << (themes->IsChecked(i) ? '1' : '0');
    }
    return state;
}

void SessionEditor::clearErrors() {
    for (const char* name : kErrorLabels) {
        showFieldError(XRCCTRL(*this, name, wxStaticText), wxString());
    }
}

wxString SessionEditor::errorFor(const wxString& field) const {
    auto* label =
        wxDynamicCast(FindWindow(wxXmlResource::GetXRCID(field + "_error")), wxStaticText);
    return label && label->IsShown() ? label->GetLabel() : wxString();
}

void SessionEditor::showProblems(const std::vector<SessionProblem>& problems) {
    // The contract's columns, next to the field they concern.
    const std::pair<const char*, const char*> counts[] = {
        {"personnes", "people_label"},      {"nouvelles", "new_people_label"},
        {"informees", "informed_label"},    {"rdv_droits", "rights_appointments_label"},
        {"demandes", "applications_label"}, {"orientations", "referrals_label"},
        {"relances", "reminders_label"}};
    std::map<std::string, wxString> byLabel;
    for (const auto& p : problems) {
        std::string label = "form_error";
        wxString message = wx(p.message);
        if (p.field == "date") {
            label = "held_on_error";
        } else if (p.field == "heure_debut" || p.field == "heure_fin") {
            label = "times_error";
        } else if (p.field == "dispositif") {
            label = "scheme_error";
        }
        for (const auto& [column, fieldLabel] : counts) {
            if (p.field == column) {
                label = "counts_error";
                message = wxString::Format(_("%s: %s"), fieldName(*this, fieldLabel), message);
            }
        }
        byLabel[label] += (byLabel[label].empty() ? "" : "\n") + message;
    }
    for (const auto& [label, message] : byLabel) {
        showFieldError(XRCCTRL(*this, label.c_str(), wxStaticText), message);
    }
}

bool SessionEditor::TransferDataFromWindow() {
    clearErrors();
    OutreachSession s = session_;
    std::vector<SessionProblem> problems;
    if (auto d = Date::fromCsv(text::trim(utf8(heldOn->GetValue())))) {
        s.heldOn = *d;
    } else {
        problems.push_back({"date", utf8(_("Not a date: write it as 14/07/2025."))});
    }
    auto time = [&](wxTextCtrl* field, std::optional<TimeOfDay>& into, const char* column) {
        const std::string typed(text::trim(utf8(field->GetValue())));
        into = TimeOfDay::parse(typed);
        if (!typed.empty() && !into) {
            problems.push_back({column, utf8(_("Write the times as 9:30 or 14h30."))});
        }
    };
    time(startsAt, s.startsAt, "heure_debut");
    time(endsAt, s.endsAt, "heure_fin");
    s.scheme = selectedScheme();
    s.place = text::trimmed(utf8(place->GetValue()));
    s.district = text::trimmed(utf8(district->GetValue()));
    const int p = partner->GetSelection();
    s.partner = p > 0 ? partnerCodes_[static_cast<std::size_t>(p)] : std::string();
    s.staff = text::trimmed(utf8(staff->GetValue()));
    if (auto n = parseCount(people->GetValue()); n && *n) {
        s.people = **n;
    } else {
        problems.push_back({"personnes", n ? utf8(_("say how many (0 when nobody came)"))
                                           : utf8(_("a whole number, as 12"))});
    }
    const std::tuple<wxTextCtrl*, std::optional<long long>*, const char*> counts[] = {
        {newPeople, &s.newPeople, "nouvelles"},
        {informed, &s.informed, "informees"},
        {rightsAppointments, &s.rightsAppointments, "rdv_droits"},
        {applications, &s.applications, "demandes"},
        {referrals, &s.referrals, "orientations"},
        {reminders, &s.reminders, "relances"}};
    for (const auto& [field, into, column] : counts) {
        if (auto n = parseCount(field->GetValue())) {
            *into = *n;
        } else {
            problems.push_back({column, utf8(_("a whole number, as 12"))});
        }
    }
    s.themes.clear();
    for (std::size_t i = 0; i < themeCodes_.size(); ++i) {
        if (themes->IsChecked(static_cast<unsigned>(i))) {
            s.themes.push_back(themeCodes_[i]);
        }
    }
    s.notes = text::trimmed(utf8(notes->GetValue()));
    if (problems.empty()) {
        problems = problemsOf(s); // the contract's rules: new people within people met...
    }
    showProblems(problems);
    if (problems.empty()) {
        session_ = std::move(s);
    }
    return problems.empty();
}

void SessionEditor::onSave(int endCode) {
    if (!TransferDataFromWindow()) {
        return; // the messages are next to the fields; the dialog stays open
    }
    if (store()) {
        EndModal(endCode);
    }
}

bool SessionEditor::store() {
    // The service applies the privacy guard to the notes, the place and the team; a
    // refusal comes back here to be asked, then the same session is saved again.
    auto answer = app::PersonalData::NotAccepted;
    while (true) {
        try {
            session_ = actions_.save(session_, answer);
            return true;
        } catch (const app::PersonalDataFound& found) {
            PrivacyWarningDialog warning(this, checkedTexts(found));
            if (warning.ShowModal() != PrivacyWarningDialog::kSaveAnyway) {
                notes->SetFocus();
                return false;
            }
            answer = app::PersonalData::SaveAnyway;
        } catch (const std::invalid_argument& e) {
            showFieldError(XRCCTRL(*this, "form_error", wxStaticText), wx(e.what()));
            return false;
        } catch (const std::exception& e) {
            // Someone saved it in between (stale), the database went away...: said as is.
            wxMessageBox(wx(e.what()), _("The session was not saved"), wxOK | wxICON_ERROR, this);
            return false;
        }
    }
}

} // namespace vigie::ui
