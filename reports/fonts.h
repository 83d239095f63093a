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

} // namespace vigie::pdf
