// Conversions between the UTF-8 std::string of the lower layers and wxString, and the
// small formatting helpers every window uses.
#pragma once

#include <string>

#include <wx/string.h>

#include "domain/date.h"
#include "domain/report.h"

namespace vigie::ui {

inline wxString wx(const std::string& utf8) {
    return wxString::FromUTF8(utf8.data(), utf8.size());
}
inline std::string utf8(const wxString& s) {
    return s.utf8_string();
}

// "non-accès, précarité": the categories of a report as a short French list.
wxString categoriesText(const CategorySet& categories);
wxString joinCodes(const std::vector<std::string>& codes);

} // namespace vigie::ui
