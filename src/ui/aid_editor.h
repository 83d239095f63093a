// The emergency aid form (forms/aid_editor.xrc): the day, the amount in any French form,
// the kind, and the right whose non-take-up the aid made up for, keyboard only.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/combobox.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "app/privacy_guard.h"
#include "code_combo.h"
#include "date_field.h"
#include "domain/aid.h"
#include "domain/reference_data.h"
#include "report_picker.h"

namespace vigie::ui {

// What the form offers: read once by the section before the dialog opens.
struct AidChoices {
    std::vector<Right> rights;
    std::vector<Institution> institutions;
};

struct AidActions {
    // Stores the aid and returns it as stored. Throws std::invalid_argument (French
    // reasons), app::PersonalDataFound (the form asks and saves again), or any other
    // exception (a stale save: who changed it and when) whose text is shown.
    std::function<EmergencyAid(EmergencyAid, app::PersonalData)> save;
    // A linked report as the form lists it ("2026-004 — 09/03/2026 — ..."), none when gone.
    std::function<std::optional<ReportChoice>(ReportId)> describe;
    // The report of a reference typed ("2026-004"), none when there is no such report.
    std::function<std::optional<ReportId>(const ReportReference&)> find;
    // The reports the picker lists for the words typed.
    ReportPicker::Find findReports;
};

class AidEditor : public wxDialog {
public:
    AidEditor(wxWindow* parent, EmergencyAid aid, AidChoices choices, AidActions actions);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    // The aid as saved (with its id) once ShowModal returned wxID_OK.
    const EmergencyAid& aid() const { return aid_; }
    bool hasChanges() const { return formState() != pristine_; }
    // The message next to a field ("amount", "right", "reports", "form"...), for tests.
    wxString errorFor(const wxString& field) const;
    // The linked reports' picker, then its choice in the form.
    void pickReports();

    DateField* grantedOn = nullptr;
    wxTextCtrl* amount = nullptr;
    wxChoice* kind = nullptr;
    wxComboBox* right = nullptr;
    wxChoice* nonTakeUp = nullptr;
    wxComboBox* institution = nullptr;
    wxTextCtrl* reports = nullptr;
    wxButton* chooseReports = nullptr;
    wxTextCtrl* notes = nullptr;

private:
    void fillChoices();
    void onSave();
    bool store(); // saves through the actions, asking about personal data; true when saved
    void showNonTakeUpHelp();
    void clearErrors();
    void showError(const char* field, const wxString& message);
    // The reports the field names, each a reference; none after saying what is wrong.
    std::optional<std::vector<ReportId>> readReports();
    wxString formState() const;

    EmergencyAid aid_;
    AidChoices choices_;
    AidActions actions_;
    CodeCombo rights_, institutions_;
    wxStaticText* nonTakeUpHelp_ = nullptr;
    wxWindow* firstError_ = nullptr;
    wxString pristine_;
};

// "1 234,50": an amount as the form shows it, the euro sign beside the field.
wxString amountText(long long cents);

} // namespace vigie::ui
