// The solicitation editor (forms/solicitation_editor.xrc): addressees in the order written
// (or the whole partnership), subject, reports concerned, channel, and the answer.
#pragma once

#include <functional>
#include <memory>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "check_list_filter.h"
#include "app/privacy_guard.h"
#include "domain/reference_data.h"
#include "domain/solicitation.h"

namespace vigie::ui {

struct SolicitationActions {
    // Throws with the reason; `personalData` is the user's answer to the privacy guard.
    std::function<Solicitation(Solicitation, app::PersonalData personalData)> save;
    std::function<std::optional<DifficultyReport>(ReportId)> report;
    std::function<std::optional<DifficultyReport>(const std::string& reference)> findReport;
};

class SolicitationEditor : public wxDialog {
public:
    SolicitationEditor(wxWindow* parent, Solicitation solicitation,
                       std::vector<Institution> institutions, SolicitationActions actions);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const Solicitation& solicitation() const { return solicitation_; }
    // Puts the cursor on the answer (the "record the answer" command).
    void focusAnswer();
    // Something was changed since the form was filled.
    bool hasChanges() const { return formState() != pristine_; }

    wxTextCtrl* sentOn = nullptr;
    wxTextCtrl* subject = nullptr;
    wxTextCtrl* reports = nullptr;
    wxChoice* channel = nullptr;
    wxTextCtrl* contact = nullptr;
    wxTextCtrl* expectedBy = nullptr;
    wxTextCtrl* answeredOn = nullptr;
    wxChoice* answeredBy = nullptr;
    wxTextCtrl* answer = nullptr;
    wxCheckBox* closed = nullptr;
    std::unique_ptr<CheckListFilter> addressees;

private:
    void onSave(wxCommandEvent&);
    // Every field's value in one string, to tell a changed form from an untouched one.
    wxString formState() const;
    wxString pristine_;
    Solicitation solicitation_;
    std::vector<Institution> institutions_;
    SolicitationActions actions_;
};

} // namespace vigie::ui
