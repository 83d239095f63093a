#include "fonts.h"

#include <cstdlib>

#include "platform/i18n.h"
#include "pdf_error.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <fontconfig/fontconfig.h>
#endif

namespace vigie::pdf {

namespace fs = std::filesystem;

namespace {

bool isTrueType(const fs::path& p) {
    std::string ext = p.extension().string();
    for (char& c : ext) {
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return ext == ".ttf"; // libharu embeds TrueType, not OpenType/CFF
}

#ifndef _WIN32
// The file fontconfig matches for a pattern, when it is the family asked for.
fs::path match(const char* pattern, const char* family) {
    FcPattern* pat = FcNameParse(reinterpret_cast<const FcChar8*>(pattern));
    if (!pat) {
        return {};
    }
    FcConfigSubstitute(nullptr, pat, FcMatchPattern);
    FcDefaultSubstitute(pat);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(nullptr, pat, &result);
    fs::path file;
    if (found) {
        FcChar8* path = nullptr;
        FcChar8* matchedFamily = nullptr;
        if (FcPatternGetString(found, FC_FILE, 0, &path) == FcResultMatch &&
            FcPatternGetString(found, FC_FAMILY, 0, &matchedFamily) == FcResultMatch &&
            std::string(reinterpret_cast<const char*>(matchedFamily)) == family) {
            file = reinterpret_cast<const char*>(path);
        }
        FcPatternDestroy(found);
    }
    FcPatternDestroy(pat);
    return file;
}
#endif

} // namespace

std::string fileNameForC(const fs::path& file) {
#ifdef _WIN32
    wchar_t shortName[MAX_PATH];
    const DWORD n = GetShortPathNameW(file.c_str(), shortName, MAX_PATH);
    const std::wstring name = n > 0 && n < MAX_PATH ? std::wstring(shortName, n) : file.wstring();
    const int size = WideCharToMultiByte(CP_ACP, 0, name.c_str(), static_cast<int>(name.size()),
                                         nullptr, 0, nullptr, nullptr);
    std::string out(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_ACP, 0, name.c_str(), static_cast<int>(name.size()), out.data(), size,
                        nullptr, nullptr);
    return out;
#else
    return file.string();
#endif
}

FontFiles findFonts() {
    FontFiles fonts;
#ifdef _WIN32
    // The installer puts DejaVu Sans beside the program (share\\vigie\\fonts); else the
    // system's, else Arial.
    wchar_t module[MAX_PATH];
    const DWORD n = GetModuleFileNameW(nullptr, module, MAX_PATH);
    const fs::path installed =
        fs::path(std::wstring(module, n)).parent_path().parent_path() / "share" / "vigie" / "fonts";
    const wchar_t* windir = _wgetenv(L"WINDIR");
    const fs::path system = fs::path(windir ? windir : L"C:\\Windows") / "Fonts";
    std::error_code missing;
    for (const auto& [regular, bold] :
         {std::pair{installed / "DejaVuSans.ttf", installed / "DejaVuSans-Bold.ttf"},
          std::pair{system / "DejaVuSans.ttf", system / "DejaVuSans-Bold.ttf"},
          std::pair{system / "arial.ttf", system / "arialbd.ttf"}}) {
        if (fs::exists(regular, missing) && fs::exists(bold, missing)) {
            fonts = {regular, bold};
            break;
        }
    }
#else
    fonts.regular = match("DejaVu Sans:style=Book", "DejaVu Sans");
    fonts.bold = match("DejaVu Sans:style=Bold", "DejaVu Sans");
#endif
    std::error_code ec;
    if (fonts.regular.empty() || fonts.bold.empty() || !isTrueType(fonts.regular) ||
        !isTrueType(fonts.bold) || !fs::exists(fonts.regular, ec) || !fs::exists(fonts.bold, ec)) {
        throw PdfError(tr("The DejaVu Sans font was not found: install it (Debian package "
                          "fonts-dejavu-core) to produce PDF documents."));
    }
    return fonts;
}

} // namespace vigie::pdf
