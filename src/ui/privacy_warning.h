// "This text seems to identify a person": the findings of the privacy guard, highlighted
// in the text, and the choice between editing and saving anyway.
#pragma once

#include <utility>
#include <vector>

#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>

#include "app/privacy_guard.h"
#include "domain/privacy.h"

namespace vigie::ui {

struct CheckedText {
    wxString field; // "Description", "Proposals"
    std::string text;
    std::vector<PersonalDataFinding> findings;
};

class PrivacyWarningDialog : public wxDialog {
public:
    // Returned by ShowModal when the user keeps the text as it is.
    static constexpr int kSaveAnyway = wxID_SAVE;

    PrivacyWarningDialog(wxWindow* parent, const std::vector<CheckedText>& texts);

    wxListBox* findings() const { return findings_; }
    wxTextCtrl* text() const { return text_; }

private:
    wxListBox* findings_ = nullptr;
    wxTextCtrl* text_ = nullptr;
};

// Looks for personal data in `texts` (field, text) before they are stored; true when there
// is none or the user chose to keep them as they are.
bool acceptPersonalData(wxWindow* parent,
                        const std::vector<std::pair<wxString, std::string>>& texts);

// What a service refused to store, as the dialog shows it.
std::vector<CheckedText> checkedTexts(const app::PersonalDataFound& found);


} // namespace vigie::ui
