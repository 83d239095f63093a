// Reaching a shared database on a server from the window (FORMATS.md, "Shared database"):
// the account typed in becomes a libpq URI, and its password, when the user asks Vigie to
// remember it, goes to libpq's own password file (~/.pgpass, or pgpass.conf in the
// Windows profile), readable by the user alone — never to Vigie's settings.
#pragma once

#include <filesystem>
#include <string>

namespace vigie::app {

struct ServerAccount {
    std::string host;
    std::string port = "5432";
    std::string database;
    std::string user;
};

// Refused (std::invalid_argument, in French) when the server, the database or the user
// is missing, or the port is not a number.
void checkAccount(const ServerAccount& account);

// postgresql://user@host:port/database, each part percent-encoded. With a password, for
// this connection only (it is never stored in that form).
std::string sharedDatabaseUri(const ServerAccount& account, const std::string& password = {});

// libpq's password file: $PGPASSFILE, else %APPDATA%\postgresql\pgpass.conf on Windows,
// else ~/.pgpass.
std::filesystem::path passwordFile();

// Writes the account's line in the password file (replacing an older one for the same
// server, port, database and user), the file readable and writable by its owner only.
void rememberPassword(const ServerAccount& account, const std::string& password);

} // namespace vigie::app
