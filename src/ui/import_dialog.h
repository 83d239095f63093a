// Import of a CSV file from the window (forms/import_dialog.xrc): a preview of the first
// rows, every problem with its line, and nothing imported before the user confirms.
#pragma once

#include <string>

#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/stattext.h>

#include "app/problems.h"
#include "app/workspace.h"
#include "list_columns.h"

namespace vigie::ui {

class ImportDialog : public wxDialog {
public:
    ImportDialog(wxWindow* parent, app::Workspace& workspace);

    // Reads and checks the file, shows the preview and the problems (for tests too).
    void check(const wxString& path);
    RowList* problems() const { return problems_; }
    RowList* preview() const { return preview_; }
    bool canImport() const;
    int imported() const { return imported_; }

    // The question asked before importing reports that hold personal data, naming what
    // the guard found; empty when there is nothing to ask.
    wxString personalDataQuestion() const;

private:
    void onImport(wxCommandEvent& event);

    app::Workspace& workspace_;
    wxString path_;
    std::string bytes_;
    RowList* preview_ = nullptr;
    RowList* problems_ = nullptr;
    wxStaticText* summary_ = nullptr;
    wxCheckBox* update_ = nullptr;
    int imported_ = 0;
    std::vector<app::Problem> privacyFindings_; // of the last check
    int withPersonalData_ = 0;
};

} // namespace vigie::ui
