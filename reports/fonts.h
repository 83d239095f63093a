// Finding the TrueType fonts the PDFs embed: DejaVu Sans through fontconfig (Debian's
// fonts-dejavu-core), the Windows fonts folder there. No font file is shipped.
#pragma once

#include <filesystem>

namespace vigie::pdf {

struct FontFiles {
    std::filesystem::path regular;
    std::filesystem::path bold;
};

// Throws PdfError with what to install when no usable font is found.
FontFiles findFonts();

// The name a C library's fopen opens `file` by: on Windows its short (8.3) form, which
// is ASCII even under a user folder named with accents.
std::string fileNameForC(const std::filesystem::path& file);

} // namespace vigie::pdf
