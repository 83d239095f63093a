// The reports like the one being written, beside the report form (the "similar" part of
// forms/report_editor.xrc): asked again 300 ms after the description, a right or an
// institution last changed, so that typing never waits for the database; Enter, a
// double-click or the Open button opens one over the form.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <wx/button.h>
#include <wx/stattext.h>
#include <wx/timer.h>

#include "domain/queries.h"
#include "list_columns.h"

namespace vigie::ui {

class SimilarReports {
public:
    // What the window asks of the database: the reports like `query`, and one of them
    // opened over `over` (returns once its editor is closed).
    using Find = std::function<std::vector<SimilarReport>(const SimilarQuery& query)>;
    using Open = std::function<void(wxWindow* over, ReportId id)>;

    static constexpr int kSettleMs = 300;

    // `form` holds the XRC controls; `written` says what the form holds now. Without
    // `find`, the part is hidden.
    SimilarReports(wxWindow* form, Find find, Open open, std::function<SimilarQuery()> written);
    SimilarReports(const SimilarReports&) = delete;
    SimilarReports& operator=(const SimilarReports&) = delete;

    // Something was typed or ticked: asked again once it has settled.
    void changed();
    // Asked now, even for the same words (the form opening on a written report, tests).
    void refresh();
    bool waiting() const { return timer_.IsRunning(); }

    const std::vector<SimilarReport>& shown() const { return shown_; }
    RowList* list() const { return list_; }
    wxStaticText* note() const { return note_; }
    void openSelected();

private:
    void ask(bool evenIfSame);
    void show(std::vector<SimilarReport> found, const wxString& none);
    void describeSelection();

    wxWindow* form_;
    Find find_;
    Open open_;
    std::function<SimilarQuery()> written_;
    RowList* list_ = nullptr;
    wxStaticText* note_ = nullptr;
    wxButton* openButton_ = nullptr;
    wxTimer timer_;
    std::optional<SimilarQuery> answered_; // the query the list shows the answer to
    std::vector<SimilarReport> shown_;
};

} // namespace vigie::ui
