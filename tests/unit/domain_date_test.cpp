#include <doctest/doctest.h>

#include <stdexcept>

#include "domain/date.h"

using vigie::Date;

TEST_CASE("dates are read in the two CSV forms and nothing else") {
    CHECK(Date::fromCsv("2015-03-05") == Date(2015, 3, 5));
    CHECK(Date::fromCsv("5/3/2015") == Date(2015, 3, 5));
    CHECK(Date::fromCsv("05/03/2015") == Date(2015, 3, 5));
    CHECK(Date::fromCsv("31/12/2015") == Date(2015, 12, 31));
    CHECK_FALSE(Date::fromCsv("2015-3-5"));
    CHECK_FALSE(Date::fromCsv("5/3/15"));
    CHECK_FALSE(Date::fromCsv("5-3-2015"));
    CHECK_FALSE(Date::fromCsv("2015/03/05"));
    CHECK_FALSE(Date::fromCsv("mars 2015"));
    CHECK_FALSE(Date::fromCsv(""));
    CHECK_FALSE(Date::fromCsv("005/3/2015"));
    CHECK_FALSE(Date::fromCsv(" 5/3/2015"));
}

TEST_CASE("impossible dates are refused") {
    CHECK_FALSE(Date::fromCsv("30/2/2016"));
    CHECK_FALSE(Date::fromCsv("29/2/2015"));
    CHECK(Date::fromCsv("29/2/2016"));
    CHECK(Date::fromCsv("2000-02-29"));
    CHECK_FALSE(Date::fromCsv("1900-02-29"));
    CHECK_FALSE(Date::fromCsv("2015-13-01"));
    CHECK_FALSE(Date::fromCsv("2015-04-31"));
    CHECK_FALSE(Date::fromCsv("0/1/2015"));
    CHECK_THROWS_AS(Date(2015, 2, 29), std::invalid_argument);
}

TEST_CASE("dates print as ISO for files and dd/mm/yyyy for people") {
    CHECK(Date(2025, 7, 14).iso() == "2025-07-14");
    CHECK(Date(2025, 7, 14).french() == "14/07/2025");
}

TEST_CASE("day arithmetic crosses months, years and leap days") {
    CHECK(Date(1970, 1, 1).dayNumber() == 0);
    CHECK(Date(2016, 2, 28).addDays(1) == Date(2016, 2, 29));
    CHECK(Date(2016, 2, 29).addDays(1) == Date(2016, 3, 1));
    CHECK(Date(2015, 12, 31).addDays(1) == Date(2016, 1, 1));
    CHECK(Date(2024, 1, 31).addDays(30) == Date(2024, 3, 1));
    CHECK(vigie::daysBetween(Date(2015, 1, 1), Date(2016, 1, 1)) == 365);
    CHECK(vigie::daysBetween(Date(2016, 1, 1), Date(2017, 1, 1)) == 366);
    for (long d = -1000; d < 40000; d += 37) {
        CHECK(Date::fromDayNumber(d).dayNumber() == d);
    }
}

TEST_CASE("a typed year before 1900 or after 2100 is a typo, not a date") {
    CHECK(Date::fromCsv("1900-01-01"));
    CHECK(Date::fromCsv("31/12/2100"));
    CHECK_FALSE(Date::fromCsv("0225-03-04"));
    CHECK_FALSE(Date::fromCsv("4/3/2205"));
    CHECK_FALSE(Date::fromCsv("1899-12-31"));
    CHECK(Date::fromCsvAnyYear("0225-03-04")); // so the import can say "a typo"
    CHECK_FALSE(Date::fromCsvAnyYear("2025-02-30"));
}
