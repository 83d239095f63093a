// Connection-wide pieces of the SQLite back end: statements, transactions, audit rows,
// settings, and the factory the app layer calls.
#include "sqlite_store.h"

#include <fmt/format.h>
#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include "database_file.h"
#include "platform/i18n.h"
#include "domain/reference_data.h"
#include "platform/system.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

SQLite::Statement& StatementCache::get(const std::string& sql) {
    auto& slot = cache_[sql];
    if (!slot) {
        try {
            slot = std::make_unique<SQLite::Statement>(db_, sql);
        } catch (...) {
            cache_.erase(sql); // a damaged schema fails to prepare: leave no empty slot
            throw;
        }
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

void StatementCache::resetAll() noexcept {
    for (auto& [sql, statement] : cache_) {
        if (statement) {
            statement->tryReset(); // an error of the last step was already reported
        }
    }
}

void rethrowAsStorageError(const SQLite::Exception& e) {
    switch (e.getErrorCode()) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StorageError(Kind::Corrupted,
                           fmt::format(fmt::runtime(tr("The database is damaged: {}")), e.what()));
    case SQLITE_READONLY:
        throw StorageError(Kind::ReadOnly, tr("The database is open read-only: nothing can be "
                                              "changed."));
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(Kind::Busy, tr("The database is busy in another program; try again "
                                          "in a moment."));
    case SQLITE_CONSTRAINT:
        // SQLite's words ("UNIQUE constraint failed: reports.reference") are for us; the
        // user is told what it means.
        throw StorageError(Kind::Conflict,
                           tr("This would duplicate an entry already in the database (someone "
                              "may have saved the same one at the same moment): nothing was "
                              "written."));
    case SQLITE_FULL:
        throw StorageError(Kind::Failed, tr("The disk is full: nothing was written."));
    default:
        throw StorageError(Kind::Failed, e.what());
    }
}

// --- ReferenceIds ---

std::optional<std::int64_t> ReferenceIds::lookup(std::map<std::string, std::int64_t>& cache,
                                                 bool& loaded, const char* sql,
                                                 const std::string& code) {
    if (!loaded) {
        cache.clear();
        auto& s = statements_.get(sql);
        while (s.executeStep()) {
            cache.emplace(s.getColumn(1).getString(), s.getColumn(0).getInt64());
        }
        loaded = true;
    }
    auto it = cache.find(codeKey(code));
    if (it == cache.end()) {
        return std::nullopt;
    }
    return it->second;
}

std::optional<std::int64_t> ReferenceIds::right(const std::string& code) {
    return lookup(rights_, rightsLoaded_, "SELECT id, code_key FROM rights", code);
}

std::optional<std::int64_t> ReferenceIds::institution(const std::string& code) {
    return lookup(institutions_, institutionsLoaded_, "SELECT id, code_key FROM institutions",
                  code);
}

std::optional<std::int64_t> ReferenceIds::sourceGroup(const std::string& name) {
    return lookup(groups_, groupsLoaded_, "SELECT id, name_key FROM source_groups", name);
}

void ReferenceIds::invalidate() {
    rightsLoaded_ = institutionsLoaded_ = groupsLoaded_ = false;
}

// --- Audit ---

void SqliteAudit::record(const AuditEntry& entry) {
    guarded(statements_, [&] {
        auto& s = statements_.get(
            "INSERT INTO audit_entries(at, user_name, entity, entity_id, action, before_json, "
            "after_json, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, entry.at);
        s.bind(2, entry.user);
        s.bind(3, entry.entity);
        s.bind(4, entry.entityId);
        s.bind(5, entry.action);
        if (entry.before.empty()) {
            s.bind(6);
        } else {
            s.bind(6, entry.before);
        }
        if (entry.after.empty()) {
            s.bind(7);
        } else {
            s.bind(7, entry.after);
        }
        s.bind(8, entry.note);
        s.exec();
    });
}

namespace {

constexpr const char* kAuditColumns =
    "SELECT id, at, user_name, entity, entity_id, action, coalesce(before_json, ''), "
    "coalesce(after_json, ''), note FROM audit_entries ";

AuditEntry auditEntry(SQLite::Statement& s) {
    return {s.getColumn(0).getInt64(),  s.getColumn(1).getString(), s.getColumn(2).getString(),
            s.getColumn(3).getString(), s.getColumn(4).getInt64(),  s.getColumn(5).getString(),
            s.getColumn(6).getString(), s.getColumn(7).getString(), s.getColumn(8).getString()};
}

std::vector<std::string> names(StatementCache& statements, const char* sql) {
    return guarded(statements, [&] {
        auto& s = statements.get(sql);
        std::vector<std::string> out;
        while (s.executeStep()) {
            out.push_back(s.getColumn(0).getString());
        }
        return out;
    });
}

} // namespace

std::vector<AuditEntry> SqliteAudit::history(const std::string& entity, std::int64_t id) {
    return guarded(statements_, [&] {
        auto& s = statements_.get(std::string(kAuditColumns) +
                                  "WHERE entity = ? AND entity_id = ? ORDER BY id");
        s.bind(1, entity);
        s.bind(2, id);
        std::vector<AuditEntry> out;
        while (s.executeStep()) {
            out.push_back(auditEntry(s));
        }
        return out;
    });
}

void SqliteAudit::forEach(const std::function<void(const AuditEntry&)>& visit) {
    guarded(statements_, [&] {
        auto& s = statements_.get(std::string(kAuditColumns) + "ORDER BY id");
        while (s.executeStep()) {
            visit(auditEntry(s));
        }
    });
}

std::vector<std::string> SqliteSettings::keys() {
    return names(statements_, "SELECT key FROM settings ORDER BY key");
}

std::vector<std::string> SqliteSettings::fileNames() {
    return names(statements_, "SELECT name FROM files ORDER BY name");
}

void SqliteAudit::rewrite(const AuditEntry& entry) {
    guarded(statements_, [&] {
        auto& s = statements_.get(
            "UPDATE audit_entries SET before_json = ?, after_json = ? WHERE id = ?");
        entry.before.empty() ? s.bind(1) : s.bind(1, entry.before);
        entry.after.empty() ? s.bind(2) : s.bind(2, entry.after);
        s.bind(3, entry.id);
        s.exec();
    });
}

long long SqliteAudit::size() {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT count(*) FROM audit_entries");
        s.executeStep();
        return s.getColumn(0).getInt64();
    });
}

// --- Settings ---

std::optional<std::string> SqliteSettings::get(const std::string& key) {
    return guarded(statements_, [&]() -> std::optional<std::string> {
        auto& s = statements_.get("SELECT value FROM settings WHERE key = ?");
        s.bind(1, key);
        if (s.executeStep()) {
            return s.getColumn(0).getString();
        }
        return std::nullopt;
    });
}

void SqliteSettings::set(const std::string& key, const std::string& value) {
    guarded(statements_, [&] {
        auto& s = statements_.get("INSERT INTO settings(key, value) VALUES (?, ?) "
                                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        s.bind(1, key);
        s.bind(2, value);
        s.exec();
    });
}

std::optional<std::string> SqliteSettings::file(const std::string& name) {
    return guarded(statements_, [&]() -> std::optional<std::string> {
        auto& s = statements_.get("SELECT content FROM files WHERE name = ?");
        s.bind(1, name);
        if (s.executeStep()) {
            const auto column = s.getColumn(0);
            return std::string(static_cast<const char*>(column.getBlob()),
                               static_cast<std::size_t>(column.getBytes()));
        }
        return std::nullopt;
    });
}

void SqliteSettings::setFile(const std::string& name, const std::string& bytes) {
    guarded(statements_, [&] {
        auto& s = statements_.get("INSERT INTO files(name, content) VALUES (?, ?) "
                                  "ON CONFLICT(name) DO UPDATE SET content = excluded.content");
        s.bind(1, name);
        s.bind(2, bytes.data(), static_cast<int>(bytes.size()));
        s.exec();
    });
}

void SqliteSettings::removeFile(const std::string& name) {
    guarded(statements_, [&] {
        auto& s = statements_.get("DELETE FROM files WHERE name = ?");
        s.bind(1, name);
        s.exec();
    });
}

// --- Store and its units of work ---

namespace {

class SqliteUnitOfWork final : public UnitOfWork {
public:
    SqliteUnitOfWork(SqliteStore& store, SQLite::Database& db)
        : store_(store), transaction_(db, SQLite::TransactionBehavior::IMMEDIATE) {}
    ~SqliteUnitOfWork() override { store_.endUnitOfWork(committed_); }
    void commit() override {
        guarded([&] { transaction_.commit(); });
        committed_ = true;
    }

private:
    SqliteStore& store_;
    // Rolls back on destruction unless committed.
    SQLite::Transaction transaction_;
    bool committed_ = false;
};

// A deferred transaction read at once: in WAL mode the reader's view is fixed at its
// first read, so the snapshot is the database as it stands now.
class SqliteReadSnapshot final : public ReadSnapshot {
public:
    SqliteReadSnapshot(SqliteStore& store, SQLite::Database& db)
        : store_(store), transaction_(db, SQLite::TransactionBehavior::DEFERRED) {
        db.execAndGet("SELECT count(*) FROM sqlite_master");
    }
    ~SqliteReadSnapshot() override { store_.endUnitOfWork(false); }

private:
    SqliteStore& store_;
    SQLite::Transaction transaction_; // rolled back: nothing was written
};

} // namespace

std::unique_ptr<ReadSnapshot> SqliteStore::readSnapshot() {
    if (inUnitOfWork_) {
        throw std::logic_error("a snapshot inside a unit of work");
    }
    auto snapshot = guarded([&] { return std::make_unique<SqliteReadSnapshot>(*this, *db_); });
    inUnitOfWork_ = true;
    return snapshot;
}

SqliteStore::SqliteStore(std::unique_ptr<SQLite::Database> db, DatabaseInfo info,
                         bool integrityVerified)
    : db_(std::move(db)), info_(std::move(info)), statements_(*db_), ids_(statements_),
      reports_(statements_, ids_, *db_), meetings_(statements_, ids_, *db_),
      solicitations_(statements_, ids_, *db_), outreach_(statements_, ids_, *db_),
      aids_(statements_, ids_, *db_), faq_(statements_, ids_, *db_),
      entered_(statements_),
      reference_(statements_, ids_), audit_(statements_),
      settings_(statements_), integrityVerified_(integrityVerified) {}

SqliteStore::~SqliteStore() = default;

std::unique_ptr<UnitOfWork> SqliteStore::begin() {
    if (info_.readOnly) {
        throw StorageError(Kind::ReadOnly,
                           tr("The database is open read-only: nothing can be changed."));
    }
    if (inUnitOfWork_) {
        throw std::logic_error("a unit of work is already open on this database");
    }
    if (!integrityVerified_) {
        // A damaged file is never written to (large files are checked here, not at open).
        guarded([&] {
            verifyIntegrity(*db_, info_.path);
            configureJournal(*db_, info_.journal);
        });
        integrityVerified_ = true;
    }
    auto work = guarded([&] { return std::make_unique<SqliteUnitOfWork>(*this, *db_); });
    inUnitOfWork_ = true;
    return work;
}

void SqliteStore::endUnitOfWork(bool committed) {
    inUnitOfWork_ = false;
    if (committed) {
        ++commits_;
    } else {
        // Ids cached during the transaction may name rows that no longer exist.
        ids_.invalidate();
    }
}

ChangeStamp SqliteStore::changeStamp() {
    // data_version moves when another connection commits; this connection's own writes
    // are its commits, and the rows changed outside a unit of work (settings, migration).
    return guarded(statements_, [&] {
        return ChangeStamp{commits_ * (1LL << 32) + db_->getTotalChanges(),
                           db_->execAndGet("PRAGMA data_version").getInt64()};
    });
}

void SqliteStore::backupTo(const std::filesystem::path& target, DamagedCopy ifDamaged) {
    backupDatabase(*db_, target, ifDamaged);
}

void SqliteStore::restoreFrom(const std::filesystem::path& source) {
    if (info_.readOnly) {
        throw StorageError(Kind::ReadOnly,
                           tr("The database is open read-only: nothing can be changed."));
    }
    if (inUnitOfWork_) {
        throw std::logic_error("restore during a unit of work");
    }
    checkRestorable(source);
    statements_.clear(); // SQLite refuses to overwrite a database it is still reading
    guarded([&] {
        SQLite::Database copy(platform::utf8(source), SQLite::OPEN_READONLY);
        SQLite::Backup restore(*db_, copy);
        // Busy or locked comes back as a result: then nothing was replaced, and saying
        // "restored" would be a lie.
        if (const int rc = restore.executeStep(-1); rc != SQLITE_DONE) {
            throw StorageError(Kind::Busy,
                               tr("The database is in use by another window or program: the "
                                  "backup was not restored. Close it and try again."));
        }
    });
    ids_.invalidate();
}

std::vector<std::string> SqliteStore::scrub() {
    if (inUnitOfWork_) {
        throw std::logic_error("scrub during a unit of work");
    }
    statements_.clear(); // VACUUM needs no statement pending
    std::vector<std::string> undone;
    guarded([&] {
        // The search index keeps a deleted text's words in its older segments until they
        // are merged; then VACUUM writes the file anew from the live rows only (no free
        // page keeps a former text) and the checkpoint empties the write-ahead journal.
        db_->exec("INSERT INTO report_fts(report_fts) VALUES ('optimize')");
        db_->exec("PRAGMA secure_delete = ON");
        db_->exec("VACUUM");
        SQLite::Statement checkpoint(*db_, "PRAGMA wal_checkpoint(TRUNCATE)");
        if (checkpoint.executeStep() && checkpoint.getColumn(0).getInt() != 0) {
            undone.push_back(tr("Another window or program is reading the database: its "
                                "journal will be emptied once it is closed."));
        }
    });
    return undone;
}

std::unique_ptr<Store> openSqliteStore(const std::filesystem::path& file,
                                       const OpenOptions& options) {
    auto opened = openDatabaseFile(file, options, schema::migrations());
    return std::make_unique<SqliteStore>(std::move(opened.db), std::move(opened.info),
                                         opened.integrityVerified);
}

StorageError notUpdated(SQLite::Database& db, const char* table, std::int64_t id) {
    SQLite::Statement exists(db, fmt::format("SELECT 1 FROM {} WHERE id = ?", table));
    exists.bind(1, id);
    if (exists.executeStep()) {
        return StorageError(StorageError::Kind::Stale,
                            tr("This was changed by someone else after it was opened here: "
                               "the changes made here were not saved."));
    }
    return StorageError(StorageError::Kind::NotFound,
                        tr("This no longer exists: it was deleted after it was opened here."));
}

void writeReportLinks(StatementCache& statements, const std::string& table,
                      const std::string& ownerColumn, std::int64_t owner,
                      const std::vector<ReportId>& reports) {
    auto& del = statements.get("DELETE FROM " + table + " WHERE " + ownerColumn + " = ?");
    del.bind(1, owner);
    del.exec();
    int position = 0;
    for (auto report : reports) {
        auto& st = statements.get("INSERT OR IGNORE INTO " + table + "(" + ownerColumn +
                                  ", position, report_id) VALUES (?, ?, ?)");
        st.bind(1, owner);
        st.bind(2, ++position);
        st.bind(3, static_cast<std::int64_t>(report));
        st.exec();
    }
}

} // namespace vigie::storage
