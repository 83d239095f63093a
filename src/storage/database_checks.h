// What is checked of a database file before Vigie trusts it, shared by opening, copying
// and restoring: the header bytes (read without SQLite, so nothing is written), SQLite's
// integrity checks, and the refusals in the user's words. Internal to storage.
#pragma once

#include <filesystem>
#include <string>

namespace SQLite {
class Database;
}

namespace vigie::storage {

struct FileHeader {
    bool sqlite = false;
    int userVersion = 0;
    int applicationId = 0;
};

// The first 100 bytes; a file shorter than that is no SQLite file.
FileHeader readHeader(const std::filesystem::path& file);

// A -wal beside the file holding changes not yet copied into it.
bool hasPendingWal(const std::filesystem::path& file);

[[noreturn]] void refuseNotSqlite(const std::filesystem::path& file);
[[noreturn]] void refuseTooNew(const std::filesystem::path& file, int version, int known);
[[noreturn]] void refuseNotVigie(const std::filesystem::path& file);
[[noreturn]] void refuseCorrupted(const std::filesystem::path& file, const std::string& detail);

enum class IntegrityCheck {
    Quick, // pages and records: fast enough at every opening
    Full,  // and every index against its table: what a copy must pass before it counts
};
// Empty when sound, else SQLite's first finding.
std::string integrityProblem(SQLite::Database& db, IntegrityCheck depth);

} // namespace vigie::storage
