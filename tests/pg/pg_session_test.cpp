// The shared back end's foundations on a real PostgreSQL 15: the schema made once however
// many programs start together, report numbers that two connections never share, each
// site's own numbers, and the repositories already written, read back.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "pg_support.h"
#include "storage/pg/pg_database.h"
#include "storage/schema.h"

using namespace vigie;
using namespace vigie::storage;

namespace {

using FreshDatabase = test::FreshPgDatabase;

void insertReport(pg::Session& s, const ReportReference& ref) {
    s.db().exec("INSERT INTO reports(reference, ref_year, ref_seq, received_on, description, "
                "categories, status, created_at, updated_at) VALUES ($1, $2, $3, '2025-03-03', "
                "'Délai', 2, 'recue', 'x', 'x')",
                pg::Params().text(ref.text()).integer(ref.year).integer(ref.sequence));
}

} // namespace

TEST_CASE("postgresql: programs starting together make the schema once, at the current version") {
    FreshDatabase database;
    std::vector<std::thread> programs;
    std::array<std::string, 4> failures;
    std::array<bool, 4> created{};
    for (std::size_t i = 0; i < failures.size(); ++i) {
        programs.emplace_back([&, i] {
            try {
                pg::Session session(database.uri(), "ccas-a");
                created[i] = session.schema().created;
            } catch (const std::exception& e) {
                failures[i] = e.what();
            }
        });
    }
    for (auto& p : programs) {
        p.join();
    }
    for (const auto& f : failures) {
        CHECK(f == "");
    }
    CHECK(std::count(created.begin(), created.end(), true) == 1);
    pg::Session session(database.uri(), "ccas-a");
    CHECK(session.schema().version == schema::currentVersion());
    pg::PgReference reference(session);
    CHECK(reference.rightFamilies().size() >= 5);
    CHECK_FALSE(reference.institutions().empty());
}

TEST_CASE("postgresql: another program's database is refused and left as it is") {
    FreshDatabase database;
    pg::Connection(database.uri()).exec("CREATE TABLE clients(name TEXT)");
    try {
        pg::Session session(database.uri(), "ccas-a");
        FAIL("accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::NotVigie);
    }
    pg::Connection check(database.uri());
    CHECK(check.exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").integer(0, 0) == 1);
}

TEST_CASE("postgresql: two connections taking report numbers at once never get the same one") {
    FreshDatabase database;
    {
        pg::Session setup(database.uri(), "ccas-a");
        setup.addSite("ccas-a", "CCAS A");
        setup.addSite("ccas-b", "CCAS B");
        insertReport(setup, {2025, 7}); // a number given by hand: the counter goes past it
    }
    constexpr int kEach = 40;
    std::array<std::vector<int>, 2> taken;
    std::array<std::string, 2> failures;
    std::vector<std::thread> users;
    for (std::size_t u = 0; u < 2; ++u) {
        users.emplace_back([&, u] {
            try {
                pg::Session session(database.uri(), "ccas-a");
                for (int i = 0; i < kEach; ++i) {
                    session.db().execScript("BEGIN");
                    const auto ref = pg::takeNextReference(session, 2025);
                    insertReport(session, ref);
                    session.db().execScript("COMMIT");
                    taken[u].push_back(ref.sequence);
                }
            } catch (const std::exception& e) {
                failures[u] = e.what();
            }
        });
    }
    for (auto& t : users) {
        t.join();
    }
    CHECK(failures[0] == "");
    CHECK(failures[1] == "");
    std::set<int> all(taken[0].begin(), taken[0].end());
    all.insert(taken[1].begin(), taken[1].end());
    CHECK(all.size() == 2 * kEach);
    CHECK(*all.begin() == 8);
    CHECK(*all.rbegin() == 7 + 2 * kEach);

    // Another site counts on its own; a number rolled back is given again.
    pg::Session other(database.uri(), "ccas-b");
    other.db().execScript("BEGIN");
    CHECK(pg::takeNextReference(other, 2025).sequence == 1);
    other.db().execScript("ROLLBACK");
    other.db().execScript("BEGIN");
    CHECK(pg::takeNextReference(other, 2025).sequence == 1);
    other.db().execScript("COMMIT");
}

TEST_CASE("postgresql: settings, files, history and typed-in figures read back, each site its own") {
    FreshDatabase database;
    pg::Session a(database.uri(), "ccas-a");
    a.addSite("ccas-a", "CCAS A");
    a.addSite("ccas-b", "CCAS B");
    pg::Session b(database.uri(), "ccas-b");

    pg::PgSettings settingsA(a), settingsB(b);
    settingsA.set("organisation", "CCAS de Lunel");
    settingsA.set("organisation", "CCAS de Lunel-Viel");
    CHECK(settingsA.get("organisation") == std::optional<std::string>("CCAS de Lunel-Viel"));
    CHECK_FALSE(settingsB.get("organisation"));
    const std::string logo("\x89PNG\r\n\x1a\n\0\x01\xff", 11);
    settingsA.setFile("logo", logo);
    CHECK(settingsA.file("logo") == std::optional<std::string>(logo));
    settingsA.removeFile("logo");
    CHECK_FALSE(settingsA.file("logo"));

    pg::PgAudit auditA(a), auditB(b);
    auditA.record({0, "2026-11-22T09:30:00Z", "marie", "report", 12, "create", "", "{\"a\":1}", ""});
    auditA.record({0, "2026-11-23T09:30:00Z", "paul", "report", 12, "update", "{\"a\":1}",
                   "{\"a\":2}", "enregistré malgré l'alerte"});
    const auto history = auditA.history("report", 12);
    REQUIRE(history.size() == 2);
    CHECK(history[0].before == "");
    CHECK(history[1].user == "paul");
    CHECK(history[1].note == "enregistré malgré l'alerte");
    CHECK(auditB.size() == 0);

    pg::PgEnteredFigures figuresA(a), figuresB(b);
    EnteredFigures e;
    e.year = 2024;
    e.meetings = 9;
    e.reports = 57;
    e.categories[Category::Delay] = 30;
    e.rightFamilies["minima_sociaux"] = 12;
    e.solicitations.push_back({{"CAF", "CPAM"}, 3, 2, {"Délais RSA", "Complémentaire santé"}});
    e.enteredAt = "2026-11-22T09:30:00Z";
    e.enteredBy = "marie";
    figuresA.save(e);
    e.reports = 58;
    figuresA.save(e); // replaced whole
    const auto back = figuresA.find(2024);
    REQUIRE(back);
    CHECK(back->reports == 58);
    CHECK(back->categories.at(Category::Delay) == 30);
    REQUIRE(back->solicitations.size() == 1);
    CHECK(back->solicitations[0].addressees == std::vector<std::string>{"CAF", "CPAM"});
    CHECK(back->solicitations[0].subjects.size() == 2);
    CHECK(figuresA.years() == std::vector<int>{2024});
    CHECK(figuresB.years().empty());
}

TEST_CASE("postgresql: reference data shared by the département, each site's additions its own") {
    FreshDatabase database;
    pg::Session a(database.uri(), "ccas-a");
    a.addSite("ccas-a", "CCAS A");
    a.addSite("ccas-b", "CCAS B");
    pg::Session b(database.uri(), "ccas-b");
    pg::PgReference refA(a), refB(b);
    const auto shared = refA.institutions().size();
    Institution mission{0, "MLJ", "Mission locale jeunes", "", "", "", true};
    refA.add(mission);
    CHECK(mission.id > 0);
    CHECK(refA.institutions().size() == shared + 1);
    CHECK(refB.institutions().size() == shared);
    Institution twice{0, "mlj", "Autre", "", "", "", true};
    try {
        refA.add(twice);
        FAIL("a code used twice was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }
    refB.add(twice); // another site may use the code for its own body
    Person person{0, "Secrétariat", "MLJ", "accueil@mlj.example", true, true};
    refA.add(person);
    CHECK(refA.people().size() == 1);
    CHECK(refA.people()[0].institutionCode == "MLJ");
    CHECK(refB.people().empty());
}
