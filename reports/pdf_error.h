// The one exception the PDF layer throws: libharu's errors and missing fonts, in words a
// user can act on.
#pragma once

#include <stdexcept>
#include <string>

namespace vigie::pdf {

class PdfError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

} // namespace vigie::pdf
