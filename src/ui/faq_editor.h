// The FAQ answer form (forms/faq_editor.xrc): the question as people ask it, the answer,
// the day it was last checked, published or not, and what it concerns (rights,
// institutions, the reports that raised it), keyboard only.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/privacy_guard.h"
#include "check_list_filter.h"
#include "date_field.h"
#include "domain/faq.h"
#include "domain/reference_data.h"
#include "report_picker.h"

namespace vigie::ui {

// What the form offers: read once by the section before the dialog opens.
struct FaqChoices {
    std::vector<Right> rights;
    std::vector<Institution> institutions;
};

struct FaqActions {
    // Stores the entry and returns it as stored. Throws std::invalid_argument (French
    // reasons), app::PersonalDataFound (the form asks and saves again), or any other
    // exception (a stale save: who changed it and when) whose text is shown.
    std::function<FaqEntry(FaqEntry, app::PersonalData)> save;
    // A linked report as the form lists it, none when gone.
    std::function<std::optional<ReportChoice>(ReportId)> describe;
    // The report of a reference typed ("2026-004"), none when there is no such report.
    std::function<std::optional<ReportId>(const ReportReference&)> find;
    // The reports the picker lists for the words typed.
    ReportPicker::Find findReports;
};

class FaqEditor : public wxDialog {
public:
    FaqEditor(wxWindow* parent, FaqEntry entry, FaqChoices choices, FaqActions actions);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    // The entry as saved (with its id) once ShowModal returned wxID_OK.
    const FaqEntry& entry() const { return entry_; }
    bool hasChanges() const { return formState() != pristine_; }
    // The message next to a field ("question", "answer", "checked_on", "reports", "form").
    wxString errorFor(const wxString& field) const;
    void pickReports();
    // For tests and keyboard users: ticks a right or an institution by its code.
    void checkRight(const std::string& code) { rights_->check(code); }
    void checkInstitution(const std::string& code) { institutions_->check(code); }

    wxTextCtrl* question = nullptr;
    wxTextCtrl* answer = nullptr;
    DateField* checkedOn = nullptr;
    wxButton* checkedToday = nullptr;
    wxCheckBox* published = nullptr;
    wxTextCtrl* reports = nullptr;
    wxButton* chooseReports = nullptr;

private:
    void fillChoices();
    void onSave();
    bool store();
    void showReviewNote();
    void clearErrors();
    void showError(const char* field, const wxString& message);
    std::optional<std::vector<ReportId>> readReports();
    wxString formState() const;

    FaqEntry entry_;
    FaqChoices choices_;
    FaqActions actions_;
    std::unique_ptr<CheckListFilter> rights_, institutions_;
    wxStaticText* reviewNote_ = nullptr;
    wxWindow* firstError_ = nullptr;
    wxString pristine_;
};

} // namespace vigie::ui
