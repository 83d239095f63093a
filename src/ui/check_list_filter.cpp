#include "check_list_filter.h"

#include <algorithm>

#include "domain/reference_data.h"
#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

CheckListFilter::CheckListFilter(wxSearchCtrl* search, wxCheckListBox* list)
    : search_(search), list_(list) {
    search_->Bind(wxEVT_TEXT, [this](wxCommandEvent&) { rebuild(); });
    search_->Bind(wxEVT_SEARCHCTRL_CANCEL_BTN, [this](wxCommandEvent&) {
        search_->Clear();
        rebuild();
    });
    list_->Bind(wxEVT_CHECKLISTBOX, [this](wxCommandEvent& e) {
        const int row = e.GetInt();
        if (row < 0 || static_cast<std::size_t>(row) >= shown_.size()) {
            return;
        }
        check(entries_[shown_[static_cast<std::size_t>(row)]].code,
              list_->IsChecked(static_cast<unsigned>(row)));
    });
}

void CheckListFilter::setEntries(std::vector<Entry> entries) {
    entries_ = std::move(entries);
    rebuild();
}

void CheckListFilter::setChecked(const std::vector<std::string>& codes) {
    checked_ = codes;
    rebuild();
}

bool CheckListFilter::isChecked(const std::string& code) const {
    return std::any_of(checked_.begin(), checked_.end(),
                       [&](const std::string& c) { return codeKey(c) == codeKey(code); });
}

void CheckListFilter::check(const std::string& code, bool on) {
    const bool was = isChecked(code);
    if (on && !was) {
        checked_.push_back(code);
    } else if (!on && was) {
        checked_.erase(
            std::remove_if(checked_.begin(), checked_.end(),
                           [&](const std::string& c) { return codeKey(c) == codeKey(code); }),
            checked_.end());
    }
    for (std::size_t row = 0; row < shown_.size(); ++row) {
        if (codeKey(entries_[shown_[row]].code) == codeKey(code)) {
            list_->Check(static_cast<unsigned>(row), on);
        }
    }
}

void CheckListFilter::rebuild() {
    const std::string wanted = text::foldAccents(utf8(search_->GetValue()));
    list_->Freeze();
    list_->Clear();
    shown_.clear();
    // The checked entries first, in the order chosen, so the choice is visible at once;
    // then the others matching the search.
    auto append = [this](std::size_t i) {
        const int row = list_->Append(entries_[i].label);
        list_->Check(static_cast<unsigned>(row), isChecked(entries_[i].code));
        shown_.push_back(i);
    };
    for (const auto& code : checked_) {
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            if (codeKey(entries_[i].code) == codeKey(code)) {
                append(i);
            }
        }
    }
    for (std::size_t i = 0; i < entries_.size(); ++i) {
        const auto& e = entries_[i];
        if (isChecked(e.code)) {
            continue;
        }
        const std::string haystack = text::foldAccents(e.code + " " + utf8(e.label));
        if (wanted.empty() || haystack.find(wanted) != std::string::npos) {
            append(i);
        }
    }
    list_->Thaw();
}

} // namespace vigie::ui
