// Two people of the same watch group working at the same moment on the shared database,
// through the services the window and vigie-cli use: nothing lost, nothing duplicated,
// and the one whose save came second is told who saved before and when.
#include <doctest/doctest.h>

#include <array>
#include <barrier>
#include <set>
#include <thread>

#include "app/report_service.h"
#include "pg_support.h"
#include "storage/pg/pg_store.h"
#include "storage/store.h"

using namespace vigie;

namespace {

constexpr const char* kSite = "ccas-nord";

app::Actor actor(const std::string& user, const std::string& at) {
    return app::Actor{user, [at] { return at; }};
}

DifficultyReport draft(const std::string& text) {
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = text;
    r.categories = {Category::Delay};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    r.source = "Centre social Nord";
    return r;
}

std::unique_ptr<storage::Store> openSite(const test::FreshPgDatabase& database,
                                         const std::string& name = {}) {
    return storage::pg::openPgStore(database.uri(), kSite, name);
}

} // namespace

TEST_CASE("postgresql: two people saving the same report at once, the second is told who and when") {
    test::FreshPgDatabase database;
    ReportId id = 0;
    {
        auto store = openSite(database, "CCAS de Nord");
        id = app::ReportService(*store, actor("claire", "2025-03-04T08:00:00Z"))
                 .create(draft("Dossier en attente depuis trois mois"))
                 .id;
    }
    const std::array<std::string, 2> users{"anne", "paul"};
    std::array<std::string, 2> outcome; // "saved", or the refusal's words
    std::barrier together(2);
    std::vector<std::thread> people;
    for (std::size_t p = 0; p < 2; ++p) {
        people.emplace_back([&, p] {
            try {
                auto store = openSite(database);
                auto report = *store->reports().find(id); // both read version 1
                report.proposals = "Proposition de " + users[p];
                together.arrive_and_wait();
                app::ReportService(*store, actor(users[p], "2025-03-05T10:15:00Z")).update(report);
                outcome[p] = "saved";
            } catch (const StorageError& e) {
                outcome[p] = e.kind() == StorageError::Kind::Stale ? e.what() : "other: " + std::string(e.what());
            } catch (const std::exception& e) {
                outcome[p] = std::string("other: ") + e.what();
            }
        });
    }
    for (auto& t : people) {
        t.join();
    }
    INFO(outcome[0], " | ", outcome[1]);
    REQUIRE((outcome[0] == "saved") != (outcome[1] == "saved"));
    const std::size_t winner = outcome[0] == "saved" ? 0 : 1;
    const std::string& told = outcome[1 - winner];
    CHECK(told.find(users[winner]) != std::string::npos); // who
    CHECK(told.find("05/03/2025") != std::string::npos);  // when, as the user reads dates
    auto store = openSite(database);
    const auto kept = *store->reports().find(id);
    CHECK(kept.proposals == "Proposition de " + users[winner]); // nothing overwritten
    CHECK(kept.version == 2);
}

TEST_CASE("postgresql: people recording reports at once, on one site and another, get every number once") {
    test::FreshPgDatabase database;
    openSite(database, "CCAS de Nord");
    openSite(database)->sites()->add({"ccas-sud", "CCAS de Sud"});
    constexpr int kEach = 15;
    const std::array<std::string, 3> sites{kSite, kSite, "ccas-sud"};
    std::array<std::vector<ReportReference>, 3> taken;
    std::array<std::string, 3> failures;
    std::barrier together(3);
    std::vector<std::thread> people;
    for (std::size_t p = 0; p < 3; ++p) {
        people.emplace_back([&, p] {
            try {
                auto store = storage::pg::openPgStore(database.uri(), sites[p]);
                app::ReportService service(*store, actor("agent" + std::to_string(p),
                                                         "2025-03-05T10:00:00Z"));
                together.arrive_and_wait();
                for (int i = 0; i < kEach; ++i) {
                    taken[p].push_back(service.create(draft("Situation " + std::to_string(i))).reference);
                }
            } catch (const std::exception& e) {
                failures[p] = e.what();
            }
        });
    }
    for (auto& t : people) {
        t.join();
    }
    for (const auto& failure : failures) {
        CHECK(failure == "");
    }
    std::set<int> nord;
    for (std::size_t p = 0; p < 2; ++p) {
        for (const auto& r : taken[p]) {
            nord.insert(r.sequence);
        }
    }
    CHECK(nord.size() == 2 * kEach); // none twice
    CHECK(*nord.rbegin() == 2 * kEach); // none skipped
    CHECK(openSite(database)->reports().count(ReportFilter{}) == 2 * kEach);
    std::set<int> sud;
    for (const auto& r : taken[2]) {
        sud.insert(r.sequence);
    }
    CHECK(sud.size() == kEach);
    CHECK(*sud.rbegin() == kEach); // the other site counts on its own
}
