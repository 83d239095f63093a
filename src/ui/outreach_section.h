// The outreach ("aller-vers") part of the main window: the sessions of a period, scheme and
// district, their figures in one line, the session form, and a report written from a session.
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <optional>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/workspace.h"
#include "domain/outreach.h"
#include "domain/report.h"
#include "list_columns.h"
#include "period_parts.h"
#include "section.h"
#include "session_editor.h"

namespace vigie::ui {

class OutreachSection : public Section {
public:
    explicit OutreachSection(wxWindow* parent);

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
    std::string helpPage() const override { return "aller-vers.html"; }
    Tool tool(Command command) const override;

    // Opens the report editor on `prefilled` (a new report); the id saved, none when the
    // user cancelled. Set by the frame: the reports section owns that editor.
    std::function<std::optional<ReportId>(DifficultyReport prefilled)> onNewReport;

    // Opens the form on `session` (a new one when its id is 0); true when saved. A session
    // saved with "Save, then write a report" goes on to newReportFrom().
    bool edit(OutreachSession session);
    // « Nouvelle fiche depuis cette séance »: a report pre-filled from the session (date,
    // scheme as source, themes in the description), linked to it once saved.
    std::optional<ReportId> newReportFrom(SessionId id);
    // The report the session's form would start from, for the tests.
    DifficultyReport reportFrom(const OutreachSession& session);
    // The partners' report of the period and scheme shown, beside T-1 and N-1, as a PDF, a
    // workbook or the CSV of its tables; false when it was not written (after saying why).
    enum class DocumentKind { Pdf, Workbook, Csv };
    bool writePartnersReport(const std::filesystem::path& file,
                             DocumentKind kind = DocumentKind::Pdf);
    // The period a document covers: the one chosen, else the span of the sessions listed.
    std::optional<Period> documentPeriod() const;

    // For the GUI tests.
    RowList* list() const { return list_; }
    wxChoice* yearChoice() const { return year_; }
    wxChoice* partChoice() const { return part_; }
    wxChoice* schemeChoice() const { return scheme_; }
    wxChoice* districtChoice() const { return district_; }
    wxTextCtrl* fromField() const { return from_; }
    wxTextCtrl* toField() const { return to_; }
    wxStaticText* figures() const { return figures_; }
    const std::optional<Period>& period() const { return period_; }
    std::optional<SessionId> selectedId() const;
    void select(SessionId id);
    // Shows one session, whatever the filters were.
    void show(SessionId id);

private:
    void buildFilters(wxSizer* sizer);
    void buildButtons(wxSizer* sizer);
    // Asks where, then writes and opens the partners' report.
    void savePartnersReport(DocumentKind kind);
    void fillChoices();
    void fill();
    void showFigures();
    SessionFilter filter() const;
    void onPeriodChosen(wxWindow* source);
    // The period the year, part and dates say; none when the dates are not a period.
    std::optional<std::optional<Period>> chosenPeriod() const;
    void enablePeriodControls();
    period_parts::Controls periodControls() const;
    SessionChoices choices();
    SessionActions actions();
    wxString schemeLabel(const std::string& code) const;

    app::Workspace* workspace_ = nullptr;
    wxChoice* year_ = nullptr;
    wxChoice* part_ = nullptr; // the whole year, a quarter, a month, or dates
    wxTextCtrl* from_ = nullptr;
    wxTextCtrl* to_ = nullptr;
    wxButton* apply_ = nullptr;
    wxChoice* scheme_ = nullptr;
    wxChoice* district_ = nullptr;
    wxStaticText* figures_ = nullptr;
    RowList* list_ = nullptr;
    std::vector<OutreachSession> shown_;
    std::vector<int> years_;
    std::vector<std::string> schemeCodes_, districts_;
    std::map<std::string, std::string> schemeLabels_; // by codeKey
    std::vector<RightFamily> families_;
    std::optional<Period> period_; // what is shown: all years by default
};

} // namespace vigie::ui
