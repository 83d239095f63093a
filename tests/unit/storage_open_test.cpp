// Opening database files: creation, refusal of what is not ours, never touching it.
#include <doctest/doctest.h>

#include <SQLiteCpp/SQLiteCpp.h>

#include "app/demo.h"
#include "platform/system.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

// Everything a refusal must leave as it was: the bytes, and no journal or WAL beside.
struct Snapshot {
    explicit Snapshot(const fs::path& f) : file(f), bytes(test::readFile(f)) {}
    void checkUntouched() const {
        CHECK(test::readFile(file) == bytes);
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            fs::path side = file;
            side += suffix;
            CHECK_MESSAGE(!fs::exists(side), side);
        }
    }
    fs::path file;
    std::string bytes;
};

StorageError::Kind refusal(const fs::path& file) {
    try {
        storage::openSqliteStore(file);
    } catch (const StorageError& e) {
        CHECK(std::string(e.what()).find(file.filename().string()) != std::string::npos);
        return e.kind();
    }
    FAIL("the file was opened instead of refused");
    return StorageError::Kind::Failed;
}

void makeDemoDatabase(const fs::path& file, int reports) {
    auto store = storage::openSqliteStore(file);
    app::DemoOptions options;
    options.reports = reports;
    options.today = Date(2025, 6, 30);
    app::fillWithDemoData(*store, test::testActor(), options);
}

} // namespace

TEST_CASE("a missing database is created with its folders and the reference data") {
    test::TempDir dir;
    const fs::path file = dir / "sub/folder/vigie.sqlite";
    auto store = storage::openSqliteStore(file);
    CHECK(store->info().created);
    CHECK_FALSE(store->info().migrated);
    CHECK(store->info().schemaVersion >= 1);
    CHECK(fs::exists(file));

    auto rights = store->reference().rights();
    auto rsa = std::find_if(rights.begin(), rights.end(), [](auto& r) { return r.code == "RSA"; });
    REQUIRE(rsa != rights.end());
    CHECK(rsa->familyCode == "minima_sociaux");
    auto families = store->reference().rightFamilies();
    REQUIRE(families.size() == 12);
    CHECK(families.front().code == "minima_sociaux");
    CHECK(families.back().code == "autre");
    auto institutions = store->reference().institutions();
    for (const char* code : {"CAF", "CPAM", "CARSAT", "MSA", "MDPH", "CD", "FT", "UDAF", "PIO"}) {
        CHECK_MESSAGE(std::any_of(institutions.begin(), institutions.end(),
                                  [&](auto& i) { return i.code == code; }),
                      code);
    }
}

TEST_CASE("a database is not created by opening without creation") {
    test::TempDir dir;
    storage::OpenOptions options;
    options.createIfMissing = false;
    CHECK_THROWS_AS(storage::openSqliteStore(dir / "absent.sqlite", options), StorageError);
    CHECK_FALSE(fs::exists(dir / "absent.sqlite"));
}

TEST_CASE("an empty file becomes a new database") {
    test::TempDir dir;
    test::writeFile(dir / "empty.sqlite", "");
    auto store = storage::openSqliteStore(dir / "empty.sqlite");
    CHECK(store->info().created);
    CHECK_FALSE(store->reference().rights().empty());
}

TEST_CASE("reopening keeps the data and does not recreate anything") {
    test::TempDir dir;
    makeDemoDatabase(dir / "v.sqlite", 30);
    auto store = storage::openSqliteStore(dir / "v.sqlite");
    CHECK_FALSE(store->info().created);
    ReportFilter all;
    all.includeWithdrawn = true;
    CHECK(store->reports().count(all) == 30);
}

TEST_CASE("a file that is not SQLite is refused and left untouched") {
    test::TempDir dir;
    const fs::path file = dir / "notes.sqlite";
    test::writeFile(file,
                    "reference;date_reception\n2015-001;2015-01-01\n" + std::string(200, 'x'));
    Snapshot before(file);
    CHECK(refusal(file) == StorageError::Kind::NotSqlite);
    before.checkUntouched();

    test::writeFile(file, "tiny");
    Snapshot tiny(file);
    CHECK(refusal(file) == StorageError::Kind::NotSqlite);
    tiny.checkUntouched();
}

TEST_CASE("another program's SQLite database is refused and left untouched") {
    test::TempDir dir;
    const fs::path file = dir / "other.db";
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("CREATE TABLE invoices(id INTEGER PRIMARY KEY, amount REAL)");
        db.exec("INSERT INTO invoices(amount) VALUES (12.5)");
    }
    Snapshot before(file);
    CHECK(refusal(file) == StorageError::Kind::NotVigie);
    before.checkUntouched();

    SQLite::Database(file.string(), SQLite::OPEN_READWRITE).exec("PRAGMA application_id = 42");
    Snapshot tagged(file);
    CHECK(refusal(file) == StorageError::Kind::NotVigie);
    tagged.checkUntouched();
}

TEST_CASE("a database from a newer Vigie is refused and left untouched") {
    test::TempDir dir;
    const fs::path file = dir / "future.sqlite";
    makeDemoDatabase(file, 10);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA user_version = 999");
        db.exec("PRAGMA journal_mode = DELETE");
    }
    Snapshot before(file);
    CHECK(refusal(file) == StorageError::Kind::TooNew);
    before.checkUntouched();
}

TEST_CASE("a corrupted database is refused and left untouched") {
    test::TempDir dir;
    const fs::path file = dir / "damaged.sqlite";
    makeDemoDatabase(file, 400);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA journal_mode = DELETE"); // fold the WAL back into the file
    }
    std::string bytes = test::readFile(file);
    REQUIRE(bytes.size() > 40000);
    // Garbage over pages in the middle of the file (page 1, the header, stays intact).
    for (std::size_t i = 8192; i < 8192 + 16384; ++i) {
        bytes[i] = static_cast<char>((i * 7919) & 0xFF);
    }
    test::writeFile(file, bytes);
    Snapshot before(file);
    CHECK(refusal(file) == StorageError::Kind::Corrupted);
    before.checkUntouched();
}

TEST_CASE("a large damaged database opens for reading but refuses its first write") {
    test::TempDir dir;
    const fs::path file = dir / "big-damaged.sqlite";
    makeDemoDatabase(file, 400);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA journal_mode = DELETE");
    }
    std::string bytes = test::readFile(file);
    for (std::size_t i = bytes.size() - 20000; i < bytes.size() - 4096; ++i) {
        bytes[i] = static_cast<char>((i * 31) & 0xFF);
    }
    test::writeFile(file, bytes);
    storage::OpenOptions options;
    options.integrityCheckAtOpenUpTo = 0; // as if the file were larger than the limit
    auto store = storage::openSqliteStore(file, options);
    try {
        auto work = store->begin();
        FAIL("a write was allowed on a damaged file");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Corrupted);
    }
    store.reset();
    CHECK(test::readFile(file) == bytes);
}

TEST_CASE("a truncated database is refused and left untouched") {
    test::TempDir dir;
    const fs::path file = dir / "cut.sqlite";
    makeDemoDatabase(file, 400);
    {
        SQLite::Database db(file.string(), SQLite::OPEN_READWRITE);
        db.exec("PRAGMA journal_mode = DELETE");
    }
    std::string bytes = test::readFile(file);
    test::writeFile(file, bytes.substr(0, bytes.size() / 2));
    Snapshot before(file);
    CHECK(refusal(file) == StorageError::Kind::Corrupted);
    before.checkUntouched();
}

TEST_CASE("a local disk gets WAL, network file systems get the rollback journal") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "local.sqlite");
    CHECK_FALSE(store->info().onNetworkShare);
    CHECK(store->info().journal == storage::JournalMode::Wal);
    {
        SQLite::Database probe((dir / "local.sqlite").string(), SQLite::OPEN_READONLY);
        CHECK(probe.execAndGet("PRAGMA journal_mode").getString() == "wal");
    }
    // statfs magic numbers of the file systems CCAS shares use.
    CHECK(platform::isNetworkFileSystemMagic(0x6969));           // NFS
    CHECK(platform::isNetworkFileSystemMagic(0xFF534D42));       // CIFS
    CHECK(platform::isNetworkFileSystemMagic(0xFE534D42));       // SMB2
    CHECK(platform::isNetworkFileSystemMagic(0x517B));           // SMB
    CHECK(platform::isNetworkFileSystemMagic(0x65735546));       // FUSE (gvfs, sshfs)
    CHECK_FALSE(platform::isNetworkFileSystemMagic(0xEF53));     // ext4
    CHECK_FALSE(platform::isNetworkFileSystemMagic(0x01021994)); // tmpfs
    CHECK_FALSE(platform::isNetworkFileSystemMagic(0x9123683E)); // btrfs
    CHECK_FALSE(platform::isOnNetworkShare(dir / "local.sqlite"));
}

TEST_CASE("backups are consistent copies that open as Vigie databases") {
    test::TempDir dir;
    makeDemoDatabase(dir / "main.sqlite", 25);
    auto store = storage::openSqliteStore(dir / "main.sqlite");
    store->backupTo(dir / "copies/backup.sqlite", storage::DamagedCopy::Refuse);
    CHECK_FALSE(fs::exists(dir / "copies/backup.sqlite.partial"));
    auto copy = storage::openSqliteStore(dir / "copies/backup.sqlite");
    ReportFilter all;
    all.includeWithdrawn = true;
    CHECK(copy->reports().count(all) == 25);
}

TEST_CASE("a unit of work rolls back everything unless committed") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "uow.sqlite");
    const auto before = store->reference().rights().size();
    {
        auto work = store->begin();
        Right r{0, "NOUVEAU", "Nouveau droit", "autre", true};
        store->reference().add(r);
        CHECK(store->reference().rights().size() == before + 1);
        CHECK_THROWS_AS(store->begin(), std::logic_error); // no nesting
    }
    CHECK(store->reference().rights().size() == before);
    {
        auto work = store->begin();
        Right r{0, "NOUVEAU", "Nouveau droit", "autre", true};
        store->reference().add(r);
        work->commit();
    }
    CHECK(store->reference().rights().size() == before + 1);
}

TEST_CASE("codes are unique ignoring case and accents") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "codes.sqlite");
    auto work = store->begin();
    Right dup{0, "rsa", "doublon", "autre", true};
    CHECK_THROWS_AS(store->reference().add(dup), StorageError);
    Institution a{0, "Département", "Département", "", "", "", true};
    store->reference().add(a);
    Institution b{0, "DEPARTEMENT", "x", "", "", "", true};
    try {
        store->reference().add(b);
        FAIL("duplicate accepted");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Conflict);
    }
}
