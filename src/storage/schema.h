// The database schema as an ordered list of migrations (PRAGMA user_version).
// Internal to storage: the only other readers are the storage tests.
#pragma once

#include <functional>
#include <vector>

namespace SQLite {
class Database;
}

namespace vigie::storage::schema {

// PRAGMA application_id of a Vigie file ("VIGI"): tells our databases from others.
inline constexpr int kApplicationId = 0x56494749;

struct Migration {
    int toVersion;
    const char* description;
    std::function<void(SQLite::Database&)> apply;
};

// Every migration of this Vigie, in order; the last one's version is the current schema.
const std::vector<Migration>& migrations();
int currentVersion();

} // namespace vigie::storage::schema
