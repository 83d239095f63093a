// The solicitations part of the main window: who was asked what, who answered, who is
// late; letters and reminders; and the figures per institution.
#pragma once

#include <functional>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/textctrl.h>

#include "list_columns.h"
#include "period_parts.h"
#include "section.h"
#include "app/workspace.h"
#include "domain/queries.h"
#include "solicitation_editor.h"

namespace vigie::ui {

class SolicitationsSection : public Section {
public:
    explicit SolicitationsSection(wxWindow* parent);

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void newItem() override;
    void openSelected() override;
    void removeSelected() override {} // a solicitation is closed, never deleted
    void refresh() override;
    void saveLayout() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "sollicitations.html"; }
    Tool tool(Command command) const override;

    // A new solicitation about a report (from the reports list).
    void newFor(ReportId report);
    // Shows one solicitation, whatever the filters were.
    void show(SolicitationId id);
    // Called with a solicitation whose reports the user wants to see.
    std::function<void(SolicitationId)> onShowReports;

    // For the GUI tests.
    RowList* list() const { return list_; }
    wxDataViewListCtrl* institutions() const { return institutions_; }
    wxDataViewListCtrl* addresseeSets() const { return addresseeSets_; }
    wxChoice* yearChoice() const { return year_; }
    wxChoice* partChoice() const { return part_; }
    wxTextCtrl* fromField() const { return from_; }
    wxTextCtrl* toField() const { return to_; }
    wxButton* showDatesButton() const { return apply_; }
    // The period the list and the figures show; none: all years.
    const std::optional<Period>& period() const { return period_; }
    std::optional<SolicitationId> selectedId() const;
    void select(SolicitationId id);
    bool edit(Solicitation s, bool toAnswer = false);
    void showInstitutionFigures() { book_->SetSelection(1); }

private:
    void fill();
    void fillInstitutions();
    SolicitationFilter filter() const;
    void onPeriodChosen(wxWindow* source);
    // The period the year, part and dates say; none when the dates are not a period.
    std::optional<std::optional<Period>> chosenPeriod() const;
    void enablePeriodControls();
    period_parts::Controls periodControls() const;
    void writeLetter();
    void chase();
    void writeReminderLetter(SolicitationId id);
    void sendReminderEmail(SolicitationId id);
    SolicitationActions actions();

    app::Workspace* workspace_ = nullptr;
    wxChoice* institution_ = nullptr;
    wxChoice* state_ = nullptr;
    wxChoice* year_ = nullptr;
    wxChoice* part_ = nullptr; // the whole year, a quarter, a month, or dates
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    wxButton* apply_ = nullptr;
    wxCheckBox* overdue_ = nullptr;
    wxNotebook* book_ = nullptr;
    RowList* list_ = nullptr;
    wxDataViewListCtrl* institutions_ = nullptr;
    wxDataViewListCtrl* addresseeSets_ = nullptr;
    std::vector<Solicitation> shown_;
    std::vector<std::string> institutionCodes_;
    std::vector<int> years_;
    std::optional<Period> period_; // what is shown: all years by default
};

} // namespace vigie::ui
