#include "faq_editor.h"

#include <algorithm>

#include <wx/accel.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "confirm_discard.h"
#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "report_choices.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

const char* const kErrorLabels[] = {"question_error", "answer_error", "checked_on_error",
                                    "reports_error", "form_error"};

} // namespace

FaqEditor::FaqEditor(wxWindow* parent, FaqEntry entry, FaqChoices choices, FaqActions actions)
    : entry_(std::move(entry)), choices_(std::move(choices)), actions_(std::move(actions)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "FaqEditor");
    rights_ = std::make_unique<CheckListFilter>(XRCCTRL(*this, "rights_search", wxSearchCtrl),
                                                XRCCTRL(*this, "rights", wxCheckListBox));
    institutions_ =
        std::make_unique<CheckListFilter>(XRCCTRL(*this, "institutions_search", wxSearchCtrl),
                                          XRCCTRL(*this, "institutions", wxCheckListBox));
    checkedOn = new DateField(this);
    wxXmlResource::Get()->AttachUnknownControl("checked_on", checkedOn, this);
    question = XRCCTRL(*this, "question", wxTextCtrl);
    answer = XRCCTRL(*this, "answer", wxTextCtrl);
    checkedToday = XRCCTRL(*this, "checked_today", wxButton);
    published = XRCCTRL(*this, "published", wxCheckBox);
    reports = XRCCTRL(*this, "reports", wxTextCtrl);
    chooseReports = XRCCTRL(*this, "pick_reports", wxButton);
    reviewNote_ = XRCCTRL(*this, "review_note", wxStaticText);
    fillChoices();
    checkedToday->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) {
        checkedOn->setDate(Date::today());
        showReviewNote();
    });
    checkedOn->text()->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        showReviewNote();
        e.Skip();
    });
    published->Bind(wxEVT_CHECKBOX, [this](wxCommandEvent&) { showReviewNote(); });
    chooseReports->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { pickReports(); });
    Bind(
        wxEVT_BUTTON, [this](wxCommandEvent&) { onSave(); }, wxID_OK);
    askBeforeDiscarding(this, [this] { return hasChanges(); });
    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_CTRL, 'S', wxID_OK)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    clearErrors();
    SetTitle(entry_.id ? _("FAQ answer") : _("New FAQ answer"));
    SetMinSize(FromDIP(wxSize(760, 480)));
    GetSizer()->Fit(this);
    CentreOnParent();
}

void FaqEditor::fillChoices() {
    auto entries = [](const auto& all, const std::vector<std::string>& named, auto name) {
        std::vector<CheckListFilter::Entry> out;
        for (const auto& x : all) {
            const bool mine = std::any_of(named.begin(), named.end(), [&](const std::string& c) {
                return codeKey(c) == codeKey(x.code);
            });
            if (x.active || mine) {
                out.push_back({x.code, wx(displayName(x.code, x.*name))});
            }
        }
        return out;
    };
    rights_->setEntries(entries(choices_.rights, entry_.rights, &Right::label));
    institutions_->setEntries(
        entries(choices_.institutions, entry_.institutions, &Institution::name));
}

bool FaqEditor::TransferDataToWindow() {
    const auto& e = entry_;
    question->ChangeValue(wx(e.question));
    answer->ChangeValue(wx(e.answer));
    if (e.checkedOn) {
        checkedOn->setDate(*e.checkedOn);
    } else {
        checkedOn->text()->ChangeValue(wxString());
    }
    published->SetValue(e.published);
    rights_->setChecked(e.rights);
    institutions_->setChecked(e.institutions);
    reports->ChangeValue(referencesOf(e.reports, actions_.describe));
    showReviewNote();
    pristine_ = formState();
    return true;
}

// Said in the form as in the list: a published answer older than a year is to be checked.
void FaqEditor::showReviewNote() {
    FaqEntry e;
    e.published = published->GetValue();
    e.checkedOn = checkedOn->date();
    const bool due = !checkedOn->text()->GetValue().empty() || e.published
                         ? reviewDue(e, Date::today())
                         : false;
    reviewNote_->SetLabel(due ? _("To review: checked more than a year ago, or never. Check it "
                                  "against today's rules, then press \"Checked today\".")
                              : wxString());
    reviewNote_->Wrap(FromDIP(420));
    Layout();
}

wxString FaqEditor::formState() const {
    wxString state;
    for (const wxTextCtrl* field : {question, answer, checkedOn->text(), reports}) {
        state << field->GetValue() << '\x1f';
    }
    state << published->GetValue() << '\x1f' << wx(text::join(rights_->checked(), "|")) << '\x1f'
          << wx(text::join(institutions_->checked(), "|"));
    return state;
}

void FaqEditor::clearErrors() {
    firstError_ = nullptr;
    for (const char* name : kErrorLabels) {
        showFieldError(XRCCTRL(*this, name, wxStaticText), wxString());
    }
}

void FaqEditor::showError(const char* field, const wxString& message) {
    auto* label = XRCCTRL(*this, (wxString(field) + "_error").c_str(), wxStaticText);
    const wxString before = label->IsShown() ? label->GetLabel() : wxString();
    showFieldError(label, before.empty() ? message : before + "\n" + message);
    label->Wrap(FromDIP(420));
    Layout();
    if (!firstError_) {
        firstError_ = wxString(field) == "checked_on" ? checkedOn->text()
                                                      : FindWindow(wxXmlResource::GetXRCID(field));
    }
}

wxString FaqEditor::errorFor(const wxString& field) const {
    auto* label =
        wxDynamicCast(FindWindow(wxXmlResource::GetXRCID(field + "_error")), wxStaticText);
    return label && label->IsShown() ? label->GetLabel() : wxString();
}

std::optional<std::vector<ReportId>> FaqEditor::readReports() {
    return reportsNamed(reports->GetValue(), actions_.find,
                        [this](const wxString& message) { showError("reports", message); });
}

bool FaqEditor::TransferDataFromWindow() {
    clearErrors();
    FaqEntry e = entry_;
    e.question = text::trimmed(utf8(question->GetValue()));
    e.answer = text::trimmed(utf8(answer->GetValue()));
    if (e.question.empty()) {
        showError("question", _("Write the question, as people ask it."));
    }
    if (e.answer.empty()) {
        showError("answer", _("Write the answer: it is what the page publishes."));
    }
    e.checkedOn.reset();
    if (!checkedOn->text()->GetValue().Strip(wxString::both).empty()) {
        if (const auto day = checkedOn->date()) {
            e.checkedOn = *day;
            if (Date::today() < *day) {
                showError("checked_on", _("This day is still to come."));
            }
        } else {
            showError("checked_on", _("Not a date: write it as 14/07/2025."));
        }
    }
    e.published = published->GetValue();
    e.rights = rights_->checked();
    e.institutions = institutions_->checked();
    if (const auto ids = readReports()) {
        e.reports = *ids;
    }
    if (firstError_) {
        firstError_->SetFocus();
        return false;
    }
    entry_ = std::move(e);
    return true;
}

void FaqEditor::pickReports() {
    // What the field names now (its valid references), else what was linked.
    clearErrors();
    const auto ids = readReports().value_or(entry_.reports);
    clearErrors();
    if (const auto chosen = ui::pickReports(this, ids, actions_.describe, actions_.findReports)) {
        reports->ChangeValue(*chosen);
        reports->SetFocus();
    }
}

void FaqEditor::onSave() {
    if (!TransferDataFromWindow()) {
        return; // the messages are next to the fields; the dialog stays open
    }
    if (store()) {
        EndModal(wxID_OK);
    }
}

bool FaqEditor::store() {
    // The service applies the privacy guard to the question and the answer, which are
    // published; a refusal comes back here to be asked, then the same entry is saved again.
    auto answerGiven = app::PersonalData::NotAccepted;
    while (true) {
        try {
            entry_ = actions_.save(entry_, answerGiven);
            return true;
        } catch (const app::PersonalDataFound& found) {
            PrivacyWarningDialog warning(this, checkedTexts(found));
            if (warning.ShowModal() != PrivacyWarningDialog::kSaveAnyway) {
                answer->SetFocus();
                return false;
            }
            answerGiven = app::PersonalData::SaveAnyway;
        } catch (const std::invalid_argument& e) {
            showFieldError(XRCCTRL(*this, "form_error", wxStaticText), wx(e.what()));
            return false;
        } catch (const std::exception& e) {
            wxMessageBox(wx(e.what()), _("The FAQ answer was not saved"), wxOK | wxICON_ERROR,
                         this);
            return false;
        }
    }
}

} // namespace vigie::ui
