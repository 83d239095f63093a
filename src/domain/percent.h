// Shares of a total, kept exact in hundredths of a percent and rounded half up.
#pragma once

#include <optional>
#include <string>

namespace vigie {

class Percent {
public:
    // count / total, rounded half up to two decimals; nullopt when total is 0.
    static std::optional<Percent> of(long long count, long long total);
    static Percent fromHundredths(long long h) { return Percent(h); }

    long long hundredths() const { return hundredths_; } // 5909 for 59,09 %
    double value() const { return static_cast<double>(hundredths_) / 100.0; }
    std::string french() const;  // "59,09 %" (no-break space)
    std::string decimal() const; // "59.09" (locale-independent, for JSON and CSV)

    auto operator<=>(const Percent&) const = default;

private:
    explicit Percent(long long h) : hundredths_(h) {}
    long long hundredths_ = 0;
};

// "59,09 %", or "—" when there is nothing to divide by.
std::string frenchPercent(const std::optional<Percent>& p);
// count / total for a sentence, rounded half up to one decimal from the exact quotient
// (not from the two-decimal figure): "19,5 %"; "—" when total is 0.
std::string frenchPercentForText(long long count, long long total);
// `value` with `decimals` digits after a decimal comma and no thousands separator, as
// French spreadsheets read it: frenchDecimal(12.25, 1) is "12,3"; 0 decimals, "12".
std::string frenchDecimal(double value, int decimals);
// "1 234" with a no-break space as thousands separator.
std::string frenchNumber(long long n);

} // namespace vigie
