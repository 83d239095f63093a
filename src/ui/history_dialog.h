// « Historique des modifications » (issue 19): the audit trail of the whole database or of
// one record, filtered by kind, user, period and words; a virtual list read a page at a time,
// the chosen entry's changes field by field, and its CSV export. It only reads: it works on
// a read-only database too.
#pragma once

#include <map>
#include <memory>
#include <vector>

#include <wx/choice.h>
#include <wx/dataview.h>
#include <wx/dialog.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>

#include "app/history.h"
#include "date_field.h"

namespace vigie::app {
class Workspace;
}

namespace vigie::ui {

// The entries of a filter, newest first, loaded a page at a time as rows are drawn.
class HistoryListModel : public wxDataViewVirtualListModel {
public:
    enum Column { When, User, Record, Action, Fields, ColumnCount };

    explicit HistoryListModel(app::History& history) : history_(history) {}
    // Counts the filter's entries and tells the view; forgets the pages read.
    void reload(const app::HistoryFilter& filter);
    long long size() const { return size_; }
    // The entry of a row (nullptr when it could not be read).
    const app::HistoryLine* lineAt(unsigned row) const;

    unsigned int GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned int row, unsigned int col) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

private:
    static constexpr unsigned kPageSize = 100;
    static constexpr std::size_t kPagesKept = 20;
    app::History& history_;
    app::HistoryFilter filter_;
    long long size_ = 0;
    mutable std::map<unsigned, std::vector<app::HistoryLine>> pages_;
    mutable std::vector<unsigned> pageUse_; // least recently used first
    mutable bool errorShown_ = false;
};

// The changes of an entry as the detail pane shows them, one line each.
wxString historyDetailsText(const app::HistoryLine& line);

// The history of one record (`entity` as the audit trail writes it), from its section.
void showRecordHistory(wxWindow* parent, app::Workspace& workspace, const std::string& entity,
                       std::int64_t id);

class HistoryDialog : public wxDialog {
public:
    // `filter` given with an entity id: the history of that record.
    HistoryDialog(wxWindow* parent, app::Workspace& workspace, app::HistoryFilter filter = {});
    ~HistoryDialog() override;

    // For the tests and the keyboard: what is shown.
    wxChoice* kind = nullptr;
    wxChoice* user = nullptr;
    DateField* from = nullptr;
    DateField* to = nullptr;
    wxTextCtrl* words = nullptr;
    wxDataViewCtrl* list = nullptr;
    wxTextCtrl* changes = nullptr;
    wxStaticText* count = nullptr;
    HistoryListModel& model() { return *model_; }
    // Reads the filters from the fields and lists what they give (false: a day is wrong,
    // said next to the count).
    bool applyFilters();
    // The current filter's entries into `file`, as the « Exporter en CSV… » button does.
    void exportTo(const wxString& file);

private:
    void fillChoices();
    void buildList();
    void showSelected();
    void showAll();
    void exportCsv();
    void saveLayout();

    app::Workspace& workspace_;
    app::History history_;
    app::HistoryFilter filter_;
    wxStaticText* recordLabel_ = nullptr;
    std::vector<std::string> users_;
    wxObjectDataPtr<HistoryListModel> model_;
};

} // namespace vigie::ui
