// A combo box of reference codes (rights, institutions) named as people name them, with
// completion: what is typed or chosen is read back as the code of the entry it names.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <wx/combobox.h>

namespace vigie::ui {

class CodeCombo {
public:
    struct Entry {
        std::string code;
        std::string name; // the right's label, the institution's name
        wxString shown;   // what the list says ("RSA (Revenu de solidarité active)")
    };

    // Fills `combo` with `entries` (an empty entry first: nothing named) and completion.
    void attach(wxComboBox* combo, std::vector<Entry> entries);
    // Shows the entry of `code`; a code the list does not hold is added as written.
    void show(const std::string& code);
    // The code named by the text: "" when it is empty, none when it names no entry.
    std::optional<std::string> code() const;

private:
    wxComboBox* combo_ = nullptr;
    std::vector<Entry> entries_;
};

} // namespace vigie::ui
