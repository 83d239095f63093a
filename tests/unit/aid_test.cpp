// Emergency aid: every amount form French spreadsheets write, read as exact cents, and
// the cost of non-take-up of a period (FORMATS.md, "Emergency aid").
#include <doctest/doctest.h>

#include "domain/aid.h"

using namespace vigie;

TEST_CASE("amounts: every form a French spreadsheet writes, in exact cents") {
    CHECK(parseCents("120") == 12000);
    CHECK(parseCents("120.5") == 12050);
    CHECK(parseCents("120,50") == 12050);
    CHECK(parseCents("120,5") == 12050);
    CHECK(parseCents("1 234,50") == 123450);
    CHECK(parseCents("1\u00a0234,50") == 123450);
    CHECK(parseCents("1\u202f234,50\u00a0\u20ac") == 123450);
    CHECK(parseCents("1234,50 \u20ac") == 123450);
    CHECK(parseCents("1234,50\u20ac") == 123450);
    CHECK(parseCents("1.234,50") == 123450);
    CHECK(parseCents("1.234") == 123400);
    CHECK(parseCents("12 345 678,09") == 1234567809);
    CHECK(parseCents("  80 ") == 8000);
    CHECK(parseCents("0,01") == 1);
    for (const char* wrong : {"", "-5", "12,345", "1 23,00", "12 3456", "abc", "12,", "1,2,3",
                              "12.345.67", "€", "1e3", "0x10"}) {
        CAPTURE(wrong);
        CHECK_FALSE(parseCents(wrong));
    }
}

TEST_CASE("amounts are written back as the CSV and people read them") {
    CHECK(csvAmount(123450) == "1234,50");
    CHECK(csvAmount(5) == "0,05");
    CHECK(frenchAmount(123450) == "1\u00a0234,50\u00a0\u20ac");
    CHECK(frenchAmount(0) == "0,00\u00a0\u20ac");
}

TEST_CASE("the cost of non-take-up: exact sums, the part made up for a right, by right and type") {
    auto aid = [](Date on, const char* amount, const std::string& right,
                  std::optional<NonTakeUp> type, std::optional<AidKind> kind) {
        EmergencyAid a;
        a.grantedOn = on;
        a.cents = *parseCents(amount);
        a.right = right;
        a.nonTakeUp = type;
        a.kind = kind;
        a.institution = right.empty() ? "" : "CAF";
        return a;
    };
    // Ten times 0,10 € add up to 1 € exactly (in floating point they would not).
    std::vector<EmergencyAid> aids;
    for (int k = 0; k < 10; ++k) {
        aids.push_back(aid(Date(2025, 2, 1), "0,10", "", std::nullopt, AidKind::Food));
    }
    aids.push_back(aid(Date(2025, 3, 1), "1 234,50 \u20ac", "APL", NonTakeUp::NotReceived,
                       AidKind::Housing));
    aids.push_back(aid(Date(2025, 3, 2), "120.5", "RSA", std::nullopt, AidKind::Food));
    aids.push_back(aid(Date(2025, 3, 3), "80", "", NonTakeUp::Unknown, AidKind::Energy));
    aids.push_back(aid(Date(2024, 12, 31), "999", "RSA", std::nullopt, std::nullopt)); // outside
    const auto f = computeAidFigures(Period::year(2025), aids);
    CHECK(f.aids == 13);
    CHECK(f.totalCents == 100 + 123450 + 12050 + 8000);
    CHECK(f.linked.count == 3);
    CHECK(f.linked.cents == 123450 + 12050 + 8000);
    CHECK(f.linkedShare->hundredths() == 9993); // 143 500 / 143 600 = 0.999303..., half up
    REQUIRE(f.byRight.size() == 2);
    CHECK(f.byRight[0].key == "APL");
    CHECK(f.byRight[1].cents == 12050);
    CHECK(f.byType.at(NonTakeUp::NotReceived).cents == 123450);
    CHECK(f.byType.at(NonTakeUp::NotRequested).count == 0);
    CHECK(f.byKind.at(AidKind::Food).count == 11);
    CHECK(f.byKind.at(AidKind::Food).cents == 100 + 12050);
    const auto none = computeAidFigures(Period::year(2023), aids);
    CHECK(none.totalCents == 0);
    CHECK_FALSE(none.linkedShare);
}

TEST_CASE("aid kinds read by code or French label") {
    CHECK(parseAidKind("energie") == AidKind::Energy);
    CHECK(parseAidKind("Alimentaire") == AidKind::Food);
    CHECK_FALSE(parseAidKind("cadeau"));
}
