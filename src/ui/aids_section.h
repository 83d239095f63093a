// The emergency aid part of the main window (« Aides d'urgence »): the aids of a period,
// kind and link to a right not received, what they cost in one line, and the aid form.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "aid_editor.h"
#include "app/aid_service.h"
#include "app/workspace.h"
#include "list_columns.h"
#include "period_parts.h"
#include "section.h"

namespace vigie::ui {

class AidsSection : public Section {
public:
    explicit AidsSection(wxWindow* parent);

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void newItem() override;
    void openSelected() override;
    void removeSelected() override;
    void exportList() override;
    void refresh() override;
    void saveLayout() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "aides.html"; }
    Tool tool(Command command) const override;

    // Opens the form on `aid` (a new one when its id is 0); true when saved.
    bool edit(EmergencyAid aid);
    // « Aide accordée… »: the form pre-filled from the report (app::aidFrom); true when saved.
    bool grantFor(ReportId report);

    // For the GUI tests.
    RowList* list() const { return list_; }
    wxChoice* yearChoice() const { return year_; }
    wxChoice* partChoice() const { return part_; }
    wxChoice* kindChoice() const { return kind_; }
    wxChoice* linkedChoice() const { return linked_; }
    wxStaticText* figures() const { return figures_; }
    const std::optional<Period>& period() const { return period_; }
    std::optional<AidId> selectedId() const;
    void select(AidId id);
    // Shows one aid, whatever the filters were.
    void show(AidId id);

private:
    void buildFilters(wxSizer* sizer);
    void buildButtons(wxSizer* sizer);
    void fillYears();
    void fill();
    void showFigures();
    app::AidFilter filter() const;
    void onPeriodChosen(wxWindow* source);
    void enablePeriodControls();
    period_parts::Controls periodControls() const;
    AidChoices choices();
    AidActions actions();
    // The cells of one aid in the list.
    std::vector<wxString> row(const EmergencyAid& aid) const;

    app::Workspace* workspace_ = nullptr;
    wxChoice* year_ = nullptr;
    wxChoice* part_ = nullptr; // the whole year, a quarter, a month, or dates
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    wxButton* apply_ = nullptr;
    wxChoice* kind_ = nullptr;
    wxChoice* linked_ = nullptr; // every aid, those making up for a right, the others
    wxStaticText* figures_ = nullptr;
    RowList* list_ = nullptr;
    std::vector<EmergencyAid> shown_;
    std::vector<int> years_;
    std::map<std::string, std::string> rightNames_, institutionNames_; // by codeKey
    std::map<ReportId, std::string> references_;
    std::optional<Period> period_; // what is shown: all years by default
};

} // namespace vigie::ui
