#include "aid_editor.h"

#include <algorithm>

#include <wx/accel.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "confirm_discard.h"
#include "domain/percent.h"
#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "report_choices.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

const char* const kErrorLabels[] = {"granted_on_error",  "amount_error",  "right_error",
                                    "institution_error", "reports_error", "form_error"};

} // namespace

wxString amountText(long long cents) {
    return wx(frenchNumber(cents / 100)) + wxString::Format(",%02lld", cents % 100);
}

AidEditor::AidEditor(wxWindow* parent, EmergencyAid aid, AidChoices choices, AidActions actions)
    : aid_(std::move(aid)), choices_(std::move(choices)), actions_(std::move(actions)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "AidEditor");
    grantedOn = new DateField(this);
    wxXmlResource::Get()->AttachUnknownControl("granted_on", grantedOn, this);
    amount = XRCCTRL(*this, "amount", wxTextCtrl);
    kind = XRCCTRL(*this, "kind", wxChoice);
    right = XRCCTRL(*this, "right", wxComboBox);
    nonTakeUp = XRCCTRL(*this, "non_take_up", wxChoice);
    institution = XRCCTRL(*this, "institution", wxComboBox);
    reports = XRCCTRL(*this, "reports", wxTextCtrl);
    chooseReports = XRCCTRL(*this, "pick_reports", wxButton);
    notes = XRCCTRL(*this, "notes", wxTextCtrl);
    nonTakeUpHelp_ = XRCCTRL(*this, "non_take_up_help", wxStaticText);
    fillChoices();
    nonTakeUp->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showNonTakeUpHelp(); });
    chooseReports->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pickReports(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { onSave(); }, wxID_OK);
    askBeforeDiscarding(this, [this] { return hasChanges(); });
    // Enter saves from any field but the notes (a new line there) and a button (pressed).
    Bind(wxEVT_CHAR_HOOK, [this](wxKeyEvent& e) {
        const int key = e.GetKeyCode();
        wxWindow* focus = wxWindow::FindFocus();
        if ((key == WXK_RETURN || key == WXK_NUMPAD_ENTER) && !e.HasAnyModifiers() &&
            focus != notes && !dynamic_cast<wxButton*>(focus)) {
            onSave();
            return;
        }
        e.Skip();
    });
    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_CTRL, 'S', wxID_OK)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    clearErrors();
    SetTitle(aid_.id ? wxString::Format(_("Emergency aid of %s"), wx(aid_.grantedOn.french()))
                     : _("New emergency aid"));
    SetMinSize(FromDIP(wxSize(640, 460)));
    GetSizer()->Fit(this);
    CentreOnParent();
}

void AidEditor::fillChoices() {
    kind->Append(_("(not stated)"));
    for (auto k : kAllAidKinds) {
        kind->Append(wx(label(k)));
    }
    nonTakeUp->Append(_("(none stated)"));
    wxString tip = _("The ODENORE type of the non-take-up the aid made up for:");
    for (auto n : kAllNonTakeUps) {
        nonTakeUp->Append(wx(label(n)));
        tip += "\n" + wxString::Format(_("%s: %s"), wx(label(n)), wx(explanation(n)));
    }
    nonTakeUp->SetToolTip(tip);
    std::vector<CodeCombo::Entry> rights;
    // The active ones, and the aid's own even when no longer active: shown by its name.
    for (const auto& r : choices_.rights) {
        if (r.active || codeKey(r.code) == codeKey(aid_.right)) {
            rights.push_back({r.code, r.label, wx(displayName(r.code, r.label))});
        }
    }
    rights_.attach(right, std::move(rights));
    std::vector<CodeCombo::Entry> institutions;
    for (const auto& i : choices_.institutions) {
        if (i.active || codeKey(i.code) == codeKey(aid_.institution)) {
            const std::string shown = isWholePartnership(i.code) ? institutionLabel(i.code, i.name)
                                                                 : displayName(i.code, i.name);
            institutions.push_back({i.code, i.name, wx(shown)});
        }
    }
    institutions_.attach(institution, std::move(institutions));
}

bool AidEditor::TransferDataToWindow() {
    const auto& a = aid_;
    grantedOn->setDate(a.grantedOn);
    amount->ChangeValue(a.cents > 0 ? amountText(a.cents) : wxString());
    int kindIndex = 0;
    for (std::size_t i = 0; i < std::size(kAllAidKinds); ++i) {
        if (a.kind == kAllAidKinds[i]) {
            kindIndex = static_cast<int>(i) + 1;
        }
    }
    kind->SetSelection(kindIndex);
    rights_.show(a.right);
    int typeIndex = 0;
    for (std::size_t i = 0; i < std::size(kAllNonTakeUps); ++i) {
        if (a.nonTakeUp == kAllNonTakeUps[i]) {
            typeIndex = static_cast<int>(i) + 1;
        }
    }
    nonTakeUp->SetSelection(typeIndex);
    showNonTakeUpHelp();
    institutions_.show(a.institution);
    reports->ChangeValue(referencesOf(a.reports, actions_.describe));
    notes->ChangeValue(wx(a.notes));
    pristine_ = formState();
    return true;
}

void AidEditor::showNonTakeUpHelp() {
    const int sel = nonTakeUp->GetSelection();
    nonTakeUpHelp_->SetLabel(sel > 0 ? wx(explanation(kAllNonTakeUps[sel - 1])) : wxString());
    nonTakeUpHelp_->Wrap(FromDIP(300));
    Layout();
}

wxString AidEditor::formState() const {
    wxString state;
    for (const wxTextCtrl* field : {grantedOn->text(), amount, reports, notes}) {
        state << field->GetValue() << '\x1f';
    }
    state << right->GetValue() << '\x1f' << institution->GetValue() << '\x1f'
          << kind->GetSelection() << '\x1f' << nonTakeUp->GetSelection();
    return state;
}

void AidEditor::clearErrors() {
    firstError_ = nullptr;
    for (const char* name : kErrorLabels) {
        showFieldError(XRCCTRL(*this, name, wxStaticText), wxString());
    }
}

void AidEditor::showError(const char* field, const wxString& message) {
    auto* label = XRCCTRL(*this, (wxString(field) + "_error").c_str(), wxStaticText);
    const wxString before = label->IsShown() ? label->GetLabel() : wxString();
    showFieldError(label, before.empty() ? message : before + "\n" + message);
    label->Wrap(FromDIP(440)); // longer in French: on more lines rather than cut
    // Room for the messages: the form grows rather than squeeze the notes away.
    const wxSize need = GetSizer()->ComputeFittingClientSize(this);
    const wxSize now = GetClientSize();
    if (need.x > now.x || need.y > now.y) {
        SetClientSize(wxSize(std::max(need.x, now.x), std::max(need.y, now.y)));
    }
    Layout();
    if (!firstError_) {
        firstError_ = wxString(field) == "granted_on" ? grantedOn->text()
                                                      : FindWindow(wxXmlResource::GetXRCID(field));
    }
}

wxString AidEditor::errorFor(const wxString& field) const {
    auto* label =
        wxDynamicCast(FindWindow(wxXmlResource::GetXRCID(field + "_error")), wxStaticText);
    return label && label->IsShown() ? label->GetLabel() : wxString();
}

std::optional<std::vector<ReportId>> AidEditor::readReports() {
    return reportsNamed(reports->GetValue(), actions_.find,
                        [this](const wxString& message) { showError("reports", message); });
}

bool AidEditor::TransferDataFromWindow() {
    clearErrors();
    EmergencyAid a = aid_;
    if (const auto day = grantedOn->date()) {
        a.grantedOn = *day;
    } else {
        showError("granted_on", _("Not a date: write it as 14/07/2025."));
    }
    const std::string typed = text::trimmed(utf8(amount->GetValue()));
    if (typed.empty()) {
        showError("amount", _("Type the amount granted, as 120 or 120,50."));
    } else if (const auto cents = parseCents(typed)) {
        a.cents = *cents;
        for (const auto& problem : problemsOf(a)) { // more than 0, not absurdly large
            showError("amount", wx(problem));
        }
    } else {
        showError("amount", _("Not an amount: write it as 120, 120,50 or 1 234,50."));
    }
    const int k = kind->GetSelection();
    a.kind = k > 0 ? std::optional(kAllAidKinds[k - 1]) : std::nullopt;
    if (const auto code = rights_.code()) {
        a.right = *code;
    } else {
        showError("right", _("Not a right of the list: choose one, or add it in the settings."));
    }
    const int n = nonTakeUp->GetSelection();
    a.nonTakeUp = n > 0 ? std::optional(kAllNonTakeUps[n - 1]) : std::nullopt;
    if (const auto code = institutions_.code()) {
        a.institution = *code;
    } else {
        showError("institution",
                  _("Not an institution of the list: choose one, or add it in the settings."));
    }
    if (const auto ids = readReports()) {
        a.reports = *ids;
    }
    a.notes = text::trimmed(utf8(notes->GetValue()));
    if (firstError_) {
        firstError_->SetFocus(); // the keyboard is where the first thing to correct is
        return false;
    }
    aid_ = std::move(a);
    return true;
}

void AidEditor::pickReports() {
    // What the field names now (its valid references), else what was linked.
    clearErrors();
    const auto ids = readReports().value_or(aid_.reports);
    clearErrors();
    if (const auto chosen = ui::pickReports(this, ids, actions_.describe, actions_.findReports)) {
        reports->ChangeValue(*chosen);
        reports->SetFocus();
    }
}

void AidEditor::onSave() {
    if (!TransferDataFromWindow()) {
        return; // the messages are next to the fields; the dialog stays open
    }
    if (store()) {
        EndModal(wxID_OK);
    }
}

bool AidEditor::store() {
    // The service applies the privacy guard to the notes; a refusal comes back here to be
    // asked, then the same aid is saved again.
    auto answer = app::PersonalData::NotAccepted;
    while (true) {
        try {
            aid_ = actions_.save(aid_, answer);
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
            // Someone saved it in between (who and when), the database went away...: as is.
            wxMessageBox(wx(e.what()), _("The aid was not saved"), wxOK | wxICON_ERROR, this);
            return false;
        }
    }
}

} // namespace vigie::ui
