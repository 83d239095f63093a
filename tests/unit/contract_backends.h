// The back ends the Store contract suite runs on: a fresh, empty database per case, and
// further connections to the same one. SQLite in the unit tests; PostgreSQL when compiled
// with VIGIE_CONTRACT_PG in tests/pg (against the server tests/pg/with_postgres.sh starts).
#pragma once

#include <memory>

#include "storage/store.h"
#include "support.h"
#ifdef VIGIE_CONTRACT_PG
#include "pg_support.h"
#include "storage/pg/pg_store.h"
#endif

namespace vigie::test {

#ifdef VIGIE_CONTRACT_PG
struct PgBackend {
    FreshPgDatabase database;
    bool siteDeclared = false;
    std::unique_ptr<storage::Store> open() {
        auto store = storage::pg::openPgStore(database.uri(), "ccas-contrat",
                                              siteDeclared ? "" : "CCAS du contrat");
        siteDeclared = true;
        return store;
    }
};
#define VIGIE_CONTRACT_BACKEND vigie::test::PgBackend
#else
struct SqliteBackend {
    TempDir dir;
    std::unique_ptr<storage::Store> open() {
        return storage::openSqliteStore(dir / "contract.sqlite");
    }
};
#define VIGIE_CONTRACT_BACKEND vigie::test::SqliteBackend
#endif

} // namespace vigie::test
