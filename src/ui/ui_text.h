// Conversions between the UTF-8 std::string of the lower layers and wxString, and the
// small formatting helpers every window uses.
#pragma once

#include <filesystem>
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
// A path as the window shows it (UTF-16 on Windows, UTF-8 bytes elsewhere).
inline wxString wxPath(const std::filesystem::path& p) {
#ifdef _WIN32
    return wxString(p.wstring());
#else
    return wxString::FromUTF8(p.string());
#endif
}
// A file name typed or chosen in the window as a path: wide on Windows, where a narrow
// name would be read in the ANSI code page.
inline std::filesystem::path toPath(const wxString& s) {
#ifdef _WIN32
    return std::filesystem::path(s.ToStdWstring());
#else
    return std::filesystem::path(s.utf8_string());
#endif
}

// "non-accès, précarité": the categories of a report as a short French list.
wxString categoriesText(const CategorySet& categories);
wxString joinCodes(const std::vector<std::string>& codes);

} // namespace vigie::ui
