#include "report_editor.h"

#include <wx/accel.h>
#include <wx/msgdlg.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "confirm_discard.h"
#include "domain/text.h"
#include "field_errors.h"
#include "privacy_warning.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

const char* const kErrorLabels[] = {"received_on_error", "description_error", "categories_error",
                                    "closed_on_error"};

// The entries offered: active ones, and inactive ones a report already names (history).
template <class T>
std::vector<CheckListFilter::Entry> entriesOf(const std::vector<T>& all,
                                              const std::vector<std::string>& inReport,
                                              std::string T::*name) {
    std::vector<CheckListFilter::Entry> out;
    for (const auto& x : all) {
        const bool named = std::any_of(inReport.begin(), inReport.end(), [&](const std::string& c) {
            return codeKey(c) == codeKey(x.code);
        });
        if (x.active || named) {
            const std::string& text = x.*name;
            const wxString label = text.empty() || text == x.code
                                       ? wx(x.code)
                                       : wxString::Format(L"%s \u2014 %s", wx(x.code), wx(text));
            out.push_back({x.code, label});
        }
    }
    return out;
}

std::optional<Date> parseDate(const wxString& value) {
    return Date::fromCsv(text::trim(utf8(value)));
}

} // namespace

ReportEditor::ReportEditor(wxWindow* parent, DifficultyReport report, const ReportChoices& choices,
                           Save save, SimilarReports::Find findSimilar,
                           SimilarReports::Open openSimilar)
    : report_(std::move(report)), save_(std::move(save)) {
    wxXmlResource::Get()->LoadDialog(this, parent, "ReportEditor");
    receivedOn = XRCCTRL(*this, "received_on", wxTextCtrl);
    source = XRCCTRL(*this, "source", wxComboBox);
    author = XRCCTRL(*this, "author", wxTextCtrl);
    description = XRCCTRL(*this, "description", wxTextCtrl);
    nonAccess = XRCCTRL(*this, "category_non_access", wxCheckBox);
    delay = XRCCTRL(*this, "category_delay", wxCheckBox);
    precarity = XRCCTRL(*this, "category_precarity", wxCheckBox);
    nonTakeUp = XRCCTRL(*this, "non_take_up", wxChoice);
    proposals = XRCCTRL(*this, "proposals", wxTextCtrl);
    status = XRCCTRL(*this, "status", wxChoice);
    closedOn = XRCCTRL(*this, "closed_on", wxTextCtrl);
    nonTakeUpHelp_ = XRCCTRL(*this, "non_take_up_help", wxStaticText);
    rights = std::make_unique<CheckListFilter>(XRCCTRL(*this, "rights_search", wxSearchCtrl),
                                               XRCCTRL(*this, "rights", wxCheckListBox));
    institutions =
        std::make_unique<CheckListFilter>(XRCCTRL(*this, "institutions_search", wxSearchCtrl),
                                          XRCCTRL(*this, "institutions", wxCheckListBox));

    SetTitle(report_.reference.assigned()
                 ? wxString::Format(_("Difficulty report %s"), wx(report_.reference.text()))
                 : _("New difficulty report"));
    for (const auto& g : choices.sourceGroups) {
        if (g.active || g.name == report_.source) {
            source->Append(wx(g.name));
        }
    }
    nonTakeUp->Append(_("None stated"));
    for (auto n : kAllNonTakeUps) {
        nonTakeUp->Append(wx(label(n)));
    }
    for (auto s : kAllStatuses) {
        status->Append(wx(label(s)));
    }
    rights->setEntries(entriesOf(choices.rights, report_.rights, &Right::label));
    institutions->setEntries(
        entriesOf(choices.institutions, report_.institutions, &Institution::name));
    similar = std::make_unique<SimilarReports>(this, std::move(findSimilar), std::move(openSimilar),
                                               [this] {
                                                   SimilarQuery q;
                                                   q.text = utf8(description->GetValue());
                                                   q.rights = rights->checked();
                                                   q.institutions = institutions->checked();
                                                   q.excluded = report_.id;
                                                   return q;
                                               });
    description->Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        similar->changed();
        e.Skip();
    });
    for (const char* list : {"rights", "institutions"}) {
        FindWindow(wxXmlResource::GetXRCID(list))
            ->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
                similar->changed();
                e.Skip();
            });
    }
    nonTakeUp->Bind(wxEVT_CHOICE, [this](wxCommandEvent&) { showNonTakeUpHelp(); });
    Bind(wxEVT_BUTTON, &ReportEditor::onSave, this, wxID_OK);
    askBeforeDiscarding(this, [this] { return hasChanges(); });

    wxAcceleratorEntry keys[] = {wxAcceleratorEntry(wxACCEL_CTRL, 'S', wxID_OK)};
    SetAcceleratorTable(wxAcceleratorTable(1, keys));
    clearErrors();
    SetMinSize(wxSize(860, 620));
    GetSizer()->Fit(this);
    CentreOnParent();
}

void ReportEditor::clearErrors() {
    for (const char* name : kErrorLabels) {
        showFieldError(XRCCTRL(*this, name, wxStaticText), wxString());
    }
}

wxString ReportEditor::errorFor(const wxString& field) const {
    auto* label =
        wxDynamicCast(FindWindow(wxXmlResource::GetXRCID(field + "_error")), wxStaticText);
    return label && label->IsShown() ? label->GetLabel() : wxString();
}

void ReportEditor::showNonTakeUpHelp() {
    const int sel = nonTakeUp->GetSelection();
    nonTakeUpHelp_->SetLabel(sel > 0 ? wx(explanation(kAllNonTakeUps[sel - 1])) : wxString());
    nonTakeUpHelp_->Wrap(420);
    Layout();
}

bool ReportEditor::TransferDataToWindow() {
    XRCCTRL(*this, "reference", wxStaticText)
        ->SetLabel(report_.reference.assigned() ? wx(report_.reference.text())
                                                : _("(given when saved)"));
    receivedOn->ChangeValue(wx(report_.receivedOn.french()));
    source->SetValue(wx(report_.source));
    author->ChangeValue(wx(report_.author));
    description->ChangeValue(wx(report_.description));
    // A description written beforehand (a report raised during an outreach session starts
    // with the session's context) is added to, not typed over from its first word.
    description->SetInsertionPointEnd();
    nonAccess->SetValue(report_.categories.has(Category::NonAccess));
    delay->SetValue(report_.categories.has(Category::Delay));
    precarity->SetValue(report_.categories.has(Category::Precarity));
    int nonTakeUpIndex = 0;
    for (std::size_t i = 0; i < std::size(kAllNonTakeUps); ++i) {
        if (report_.nonTakeUp == kAllNonTakeUps[i]) {
            nonTakeUpIndex = static_cast<int>(i) + 1;
        }
    }
    nonTakeUp->SetSelection(nonTakeUpIndex);
    showNonTakeUpHelp();
    proposals->ChangeValue(wx(report_.proposals));
    for (std::size_t i = 0; i < std::size(kAllStatuses); ++i) {
        if (kAllStatuses[i] == report_.status) {
            status->SetSelection(static_cast<int>(i));
        }
    }
    closedOn->ChangeValue(report_.closedOn ? wx(report_.closedOn->french()) : wxString());
    rights->setChecked(report_.rights);
    institutions->setChecked(report_.institutions);
    pristine_ = formState();
    similar->changed(); // a report already written has its similar ones, once shown
    return true;
}

wxString ReportEditor::formState() const {
    wxString state;
    for (const wxString& value :
         {receivedOn->GetValue(), source->GetValue(), author->GetValue(), description->GetValue(),
          proposals->GetValue(), closedOn->GetValue()}) {
        state << value << '\x1f';
    }
    state << nonAccess->GetValue() << delay->GetValue() << precarity->GetValue() << '\x1f'
          << nonTakeUp->GetSelection() << '\x1f' << status->GetSelection() << '\x1f';
    for (const auto* list : {rights.get(), institutions.get()}) {
        for (const auto& code : list->checked()) {
            state << wx(code) << '|';
        }
        state << '\x1f';
    }
    return state;
}

bool ReportEditor::TransferDataFromWindow() {
    clearErrors();
    bool ok = true;
    DifficultyReport r = report_;
    if (auto d = parseDate(receivedOn->GetValue())) {
        r.receivedOn = *d;
    } else {
        showFieldError(XRCCTRL(*this, "received_on_error", wxStaticText),
                       _("Not a date: write it as 14/07/2025."));
        ok = false;
    }
    r.source = text::trimmed(utf8(source->GetValue()));
    r.author = text::trimmed(utf8(author->GetValue()));
    r.description = text::trimmed(utf8(description->GetValue()));
    if (r.description.empty()) {
        showFieldError(XRCCTRL(*this, "description_error", wxStaticText),
                       _("Describe the situation."));
        ok = false;
    }
    r.categories = {};
    if (nonAccess->GetValue()) {
        r.categories.add(Category::NonAccess);
    }
    if (delay->GetValue()) {
        r.categories.add(Category::Delay);
    }
    if (precarity->GetValue()) {
        r.categories.add(Category::Precarity);
    }
    if (r.categories.empty()) {
        showFieldError(XRCCTRL(*this, "categories_error", wxStaticText),
                       _("Tick at least one category."));
        ok = false;
    }
    const int nt = nonTakeUp->GetSelection();
    r.nonTakeUp = nt > 0 ? std::optional<NonTakeUp>(kAllNonTakeUps[nt - 1]) : std::nullopt;
    r.proposals = text::trimmed(utf8(proposals->GetValue()));
    const int st = status->GetSelection();
    r.status = st >= 0 ? kAllStatuses[st] : ReportStatus::Received;
    r.closedOn.reset();
    if (!text::trim(utf8(closedOn->GetValue())).empty()) {
        if (auto d = parseDate(closedOn->GetValue())) {
            r.closedOn = d;
            if (ok && *d < r.receivedOn) {
                showFieldError(XRCCTRL(*this, "closed_on_error", wxStaticText),
                               _("The closing date is before the date received."));
                ok = false;
            }
        } else {
            showFieldError(XRCCTRL(*this, "closed_on_error", wxStaticText),
                           _("Not a date: write it as 14/07/2025."));
            ok = false;
        }
    }
    r.rights = rights->checked();
    r.institutions = institutions->checked();
    if (ok) {
        report_ = std::move(r);
    }
    return ok;
}

void ReportEditor::onSave(wxCommandEvent&) {
    if (!TransferDataFromWindow()) {
        return; // the messages are next to the fields; the dialog stays open
    }
    // The service applies the privacy guard; a refusal comes back here to be asked.
    auto answer = app::PersonalData::NotAccepted;
    while (true) {
        try {
            if (const wxString error = save_(report_, answer); !error.empty()) {
                wxMessageBox(error, _("The report was not saved"), wxOK | wxICON_ERROR, this);
                return;
            }
            EndModal(wxID_OK);
            return;
        } catch (const app::PersonalDataFound& found) {
            PrivacyWarningDialog warning(this, checkedTexts(found));
            if (warning.ShowModal() != PrivacyWarningDialog::kSaveAnyway) {
                description->SetFocus();
                return;
            }
            answer = app::PersonalData::SaveAnyway;
        }
    }
}

} // namespace vigie::ui
