#include "code_combo.h"

#include <algorithm>

#include <wx/arrstr.h>

#include "domain/reference_data.h"
#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

void CodeCombo::attach(wxComboBox* combo, std::vector<Entry> entries) {
    combo_ = combo;
    entries_ = std::move(entries);
    combo_->Clear();
    wxArrayString shown;
    combo_->Append(wxString());
    for (const auto& e : entries_) {
        combo_->Append(e.shown);
        shown.Add(e.shown);
    }
    combo_->AutoComplete(shown);
}

void CodeCombo::show(const std::string& code) {
    if (code.empty()) {
        combo_->SetSelection(0);
        combo_->ChangeValue(wxString());
        return;
    }
    auto it = std::find_if(entries_.begin(), entries_.end(),
                           [&](const Entry& e) { return codeKey(e.code) == codeKey(code); });
    if (it == entries_.end()) {
        // Not (or no longer) in the settings: shown as written, never lost.
        entries_.push_back({code, {}, wx(code)});
        combo_->Append(wx(code));
        it = entries_.end() - 1;
    }
    combo_->SetSelection(static_cast<int>(it - entries_.begin()) + 1);
    combo_->ChangeValue(it->shown);
}

std::optional<std::string> CodeCombo::code() const {
    const std::string typed = text::trimmed(utf8(combo_->GetValue()));
    if (typed.empty()) {
        return std::string();
    }
    // The entry as listed, its code or its name, in any case and with or without accents.
    const std::string key = codeKey(typed);
    for (const auto& e : entries_) {
        if (codeKey(utf8(e.shown)) == key || codeKey(e.code) == key ||
            (!e.name.empty() && codeKey(e.name) == key)) {
            return e.code;
        }
    }
    return std::nullopt;
}

} // namespace vigie::ui
