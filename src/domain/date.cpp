// Civil-date arithmetic after Howard Hinnant's days_from_civil algorithms.
#include "date.h"

#include <charconv>
#include <ctime>
#include <stdexcept>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "platform/system.h"

namespace vigie {

namespace {

bool parseInt(std::string_view text, int& out) {
    if (text.empty()) {
        return false;
    }
    for (char c : text) {
        if (c < '0' || c > '9') {
            return false;
        }
    }
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

} // namespace

bool Date::isLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int Date::daysInMonth(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) {
        return 0;
    }
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool Date::isValid(int year, int month, int day) {
    return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
           day <= daysInMonth(year, month);
}

Date::Date(int year, int month, int day) : year_(year), month_(month), day_(day) {
    if (!isValid(year, month, day)) {
        throw std::invalid_argument(fmt::format("invalid date {}-{}-{}", year, month, day));
    }
}

std::optional<Date> Date::fromIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
        return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    if (!parseInt(text.substr(0, 4), y) || !parseInt(text.substr(5, 2), m) ||
        !parseInt(text.substr(8, 2), d) || !isValid(y, m, d)) {
        return std::nullopt;
    }
    return Date(y, m, d);
}

std::optional<Date> Date::fromCsv(std::string_view text) {
    auto d = fromCsvAnyYear(text);
    if (d && !d->plausible()) {
        return std::nullopt;
    }
    return d;
}

std::optional<Date> Date::fromCsvAnyYear(std::string_view text) {
    if (auto iso = fromIso(text)) {
        return iso;
    }
    auto slash1 = text.find('/');
    if (slash1 == std::string_view::npos) {
        return std::nullopt;
    }
    auto slash2 = text.find('/', slash1 + 1);
    if (slash2 == std::string_view::npos) {
        return std::nullopt;
    }
    auto dayText = text.substr(0, slash1);
    auto monthText = text.substr(slash1 + 1, slash2 - slash1 - 1);
    auto yearText = text.substr(slash2 + 1);
    if (dayText.size() > 2 || monthText.size() > 2 || yearText.size() != 4) {
        return std::nullopt;
    }
    int y = 0, m = 0, d = 0;
    if (!parseInt(dayText, d) || !parseInt(monthText, m) || !parseInt(yearText, y) ||
        !isValid(y, m, d)) {
        return std::nullopt;
    }
    return Date(y, m, d);
}

long Date::dayNumber() const {
    const long y = month_ <= 2 ? year_ - 1 : year_;
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month_ + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day_ - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Date Date::fromDayNumber(long days) {
    days += 719468;
    const long era = (days >= 0 ? days : days - 146096) / 146097;
    const long doe = days - era * 146097;
    const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
    return Date(y, m, d);
}

Date Date::today() {
    const std::tm local = platform::localCalendarTime(std::time(nullptr));
    return Date(local.tm_year + 1900, local.tm_mon + 1, local.tm_mday);
}

std::string Date::iso() const {
    return fmt::format("{:04}-{:02}-{:02}", year_, month_, day_);
}

std::string Date::french() const {
    return fmt::format("{:02}/{:02}/{:04}", day_, month_, year_);
}

} // namespace vigie

namespace vigie {

int Date::weekday() const {
    // 1970-01-01 was a Thursday (3 with Monday = 0).
    const long d = (dayNumber() + 3) % 7;
    return static_cast<int>(d < 0 ? d + 7 : d);
}

std::string monthName(int month) {
    static const char* const months[] = {
        tr_noop("January"), tr_noop("February"), tr_noop("March"),     tr_noop("April"),
        tr_noop("May"),     tr_noop("June"),     tr_noop("July"),      tr_noop("August"),
        tr_noop("September"), tr_noop("October"), tr_noop("November"), tr_noop("December")};
    return month >= 1 && month <= 12 ? tr(months[month - 1]) : std::string();
}

std::string Date::longFrench() const {
    static const char* const days[] = {tr_noop("Monday"), tr_noop("Tuesday"), tr_noop("Wednesday"),
                                       tr_noop("Thursday"), tr_noop("Friday"), tr_noop("Saturday"),
                                       tr_noop("Sunday")};
    return fmt::format(fmt::runtime(tr("{weekday} {day} {month} {year}")),
                       fmt::arg("weekday", tr(days[weekday()])),
                       fmt::arg("day", day_ == 1 ? std::string(tr("1st")) : std::to_string(day_)),
                       fmt::arg("month", monthName(month_)), fmt::arg("year", year_));
}

} // namespace vigie
