// Opening a database file safely: refuse what is not ours, upgrade what is old (after a
// backup), choose the journal that suits the disk. Internal to storage.
#pragma once

#include <filesystem>
#include <memory>
#include <vector>

#include "schema.h"
#include "store.h"

namespace SQLite {
class Database;
}

namespace vigie::storage {

struct OpenedDatabase {
    std::unique_ptr<SQLite::Database> db;
    DatabaseInfo info;
    bool integrityVerified = false; // else to be verified before the first write
};

// WAL on a local disk, the rollback journal on a network share.
void configureJournal(SQLite::Database& db, JournalMode mode);

// Throws StorageError(Corrupted) when SQLite's quick_check finds damage.
void verifyIntegrity(SQLite::Database& db, const std::filesystem::path& file);

OpenedDatabase openDatabaseFile(const std::filesystem::path& file, const OpenOptions& options,
                                const std::vector<schema::Migration>& migrations);

// Refuses (StorageError) a file that cannot be restored over a database: not SQLite, not
// Vigie's, from a newer Vigie, or damaged. An older Vigie file is fine: it is upgraded
// when opened again after the restore.
void checkRestorable(const std::filesystem::path& source);

// Copies `db` into `target` with SQLite's online backup API, written beside it and
// renamed once the copy has passed SQLite's full integrity check. A copy found damaged
// is removed (StorageError Corrupted) unless told to keep it: the copy before a restore
// is all that is left of the database it replaces.
void backupDatabase(SQLite::Database& db, const std::filesystem::path& target,
                    DamagedCopy ifDamaged);

} // namespace vigie::storage
