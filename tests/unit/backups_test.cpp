// Backups made from the window, restoring one, and two windows on one database.
#include <doctest/doctest.h>

#include <fstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "app/backups.h"
#include "app/report_service.h"
#include "storage/database_file.h"
#include "platform/system.h"
#include "storage/schema.h"
#include "storage/window_lock.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

DifficultyReport report(const std::string& description) {
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 3);
    r.description = description;
    r.categories = {Category::Delay};
    return r;
}

long long reportsOf(storage::Store& store) {
    ReportFilter all;
    all.includeWithdrawn = true;
    return store.reports().count(all);
}

} // namespace

TEST_CASE("a backup made now, listed with its date and size, then restored") {
    test::TempDir dir;
    const fs::path db = dir / "vigie.sqlite";
    fs::path copy;
    {
        auto ws = app::Workspace::open(db, {}, test::testActor());
        app::ReportService(ws->store(), ws->actor()).create(report("Avant la sauvegarde"));
        copy = app::backupNow(*ws);
        CHECK(copy.parent_path() == storage::backupDirectoryFor(db));
        app::ReportService(ws->store(), ws->actor()).create(report("Après la sauvegarde"));
        const auto listed = app::listBackups(db);
        REQUIRE(listed.size() == 1);
        CHECK(listed[0].path == copy);
        CHECK(listed[0].bytes > 0);
        CHECK(listed[0].modified.size() == 16); // "22/11/2026 14:03"

        const fs::path before = app::restoreBackup(*ws, copy);
        // The content before the restore was kept, and is listed first.
        CHECK(fs::exists(before));
        CHECK(app::listBackups(db).size() == 2);
        auto kept = storage::openSqliteStore(before);
        CHECK(reportsOf(*kept) == 2);
    }
    auto reopened = storage::openSqliteStore(db);
    CHECK(reportsOf(*reopened) == 1);
    CHECK(reopened->reports().findByReference({2025, 1})->description == "Avant la sauvegarde");
}

TEST_CASE("what is not a Vigie backup is refused, and the database stays as it was") {
    test::TempDir dir;
    auto ws = app::Workspace::open(dir / "vigie.sqlite", {}, test::testActor());
    app::ReportService(ws->store(), ws->actor()).create(report("Gardée"));
    {
        std::ofstream text(dir / "notes.sqlite");
        text << "ceci n'est pas une base";
    }
    CHECK_THROWS_AS(app::restoreBackup(*ws, dir / "notes.sqlite"), StorageError);
    {
        SQLite::Database other((dir / "other.sqlite").string(),
                               SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        other.exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)");
    }
    CHECK_THROWS_AS(app::restoreBackup(*ws, dir / "other.sqlite"), StorageError);
    {
        // A copy from a newer Vigie.
        auto newer = storage::openSqliteStore(dir / "newer.sqlite");
        newer.reset();
        SQLite::Database raw((dir / "newer.sqlite").string(), SQLite::OPEN_READWRITE);
        raw.exec(fmt::format("PRAGMA user_version = {}", storage::schema::currentVersion() + 1));
    }
    CHECK_THROWS_AS(app::restoreBackup(*ws, dir / "newer.sqlite"), StorageError);
    CHECK(reportsOf(ws->store()) == 1);
}

TEST_CASE("a backup of an older version is upgraded when the database is opened again") {
    test::TempDir dir;
    const fs::path old = dir / "v3.sqlite";
    {
        auto v3 = storage::schema::migrations();
        v3.resize(3);
        storage::openDatabaseFile(old, {}, v3);
    }
    const fs::path db = dir / "vigie.sqlite";
    {
        auto ws = app::Workspace::open(db, {}, test::testActor());
        app::restoreBackup(*ws, old);
    }
    auto reopened = storage::openSqliteStore(db);
    CHECK(reopened->info().migrated);
    CHECK(reopened->info().schemaVersion == storage::schema::currentVersion());
}

TEST_CASE("a second window on the same database sees it taken, and may read it only") {
    test::TempDir dir;
    const fs::path db = dir / "vigie.sqlite";
    std::unique_ptr<storage::WindowLock> first, second;
    CHECK(storage::WindowLock::tryTake(db, first) == storage::WindowLock::Outcome::Taken);
    REQUIRE(first);
    CHECK(storage::WindowLock::tryTake(db, second) == storage::WindowLock::Outcome::HeldElsewhere);
    CHECK_FALSE(second);

    auto writer = app::Workspace::open(db, {}, test::testActor());
    app::OpenRequest readOnly;
    readOnly.readOnly = true;
    auto reader = app::Workspace::open(db, readOnly, test::testActor());
    CHECK(reader->info().readOnly);
    CHECK_THROWS_AS(app::ReportService(reader->store(), reader->actor()).create(report("Non")),
                    StorageError);
    // What the first window writes, the read-only one reads (the file is not frozen), even
    // after it has read once: no statement keeps an old snapshot open between calls.
    CHECK(reportsOf(reader->store()) == 0);
    app::ReportService(writer->store(), writer->actor()).create(report("Écrite par la première"));
    CHECK(reportsOf(reader->store()) == 1);
    // Lookups that stop after one row must not pin the reader to what it saw.
    CHECK(reader->store().reports().find(1));
    CHECK(reader->store().reports().years().size() == 1);
    app::ReportService(writer->store(), writer->actor()).create(report("Puis une autre"));
    CHECK(reportsOf(reader->store()) == 2);

    first.reset(); // the first window closes
    CHECK(storage::WindowLock::tryTake(db, second) == storage::WindowLock::Outcome::Taken);
}

TEST_CASE("a database opened through a symbolic link finds the lock of the window that has it") {
    test::TempDir dir;
    const fs::path db = dir / "vigie.sqlite";
    { auto created = storage::openSqliteStore(db); }
    fs::create_directories(dir / "raccourcis");
    fs::create_symlink(db, dir / "raccourcis" / "veille.sqlite");
    std::unique_ptr<storage::WindowLock> first, second;
    REQUIRE(storage::WindowLock::tryTake(db, first) == storage::WindowLock::Outcome::Taken);
    CHECK(storage::WindowLock::tryTake(dir / "raccourcis" / "veille.sqlite", second) ==
          storage::WindowLock::Outcome::HeldElsewhere);
    CHECK(storage::WindowLock::tryTake(dir / "raccourcis" / ".." / "vigie.sqlite", second) ==
          storage::WindowLock::Outcome::HeldElsewhere);
}

TEST_CASE("a database in a folder whose name holds ? # or % opens read-only all the same") {
    test::TempDir dir;
    const fs::path folder = dir / "CCAS ?50% #2";
    fs::create_directories(folder);
    const fs::path db = folder / "vigie.sqlite";
    {
        auto writer = app::Workspace::open(db, {}, test::testActor());
        app::ReportService(writer->store(), writer->actor()).create(report("Dans un dossier au nom bizarre"));
    }
    app::OpenRequest readOnly;
    readOnly.readOnly = true;
    auto reader = app::Workspace::open(db, readOnly, test::testActor());
    CHECK(reader->info().readOnly);
    CHECK(reportsOf(reader->store()) == 1);
    // Nothing was created beside a wrongly cut path.
    CHECK_FALSE(fs::exists(dir / "CCAS "));
}

TEST_CASE("once a day, a copy of a database holding reports; the oldest automatic ones go") {
    test::TempDir dir;
    const fs::path db = dir / "vigie.sqlite";
    auto ws = app::Workspace::open(db, {}, test::testActor());
    CHECK_FALSE(app::dailyBackup(*ws)); // nothing to copy yet
    app::ReportService(ws->store(), ws->actor()).create(report("À garder"));
    const auto first = app::dailyBackup(*ws, 3);
    REQUIRE(first);
    CHECK(first->filename().string().find("_automatique.sqlite") != std::string::npos);
    CHECK_FALSE(app::dailyBackup(*ws, 3)); // not twice the same day
    // Older automatic copies beyond the three newest are removed; others are never touched.
    const fs::path folder = first->parent_path();
    for (const char* old : {"vigie_2020-01-01_090000_automatique.sqlite",
                            "vigie_2020-01-02_090000_automatique.sqlite",
                            "vigie_2020-01-03_090000_automatique.sqlite"}) {
        fs::copy_file(*first, folder / old);
    }
    const fs::path manual = app::backupNow(*ws);
    fs::remove(*first);
    REQUIRE(app::dailyBackup(*ws, 3)); // today's was removed: made again
    CHECK(fs::exists(manual));
    CHECK_FALSE(fs::exists(folder / "vigie_2020-01-01_090000_automatique.sqlite"));
    CHECK(fs::exists(folder / "vigie_2020-01-02_090000_automatique.sqlite"));
    CHECK(fs::exists(folder / "vigie_2020-01-03_090000_automatique.sqlite"));
    CHECK(app::listBackups(db).size() == 4);
    // A copy holds the reports.
    auto copy = storage::openSqliteStore(app::listBackups(db).front().path);
    CHECK(reportsOf(*copy) == 1);
}

TEST_CASE("the history's UTC moments are read on the computer's own clock") {
    test::ParisTime paris;
    const auto summer = platform::localCalendarTime("2026-07-14T08:30:00Z");
    REQUIRE(summer);
    CHECK(summer->tm_hour == 10); // UTC+2 in summer
    CHECK(summer->tm_mday == 14);
    // Late on a winter evening in UTC is already the next day (and year) in Paris.
    const auto winter = platform::localCalendarTime("2025-12-31T23:30:00Z");
    REQUIRE(winter);
    CHECK(winter->tm_year + 1900 == 2026);
    CHECK(winter->tm_mon == 0);
    CHECK(winter->tm_mday == 1);
    CHECK(winter->tm_hour == 0);
    CHECK(winter->tm_min == 30);
    for (const char* notAMoment : {"", "2026-07-14", "2026-07-14T08:30:00", "2026-13-01T00:00:00Z",
                                   "14/07/2026 08:30", "2026-07-14T25:00:00Z"}) {
        CHECK_MESSAGE(!platform::localCalendarTime(notAMoment), notAMoment);
    }
}

#ifndef _WIN32
TEST_CASE("a database opened through a hard link finds the lock of the window that has it") {
    test::TempDir dir;
    const fs::path db = dir / "vigie.sqlite";
    { auto created = storage::openSqliteStore(db); }
    fs::create_hard_link(db, dir / "copie-apparente.sqlite");
    std::unique_ptr<storage::WindowLock> first, second;
    REQUIRE(storage::WindowLock::tryTake(db, first) == storage::WindowLock::Outcome::Taken);
    CHECK(storage::WindowLock::tryTake(dir / "copie-apparente.sqlite", second) ==
          storage::WindowLock::Outcome::HeldElsewhere);
    CHECK_FALSE(second);
    first.reset();
    CHECK(storage::WindowLock::tryTake(dir / "copie-apparente.sqlite", second) ==
          storage::WindowLock::Outcome::Taken);
}
#endif
