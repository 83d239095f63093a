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
ReportId nextId = 0;
ReportFacts fact(Date d, CategorySet c, std::vector<std::string> families = {},
                 ReportStatus s = ReportStatus::Received) {
    ReportFacts f;
    f.id = ++nextId;
    f.receivedOn = d;
    f.categories = c;
    f.rightFamilies = std::move(families);
    f.status = s;
    return f;
}
PeriodFigures computeFigures(const Period& p, std::vector<ReportFacts> reports,
                             const std::vector<RightFamily>& families, long long meetings,
                             std::vector<DecisionFacts> decisions = {}) {
    PeriodFacts facts;
    facts.period = p;
    facts.reports = std::move(reports);
    facts.decisions = std::move(decisions);
    facts.meetingsHeld = meetings;
    StatisticsReference reference;
    reference.families = families;
    reference.rights = {{1, "RSA", "RSA", "minima_sociaux", true},
                        {2, "AAH", "AAH", "minima_sociaux", true},
                        {3, "CSS", "CSS", "sante", true},
                        {4, "APL", "APL", "logement", true}};
    return vigie::computeFigures(facts, reference);
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

TEST_CASE("rights, non-take-up, sources and institutions: each report counted once per line") {
    auto with = [](Date d, std::vector<std::string> rights, std::vector<std::string> bodies,
                   std::string source, std::optional<NonTakeUp> n) {
        ReportFacts f = fact(d, {Category::NonAccess});
        f.rights = std::move(rights);
        f.institutions = std::move(bodies);
        f.source = std::move(source);
        f.nonTakeUp = n;
        return f;
    };
    std::vector<ReportFacts> facts = {
        with(Date(2025, 1, 5), {"APL", "RSA", "rsa"}, {"CAF", "caf"}, "Accueil CCAS",
             NonTakeUp::NotRequested),
        with(Date(2025, 2, 5), {"CSS"}, {"CPAM"}, "Accueil CCAS", NonTakeUp::NotRequested),
        with(Date(2025, 3, 5), {"RSA"}, {"CAF", "CD"}, "Épicerie sociale", NonTakeUp::Unknown),
        with(Date(2025, 4, 5), {}, {}, "", std::nullopt),
    };
    auto f = computeFigures(Period::year(2025), facts, defaultRightFamilies(), 0);
    REQUIRE(f.rights.size() == 3);
    // Minima sociaux first (the family order), then by count: RSA (2) before the others.
    CHECK(f.rights[0].key == "RSA");
    CHECK(f.rights[0].share.count == 2); // "RSA" and "rsa" on one report count once
    CHECK(f.rights[0].share.percent->french() == "50,00\u00A0%");
    CHECK(f.rights[0].label == "RSA"); // the label the reference gives
    CHECK(f.rights[1].key == "APL");  // logement comes before santé among the families
    CHECK(f.rights[2].key == "CSS");
    REQUIRE(f.institutions.size() == 3);
    CHECK(f.institutions[0].key == "CAF");
    CHECK(f.institutions[0].share.count == 2);
    REQUIRE(f.sources.size() == 2);
    CHECK(f.sources[0].key == "Accueil CCAS");
    CHECK(f.sources[0].share.count == 2);
    CHECK(f.sources[1].key == "Épicerie sociale");
    REQUIRE(f.nonTakeUp.size() == std::size(kAllNonTakeUps));
    for (const auto& [type, share] : f.nonTakeUp) {
        if (type == NonTakeUp::NotRequested) {
            CHECK(share.count == 2);
        }
        if (type == NonTakeUp::Unknown) {
            CHECK(share.count == 1);
        }
        if (type == NonTakeUp::NotOffered) {
            CHECK(share.count == 0);
        }
    }
    CHECK(f.nonTakeUpNotSaid.count == 1);
}

TEST_CASE("follow-ups by kind, outcomes and the median time to resolution") {
    auto closed = [](Date received, ReportStatus s, std::optional<Date> on) {
        ReportFacts f = fact(received, {Category::Delay}, {}, s);
        f.closedOn = on;
        return f;
    };
    std::vector<ReportFacts> facts = {
        closed(Date(2025, 1, 1), ReportStatus::Resolved, Date(2025, 1, 11)),  // 10 days
        closed(Date(2025, 2, 1), ReportStatus::Resolved, Date(2025, 3, 3)),   // 30 days
        closed(Date(2025, 3, 1), ReportStatus::Resolved, Date(2025, 3, 21)),  // 20 days
        closed(Date(2025, 4, 1), ReportStatus::Resolved, Date(2025, 4, 6)),   // 5 days
        closed(Date(2025, 5, 1), ReportStatus::Unresolved, Date(2025, 9, 1)),
        closed(Date(2025, 6, 1), ReportStatus::ReferredNational, std::nullopt),
        closed(Date(2025, 7, 1), ReportStatus::FollowUpOpen, std::nullopt),
        closed(Date(2025, 7, 2), ReportStatus::Withdrawn, Date(2025, 7, 3)),
    };
    const ReportId first = facts[0].id, second = facts[1].id;
    std::vector<DecisionFacts> decisions = {
        {DecisionKind::Solicitation, Date(2025, 1, 15), first},
        {DecisionKind::Solicitation, Date(2025, 2, 15), second},
        {DecisionKind::CollectiveAlert, Date(2025, 2, 15), first},
        {DecisionKind::FaqAnswer, Date(2024, 12, 15), first}, // taken the year before
        {DecisionKind::NoFollowUp, Date(2025, 3, 15), facts[2].id}, // not a follow-up given
    };
    auto f = computeFigures(Period::year(2025), facts, defaultRightFamilies(), 2, decisions);
    CHECK(f.reports == 7);
    CHECK(f.outcomes.resolved.count == 4);
    CHECK(f.outcomes.resolved.percent->french() == "57,14\u00A0%");
    CHECK(f.outcomes.unresolved.count == 1);
    CHECK(f.outcomes.referredNational.count == 1);
    CHECK(f.outcomes.open.count == 1);
    // 5, 10, 20, 30 days: the mean of the two middle values.
    REQUIRE(f.outcomes.medianDaysToResolution);
    CHECK(*f.outcomes.medianDaysToResolution == 15.0);
    CHECK(frenchDays(f.outcomes.medianDaysToResolution) == "15 days"); // French in the window
    // French keeps the singular below two days (the catalog maps the singular form).
    CHECK(frenchDays(1.5) == "1,5 day");
    CHECK(frenchDays(1.96) == "2 days");
    CHECK(frenchDays(2.0) == "2 days");
    std::map<DecisionKind, long long> kinds(f.followUps.begin(), f.followUps.end());
    CHECK(f.followUps.size() == std::size(kAllDecisionKinds));
    CHECK(kinds[DecisionKind::Solicitation] == 2);
    CHECK(kinds[DecisionKind::CollectiveAlert] == 1);
    CHECK(kinds[DecisionKind::FaqAnswer] == 0);
    CHECK(kinds[DecisionKind::NoFollowUp] == 1);
    CHECK(f.reportsWithFollowUp == 2);
}

TEST_CASE("reports per month cover every month the period touches, empty ones included") {
    std::vector<ReportFacts> facts = {fact(Date(2025, 11, 30), {Category::Delay}),
                                      fact(Date(2026, 1, 1), {Category::Delay}),
                                      fact(Date(2026, 1, 31), {Category::Delay})};
    auto f = computeFigures({Date(2025, 11, 15), Date(2026, 2, 10)}, facts, defaultRightFamilies(), 0);
    REQUIRE(f.monthly.size() == 4);
    CHECK(f.monthly[0].year == 2025);
    CHECK(f.monthly[0].month == 11);
    CHECK(f.monthly[0].reports == 1);
    CHECK(f.monthly[1].reports == 0);
    CHECK(f.monthly[2].month == 1);
    CHECK(f.monthly[2].reports == 2);
    CHECK(f.monthly[3].month == 2);
    auto year = computeFigures(Period::year(2024), {}, defaultRightFamilies(), 0);
    CHECK(year.monthly.size() == 12);
}

TEST_CASE("changes: counts in percent of the year before, shares in points") {
    CHECK(frenchCountChange(countChange(41, 22)) == "\u221246,34\u00A0%");
    CHECK(frenchCountChange(countChange(20, 25)) == "+25,00\u00A0%");
    CHECK(frenchCountChange(countChange(7, 7)) == "0,00\u00A0%");
    CHECK(frenchCountChange(countChange(0, 12)) == "\u2014"); // nothing to compare with
    // Half up, away from zero, on both sides: 1/200 = 0,005 -> 0,01.
    CHECK(countChange(200, 201)->hundredths() == 50);
    CHECK(countChange(20000, 20001)->hundredths() == 1);
    CHECK(countChange(20000, 19999)->hundredths() == -1);
    const auto before = Percent::of(8, 41), now = Percent::of(13, 22);
    CHECK(frenchPointsChange(pointsChange(before, now)) == "+39,58\u00A0pts");
    CHECK(frenchPointsChange(pointsChange(Percent::of(1, 2), Percent::of(49, 100))) ==
          "\u22121,00\u00A0pt");
    CHECK(frenchPointsChange(pointsChange(std::nullopt, now)) == "\u2014");
}

TEST_CASE("rounding at exactly .005 goes up") {
    CHECK(Percent::of(1, 80)->french() == "1,25\u00A0%");   // 1.25 exactly
    CHECK(Percent::of(1, 400)->french() == "0,25\u00A0%");  // 0.25
    CHECK(Percent::of(1, 1600)->hundredths() == 6);         // 0.0625 -> 0,06
    CHECK(Percent::of(1, 16000)->hundredths() == 1);        // 0.00625 -> 0,01 (half up)
    CHECK(Percent::of(3, 16000)->hundredths() == 2);        // 0.01875 -> 0,02
}

TEST_CASE("the same period a year earlier, 29 February included") {
    const Period q{Date(2024, 1, 1), Date(2024, 2, 29)};
    const Period before = previousYear(q);
    CHECK(before.first == Date(2023, 1, 1));
    CHECK(before.last == Date(2023, 2, 28));
    CHECK(previousYear(Period::year(2015)).first == Date(2014, 1, 1));
    // A whole month is compared with the whole month: February 2025 with 1-29 Feb 2024.
    const Period february = previousYear({Date(2025, 2, 1), Date(2025, 2, 28)});
    CHECK(february.first == Date(2024, 2, 1));
    CHECK(february.last == Date(2024, 2, 29));
    CHECK(previousYear({Date(2025, 3, 10), Date(2025, 3, 20)}).last == Date(2024, 3, 20));
}

TEST_CASE("figures typed in for a year before Vigie: checked, then read as a year's figures") {
    EnteredFigures e;
    e.year = 2014;
    e.meetings = 11;
    e.reports = 41;
    e.categories = {{Category::NonAccess, 8}, {Category::Delay, 13}, {Category::Precarity, 31}};
    e.rightFamilies = {{"minima_sociaux", 11}};
    e.solicitations = {{{"CAF"}, 4, 2, {"Prise de RDV"}}, {{"PIO"}, 1, 1, {}}};
    CHECK(problemsOf(e).empty());
    auto f = figuresFromEntered(e, defaultRightFamilies());
    CHECK(f.entered);
    CHECK(f.meetings == 11);
    CHECK(f.reports == 41);
    CHECK(f.category(Category::NonAccess).percent->french() == "19,51\u00A0%");
    CHECK(f.category(Category::Delay).percent->french() == "31,71\u00A0%");
    CHECK(f.rightFamilies.front().first.code == "minima_sociaux");
    CHECK(f.rightFamilies.front().second.percent->french() == "26,83\u00A0%");
    CHECK(f.solicitations.total == 5);
    CHECK(f.solicitations.answered == 3);
    REQUIRE(f.solicitations.byAddressees.size() == 2);
    CHECK(f.solicitations.byAddressees[0].label == "CAF");
    CHECK(f.solicitations.byAddressees[0].subjects == std::vector<std::string>{"Prise de RDV"});
    // As for counted years: each body in every solicitation naming it, by count.
    REQUIRE(f.solicitations.byInstitution.size() == 2);
    CHECK(f.solicitations.byInstitution[0].institution == "CAF");
    CHECK(f.solicitations.byInstitution[0].count == 4);
    CHECK(f.solicitations.byInstitution[0].answered == 2);
    CHECK_FALSE(f.solicitations.byInstitution[0].medianDelayDays); // not known

    EnteredFigures wrong = e;
    wrong.categories[Category::Delay] = 42; // more than the reports received
    wrong.solicitations[0].answered = 5;    // more answers than solicitations
    wrong.meetings = -1;
    CHECK(problemsOf(wrong).size() == 3);
}

TEST_CASE("a period still running is counted as far as today") {
    const Period year = Period::year(2026);
    CHECK(isCalendarYear(year));
    const Period elapsed = elapsedPart(year, Date(2026, 11, 22));
    CHECK(elapsed.first == Date(2026, 1, 1));
    CHECK(elapsed.last == Date(2026, 11, 22));
    CHECK_FALSE(isCalendarYear(elapsed));
    // Compared with the same dates a year earlier.
    CHECK(previousYear(elapsed).last == Date(2025, 11, 22));
    // Over, or still to come: as it is.
    CHECK(elapsedPart(Period::year(2025), Date(2026, 11, 22)).last == Date(2025, 12, 31));
    CHECK(elapsedPart(Period::year(2027), Date(2026, 11, 22)).last == Date(2027, 12, 31));
    // Its last day is a whole period.
    CHECK(elapsedPart(year, Date(2026, 12, 31)).last == Date(2026, 12, 31));
}
