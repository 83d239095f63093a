// The reports list as a virtual model: the filtered ids are held in display order (the
// row -> id map) and rows are loaded from the database a page at a time, as Poedit's list
// does, so 100,000 reports open as fast as 20.
#pragma once

#include <map>
#include <vector>

#include <wx/dataview.h>

#include "app/report_browser.h"

namespace vigie::ui {

class ReportListModel : public wxDataViewVirtualListModel {
public:
    enum Column { Reference, ReceivedOn, Source, Categories, Rights, Status, ColumnCount };

    explicit ReportListModel(app::ReportBrowser* browser) : browser_(browser) {}

    void setBrowser(app::ReportBrowser* browser) { browser_ = browser; }
    // What the Rights column says for each right (codeKey → RSA, Chèque énergie).
    void setRightNames(std::map<std::string, std::string> names) { rightNames_ = std::move(names); }
    // Re-runs the query and tells the view how many rows there are now.
    void reload(const ReportFilter& filter, ReportOrder order, bool ascending);
    // Forgets the loaded rows (after an edit) without changing the row order.
    void invalidate();

    unsigned int GetColumnCount() const override { return ColumnCount; }
    wxString GetColumnType(unsigned int) const override { return "string"; }
    void GetValueByRow(wxVariant& value, unsigned int row, unsigned int col) const override;
    bool GetAttrByRow(unsigned int row, unsigned int col, wxDataViewItemAttr& attr) const override;
    bool SetValueByRow(const wxVariant&, unsigned int, unsigned int) override { return false; }

    std::size_t size() const { return ids_.size(); }
    // What the reports listed are (counted while reading them).
    const ReportTally& tally() const { return tally_; }
    ReportId idAt(unsigned int row) const { return row < ids_.size() ? ids_[row] : 0; }
    // Row of a report in the current order, or -1.
    int rowOf(ReportId id) const;
    const DifficultyReport* reportAt(unsigned int row) const;

private:
    static constexpr unsigned kPageSize = 100;
    static constexpr std::size_t kPagesKept = 50;

    app::ReportBrowser* browser_;
    std::vector<ReportId> ids_;
    ReportTally tally_;
    mutable std::map<unsigned, std::vector<DifficultyReport>> pages_;
    mutable std::vector<unsigned> pageUse_; // least recently used first
    wxString rightsText(const std::vector<std::string>& codes) const;

    mutable bool loadErrorShown_ = false;
    std::map<std::string, std::string> rightNames_;
};

} // namespace vigie::ui
