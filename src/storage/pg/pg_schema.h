// The shared database's schema, at the same version numbers as the SQLite file's: a
// PostgreSQL database is born at version 6 (the first version with a shared back end);
// every later migration is written for both. One program upgrades at a time (an
// advisory lock), the others wait and find it done.
#pragma once

#include <string>

namespace vigie::storage::pg {

class Connection;

struct SchemaState {
    int version = 0;
    bool created = false; // the schema was made now (an empty database)
};

// Brings the database to the current version; refuses (StorageError TooNew) a database
// of a newer Vigie and (NotVigie) a database holding other tables but not Vigie's.
SchemaState migrate(Connection& connection);

} // namespace vigie::storage::pg
