#include <doctest/doctest.h>

#include "domain/percent.h"
#include "domain/statistics.h"

using namespace vigie;

TEST_CASE("percentages are rounded half up to two decimals") {
    CHECK(Percent::of(8, 41)->hundredths() == 1951);  // 19.512 -> 19,51
    CHECK(Percent::of(13, 41)->hundredths() == 3171); // 31.707 -> 31,71 (the seed shows 31,70)
    CHECK(Percent::of(13, 22)->hundredths() == 5909); // 59.0909
    CHECK(Percent::of(1, 32)->hundredths() == 313);   // 3.125 exactly: half up
    CHECK(Percent::of(1, 8)->hundredths() == 1250);
    CHECK(Percent::of(1, 3)->hundredths() == 3333);
    CHECK(Percent::of(2, 3)->hundredths() == 6667);
    CHECK(Percent::of(5, 5)->hundredths() == 10000);
    CHECK(Percent::of(0, 5)->hundredths() == 0);
    CHECK_FALSE(Percent::of(3, 0));
}

TEST_CASE("percentages are written the French way, or as a dash when undefined") {
    CHECK(Percent::of(13, 22)->french() == "59,09\u00A0%");
    CHECK(Percent::of(13, 22)->decimal() == "59.09");
    CHECK(Percent::of(1, 20)->french() == "5,00\u00A0%");
    CHECK(frenchPercent(std::nullopt) == "\u2014");
    CHECK(frenchNumber(1234567) == "1\u00A0234\u00A0567");
    CHECK(frenchNumber(999) == "999");
}

namespace {
ReportFacts fact(Date d, CategorySet c, std::vector<std::string> families = {},
                 ReportStatus s = ReportStatus::Received) {
    return ReportFacts{d, c, std::move(families), s};
}
} // namespace

TEST_CASE("figures of a year: overlapping categories, families counted once per report") {
    const auto& families = defaultRightFamilies();
    std::vector<ReportFacts> facts = {
        fact(Date(2015, 1, 10), {Category::NonAccess, Category::Precarity}, {"minima_sociaux"}),
        fact(Date(2015, 6, 1), {Category::Precarity}, {"minima_sociaux", "minima_sociaux"}),
        fact(Date(2015, 12, 31), {Category::Delay}, {"sante", "minima_sociaux"}),
        fact(Date(2015, 7, 1), {Category::Delay}, {"sante"}, ReportStatus::Withdrawn),
        fact(Date(2014, 12, 31), {Category::Delay}, {"sante"}),
        fact(Date(2016, 1, 1), {Category::Delay}, {"sante"}),
    };
    auto f = computeFigures(Period::year(2015), facts, families, 11);
    CHECK(f.meetings == 11);
    CHECK(f.reports == 3);
    CHECK(f.categories.at(Category::NonAccess).count == 1);
    CHECK(f.categories.at(Category::Precarity).count == 2);
    CHECK(f.categories.at(Category::Delay).count == 1);
    CHECK(f.categories.at(Category::Precarity).percent->hundredths() == 6667);
    REQUIRE(f.rightFamilies.size() == families.size());
    CHECK(f.rightFamilies.front().first.code == "minima_sociaux");
    CHECK(f.rightFamilies.front().second.count == 3);
    CHECK(f.rightFamilies.front().second.percent->hundredths() == 10000);
    for (const auto& [family, share] : f.rightFamilies) {
        if (family.code == "sante") {
            CHECK(share.count == 1);
        }
        if (family.code == "logement") {
            CHECK(share.count == 0);
            CHECK(share.percent->hundredths() == 0);
        }
    }
}

TEST_CASE("an empty year has no percentages rather than a division by zero") {
    auto f = computeFigures(Period::year(2020), {}, defaultRightFamilies(), 0);
    CHECK(f.reports == 0);
    CHECK_FALSE(f.categories.at(Category::NonAccess).percent);
    CHECK_FALSE(f.rightFamilies.front().second.percent);
    CHECK_FALSE(f.hasData());
}

TEST_CASE("the seed's 2015 shares come out right from 22 reports") {
    // 13 non-access, 4 delays, 12 precarity, 5 minima sociaux (seed: 59 %, 18,20 %, 54,50 %,
    // 22,70 %: the seed truncates, Vigie rounds).
    std::vector<ReportFacts> facts;
    for (int i = 0; i < 22; ++i) {
        CategorySet c;
        if (i < 13)
            c.add(Category::NonAccess);
        if (i >= 13 && i < 17)
            c.add(Category::Delay);
        if (i % 2 == 0 || i == 21)
            c.add(Category::Precarity);
        if (c.empty())
            c.add(Category::Precarity);
        std::vector<std::string> fam;
        if (i < 5)
            fam.push_back("minima_sociaux");
        facts.push_back(fact(Date(2015, 1 + i % 12, 1), c, fam));
    }
    auto f = computeFigures(Period::year(2015), facts, defaultRightFamilies(), 11);
    CHECK(f.categories.at(Category::NonAccess).percent->french() == "59,09\u00A0%");
    CHECK(f.categories.at(Category::Delay).percent->french() == "18,18\u00A0%");
    CHECK(f.rightFamilies.front().second.percent->french() == "22,73\u00A0%");
}
