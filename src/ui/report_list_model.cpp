#include "report_list_model.h"

#include <algorithm>

#include <wx/log.h>

#include "ui_text.h"

namespace vigie::ui {

void ReportListModel::reload(const ReportFilter& filter, ReportOrder order,
                             bool ascending) {
    tally_ = {};
    ids_ = browser_ ? browser_->ids(filter, order, ascending, tally_) : std::vector<ReportId>{};
    pages_.clear();
    pageUse_.clear();
    Reset(static_cast<unsigned>(ids_.size()));
}

void ReportListModel::invalidate() {
    pages_.clear();
    pageUse_.clear();
    Reset(static_cast<unsigned>(ids_.size()));
}

wxString ReportListModel::rightsText(const std::vector<std::string>& codes) const {
    std::vector<std::string> shown;
    for (const auto& c : codes) {
        auto it = rightNames_.find(codeKey(c));
        shown.push_back(it == rightNames_.end() ? c : it->second);
    }
    return joinCodes(shown);
}

int ReportListModel::rowOf(ReportId id) const {
    auto it = std::find(ids_.begin(), ids_.end(), id);
    return it == ids_.end() ? -1 : static_cast<int>(it - ids_.begin());
}

const DifficultyReport* ReportListModel::reportAt(unsigned int row) const {
    if (row >= ids_.size() || !browser_) {
        return nullptr;
    }
    const unsigned page = row / kPageSize;
    auto it = pages_.find(page);
    if (it == pages_.end()) {
        const auto first = ids_.begin() + page * kPageSize;
        const auto last = ids_.begin() + std::min<std::size_t>(ids_.size(), (page + 1) * kPageSize);
        std::vector<DifficultyReport> rows;
        try {
            rows = browser_->load({first, last});
        } catch (const std::exception& e) {
            // Called from GTK's drawing: an exception must not cross it. Say it once.
            if (!loadErrorShown_) {
                loadErrorShown_ = true;
                wxLogError("%s", wx(e.what()));
            }
        }
        it = pages_.emplace(page, std::move(rows)).first;
        if (pages_.size() > kPagesKept && !pageUse_.empty()) {
            pages_.erase(pageUse_.front());
            pageUse_.erase(pageUse_.begin());
        }
    }
    pageUse_.erase(std::remove(pageUse_.begin(), pageUse_.end(), page), pageUse_.end());
    pageUse_.push_back(page);
    const auto& rows = it->second;
    const unsigned index = row % kPageSize;
    // A report withdrawn or changed since the ids were read may be missing from the page.
    if (index < rows.size() && rows[index].id == ids_[row]) {
        return &rows[index];
    }
    for (const auto& r : rows) {
        if (r.id == ids_[row]) {
            return &r;
        }
    }
    return nullptr;
}

void ReportListModel::GetValueByRow(wxVariant& value, unsigned int row, unsigned int col) const {
    const DifficultyReport* r = reportAt(row);
    if (!r) {
        value = wxString();
        return;
    }
    switch (col) {
    case Reference:
        value = wx(r->reference.text());
        break;
    case ReceivedOn:
        value = wx(r->receivedOn.french());
        break;
    case Source:
        value = wx(r->source);
        break;
    case Categories:
        value = categoriesText(r->categories);
        break;
    case Rights:
        value = rightsText(r->rights);
        break;
    case Status:
        value = wx(label(r->status));
        break;
    default:
        value = wxString();
        break;
    }
}

bool ReportListModel::GetAttrByRow(unsigned int row, unsigned int, wxDataViewItemAttr& attr) const {
    const DifficultyReport* r = reportAt(row);
    if (r && r->status == ReportStatus::Withdrawn) {
        attr.SetItalic(true);
        attr.SetStrikethrough(true);
        return true;
    }
    return false;
}

} // namespace vigie::ui
