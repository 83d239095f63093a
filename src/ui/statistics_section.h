// The Statistics section: a period chosen by the user, its figures beside the same period
// a year earlier, as tables and charts; a click on a number opens the reports behind it;
// the annual report (PDF), the workbook (Excel) and the CSV of what is on screen.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/html/htmlwin.h>
#include <wx/splitter.h>
#include <wx/textctrl.h>

#include "app/annual_report.h"
#include "bar_chart.h"
#include "section.h"

namespace vigie::ui {

class ObservatoryPanel;

class StatisticsSection : public Section {
public:
    explicit StatisticsSection(wxWindow* parent);

    wxString title() const override;
    void bind(app::Workspace& workspace) override;
    wxString statusText() override;
    void refresh() override;
    // The director's words for the year's report (saved with the year, printed first).
    void editIntroduction();
    void saveLayout() override;
    wxString commandLabel(Command command) const override;
    std::string helpPage() const override { return "statistiques.html"; }
    Tool tool(Command command) const override;
    void exportList() override; // the tables as CSV

    // The reports behind a number, to show in the reports section.
    std::function<void(const ReportFilter&, const wxString& description)> onShowReports;

    // For the GUI tests: what is shown, and the actions without their file dialogs.
    void showPeriod(const Period& period);
    const Period& period() const { return period_; }
    const reports::AnnualReportData& document() const { return document_; }
    wxHtmlWindow* tables() const { return tables_; }
    BarChart* categoryChart() const { return categories_; }
    BarChart* monthChart() const { return months_; }
    ObservatoryPanel* observatory() const { return observatory_; }
    wxChoice* yearChoice() const { return year_; }
    wxChoice* partChoice() const { return part_; }
    // On a shared database: this site's figures, or every site's together (the
    // « Département » view); hidden on a database file.
    wxChoice* scopeChoice() const { return scope_; }
    bool everySite() const;
    // Opens the reports behind the `index`-th link of the page.
    void openLink(std::size_t index);
    std::size_t linkCount() const { return links_.size(); }
    // Each writes from the database as it is now; false (after saying why) on failure.
    bool writePdf(const std::filesystem::path& file, bool withAnnex);
    bool writeWorkbook(const std::filesystem::path& file);
    bool writeCsv(const std::filesystem::path& file);

private:
    void fillYears();
    void onPeriodChosen();
    void syncControls(); // the choices show the period shown
    std::optional<Period> chosenPeriod();
    // The part `part` of `year` as counted (app::periodToCount).
    Period offered(int year, int part) const;
    // The period in a file name: "2025" or "2026-01-01_2026-11-22".
    wxString fileLabel() const;
    void showDocument();
    void showObservatory(const app::Statistics& stats);
    wxString html();
    void exportTo(const wxString& title, const wxString& name, const wxString& wildcard,
                  const std::function<bool(const std::filesystem::path&)>& write);
    void editPastYears();
    void addScopeChoice(wxSizer* bar);
    void onScopeChosen();

    app::Workspace* workspace_ = nullptr;
    Period period_ = Period::year(Date::today().year());
    reports::AnnualReportData document_;
    struct Link {
        std::string link;
        wxString description;
    };
    std::vector<Link> links_;
    std::vector<int> years_;

    wxChoice* scope_ = nullptr;
    wxWindow* scopeLabel_ = nullptr;
    std::vector<wxButton*> siteOnly_; // a site's own words and typed-in years
    wxChoice* year_ = nullptr;
    wxChoice* part_ = nullptr;
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    wxButton* apply_ = nullptr;
    wxSplitterWindow* outer_ = nullptr; // the figures above the observatory
    wxSplitterWindow* split_ = nullptr;
    wxHtmlWindow* tables_ = nullptr;
    BarChart* categories_ = nullptr;
    BarChart* months_ = nullptr;
    ObservatoryPanel* observatory_ = nullptr;
};

} // namespace vigie::ui
