// Helpers of the PostgreSQL tests: an empty database of its own for each test.
#pragma once

#include <cstdlib>
#include <random>
#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "storage/pg/pg_connection.h"

namespace vigie::test {

// A database created on the server of tests/pg/with_postgres.sh, dropped at the end.
class FreshPgDatabase {
public:
    FreshPgDatabase() {
        const char* server = std::getenv("VIGIE_TEST_PG");
        REQUIRE_MESSAGE(server, "VIGIE_TEST_PG is not set: run through tests/pg/with_postgres.sh");
        admin_ = server;
        std::random_device rd;
        name_ = fmt::format("vigie_t{}", rd() % 100000000);
        storage::pg::Connection(admin_).exec(fmt::format("CREATE DATABASE {}", name_));
        // postgresql:///vigie_test?host=... -> the same server, this database.
        const auto slash = admin_.find(":///") + 4;
        uri_ = admin_.substr(0, slash) + name_ + admin_.substr(admin_.find('?'));
    }
    ~FreshPgDatabase() {
        try {
            storage::pg::Connection(admin_).exec(fmt::format("DROP DATABASE {} WITH (FORCE)", name_));
        } catch (...) {
        }
    }
    FreshPgDatabase(const FreshPgDatabase&) = delete;
    FreshPgDatabase& operator=(const FreshPgDatabase&) = delete;
    const std::string& uri() const { return uri_; }

private:
    std::string admin_, name_, uri_;
};

} // namespace vigie::test
