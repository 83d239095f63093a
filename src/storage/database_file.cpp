// The checks run before anything is written, so that a refused file is left exactly as
// it was found: header bytes first, then SQLite's own integrity check, all while SQLite
// is told not to fold a pending -wal into the file when the connection closes.
#include "database_file.h"

#include <memory>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>
#include <sqlite3.h>

#include "database_checks.h"
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

int pragmaInt(SQLite::Database& db, const char* pragma) {
    return db.execAndGet(fmt::format("PRAGMA {}", pragma)).getInt();
}

fs::path migrationBackupPath(const fs::path& file, int fromVersion) {
    const fs::path folder = backupDirectoryFor(file);
    const std::string stem =
        fmt::format("{}_{}_avant-migration-v{}", file.stem().string(), platform::fileTimestamp(),
                    fromVersion);
    fs::path path = folder / (stem + ".sqlite");
    std::error_code ec;
    for (int n = 2; fs::exists(path, ec); ++n) {
        path = folder / fmt::format("{}-{}.sqlite", stem, n);
    }
    return path;
}

// While set, closing the connection leaves a pending -wal as it is: a refused file must
// be left byte for byte as found, its -wal too.
void keepWalOnClose(SQLite::Database& db, bool keep) {
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, keep ? 1 : 0, nullptr);
}

// Everything decided from the file system and the header bytes, before SQLite opens it.
// Returns the size SQLite will find: 0 for a new database.
std::uintmax_t checkBeforeOpening(const fs::path& file, const OpenOptions& options, int known) {
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
        return 0;
    }
    const auto size = fs::file_size(file, ec);
    // An empty file with a pending -wal is a database whose pages are all in the -wal.
    if (size == 0 && !hasPendingWal(file)) {
        if (!options.createIfMissing) {
            // An empty file is no database yet: reading figures from it must not turn it
            // into one (a typo in --db would leave a new database behind).
            throw StorageError(Kind::CannotOpen,
                               fmt::format(fmt::runtime(tr("{} is empty: it is not a Vigie "
                                                           "database yet. It was left "
                                                           "untouched.")),
                                           display(file)));
        }
        return 0;
    }
    if (size > 0) {
        const FileHeader header = readHeader(file);
        if (!header.sqlite) {
            refuseNotSqlite(file);
        }
        if (header.applicationId != 0 && header.applicationId != schema::kApplicationId) {
            refuseNotVigie(file);
        }
        if (header.applicationId == schema::kApplicationId && header.userVersion > known) {
            refuseTooNew(file, header.userVersion, known);
        }
    }
    return std::max<std::uintmax_t>(size, 1);
}

std::unique_ptr<SQLite::Database> connect(const fs::path& file, const DatabaseInfo& info,
                                          bool cannotWrite) {
    try {
        std::unique_ptr<SQLite::Database> db;
        if (info.readOnly) {
            // Without the -wal/-shm files SQLite cannot even read a read-only WAL database
            // unless told the file will not change under it. Only a file nobody can write
            // is immutable: one opened read-only by choice may be changing under us.
            std::error_code ec;
            fs::path wal = file;
            wal += "-wal";
            fs::path shm = file;
            shm += "-shm";
            if (cannotWrite && hasPendingWal(file) && !fs::exists(shm, ec)) {
                // SQLite needs to write an index beside the file to read its last changes:
                // the file is sound, the folder is what stops it.
                throw StorageError(
                    Kind::ReadOnly,
                    fmt::format(fmt::runtime(tr("{} cannot be read from this folder: its last "
                                                "changes are kept in a companion file that "
                                                "can only be read where Vigie may write. Copy "
                                                "the database with the files beside it of the "
                                                "same name to a folder of yours, and open the "
                                                "copy. The file is not damaged.")),
                                display(file)));
            }
            const bool immutable = cannotWrite && !fs::exists(wal, ec);
            const std::string uri = fmt::format("file:{}?mode=ro{}", uriPath(file),
                                                immutable ? "&immutable=1" : "");
            db = std::make_unique<SQLite::Database>(uri, SQLite::OPEN_READONLY | SQLite::OPEN_URI);
        } else {
            db = std::make_unique<SQLite::Database>(platform::utf8(file),
                                                    SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        }
        keepWalOnClose(*db, true);
        db->setBusyTimeout(5000);
        return db;
    } catch (const SQLite::Exception& e) {
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot open {}: {}")),
                                                         display(file), e.what()));
    }
}

// Whose file this is and which version, read through SQLite (a -wal may hold newer pages
// than the header bytes). Returns the schema version; 0 for a new file.
int readIdentity(OpenedDatabase& opened, const fs::path& file, std::uintmax_t size,
                 const OpenOptions& options, int known) {
    SQLite::Database& db = *opened.db;
    try {
        if (size <= options.integrityCheckAtOpenUpTo) {
            verifyIntegrity(db, file);
            opened.integrityVerified = true;
        }
        const int appId = pragmaInt(db, "application_id");
        const int version = pragmaInt(db, "user_version");
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
        return version;
    } catch (const SQLite::Exception& e) {
        const int code = e.getErrorCode() & 0xFF;
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
}

void configure(OpenedDatabase& opened, const fs::path& file) {
    SQLite::Database& db = *opened.db;
    const DatabaseInfo& info = opened.info;
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
}

// A read-only second connection: it reads the file while the migrating one holds the
// write lock (a connection cannot copy a database it is writing to).
void backUpBeforeMigrating(OpenedDatabase& opened, const fs::path& file, int version) {
    opened.info.migrationBackup = migrationBackupPath(file, version);
    SQLite::Database reader(platform::utf8(file), SQLite::OPEN_READONLY);
    reader.setBusyTimeout(5000);
    backupDatabase(reader, *opened.info.migrationBackup, DamagedCopy::Refuse);
    // The copy must be the version it claims to be: else it restores nothing.
    SQLite::Database copy(platform::utf8(*opened.info.migrationBackup), SQLite::OPEN_READONLY);
    if (pragmaInt(copy, "user_version") != version ||
        pragmaInt(copy, "page_count") != pragmaInt(reader, "page_count")) {
        throw StorageError(Kind::Failed,
                           fmt::format(fmt::runtime(tr("Could not upgrade {} (nothing was "
                                                       "changed): its copy before the upgrade "
                                                       "does not match it.")),
                                       display(file)));
    }
}

// One migrator at a time: the write lock is taken first and the version read again under
// it, so that of several programs opening an old file at once, the first upgrades it
// (after its copy) and the others find it done.
void migrate(OpenedDatabase& opened, const fs::path& file,
             const std::vector<schema::Migration>& migrations) {
    SQLite::Database& db = *opened.db;
    const int known = migrations.back().toVersion;
    db.setBusyTimeout(10 * 60 * 1000); // another program's upgrade and copy may take minutes
    try {
        SQLite::Transaction transaction(db, SQLite::TransactionBehavior::IMMEDIATE);
        const int version = pragmaInt(db, "user_version");
        if (version < known) {
            if (version > 0) {
                backUpBeforeMigrating(opened, file, version);
                opened.info.migrated = true;
            }
            for (const auto& migration : migrations) {
                if (migration.toVersion > version) {
                    migration.apply(db);
                    db.exec(fmt::format("PRAGMA user_version = {}", migration.toVersion));
                }
            }
            db.exec(fmt::format("PRAGMA application_id = {}", schema::kApplicationId));
        }
        transaction.commit();
    } catch (const StorageError&) {
        throw;
    } catch (const std::exception& e) {
        throw StorageError(
            Kind::Failed,
            fmt::format(fmt::runtime(tr("Could not upgrade {} (nothing was changed): {}")),
                        display(file), e.what()));
    }
    db.setBusyTimeout(5000);
    opened.info.schemaVersion = known;
}

} // namespace

void configureJournal(SQLite::Database& db, JournalMode mode) {
    // Switching the journal writes to the file header: only done on a verified file.
    db.exec(mode == JournalMode::Wal ? "PRAGMA journal_mode = WAL"
                                     : "PRAGMA journal_mode = DELETE");
}

void verifyIntegrity(SQLite::Database& db, const fs::path& file) {
    try {
        if (auto problem = integrityProblem(db, IntegrityCheck::Quick); !problem.empty()) {
            refuseCorrupted(file, problem);
        }
    } catch (const SQLite::Exception& e) {
        refuseCorrupted(file, e.what());
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
    const std::uintmax_t size = checkBeforeOpening(file, options, known);
    const bool cannotWrite = exists && !canWrite(file);
    info.readOnly = cannotWrite || (exists && options.readOnly);
    info.onNetworkShare = platform::isOnNetworkShare(file);
    info.journal = info.onNetworkShare ? JournalMode::Rollback : JournalMode::Wal;

    opened.db = connect(file, info, cannotWrite);
    const int version = size == 0 ? 0 : readIdentity(opened, file, size, options, known);
    if (size == 0) {
        opened.integrityVerified = true; // a new file: nothing to damage
    }
    configure(opened, file);
    info.schemaVersion = version;
    info.created = version == 0;
    if (version < known) {
        if (info.readOnly) {
            throw StorageError(Kind::ReadOnly,
                               fmt::format(fmt::runtime(tr("{} must be upgraded to this version "
                                                           "of Vigie, but it cannot be written.")),
                                           display(file)));
        }
        if (!opened.integrityVerified) {
            verifyIntegrity(*opened.db, file);
            opened.integrityVerified = true;
            configureJournal(*opened.db, info.journal);
        }
        migrate(opened, file, migrations);
    }
    // Verified and ours: from now on closing may fold the -wal in, as SQLite does.
    keepWalOnClose(*opened.db, false);
    return opened;
}

fs::path backupDirectoryFor(const fs::path& database) {
    // Appended to the native name: a non-ASCII name stays whole on Windows too.
    fs::path name = database.filename();
    name += ".backups";
    return database.parent_path() / name;
}

} // namespace vigie::storage
