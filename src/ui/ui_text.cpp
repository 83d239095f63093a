#include "ui_text.h"

#include <wx/intl.h>

namespace vigie::ui {

wxString categoriesText(const CategorySet& categories) {
    // Always in the same order in lists, so that rows read alike.
    wxString out;
    for (auto c : kAllCategories) {
        if (!categories.has(c)) {
            continue;
        }
        if (!out.empty()) {
            out += ", ";
        }
        switch (c) {
        case Category::NonAccess:
            out += _("non-access");
            break;
        case Category::Delay:
            out += _("delays");
            break;
        case Category::Precarity:
            out += _("precariousness");
            break;
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
