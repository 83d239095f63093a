// A searchable multi-choice list: a search box above a list of check boxes. Checked
// entries survive filtering and keep the order in which they were chosen.
#pragma once

#include <string>
#include <vector>

#include <wx/checklst.h>
#include <wx/srchctrl.h>

namespace vigie::ui {

class CheckListFilter {
public:
    struct Entry {
        std::string code;
        wxString label; // what the user reads
    };

    CheckListFilter(wxSearchCtrl* search, wxCheckListBox* list);
    void setEntries(std::vector<Entry> entries);
    void setChecked(const std::vector<std::string>& codes);
    const std::vector<std::string>& checked() const { return checked_; }
    // For tests and keyboard users: ticks the entry whose code matches.
    void check(const std::string& code, bool on = true);

private:
    void rebuild();
    bool isChecked(const std::string& code) const;

    wxSearchCtrl* search_;
    wxCheckListBox* list_;
    std::vector<Entry> entries_;
    std::vector<std::size_t> shown_; // list row -> entry index
    std::vector<std::string> checked_;
};

} // namespace vigie::ui
