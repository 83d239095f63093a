// The cells of the statistics tables (reports::StatValue) as the annual report, the
// outreach report and the window print them: French text beside the number.
#pragma once

#include <optional>
#include <string>

#include "domain/percent.h"
#include "domain/statistics.h"
#include "reports/annual.h"

namespace vigie::app::cells {

using reports::StatValue;
using Kind = StatValue::Kind;

inline StatValue dash() {
    return {Kind::Empty, 0, "\u2014"};
}
inline StatValue count(long long n) {
    return {Kind::Count, static_cast<double>(n), frenchNumber(n)};
}
inline StatValue percent(const std::optional<Percent>& p) {
    return p ? StatValue{Kind::Percent, p->value(), p->french()} : dash();
}
inline StatValue countChangeValue(long long before, long long now) {
    const auto c = countChange(before, now);
    return c ? StatValue{Kind::Change, c->value(), frenchCountChange(c)} : dash();
}
inline StatValue pointsValue(const std::optional<Percent>& before,
                             const std::optional<Percent>& now) {
    const auto c = pointsChange(before, now);
    return c ? StatValue{Kind::Points, c->value(), frenchPointsChange(c)} : dash();
}
inline StatValue days(const std::optional<double>& d) {
    return d ? StatValue{Kind::Days, *d, frenchDays(d)} : dash();
}
inline StatValue amount(long long cents) {
    return {Kind::Amount, static_cast<double>(cents) / 100.0, frenchAmount(cents)};
}
inline StatValue textValue(const std::string& s) {
    return {Kind::Text, 0, s};
}

} // namespace vigie::app::cells
