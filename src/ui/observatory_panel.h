// The « Observatoire » of the Statistics section: the problems that keep coming back in the
// period shown (FORMATS.md, "Recurring problems"), each opening its reports, or acted on in
// one more click: its reports on the next meeting's agenda, a collective alert, a
// solicitation of its institution.
#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/menu.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "domain/observatory.h"
#include "domain/queries.h"
#include "domain/reference_data.h"

namespace vigie::ui {

// What can be done about a recurring problem besides reading its reports.
enum class ProblemAction { Agenda, CollectiveAlert, Solicitation };

class ObservatoryPanel : public wxPanel {
public:
    explicit ObservatoryPanel(wxWindow* parent);

    // The problems as counted for `period` (app::Statistics::recurring), named with the
    // database's institutions and rights.
    void show(const std::vector<RecurringProblem>& problems, const Period& period,
              const std::vector<Institution>& institutions, const std::vector<Right>& rights);
    // Nothing to list, and why (every site together: each site's reports are its own).
    void clear(const wxString& why);
    // A read-only database: the reports can be read, nothing can be acted on.
    void setWritable(bool writable);

    // The reports of a problem, to show in the reports section.
    std::function<void(const ReportFilter&, const wxString& description)> onShowReports;
    // An action on a problem, counted over `period`.
    std::function<void(ProblemAction, const RecurringProblem&, const Period& period)> onAct;

    // For the GUI tests.
    wxDataViewListCtrl* list() const { return list_; }
    wxButton* openButton() const { return open_; }
    wxButton* actionButton(ProblemAction action) const;
    const std::vector<RecurringProblem>& problems() const { return problems_; }
    void select(std::size_t row);
    // Opens the reports of the selected problem.
    void openSelected();
    // Acts on the selected problem (the buttons and the context menu).
    void act(ProblemAction action);
    // The context menu of the list, its entries enabled as the buttons are.
    std::unique_ptr<wxMenu> contextMenu() const;

private:
    void addColumns();
    void updateButtons();
    void setNote(const wxString& text);
    void showContextMenu(const wxPoint& where);

    std::vector<RecurringProblem> problems_;
    std::vector<wxString> descriptions_; // the reports section's words, by row
    Period period_ = Period::year(Date::today().year());
    bool writable_ = true;
    wxStaticText* note_ = nullptr;
    wxButton* open_ = nullptr;
    wxButton* agenda_ = nullptr;
    wxButton* alert_ = nullptr;
    wxButton* solicit_ = nullptr;
    wxDataViewListCtrl* list_ = nullptr;
};

} // namespace vigie::ui
