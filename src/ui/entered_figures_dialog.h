// The figures of a year before Vigie (forms/entered_figures.xrc), typed in from the annual
// report of that year so that the first report made with Vigie has its N-1 column.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/spinctrl.h>
#include <wx/stattext.h>

#include "app/statistics_service.h"
#include "app/workspace.h"
#include "domain/statistics.h"

namespace vigie::ui {

class EnteredFiguresDialog : public wxDialog {
public:
    // Shows the figures already typed in for `year`, if any. ShowModal() returns wxID_OK
    // when figures were saved, wxID_DELETE when they were deleted, wxID_CANCEL otherwise.
    EnteredFiguresDialog(wxWindow* parent, app::Workspace& workspace, int year);

    bool TransferDataToWindow() override;
    // Reads and checks the form into figures(); says what is wrong and returns false.
    bool TransferDataFromWindow() override;
    const EnteredFigures& figures() const { return figures_; }

    // What changing the year does: shows that year's figures and whether it may have any.
    void loadYear(int year);
    // A new line in the solicitations table, its addressees cell being edited.
    void addSolicitationLine();
    bool yearHasCountedData() const { return counted_; }

    // The columns of the solicitations table.
    enum Column : unsigned { kAddressees, kCount, kAnswered, kSubjects };

    wxSpinCtrl* year = nullptr;
    wxSpinCtrl* meetings = nullptr;
    wxSpinCtrl* reports = nullptr;
    std::map<Category, wxSpinCtrl*> categories;
    // One per right family, in their order: family code and its control.
    std::vector<std::pair<std::string, wxSpinCtrl*>> families;
    wxDataViewListCtrl* solicitations = nullptr;
    wxButton* addLine = nullptr;
    wxButton* removeLine = nullptr;
    wxButton* deleteFigures = nullptr;
    wxButton* save = nullptr;
    wxStaticText* status = nullptr;
    wxStaticText* error = nullptr;

private:
    void buildFamilies();
    void showYearState();
    void showError(const wxString& message); // empty: hides the error
    void onSave(wxCommandEvent&);
    void onDelete(wxCommandEvent&);
    // Addressees as written ("MDPH-CAF-CPAM", "PIO") into the institutions' own codes.
    bool readAddressees(const wxString& text, unsigned line, std::vector<std::string>& codes,
                        wxString& problem) const;

    app::Workspace& workspace_;
    app::EnteredFiguresService service_;
    std::vector<Institution> institutions_;
    std::map<std::string, std::string> familyLabels_; // code -> label
    EnteredFigures figures_;
    std::optional<EnteredFigures> stored_; // what the database holds for the year shown
    bool counted_ = false;
    // True while the form shows figures read from the database rather than typed ones.
    bool showingStored_ = false;
};

} // namespace vigie::ui
