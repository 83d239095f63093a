// Faults found by trying to lose data (issue "One house", points 5 to 7): several
// programs upgrading one old file at once, a refused file with a pending -wal, damage
// that SQLite's quick check does not see reaching the copies.
#include <doctest/doctest.h>

#include <thread>

#include <unistd.h>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "app/backups.h"
#include "app/demo.h"
#include "storage/database_file.h"
#include "storage/schema.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

std::vector<fs::path> filesIn(const fs::path& folder) {
    std::vector<fs::path> found;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        found.push_back(entry.path());
    }
    std::sort(found.begin(), found.end());
    return found;
}

void makeVersion3(const fs::path& file, int reports) {
    auto v3 = storage::schema::migrations();
    v3.resize(3);
    auto opened = storage::openDatabaseFile(file, {}, v3);
    for (int i = 1; i <= reports; ++i) {
        opened.db->exec(fmt::format("INSERT INTO reports (reference, ref_year, ref_seq, "
                                    "received_on, description, categories, status, created_at, "
                                    "updated_at) VALUES ('2024-{:03}', 2024, {}, '2024-03-0{}', "
                                    "'Délai de traitement', 2, 'recue', '2024-03-10T10:00:00Z', "
                                    "'2024-03-10T10:00:00Z')",
                                    i, i, 1 + i % 9));
    }
}

// A database whose last changes sit in its -wal, as a program killed before closing
// leaves it: the connection stays open while both files are copied.
void leaveWithPendingWal(const fs::path& target, const std::function<void(SQLite::Database&)>& setUp,
                         const std::function<void(SQLite::Database&)>& pending) {
    const fs::path live = target.parent_path() / "live.sqlite";
    SQLite::Database db(live.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA journal_mode = WAL");
    db.exec("PRAGMA wal_autocheckpoint = 0");
    setUp(db);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    pending(db);
    fs::copy_file(live, target);
    fs::copy_file(live.string() + "-wal", target.string() + "-wal");
}

void checkLeftAsFound(const fs::path& file, StorageError::Kind expected) {
    const std::string bytes = test::readFile(file);
    const std::string wal = test::readFile(file.string() + "-wal");
    REQUIRE(wal.size() > 0);
    try {
        storage::openSqliteStore(file);
        FAIL("the file was accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == expected);
    }
    CHECK(test::readFile(file) == bytes);
    REQUIRE(fs::exists(file.string() + "-wal"));
    CHECK(test::readFile(file.string() + "-wal") == wal);
}

// An index that no longer matches its table: pages and records are sound, so SQLite's
// quick check (run at every opening) passes; only the full check sees it.
void damageAnIndex(const fs::path& file) {
    SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE scratch(a INTEGER, b INTEGER)");
    db.exec("CREATE INDEX scratch_a ON scratch(a)");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50) "
            "INSERT INTO scratch SELECT i, 1000 + i FROM n");
    db.exec("PRAGMA writable_schema = ON");
    db.exec("UPDATE sqlite_master SET sql = 'CREATE INDEX scratch_a ON scratch(b)' "
            "WHERE name = 'scratch_a'");
    db.exec("PRAGMA writable_schema = OFF");
}

} // namespace

TEST_CASE("three programs opening an old database at once: one upgrades it, after a sound copy") {
    for (int run = 0; run < 15; ++run) {
        test::TempDir dir;
        const fs::path file = dir / "ancienne.sqlite";
        makeVersion3(file, 30);
        std::vector<std::thread> programs;
        std::array<std::string, 3> failures;
        for (std::size_t p = 0; p < failures.size(); ++p) {
            programs.emplace_back([&, p] {
                try {
                    storage::openSqliteStore(file);
                } catch (const std::exception& e) {
                    failures[p] = e.what();
                }
            });
        }
        for (auto& t : programs) {
            t.join();
        }
        for (const auto& failure : failures) {
            CHECK(failure == "");
        }
        const auto copies = filesIn(storage::backupDirectoryFor(file));
        REQUIRE(copies.size() == 1); // no second copy, no .partial left behind
        SQLite::Database copy(copies[0].string(), SQLite::OPEN_READONLY);
        CHECK(copy.execAndGet("PRAGMA user_version").getInt() == 3);
        CHECK(copy.execAndGet("SELECT count(*) FROM reports").getInt() == 30);
        SQLite::Database upgraded(file.string(), SQLite::OPEN_READONLY);
        CHECK(upgraded.execAndGet("PRAGMA user_version").getInt() ==
              storage::schema::currentVersion());
    }
}

TEST_CASE("what a copy killed half-way left is removed a day later, not before") {
    test::TempDir dir;
    const fs::path file = dir / "vigie.sqlite";
    auto ws = app::Workspace::open(file, {}, test::testActor());
    const fs::path folder = storage::backupDirectoryFor(file);
    fs::create_directories(folder);
    const fs::path old = folder / "vigie_2026-11-30_copie.sqlite.4242-1.partial";
    const fs::path running = folder / "vigie_2026-12-02_copie.sqlite.4243-1.partial";
    test::writeFile(old, "half a copy");
    test::writeFile(running, "a copy being written");
    fs::last_write_time(old, fs::file_time_type::clock::now() - std::chrono::hours(30));
    app::backupNow(*ws);
    CHECK_FALSE(fs::exists(old));
    CHECK(fs::exists(running));
}

TEST_CASE("a refused file with a pending -wal is left byte for byte as found, its -wal too") {
    test::TempDir dir;
    SUBCASE("a newer Vigie's file, its version only in the -wal") {
        const fs::path file = dir / "newer.sqlite";
        leaveWithPendingWal(
            file,
            [](SQLite::Database& db) {
                db.exec(fmt::format("PRAGMA application_id = {}", storage::schema::kApplicationId));
                db.exec("PRAGMA user_version = 1");
                db.exec("CREATE TABLE reports(id INTEGER PRIMARY KEY)");
            },
            [](SQLite::Database& db) {
                db.exec("INSERT INTO reports DEFAULT VALUES");
                db.exec("PRAGMA user_version = 99");
            });
        checkLeftAsFound(file, StorageError::Kind::TooNew);
    }
    SUBCASE("another program's database, its tables only in the -wal") {
        const fs::path file = dir / "other.sqlite";
        leaveWithPendingWal(
            file, [](SQLite::Database& db) { db.exec("PRAGMA user_version = 0"); },
            [](SQLite::Database& db) {
                db.exec("CREATE TABLE clients(name TEXT)");
                db.exec("INSERT INTO clients VALUES ('Dupont')");
            });
        checkLeftAsFound(file, StorageError::Kind::NotVigie);
    }
}

TEST_CASE("damage the quick check misses: no copy counts, the good copies stay") {
    test::TempDir dir;
    const fs::path file = dir / "vigie.sqlite";
    std::optional<app::DailyBackupPlan> plan;
    fs::path good;
    {
        auto ws = app::Workspace::open(file, {}, test::testActor());
        app::DemoOptions demo;
        demo.reports = 20;
        app::fillWithDemoData(ws->store(), ws->actor(), demo);
        good = app::backupNow(*ws, "automatique");
    }
    damageAnIndex(file);
    auto ws = app::Workspace::open(file, {}, test::testActor()); // the quick check passes
    const auto before = filesIn(storage::backupDirectoryFor(file));

    CHECK_THROWS_AS(app::backupNow(*ws), StorageError);
    CHECK_THROWS_AS(app::backupTo(*ws, dir / "cle-usb.sqlite"), StorageError);
    CHECK_FALSE(fs::exists(dir / "cle-usb.sqlite"));
    // The daily copy would push the good one out of the rotation: it is not made, and
    // the good one stays.
    const app::DailyBackupPlan daily{file, storage::backupDirectoryFor(file) / "vigie_demain.sqlite",
                                     {good}};
    try {
        app::makeDailyBackup(daily);
        FAIL("a damaged copy was kept");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Corrupted);
        CHECK(std::string(e.what()).find("scratch_a") != std::string::npos);
    }
    CHECK(fs::exists(good));
    CHECK(filesIn(storage::backupDirectoryFor(file)) == before);
}

TEST_CASE("a database with pending changes in a folder nobody may write is not called damaged") {
    test::TempDir dir;
    const fs::path folder = dir / "lecture-seule";
    fs::create_directories(folder);
    // Root writes everywhere: then a read-only file system stands for the folder.
    const bool root = geteuid() == 0;
    if (root && std::system(("mount -t tmpfs tmpfs '" + folder.string() + "' 2>/dev/null").c_str()) != 0) {
        MESSAGE("skipped: running as root where nothing can be mounted");
        return;
    }
    const fs::path file = folder / "vigie.sqlite";
    const fs::path source = dir / "source.sqlite";
    storage::openSqliteStore(source);
    {
        SQLite::Database db(source.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA wal_autocheckpoint = 0");
        db.exec("INSERT INTO source_groups(name, name_key) VALUES ('Équipe mobile', "
                "'equipe mobile')");
        fs::copy_file(source, file);
        fs::copy_file(source.string() + "-wal", file.string() + "-wal");
    }
    if (root) {
        REQUIRE(std::system(("mount -o remount,ro '" + folder.string() + "'").c_str()) == 0);
    } else {
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    }
    try {
        storage::openSqliteStore(file);
        FAIL("opened");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::ReadOnly);
    }
    if (root) {
        CHECK(std::system(("umount '" + folder.string() + "'").c_str()) == 0);
    } else {
        fs::permissions(folder, fs::perms::owner_all);
    }
}
