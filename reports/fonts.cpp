#include "fonts.h"

#include <cstdlib>

#include "domain/i18n.h"
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

FontFiles findFonts() {
    FontFiles fonts;
#ifdef _WIN32
    const char* windir = std::getenv("WINDIR");
    const fs::path dir = fs::path(windir ? windir : "C:\\Windows") / "Fonts";
    for (const auto& [regular, bold] :
         {std::pair{"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"}, std::pair{"arial.ttf", "arialbd.ttf"}}) {
        if (fs::exists(dir / regular) && fs::exists(dir / bold)) {
            fonts = {dir / regular, dir / bold};
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
