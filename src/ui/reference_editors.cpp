#include "reference_editors.h"

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "field_errors.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

// Loads the form, runs `toWindow`, and on Save runs `fromWindow` (which returns an error
// message when the entry is not acceptable) then `save`.
bool runEditor(wxWindow* parent, const char* form, const std::function<void(wxDialog&)>& toWindow,
               const std::function<wxString(wxDialog&)>& fromWindow,
               const std::function<wxString()>& save) {
    wxDialog dialog;
    wxXmlResource::Get()->LoadDialog(&dialog, parent, form);
    auto* error = XRCCTRL(dialog, "error", wxStaticText);
    showFieldError(error, wxString());
    toWindow(dialog);
    dialog.Bind(
        wxEVT_BUTTON,
        [&](wxCommandEvent&) {
            wxString problem = fromWindow(dialog);
            if (problem.empty()) {
                problem = save();
            }
            if (!problem.empty()) {
                showFieldError(error, problem);
                dialog.GetSizer()->Fit(&dialog);
                return;
            }
            dialog.EndModal(wxID_OK);
        },
        wxID_OK);
    dialog.GetSizer()->Fit(&dialog);
    dialog.CentreOnParent();
    return dialog.ShowModal() == wxID_OK;
}

wxTextCtrl* textOf(wxDialog& d, const char* name) {
    return XRCCTRL(d, name, wxTextCtrl);
}
std::string valueOf(wxDialog& d, const char* name) {
    return text::trimmed(utf8(textOf(d, name)->GetValue()));
}

} // namespace

bool editInstitution(wxWindow* parent, Institution& entry, const SaveEntry<Institution>& save) {
    Institution edited = entry;
    const bool ok = runEditor(
        parent, "InstitutionEditor",
        [&](wxDialog& d) {
            textOf(d, "code")->ChangeValue(wx(entry.code));
            textOf(d, "name")->ChangeValue(wx(entry.name));
            textOf(d, "postal_address")->ChangeValue(wx(entry.postalAddress));
            textOf(d, "email")->ChangeValue(wx(entry.email));
            textOf(d, "contact_person")->ChangeValue(wx(entry.contactPerson));
            XRCCTRL(d, "active", wxCheckBox)->SetValue(entry.active);
        },
        [&](wxDialog& d) -> wxString {
            edited.code = valueOf(d, "code");
            edited.name = valueOf(d, "name");
            edited.postalAddress = text::trimmed(utf8(textOf(d, "postal_address")->GetValue()));
            edited.email = valueOf(d, "email");
            edited.contactPerson = valueOf(d, "contact_person");
            edited.active = XRCCTRL(d, "active", wxCheckBox)->GetValue();
            if (edited.code.empty() || edited.code.find('|') != std::string::npos) {
                return _("The code is required and cannot contain \"|\".");
            }
            if (edited.name.empty()) {
                edited.name = edited.code;
            }
            return {};
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

bool editRight(wxWindow* parent, Right& entry, const std::vector<RightFamily>& families,
               const SaveEntry<Right>& save) {
    Right edited = entry;
    const bool ok = runEditor(
        parent, "RightEditor",
        [&](wxDialog& d) {
            textOf(d, "code")->ChangeValue(wx(entry.code));
            textOf(d, "label")->ChangeValue(wx(entry.label));
            auto* family = XRCCTRL(d, "family", wxChoice);
            for (std::size_t i = 0; i < families.size(); ++i) {
                family->Append(wx(families[i].label));
                if (families[i].code == entry.familyCode) {
                    family->SetSelection(static_cast<int>(i));
                }
            }
            if (family->GetSelection() == wxNOT_FOUND) {
                family->SetSelection(static_cast<int>(families.size()) - 1);
            }
            XRCCTRL(d, "active", wxCheckBox)->SetValue(entry.active);
        },
        [&](wxDialog& d) -> wxString {
            edited.code = valueOf(d, "code");
            edited.label = valueOf(d, "label");
            const int f = XRCCTRL(d, "family", wxChoice)->GetSelection();
            if (f >= 0) {
                edited.familyCode = families[static_cast<std::size_t>(f)].code;
            }
            edited.active = XRCCTRL(d, "active", wxCheckBox)->GetValue();
            if (edited.code.empty() || edited.code.find('|') != std::string::npos) {
                return _("The code is required and cannot contain \"|\".");
            }
            if (edited.label.empty()) {
                edited.label = edited.code;
            }
            return {};
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

bool editRightFamily(wxWindow* parent, RightFamily& entry, const SaveEntry<RightFamily>& save) {
    RightFamily edited = entry;
    const bool ok = runEditor(
        parent, "FamilyEditor",
        [&](wxDialog& d) {
            XRCCTRL(d, "code", wxStaticText)->SetLabel(wx(entry.code));
            textOf(d, "label")->ChangeValue(wx(entry.label));
        },
        [&](wxDialog& d) -> wxString {
            edited.label = valueOf(d, "label");
            return edited.label.empty() ? wxString(_("The label is required.")) : wxString();
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

bool editSourceGroup(wxWindow* parent, SourceGroup& entry, const SaveEntry<SourceGroup>& save) {
    SourceGroup edited = entry;
    const bool ok = runEditor(
        parent, "SourceGroupEditor",
        [&](wxDialog& d) {
            textOf(d, "name")->ChangeValue(wx(entry.name));
            XRCCTRL(d, "active", wxCheckBox)->SetValue(entry.active);
        },
        [&](wxDialog& d) -> wxString {
            edited.name = valueOf(d, "name");
            edited.active = XRCCTRL(d, "active", wxCheckBox)->GetValue();
            return edited.name.empty() ? wxString(_("The name is required.")) : wxString();
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

bool editPerson(wxWindow* parent, Person& entry, const std::vector<Institution>& institutions,
                const SaveEntry<Person>& save) {
    Person edited = entry;
    const bool ok = runEditor(
        parent, "PersonEditor",
        [&](wxDialog& d) {
            textOf(d, "name")->ChangeValue(wx(entry.name));
            auto* body = XRCCTRL(d, "institution", wxChoice);
            body->Append(_("(none)"));
            body->SetSelection(0);
            for (std::size_t i = 0; i < institutions.size(); ++i) {
                body->Append(wx(institutions[i].code) + L" \u2014 " + wx(institutions[i].name));
                if (codeKey(institutions[i].code) == codeKey(entry.institutionCode) &&
                    !entry.institutionCode.empty()) {
                    body->SetSelection(static_cast<int>(i) + 1);
                }
            }
            textOf(d, "email")->ChangeValue(wx(entry.email));
            XRCCTRL(d, "distribution", wxCheckBox)->SetValue(entry.onDistributionList);
            XRCCTRL(d, "active", wxCheckBox)->SetValue(entry.active);
        },
        [&](wxDialog& d) -> wxString {
            edited.name = valueOf(d, "name");
            const int b = XRCCTRL(d, "institution", wxChoice)->GetSelection();
            edited.institutionCode =
                b > 0 ? institutions[static_cast<std::size_t>(b - 1)].code : "";
            edited.email = valueOf(d, "email");
            edited.onDistributionList = XRCCTRL(d, "distribution", wxCheckBox)->GetValue();
            edited.active = XRCCTRL(d, "active", wxCheckBox)->GetValue();
            if (edited.name.empty()) {
                return _("The name is required.");
            }
            if (edited.onDistributionList && edited.email.find('@') == std::string::npos) {
                return _("An e-mail address is needed to receive the minutes.");
            }
            return {};
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

bool editOutreachScheme(wxWindow* parent, OutreachScheme& entry,
                        const std::vector<OutreachScheme>& others,
                        const SaveEntry<OutreachScheme>& save) {
    OutreachScheme edited = entry;
    const bool adding = entry.id == 0;
    const bool ok = runEditor(
        parent, "SchemeEditor",
        [&](wxDialog& d) {
            textOf(d, "code")->ChangeValue(wx(entry.code));
            textOf(d, "code")->SetEditable(adding);
            XRCCTRL(d, "code_note", wxStaticText)->Wrap(d.FromDIP(380));
            textOf(d, "label")->ChangeValue(wx(entry.label));
            XRCCTRL(d, "active", wxCheckBox)->SetValue(entry.active);
            (adding ? textOf(d, "code") : textOf(d, "label"))->SetFocus();
        },
        [&](wxDialog& d) -> wxString {
            if (adding) {
                edited.code = valueOf(d, "code");
            }
            edited.label = valueOf(d, "label");
            edited.active = XRCCTRL(d, "active", wxCheckBox)->GetValue();
            if (edited.code.empty() || edited.code.find('|') != std::string::npos) {
                return _("The code is required and cannot contain \"|\".");
            }
            for (const auto& other : others) {
                if (other.id != edited.id && codeKey(other.code) == codeKey(edited.code)) {
                    return wxString::Format(_("The scheme \"%s\" already has this code."),
                                            wx(other.label.empty() ? other.code : other.label));
                }
            }
            if (edited.label.empty()) {
                edited.label = edited.code;
            }
            return {};
        },
        [&] { return save(edited); });
    if (ok) {
        entry = edited;
    }
    return ok;
}

} // namespace vigie::ui
