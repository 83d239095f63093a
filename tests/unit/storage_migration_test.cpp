// The migration machinery: backup first, all steps in one transaction, refusal of the
// future. Each real migration after version 1 gets its own case here, starting from the
// schema before it.
#include <doctest/doctest.h>

#include <algorithm>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/demo.h"
#include "storage/database_file.h"
#include "platform/system.h"
#include "storage/schema.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

std::vector<storage::schema::Migration> withExtra(storage::schema::Migration extra) {
    auto all = storage::schema::migrations();
    extra.toVersion = all.back().toVersion + 1;
    all.push_back(std::move(extra));
    return all;
}

long long reportsIn(const fs::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    return db.execAndGet("SELECT count(*) FROM reports").getInt64();
}

} // namespace

TEST_CASE("the current schema is version 1 and a new file gets Vigie's application id") {
    test::TempDir dir;
    storage::openSqliteStore(dir / "a.sqlite");
    SQLite::Database db((dir / "a.sqlite").string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::schema::currentVersion());
    CHECK(db.execAndGet("PRAGMA application_id").getInt() == storage::schema::kApplicationId);
}

TEST_CASE("an upgrade backs the database up first, then applies the step in a transaction") {
    test::TempDir dir;
    const fs::path file = dir / "old.sqlite";
    {
        auto store = storage::openSqliteStore(file);
        app::DemoOptions demo;
        demo.reports = 40;
        demo.today = Date(2025, 5, 1);
        app::fillWithDemoData(*store, test::testActor(), demo);
    }
    auto migrations = withExtra({0, "test step", [](SQLite::Database& db) {
                                     db.exec("ALTER TABLE reports ADD COLUMN flagged INTEGER "
                                             "NOT NULL DEFAULT 0");
                                 }});
    auto opened = storage::openDatabaseFile(file, {}, migrations);
    CHECK(opened.info.migrated);
    CHECK(opened.info.schemaVersion == migrations.back().toVersion);
    REQUIRE(opened.info.migrationBackup);
    const fs::path backup = *opened.info.migrationBackup;
    CHECK(backup.parent_path() == storage::backupDirectoryFor(file));
    REQUIRE(fs::exists(backup));
    CHECK(opened.db->execAndGet("SELECT count(flagged) FROM reports").getInt() == 40);
    opened.db.reset();

    // The backup is the database as it was before the step.
    SQLite::Database copy(backup.string(), SQLite::OPEN_READONLY);
    CHECK(copy.execAndGet("PRAGMA user_version").getInt() == storage::schema::currentVersion());
    CHECK(copy.execAndGet("SELECT count(*) FROM reports").getInt() == 40);
    CHECK_THROWS(copy.exec("SELECT flagged FROM reports"));
}

TEST_CASE("a failing upgrade changes nothing and says so") {
    test::TempDir dir;
    const fs::path file = dir / "old.sqlite";
    {
        auto store = storage::openSqliteStore(file);
        app::DemoOptions demo;
        demo.reports = 15;
        app::fillWithDemoData(*store, test::testActor(), demo);
    }
    auto migrations = withExtra({0, "broken step", [](SQLite::Database& db) {
                                     db.exec("CREATE TABLE half_done(x)");
                                     db.exec("DELETE FROM reports");
                                     db.exec("THIS IS NOT SQL");
                                 }});
    try {
        storage::openDatabaseFile(file, {}, migrations);
        FAIL("the broken migration was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Failed);
    }
    SQLite::Database db(file.string(), SQLite::OPEN_READONLY);
    CHECK(db.execAndGet("PRAGMA user_version").getInt() == storage::schema::currentVersion());
    CHECK(db.execAndGet("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").getInt() ==
          0);
    CHECK(reportsIn(file) == 15);
}

TEST_CASE("a new database is not backed up: there is nothing to lose") {
    test::TempDir dir;
    auto opened = storage::openDatabaseFile(dir / "new.sqlite", {}, storage::schema::migrations());
    CHECK_FALSE(opened.info.migrationBackup);
    CHECK_FALSE(fs::exists(storage::backupDirectoryFor(dir / "new.sqlite")));
}

TEST_CASE("version 6: coded values are checked by comparisons, without a temporary table per row") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "v.sqlite");
    store.reset();
    SQLite::Database db((dir / "v.sqlite").string(), SQLite::OPEN_READWRITE);
    const std::string sql =
        db.execAndGet("SELECT sql FROM sqlite_master WHERE name = 'reports'").getString();
    CHECK(sql.find("status = 'recue' OR status = 'a_l_ordre_du_jour'") != std::string::npos);
    CHECK(sql.find("non_take_up = 'non_connaissance' OR") != std::string::npos);
    // The plan of a row written: no OpenEphemeral (the temporary table of an IN list).
    const std::string insert =
        "INSERT INTO reports(reference, ref_year, ref_seq, received_on, description, categories, "
        "status, non_take_up, created_at, updated_at) VALUES ('2025-001', 2025, 1, '2025-01-02', "
        "'Délai', 2, ?, ?, 'x', 'x')";
    SQLite::Statement plan(db, "EXPLAIN " + insert);
    int ephemeral = 0;
    while (plan.executeStep()) {
        ephemeral += plan.getColumn(1).getString() == "OpenEphemeral" ? 1 : 0;
    }
    CHECK(ephemeral == 0);
    // And the checks still hold: a code outside the list is refused, none is allowed.
    SQLite::Statement bad(db, insert);
    bad.bind(1, "perdue");
    bad.bind(2, "non_demande");
    CHECK_THROWS(bad.exec());
    SQLite::Statement good(db, insert);
    good.bind(1, "recue");
    good.bind(2); // NULL: no non-take-up type
    CHECK(good.exec() == 1);
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
}

TEST_CASE("version 7: a version-6 file with its reports gains the outreach tables and schemes") {
    test::TempDir dir;
    const fs::path file = dir / "v6.sqlite";
    auto upToSix = storage::schema::migrations();
    upToSix.resize(6);
    {
        auto opened = storage::openDatabaseFile(file, {}, upToSix);
        CHECK(opened.info.schemaVersion == 6);
        opened.db->exec("INSERT INTO reports(reference, ref_year, ref_seq, received_on, "
                        "description, categories, status, created_at, updated_at) VALUES "
                        "('2025-001', 2025, 1, '2025-03-04', 'Avant la version 7', 1, 'recue', "
                        "'2025-03-04T09:00:00Z', '2025-03-04T09:00:00Z')");
    }
    auto store = storage::openSqliteStore(file);
    CHECK(store->info().migrated);
    CHECK(store->info().schemaVersion == storage::schema::currentVersion());
    CHECK(store->reports().findByReference({2025, 1})->description == "Avant la version 7");
    const auto schemes = store->outreach().schemes();
    CHECK(std::any_of(schemes.begin(), schemes.end(),
                      [](const OutreachScheme& s) { return s.code == "equipe_mobile"; }));
    CHECK(store->outreach().list({}).empty());
}
