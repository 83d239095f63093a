// The reports part of the main window: filters, the list, the selected report's details.
#pragma once

#include <filesystem>

#include <functional>
#include <memory>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/html/htmlwin.h>
#include <wx/infobar.h>
#include <wx/splitter.h>
#include <wx/srchctrl.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "app/report_browser.h"
#include "report_editor.h"
#include "report_list_model.h"
#include "section.h"

namespace vigie::ui {

class ReportsSection : public Section {
public:
    explicit ReportsSection(wxWindow* parent);
    ~ReportsSection() override;

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void newItem() override;
    void openSelected() override;
    void removeSelected() override;
    void focusSearch() override;
    void exportList() override;
    void refresh() override;
    void saveLayout() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "fiches.html"; }
    Tool tool(Command command) const override;

    // For the GUI tests and the benchmark.
    wxDataViewCtrl* list() const { return list_; }
    ReportListModel& model() { return *model_; }
    wxSearchCtrl* search() const { return search_; }
    wxChoice* filterChoice(const char* name) const;
    wxCheckBox* showWithdrawn() const { return showWithdrawn_; }
    wxHtmlWindow* details() const { return details_; }
    void applyFilters();      // now, without waiting for the typing pause
    void select(ReportId id); // selects and shows a report
    ReportFilter currentFilter() const;
    // Opens the editor on `report` (a new one when its id is 0, possibly pre-filled: a
    // report written from an outreach session), over `over` when given (a report form
    // opening one of its similar reports); the id saved, none when cancelled.
    std::optional<ReportId> edit(DifficultyReport report, wxWindow* over = nullptr);
    // After a report is saved: the list again, the report selected, or a notice with a
    // way to see it when the filters hide it.
    void afterSave(ReportId saved);
    wxInfoBar* notice() const { return notice_; }

    // Shows only the reports a solicitation concerns, until the filters are reset.
    void showSolicitationReports(SolicitationId id);
    // Shows the reports of `filter` (a number clicked in the statistics), described by
    // `description` above the list, until the user changes or resets the filters.
    void showFilter(const ReportFilter& filter, const wxString& description);
    // A report as a PDF (for the file or to send to a partner).
    void writeSheet(ReportId id, const std::filesystem::path& file);

    // The user asks to solicit an institution about a report.
    std::function<void(ReportId)> onSolicit;
    // A first step offered on an empty database (kSettingsLink, kImportLink): the frame's.
    std::function<void(const wxString& link)> onFirstStep;
    // The user opens one of a report's solicitations.
    std::function<void(SolicitationId)> onShowSolicitation;
    // « Aide accordée… »: the user writes down an emergency aid granted about a report.
    std::function<void(ReportId)> onGrantAid;

private:
    void buildList();
    void fillFilterChoices();
    void showDetails();
    void onDetailsLink(const wxString& href);
    void askAndWriteSheet(ReportId id); // asks where, writes the PDF, opens it
    void resetFilters();
    void dropPeriodItem();
    // Sets the filter choices to what `filter` asks, where they can say it.
    void reflectInChoices(const ReportFilter& filter);
    ReportChoices choices();
    std::optional<ReportId> selectedId() const;

    app::Workspace* workspace_ = nullptr;
    std::unique_ptr<app::ReportBrowser> browser_;
    wxObjectDataPtr<ReportListModel> model_;
    wxSplitterWindow* outer_ = nullptr;
    wxSplitterWindow* inner_ = nullptr;
    wxPanel* filters_ = nullptr;
    wxDataViewCtrl* list_ = nullptr;
    wxHtmlWindow* details_ = nullptr;
    wxSearchCtrl* search_ = nullptr;
    wxCheckBox* showWithdrawn_ = nullptr;
    wxStaticText* resultCount_ = nullptr;
    wxInfoBar* notice_ = nullptr;
    std::optional<ReportId> hiddenReport_;
    wxTimer searchDelay_;

    std::vector<int> years_;
    std::vector<std::string> institutionCodes_, rightCodes_, sourceNames_;
    // A filter set from another section, in place of the choices on the left.
    std::optional<ReportFilter> external_;
    // A period chosen elsewhere that is not a calendar year: the last item of the year choice.
    std::optional<Period> periodItem_;
    wxString externalDescription_;
    ReportOrder order_ = ReportOrder::ReceivedOn;
    bool ascending_ = false; // newest first
};

} // namespace vigie::ui
