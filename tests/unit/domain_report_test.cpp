#include <doctest/doctest.h>

#include "domain/report.h"

using namespace vigie;

TEST_CASE("categories are read from codes and French labels, ignoring case and accents") {
    CHECK(parseCategory("non_acces") == Category::NonAccess);
    CHECK(parseCategory("NON_ACCES") == Category::NonAccess);
    CHECK(parseCategory("Non accès aux droits") == Category::NonAccess);
    CHECK(parseCategory("non acces aux droits") == Category::NonAccess);
    CHECK(parseCategory("Délais anormalement longs") == Category::Delay);
    CHECK(parseCategory("DELAI") == Category::Delay);
    CHECK(parseCategory("Précarité") == Category::Precarity);
    CHECK(parseCategory("precarite") == Category::Precarity);
    CHECK_FALSE(parseCategory("pauvreté"));
    CHECK_FALSE(parseCategory(""));
}

TEST_CASE("statuses and non-take-up types round-trip through their codes") {
    for (auto s : kAllStatuses) {
        CHECK(parseStatus(code(s)) == s);
    }
    CHECK(parseStatus("A_L_ORDRE_DU_JOUR") == ReportStatus::OnAgenda);
    CHECK(parseStatus("Résolue") == ReportStatus::Resolved);
    CHECK_FALSE(parseStatus("fermée"));
    for (auto n : kAllNonTakeUps) {
        CHECK(parseNonTakeUp(code(n)) == n);
    }
    CHECK(parseNonTakeUp("Non-demande") == NonTakeUp::NotRequested);
    CHECK_FALSE(parseNonTakeUp("refus"));
}

TEST_CASE("references are YYYY-NNN, padded to three digits and growing beyond 999") {
    CHECK(ReportReference{2015, 7}.text() == "2015-007");
    CHECK(ReportReference{2015, 1234}.text() == "2015-1234");
    auto r = ReportReference::parse("2015-007");
    REQUIRE(r);
    CHECK(r->year == 2015);
    CHECK(r->sequence == 7);
    CHECK(ReportReference::parse(" 2015-1000 ")->sequence == 1000);
    CHECK_FALSE(ReportReference::parse("2015-07"));
    CHECK_FALSE(ReportReference::parse("15-007"));
    CHECK_FALSE(ReportReference::parse("2015_007"));
    CHECK_FALSE(ReportReference::parse("2015-000"));
    CHECK_FALSE(ReportReference::parse("2015-00a"));
    CHECK(ReportReference{2015, 9} < ReportReference{2015, 10});
}

TEST_CASE("a report needs a description and a category, and closing cannot precede receipt") {
    DifficultyReport r;
    r.receivedOn = Date(2015, 3, 1);
    auto problems = validate(r);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].field == "description");
    CHECK(problems[1].field == "categories");
    r.description = "Délai de traitement";
    r.categories.add(Category::Delay);
    CHECK(validate(r).empty());
    r.closedOn = Date(2015, 2, 1);
    REQUIRE(validate(r).size() == 1);
    CHECK(validate(r)[0].field == "date_cloture");
}

TEST_CASE("a withdrawn report is kept but never counted") {
    DifficultyReport r;
    CHECK(r.counted());
    r.status = ReportStatus::Withdrawn;
    CHECK_FALSE(r.counted());
}

TEST_CASE("a category set keeps the order given but compares as a set") {
    CategorySet s{Category::Precarity, Category::NonAccess};
    CHECK(s.list() == std::vector<Category>{Category::Precarity, Category::NonAccess});
    CHECK(s == CategorySet{Category::NonAccess, Category::Precarity});
    s.add(Category::Precarity);
    CHECK(s.list().size() == 2);
    s.remove(Category::Precarity);
    CHECK(s.list() == std::vector<Category>{Category::NonAccess});
    CHECK(CategorySet::fromBits(5).list() ==
          std::vector<Category>{Category::NonAccess, Category::Precarity});
}

TEST_CASE("a report whose dates are typos is refused by the domain, whatever the front end") {
    DifficultyReport r;
    r.description = "Dossier en attente";
    r.categories = {Category::Delay};
    r.receivedOn = Date(225, 3, 4);
    auto problems = validate(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "date_reception");
    r.receivedOn = Date(2025, 3, 4);
    r.closedOn = Date(2205, 3, 4);
    problems = validate(r);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].field == "date_cloture");
}
