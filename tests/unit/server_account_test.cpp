// Reaching a shared database from the window: the account typed in as a libpq URI, and
// the password kept where libpq reads it (never in Vigie's settings).
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "app/server_account.h"
#include "platform/system.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

std::string contentOf(const fs::path& file) {
    std::ifstream in(file);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("a server account becomes a libpq URI, each part encoded, its password only when given") {
    app::ServerAccount a{"db.departement.fr", "5433", "veille 2026", "marie@ccas"};
    CHECK(app::sharedDatabaseUri(a) == "postgresql://marie%40ccas@db.departement.fr:5433/veille%202026");
    CHECK(app::sharedDatabaseUri(a, "p@ss:w/rd") ==
          "postgresql://marie%40ccas:p%40ss%3Aw%2Frd@db.departement.fr:5433/veille%202026");
    CHECK(platform::withoutPassword(app::sharedDatabaseUri(a, "secret")) == app::sharedDatabaseUri(a));
    // A Unix socket's folder as the server (what a local server uses).
    CHECK(app::sharedDatabaseUri({"/run/postgresql", "", "vigie", "paul"}) ==
          "postgresql://paul@%2Frun%2Fpostgresql/vigie");
}

TEST_CASE("an account missing its server, database or user, or with a wrong port, is refused") {
    CHECK_THROWS_AS(app::checkAccount({"", "5432", "vigie", "paul"}), std::invalid_argument);
    CHECK_THROWS_AS(app::checkAccount({"serveur", "5432", " ", "paul"}), std::invalid_argument);
    CHECK_THROWS_AS(app::checkAccount({"serveur", "5432", "vigie", ""}), std::invalid_argument);
    CHECK_THROWS_AS(app::checkAccount({"serveur", "54a2", "vigie", "paul"}), std::invalid_argument);
    CHECK_NOTHROW(app::checkAccount({"serveur", "5432", "vigie", "paul"}));
}

TEST_CASE("a remembered password goes to libpq's password file, readable by its owner alone") {
    test::TempDir dir;
    const fs::path file = dir / "pgpass";
    setenv("PGPASSFILE", file.c_str(), 1);
    CHECK(app::passwordFile() == file);
    std::ofstream(file) << "autre:5432:base:jean:motdepasse\n";
    app::ServerAccount a{"serveur", "5432", "vigie", "paul"};
    app::rememberPassword(a, "premier");
    app::rememberPassword(a, "sec:ret\\2"); // replaces the line, ':' and '\' escaped
    CHECK(contentOf(file) == "autre:5432:base:jean:motdepasse\nserveur:5432:vigie:paul:sec\\:ret\\\\2\n");
    const auto perms = fs::status(file).permissions();
    CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    unsetenv("PGPASSFILE");
}
