// Calendar dates as the watch group writes them: no time zone, no time of day.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace vigie {

class Date {
public:
    Date() = default; // 1970-01-01
    // Throws std::invalid_argument on an impossible date.
    Date(int year, int month, int day);

    static bool isValid(int year, int month, int day);
    static int daysInMonth(int year, int month);
    static bool isLeapYear(int year);

    // Strict "YYYY-MM-DD".
    static std::optional<Date> fromIso(std::string_view text);
    // What people type (imports, forms), in the two forms of FORMATS.md: "YYYY-MM-DD" or
    // "D/M/YYYY" (one or two digits), in a plausible year: 1900 to 2100, anything else
    // is a typo ("0225", "20225").
    static std::optional<Date> fromCsv(std::string_view text);
    // The same forms, whatever the year: to tell a typo in the year from no date at all.
    static std::optional<Date> fromCsvAnyYear(std::string_view text);
    static constexpr int kFirstPlausibleYear = 1900;
    static constexpr int kLastPlausibleYear = 2100;
    // A year a watch group's document can hold (anything else is a typo).
    bool plausible() const { return year_ >= kFirstPlausibleYear && year_ <= kLastPlausibleYear; }
    static Date fromDayNumber(long days); // days since 1970-01-01
    static Date today();                  // local calendar date

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }
    long dayNumber() const; // days since 1970-01-01
    Date addDays(long days) const { return fromDayNumber(dayNumber() + days); }

    std::string iso() const;    // 2025-07-14
    std::string french() const; // 14/07/2025
    std::string longFrench() const; // lundi 14 juillet 2025 (through the catalog)
    int weekday() const;            // 0 = Monday

    auto operator<=>(const Date&) const = default;

private:
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

// "juillet": the month's name in the user's language (1 = January).
std::string monthName(int month);

// A span of days, both ends included.
struct Period {
    Date first;
    Date last;
    static Period year(int y) { return {Date(y, 1, 1), Date(y, 12, 31)}; }
    bool contains(const Date& d) const { return first <= d && d <= last; }
};

// Whole days from `from` to `to` (negative when `to` is earlier).
inline long daysBetween(const Date& from, const Date& to) {
    return to.dayNumber() - from.dayNumber();
}

} // namespace vigie
