// The « Observatoire » of the Statistics section: the problems that keep coming back in the
// period shown (FORMATS.md, "Recurring problems"), each opening its reports.
#pragma once

#include <functional>
#include <vector>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/panel.h>
#include <wx/stattext.h>

#include "domain/observatory.h"
#include "domain/queries.h"
#include "domain/reference_data.h"

namespace vigie::ui {

class ObservatoryPanel : public wxPanel {
public:
    explicit ObservatoryPanel(wxWindow* parent);

    // The problems as counted for `period` (app::Statistics::recurring), named with the
    // database's institutions and rights.
    void show(const std::vector<RecurringProblem>& problems, const Period& period,
              const std::vector<Institution>& institutions, const std::vector<Right>& rights);
    // Nothing to list, and why (every site together: each site's reports are its own).
    void clear(const wxString& why);

    // The reports of a problem, to show in the reports section.
    std::function<void(const ReportFilter&, const wxString& description)> onShowReports;

    // For the GUI tests.
    wxDataViewListCtrl* list() const { return list_; }
    wxButton* openButton() const { return open_; }
    const std::vector<RecurringProblem>& problems() const { return problems_; }
    void select(std::size_t row);
    // Opens the reports of the selected problem.
    void openSelected();

private:
    void addColumns();
    void updateButtons();
    void setNote(const wxString& text);

    std::vector<RecurringProblem> problems_;
    std::vector<wxString> descriptions_; // the reports section's words, by row
    Period period_ = Period::year(Date::today().year());
    wxStaticText* note_ = nullptr;
    wxButton* open_ = nullptr;
    wxDataViewListCtrl* list_ = nullptr;
};

} // namespace vigie::ui
