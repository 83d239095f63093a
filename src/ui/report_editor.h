// The difficulty report editor (forms/report_editor.xrc): every field, problems shown
// next to their field, the privacy guard before saving.
#pragma once

#include <functional>
#include <memory>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "check_list_filter.h"
#include "similar_reports.h"
#include "app/privacy_guard.h"
#include "domain/reference_data.h"
#include "domain/report.h"

namespace vigie::ui {

struct ReportChoices {
    std::vector<Right> rights;
    std::vector<Institution> institutions;
    std::vector<SourceGroup> sourceGroups;
};

class ReportEditor : public wxDialog {
public:
    // Stores the report; returns an error message to show, or an empty string. The dialog
    // stays open when saving fails.
    // Returns the reason it was not saved ("" when saved); lets app::PersonalDataFound
    // through, so that the editor asks and saves again with the user's answer.
    using Save =
        std::function<wxString(const DifficultyReport& report, app::PersonalData personalData)>;

    // `findSimilar` and `openSimilar`: the part beside the form listing the stored reports
    // like this one (hidden without them).
    ReportEditor(wxWindow* parent, DifficultyReport report, const ReportChoices& choices,
                 Save save, SimilarReports::Find findSimilar = {},
                 SimilarReports::Open openSimilar = {});

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const DifficultyReport& report() const { return report_; }

    // The controls, for keyboard users' tests and the GUI tests.
    wxTextCtrl* receivedOn = nullptr;
    wxComboBox* source = nullptr;
    wxTextCtrl* author = nullptr;
    wxTextCtrl* description = nullptr;
    wxCheckBox* nonAccess = nullptr;
    wxCheckBox* delay = nullptr;
    wxCheckBox* precarity = nullptr;
    wxChoice* nonTakeUp = nullptr;
    wxTextCtrl* proposals = nullptr;
    wxChoice* status = nullptr;
    wxTextCtrl* closedOn = nullptr;
    std::unique_ptr<CheckListFilter> rights;
    std::unique_ptr<CheckListFilter> institutions;
    // The stored reports like this one, beside the form.
    std::unique_ptr<SimilarReports> similar;

    // The message shown next to a field ("received_on", "description", ...), for tests.
    wxString errorFor(const wxString& field) const;
    // Something was changed since the form was filled.
    bool hasChanges() const { return formState() != pristine_; }

private:
    void onSave(wxCommandEvent& event);
    void showNonTakeUpHelp();
    void clearErrors();
    // Every field's value in one string, to tell a changed form from an untouched one.
    wxString formState() const;

    DifficultyReport report_;
    Save save_;
    wxStaticText* nonTakeUpHelp_ = nullptr;
    wxString pristine_;
};

} // namespace vigie::ui
