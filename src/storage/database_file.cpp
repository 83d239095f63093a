// The checks run before anything is written, so that a refused file is left exactly as
// it was found: header bytes first, then SQLite's own integrity check.
#include "database_file.h"

#include <array>
#include <fstream>
#include <memory>

#include <SQLiteCpp/Backup.h>
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "platform/i18n.h"
#include "platform/system.h"
#include "store.h"

#ifndef _WIN32
#include <unistd.h>
#endif

namespace vigie::storage {

namespace fs = std::filesystem;
using Kind = StorageError::Kind;

namespace {

struct FileHeader {
    bool sqlite = false;
    int userVersion = 0;
    int applicationId = 0;
};

// The path part of an SQLite URI: '?', '#' and '%' would end or escape it, so they are
// percent-encoded; a Windows drive path takes a leading '/', a UNC path two more
// (sqlite.org/uri.html).
std::string uriPath(const fs::path& file) {
    std::error_code ec;
    fs::path absolute = fs::absolute(file, ec);
    const std::string raw = (ec ? file : absolute).generic_string();
    std::string out;
    if (raw.size() > 1 && raw[1] == ':') {
        out += '/';
    } else if (raw.rfind("//", 0) == 0) {
        out += "//"; // a UNC share (\\server\share): "file:////server/share", no authority
    }
    for (char c : raw) {
        if (c == '?' || c == '#' || c == '%') {
            out += fmt::format("%{:02X}", static_cast<unsigned char>(c));
        } else {
            out += c;
        }
    }
    return out;
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

FileHeader readHeader(const fs::path& file) {
    std::array<unsigned char, 100> bytes{};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(bytes.data()), bytes.size());
    FileHeader header;
    if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
        return header;
    }
    static constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL
    header.sqlite = std::equal(std::begin(kMagic), std::end(kMagic), bytes.begin());
    header.userVersion = static_cast<int>(bigEndian32(&bytes[60]));
    header.applicationId = static_cast<int>(bigEndian32(&bytes[68]));
    return header;
}

bool canWrite(const fs::path& file) {
#ifdef _WIN32
    std::error_code ec;
    auto perms = fs::status(file, ec).permissions();
    return !ec && (perms & fs::perms::owner_write) != fs::perms::none;
#else
    // The journal or WAL lives beside the file: the folder must be writable too.
    const fs::path folder = file.parent_path().empty() ? fs::path(".") : file.parent_path();
    return access(file.c_str(), W_OK) == 0 && access(folder.c_str(), W_OK) == 0;
#endif
}

std::string display(const fs::path& file) {
    return platform::utf8(file);
}

[[noreturn]] void refuseTooNew(const fs::path& file, int version, int known) {
    throw StorageError(
        Kind::TooNew,
        fmt::format(fmt::runtime(tr("{} was written by a newer version of Vigie (database "
                                    "version {}; this program knows up to {}). Install the "
                                    "newer Vigie to open it; the file was left untouched.")),
                    display(file), version, known));
}

[[noreturn]] void refuseNotVigie(const fs::path& file) {
    throw StorageError(Kind::NotVigie,
                       fmt::format(fmt::runtime(tr("{} is a database of another program, not a "
                                                   "Vigie file. It was left untouched.")),
                                   display(file)));
}

[[noreturn]] void refuseCorrupted(const fs::path& file, const std::string& detail) {
    throw StorageError(
        Kind::Corrupted,
        fmt::format(fmt::runtime(tr("{} is damaged ({}). Vigie will not write to it. Restore a "
                                    "backup copy, or ask for help to recover it.")),
                    display(file), detail));
}

int pragmaInt(SQLite::Database& db, const char* pragma) {
    return db.execAndGet(fmt::format("PRAGMA {}", pragma)).getInt();
}

std::string integrityProblem(SQLite::Database& db) {
    SQLite::Statement check(db, "PRAGMA quick_check(1)");
    if (check.executeStep()) {
        std::string result = check.getColumn(0).getString();
        return result == "ok" ? std::string() : result;
    }
    return "quick_check returned nothing";
}

fs::path migrationBackupPath(const fs::path& file, int fromVersion) {
    return backupDirectoryFor(file) / fmt::format("{}_{}_avant-migration-v{}.sqlite",
                                                  file.stem().string(), platform::fileTimestamp(),
                                                  fromVersion);
}

} // namespace

void configureJournal(SQLite::Database& db, JournalMode mode) {
    // Switching the journal writes to the file header: only done on a verified file.
    db.exec(mode == JournalMode::Wal ? "PRAGMA journal_mode = WAL"
                                     : "PRAGMA journal_mode = DELETE");
}

void verifyIntegrity(SQLite::Database& db, const fs::path& file) {
    try {
        if (auto problem = integrityProblem(db); !problem.empty()) {
            refuseCorrupted(file, problem);
        }
    } catch (const SQLite::Exception& e) {
        refuseCorrupted(file, e.what());
    }
}

void checkRestorable(const fs::path& source) {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) {
        throw StorageError(Kind::CannotOpen,
                           fmt::format(fmt::runtime(tr("Cannot read {}: {}")), display(source),
                                       tr("no such file")));
    }
    const FileHeader header = readHeader(source);
    if (!header.sqlite) {
        throw StorageError(Kind::NotSqlite,
                           fmt::format(fmt::runtime(tr("{} is not a Vigie database (it is not an "
                                                       "SQLite file). It was left untouched.")),
                                       display(source)));
    }
    if (header.applicationId != schema::kApplicationId || header.userVersion < 1) {
        refuseNotVigie(source);
    }
    if (header.userVersion > schema::currentVersion()) {
        refuseTooNew(source, header.userVersion, schema::currentVersion());
    }
    try {
        SQLite::Database db(platform::utf8(source), SQLite::OPEN_READONLY);
        if (const std::string problem = integrityProblem(db); !problem.empty()) {
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
                                                         display(source), e.what()));
    }
    backupDatabase(*db, target);
}

void backupDatabase(SQLite::Database& db, const fs::path& target) {
    std::error_code ec;
    auto refuse = [&](const std::string& why) {
        throw StorageError(Kind::Failed,
                           fmt::format(fmt::runtime(tr("Could not write the backup {}: {}")),
                                       display(target), why));
    };
    if (fs::is_directory(target, ec)) {
        refuse(tr("it is a folder"));
    }
    if (const fs::path folder = target.parent_path(); !folder.empty()) {
        fs::create_directories(folder, ec);
        if (!fs::is_directory(folder, ec)) {
            refuse(fmt::format(fmt::runtime(tr("the folder {} cannot be made there")),
                               display(folder)));
        }
    }
    // Write beside the target and rename, so a failed copy never leaves half a file.
    fs::path partial = target;
    partial += ".partial";
    fs::remove(partial, ec);
    try {
        SQLite::Database copy(platform::utf8(partial), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        SQLite::Backup backup(copy, db);
        // executeStep reports a busy or locked source by its result, not by an exception:
        // anything but "done" is a copy that is not whole.
        if (const int rc = backup.executeStep(-1); rc != SQLITE_DONE) {
            throw SQLite::Exception(fmt::format(fmt::runtime(tr("the database is busy (SQLite "
                                                                "code {})")),
                                                rc),
                                    rc);
        }
    } catch (const SQLite::Exception& e) {
        fs::remove(partial, ec);
        // SQLite's own words are English and technical: the likely cause, in French.
        switch (e.getErrorCode()) {
        case SQLITE_CANTOPEN:
        case SQLITE_READONLY:
        case SQLITE_PERM:
            refuse(tr("this folder cannot be written to"));
            break;
        case SQLITE_FULL:
            refuse(tr("the disk is full"));
            break;
        default:
            refuse(e.what());
        }
    }
    fs::rename(partial, target, ec);
    if (ec) {
        fs::remove(partial, ec);
        throw StorageError(Kind::Failed,
                           fmt::format(fmt::runtime(tr("Could not write the backup {}: {}")),
                                       display(target), ec.message()));
    }
}

OpenedDatabase openDatabaseFile(const fs::path& file, const OpenOptions& options,
                                const std::vector<schema::Migration>& migrations) {
    const int known = migrations.empty() ? 0 : migrations.back().toVersion;
    OpenedDatabase opened;
    DatabaseInfo& info = opened.info;
    info.path = file;

    std::error_code ec;
    const bool exists = fs::exists(file, ec);
    if (exists && fs::is_directory(file, ec)) {
        throw StorageError(
            Kind::CannotOpen,
            fmt::format(fmt::runtime(tr("{} is a folder, not a database file.")), display(file)));
    }
    if (!exists) {
        if (!options.createIfMissing) {
            throw StorageError(
                Kind::CannotOpen,
                fmt::format(fmt::runtime(tr("The database {} does not exist.")), display(file)));
        }
        if (!file.parent_path().empty()) {
            fs::create_directories(file.parent_path(), ec);
            if (ec) {
                throw StorageError(Kind::CannotOpen,
                                   fmt::format(fmt::runtime(tr("Cannot create the folder {}: {}")),
                                               display(file.parent_path()), ec.message()));
            }
        }
    }

    const auto size = exists ? fs::file_size(file, ec) : 0;
    if (exists && size == 0 && !options.createIfMissing) {
        // An empty file is no database yet: reading figures from it must not turn it
        // into one (a typo in --db would leave a new database behind).
        throw StorageError(Kind::CannotOpen,
                           fmt::format(fmt::runtime(tr("{} is empty: it is not a Vigie database "
                                                       "yet. It was left untouched.")),
                                       display(file)));
    }
    if (size > 0) {
        const FileHeader header = readHeader(file);
        if (!header.sqlite) {
            throw StorageError(Kind::NotSqlite,
                               fmt::format(fmt::runtime(tr("{} is not a Vigie database (it is "
                                                           "not an SQLite file). It was left "
                                                           "untouched.")),
                                           display(file)));
        }
        if (header.applicationId != 0 && header.applicationId != schema::kApplicationId) {
            refuseNotVigie(file);
        }
        if (header.applicationId == schema::kApplicationId && header.userVersion > known) {
            refuseTooNew(file, header.userVersion, known);
        }
    }

    const bool cannotWrite = exists && !canWrite(file);
    info.readOnly = cannotWrite || (exists && options.readOnly);
    info.onNetworkShare = platform::isOnNetworkShare(file);
    info.journal = info.onNetworkShare ? JournalMode::Rollback : JournalMode::Wal;

    try {
        if (info.readOnly) {
            // Without the -wal/-shm files SQLite cannot even read a read-only WAL database
            // unless told the file will not change under it.
            fs::path wal = file;
            wal += "-wal";
            // Only a file nobody can write is immutable: one opened read-only by choice may
            // be changing under us (another window writes to it).
            const bool immutable = cannotWrite && !fs::exists(wal, ec);
            const std::string uri = fmt::format("file:{}?mode=ro{}", uriPath(file),
                                                immutable ? "&immutable=1" : "");
            opened.db =
                std::make_unique<SQLite::Database>(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        } else {
            opened.db = std::make_unique<SQLite::Database>(platform::utf8(file), SQLite::OPEN_READWRITE |
                                                                              SQLite::OPEN_CREATE);
        }
    } catch (const SQLite::Exception& e) {
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot open {}: {}")),
                                                         display(file), e.what()));
    }
    SQLite::Database& db = *opened.db;
    db.setBusyTimeout(5000);

    int version = 0;
    if (size == 0) {
        opened.integrityVerified = true; // a new file: nothing to damage
    }
    try {
        if (size > 0) {
            if (size <= options.integrityCheckAtOpenUpTo) {
                verifyIntegrity(db, file);
                opened.integrityVerified = true;
            }
            const int appId = pragmaInt(db, "application_id");
            version = pragmaInt(db, "user_version");
            if (appId == 0) {
                // Another program's database, unless it is still empty.
                const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
                if (objects > 0 || version != 0) {
                    refuseNotVigie(file);
                }
            } else if (appId != schema::kApplicationId) {
                refuseNotVigie(file);
            }
            if (version > known) {
                refuseTooNew(file, version, known);
            }
        }
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode();
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            refuseCorrupted(file, e.what());
        }
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            throw StorageError(Kind::Busy,
                               fmt::format(fmt::runtime(tr("{} is in use by another program: {}")),
                                           display(file), e.what()));
        }
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot read {}: {}")),
                                                         display(file), e.what()));
    }

    try {
        if (!info.readOnly && opened.integrityVerified) {
            configureJournal(db, info.journal);
        }
        if (!info.readOnly) {
            // WAL makes NORMAL durable enough (a power cut loses at most the last commit).
            db.exec("PRAGMA synchronous = NORMAL");
        }
        // 32 MB of page cache: a 100,000-report import then stays in memory until commit.
        db.exec("PRAGMA cache_size = -32768");
        db.exec("PRAGMA foreign_keys = ON");
    } catch (const SQLite::Exception& e) {
        // A header that forbids writing (a damaged file, or a newer SQLite format) says so
        // here, at the first write: refused with a message like any unusable file.
        const int code = e.getErrorCode() & 0xFF;
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
            refuseCorrupted(file, e.what());
        }
        throw StorageError(code == SQLITE_READONLY ? Kind::ReadOnly : Kind::CannotOpen,
                           fmt::format(fmt::runtime(tr("Cannot open {}: {}")), display(file),
                                       e.what()));
    }

    info.schemaVersion = version;
    info.created = version == 0;
    if (version < known) {
        if (info.readOnly) {
            throw StorageError(Kind::ReadOnly,
                               fmt::format(fmt::runtime(tr("{} must be upgraded to this version "
                                                           "of Vigie, but it cannot be written.")),
                                           display(file)));
        }
        if (version > 0) {
            if (!opened.integrityVerified) {
                verifyIntegrity(db, file);
                opened.integrityVerified = true;
                configureJournal(db, info.journal);
            }
            // An existing database: keep a copy of it as it was before the upgrade.
            info.migrationBackup = migrationBackupPath(file, version);
            backupDatabase(db, *info.migrationBackup);
        }
        try {
            SQLite::Transaction transaction(db, SQLite::TransactionBehavior::EXCLUSIVE);
            for (const auto& migration : migrations) {
                if (migration.toVersion > version) {
                    migration.apply(db);
                    db.exec(fmt::format("PRAGMA user_version = {}", migration.toVersion));
                }
            }
            db.exec(fmt::format("PRAGMA application_id = {}", schema::kApplicationId));
            transaction.commit();
        } catch (const std::exception& e) {
            throw StorageError(
                Kind::Failed,
                fmt::format(fmt::runtime(tr("Could not upgrade {} (nothing was changed): {}")),
                            display(file), e.what()));
        }
        info.migrated = version > 0;
        info.schemaVersion = known;
    }
    return opened;
}

fs::path backupDirectoryFor(const fs::path& database) {
    // Appended to the native name: a non-ASCII name stays whole on Windows too.
    fs::path name = database.filename();
    name += ".backups";
    return database.parent_path() / name;
}

} // namespace vigie::storage
