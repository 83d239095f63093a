// Recurring problems (FORMATS.md): the triples shared by at least three counted reports,
// with the same period a year earlier, on hand-made reports.
#include <doctest/doctest.h>

#include "app/report_csv.h"
#include "app/statistics_service.h"
#include "domain/observatory.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

ReportFacts fact(ReportId id, Date on, std::vector<std::string> institutions,
                 std::vector<std::string> rights, CategorySet categories) {
    ReportFacts f;
    f.id = id;
    f.reference = {on.year(), static_cast<int>(id)};
    f.receivedOn = on;
    f.institutions = std::move(institutions);
    f.rights = std::move(rights);
    f.categories = categories;
    return f;
}

} // namespace

TEST_CASE("recurring: a report counts once for each triple it makes; three make a problem") {
    const std::vector<ReportFacts> now = {
        // Two bodies × one right × two categories: four triples, each counted once.
        fact(1, Date(2025, 3, 1), {"CAF", "CPAM", "caf"}, {"RSA"}, {Category::Delay, Category::NonAccess}),
        fact(2, Date(2025, 2, 1), {"CAF"}, {"RSA", "rsa"}, {Category::Delay}),
        fact(3, Date(2025, 2, 1), {"caf"}, {"RSA"}, {Category::Delay}),
        fact(4, Date(2025, 4, 1), {"CPAM"}, {"RSA"}, {Category::NonAccess}),
        fact(5, Date(2025, 5, 1), {"MDPH"}, {"AAH"}, {Category::Delay}),
    };
    const std::vector<ReportFacts> yearEarlier = {
        fact(11, Date(2024, 3, 1), {"CAF"}, {"RSA"}, {Category::Delay}),
    };
    const auto problems = recurringProblems(now, yearEarlier);
    REQUIRE(problems.size() == 1);
    const auto& p = problems.front();
    CHECK(p.institution == "CAF");
    CHECK(p.right == "RSA");
    CHECK(p.category == Category::Delay);
    CHECK(p.count == 3);
    CHECK(p.previousCount == 1);
    CHECK(p.first == Date(2025, 2, 1));
    CHECK(p.last == Date(2025, 3, 1));
    // By date, then reference: 2025-002 and 2025-003 on the same day.
    CHECK(p.references == std::vector<ReportReference>{{2025, 2}, {2025, 3}, {2025, 1}});
}

TEST_CASE("recurring: ordered by count, then institution, right and category codes") {
    std::vector<ReportFacts> now;
    ReportId id = 0;
    auto add = [&](int n, const char* institution, const char* right, Category c) {
        for (int k = 0; k < n; ++k) {
            now.push_back(fact(++id, Date(2025, 1, 1 + k), {institution}, {right}, {c}));
        }
    };
    add(3, "MDPH", "AAH", Category::Delay);
    add(4, "CPAM", "CSS", Category::Precarity);
    add(3, "CAF", "APL", Category::NonAccess);
    add(3, "CAF", "APL", Category::Delay);
    const auto problems = recurringProblems(now, {});
    REQUIRE(problems.size() == 4);
    CHECK(problems[0].institution == "CPAM");
    CHECK(problems[1].category == Category::Delay); // "delay" before "non_access"
    CHECK(problems[2].category == Category::NonAccess);
    CHECK(problems[3].institution == "MDPH");
    CHECK(problems[3].previousCount == 0);
}

TEST_CASE("recurring in stats: withdrawn reports never count, the year earlier beside") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "r.sqlite");
    app::ImportOptions options;
    const std::string file =
        "reference;date_reception;description;categories;droits;institutions;statut\n"
        "2024-001;2024-05-02;Attente;delai;RSA;CAF;\n"
        "2025-001;2025-05-02;Attente;delai;RSA;CAF;\n"
        "2025-002;2025-05-03;Attente;delai;RSA;CAF;\n"
        "2025-003;2025-05-04;Attente;delai;RSA;CAF;annulee\n"
        "2025-004;2025-06-04;Attente;delai;RSA;CAF;\n";
    REQUIRE_FALSE(app::importReports(*store, test::testActor(), file, options).hasErrors());
    const auto stats = app::yearStatistics(*store, 2025);
    REQUIRE(stats.recurring.size() == 1);
    CHECK(stats.recurring[0].count == 3);
    CHECK(stats.recurring[0].previousCount == 1);
    CHECK(stats.recurring[0].references.back() == ReportReference{2025, 4});
    const std::string json = app::statisticsJson(stats);
    CHECK(json.find("\"recurring\"") != std::string::npos);
    CHECK(json.find("\"2025-003\"") == std::string::npos);
    // Two reports only: no recurring problem.
    CHECK(app::yearStatistics(*store, 2024).recurring.empty());
}
