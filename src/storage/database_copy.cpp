// Copies of a database file: the backup commands, the daily copies, the copy before an
// upgrade and the check of a file about to be restored. A copy counts only once read
// back whole: a damaged database gives no copy that could later replace a good one.
#include <atomic>
#include <chrono>
#include <memory>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "database_checks.h"
#include "database_file.h"
#include "platform/i18n.h"
#include "platform/system.h"
#include "store.h"

#ifdef _WIN32
#include <process.h>
#define VIGIE_GETPID _getpid
#else
#include <unistd.h>
#define VIGIE_GETPID getpid
#endif

namespace vigie::storage {

namespace fs = std::filesystem;
using Kind = StorageError::Kind;

namespace {

constexpr std::string_view kPartial = ".partial";

// Unique per process and per copy: two programs copying to the same folder at the same
// second never write into one another's file.
fs::path partialNameFor(const fs::path& target) {
    static std::atomic<unsigned> counter{0};
    fs::path partial = target;
    partial += fmt::format(".{}-{}{}", VIGIE_GETPID(), ++counter, kPartial);
    return partial;
}

// What a copy killed half-way left behind. A day old: no copy still running is that slow.
void removeLeftovers(const fs::path& folder) {
    std::error_code ec;
    const auto dayAgo = fs::file_time_type::clock::now() - std::chrono::hours(24);
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > kPartial.size() &&
            name.compare(name.size() - kPartial.size(), kPartial.size(), kPartial) == 0 &&
            entry.is_regular_file(ec) && entry.last_write_time(ec) < dayAgo) {
            fs::remove(entry.path(), ec);
        }
    }
}

[[noreturn]] void refuseCopy(const fs::path& target, const std::string& why) {
    throw StorageError(Kind::Failed, fmt::format(fmt::runtime(tr("Could not write the backup {}: {}")),
                                                 platform::utf8(target), why));
}

void copyPages(SQLite::Database& db, const fs::path& partial) {
    SQLite::Database copy(platform::utf8(partial), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    SQLite::Backup backup(copy, db);
    // executeStep reports a busy or locked source by its result, not by an exception:
    // anything but "done" is a copy that is not whole.
    if (const int rc = backup.executeStep(-1); rc != SQLITE_DONE) {
        throw SQLite::Exception(
            fmt::format(fmt::runtime(tr("the database is busy (SQLite code {})")), rc), rc);
    }
    // A copy is one file: read back or opened later, it must not grow a -wal beside it.
    copy.exec("PRAGMA journal_mode = DELETE");
}

// The copy read back from the disk: every page, every index against its table.
std::string problemOfCopy(const fs::path& partial) {
    SQLite::Database copy(platform::utf8(partial), SQLite::OPEN_READONLY);
    return integrityProblem(copy, IntegrityCheck::Full);
}

} // namespace

void checkRestorable(const fs::path& source) {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) {
        throw StorageError(Kind::CannotOpen,
                           fmt::format(fmt::runtime(tr("Cannot read {}: {}")),
                                       platform::utf8(source), tr("no such file")));
    }
    const FileHeader header = readHeader(source);
    if (!header.sqlite) {
        refuseNotSqlite(source);
    }
    if (header.applicationId != schema::kApplicationId || header.userVersion < 1) {
        refuseNotVigie(source);
    }
    if (header.userVersion > schema::currentVersion()) {
        refuseTooNew(source, header.userVersion, schema::currentVersion());
    }
    try {
        SQLite::Database db(platform::utf8(source), SQLite::OPEN_READONLY);
        if (const std::string problem = integrityProblem(db, IntegrityCheck::Full);
            !problem.empty()) {
            refuseCorrupted(source, problem);
        }
    } catch (const SQLite::Exception& e) {
        refuseCorrupted(source, e.what());
    }
}

void copyDatabaseFile(const fs::path& source, const fs::path& target) {
    std::unique_ptr<SQLite::Database> db;
    try {
        db = std::make_unique<SQLite::Database>(platform::utf8(source), SQLite::OPEN_READONLY);
        db->setBusyTimeout(5000);
    } catch (const SQLite::Exception& e) {
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot open {}: {}")),
                                                         platform::utf8(source), e.what()));
    }
    backupDatabase(*db, target, DamagedCopy::Refuse);
}

void backupDatabase(SQLite::Database& db, const fs::path& target, DamagedCopy ifDamaged) {
    std::error_code ec;
    if (fs::is_directory(target, ec)) {
        refuseCopy(target, tr("it is a folder"));
    }
    if (const fs::path folder = target.parent_path(); !folder.empty()) {
        fs::create_directories(folder, ec);
        if (!fs::is_directory(folder, ec)) {
            refuseCopy(target, fmt::format(fmt::runtime(tr("the folder {} cannot be made there")),
                                           platform::utf8(folder)));
        }
        removeLeftovers(folder);
    }
    // Written beside the target and renamed, so a failed copy never leaves half a file.
    const fs::path partial = partialNameFor(target);
    std::string damage;
    bool copied = false;
    try {
        copyPages(db, partial);
        copied = true;
        damage = problemOfCopy(partial);
    } catch (const SQLite::Exception& e) {
        if (!copied) {
            fs::remove(partial, ec);
        }
        // SQLite's own words are English and technical: the likely cause, in French.
        switch (e.getErrorCode() & 0xFF) {
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM: refuseCopy(target, tr("this folder cannot be written to"));
        case SQLITE_FULL: refuseCopy(target, tr("the disk is full"));
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB: damage = e.what(); break;
        default: refuseCopy(target, e.what());
        }
    }
    if (!damage.empty() && (ifDamaged == DamagedCopy::Refuse || !copied)) {
        fs::remove(partial, ec);
        throw StorageError(
            Kind::Corrupted,
            fmt::format(fmt::runtime(tr("The database is damaged ({}): its copy was not kept, "
                                        "and the earlier copies were left as they are. Restore "
                                        "one of them, or ask for help to recover the "
                                        "database.")),
                        damage));
    }
    fs::rename(partial, target, ec);
    if (ec) {
        fs::remove(partial, ec);
        refuseCopy(target, ec.message());
    }
}

} // namespace vigie::storage
