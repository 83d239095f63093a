#include "ui_text.h"

#include <wx/intl.h>

namespace vigie::ui {

wxString categoriesText(const CategorySet& categories) {
    wxString out;
    for (auto c : categories.list()) {
        if (!out.empty()) {
            out += ", ";
        }
        switch (c) {
        case Category::NonAccess: out += _("non-access"); break;
        case Category::Delay: out += _("delays"); break;
        case Category::Precarity: out += _("precariousness"); break;
        }
    }
    return out;
}

wxString joinCodes(const std::vector<std::string>& codes) {
    wxString out;
    for (const auto& c : codes) {
        if (!out.empty()) {
            out += ", ";
        }
        out += wx(c);
    }
    return out;
}

} // namespace vigie::ui
