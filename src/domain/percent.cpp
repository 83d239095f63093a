// Percentages are integers in hundredths so that rounding is exact and identical in
// the PDF, the window, the CSV and the JSON.
#include "percent.h"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

namespace vigie {

namespace {
constexpr const char* kNoBreakSpace = "\u00A0";
}

std::optional<Percent> Percent::of(long long count, long long total) {
    if (total <= 0) {
        return std::nullopt;
    }
    // round(count * 10000 / total) half up, in integers.
    const long long h = (count * 20000 + total) / (2 * total);
    return Percent(h);
}

std::string Percent::decimal() const {
    const long long a = std::llabs(hundredths_);
    return fmt::format("{}{}.{:02}", hundredths_ < 0 ? "-" : "", a / 100, a % 100);
}

std::string Percent::french() const {
    const long long a = std::llabs(hundredths_);
    return fmt::format("{}{},{:02}{}%", hundredths_ < 0 ? "-" : "", frenchNumber(a / 100), a % 100,
                       kNoBreakSpace);
}

std::string frenchPercent(const std::optional<Percent>& p) {
    return p ? p->french() : std::string("\u2014");
}

std::string frenchPercentForText(long long count, long long total) {
    if (total <= 0) {
        return "\u2014";
    }
    const long long tenths = (count * 2000 + total) / (2 * total);
    const long long a = std::llabs(tenths);
    return fmt::format("{}{},{}{}%", tenths < 0 ? "-" : "", frenchNumber(a / 10), a % 10,
                       kNoBreakSpace);
}

std::string frenchNumber(long long n) {
    std::string digits = std::to_string(std::llabs(n));
    std::string out;
    const int len = static_cast<int>(digits.size());
    for (int i = 0; i < len; ++i) {
        if (i > 0 && (len - i) % 3 == 0) {
            out += kNoBreakSpace;
        }
        out.push_back(digits[static_cast<std::size_t>(i)]);
    }
    return n < 0 ? "-" + out : out;
}

std::string frenchDecimal(double value, int decimals) {
    std::string s = fmt::format("{:.{}f}", value, std::max(0, decimals));
    std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

} // namespace vigie
