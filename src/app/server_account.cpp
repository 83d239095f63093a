#include "server_account.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/files.h"
#include "platform/i18n.h"
#include "platform/system.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

// RFC 3986: everything but the unreserved characters as %XX.
std::string percentEncoded(const std::string& s) {
    std::string out;
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += fmt::format("%{:02X}", c);
        }
    }
    return out;
}

// A field of the password file: ':' and '\' escaped by a backslash.
std::string pgpassField(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == ':' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string envOr(const char* name, const std::string& otherwise) {
    const char* value = std::getenv(name);
    return value && *value ? value : otherwise;
}

} // namespace

void checkAccount(const ServerAccount& a) {
    auto required = [](const std::string& value, const char* missing) {
        if (text::trimmed(value).empty()) {
            throw std::invalid_argument(missing);
        }
    };
    required(a.host, tr("The server's name or address is missing."));
    required(a.database, tr("The database's name is missing."));
    required(a.user, tr("The user's name is missing."));
    if (!a.port.empty() && (a.port.size() > 5 || !std::all_of(a.port.begin(), a.port.end(),
                                                              [](unsigned char c) {
                                                                  return std::isdigit(c);
                                                              }))) {
        throw std::invalid_argument(tr("The port is a number (5432 unless the server's "
                                       "administrator said otherwise)."));
    }
}

std::string sharedDatabaseUri(const ServerAccount& a, const std::string& password) {
    std::string uri = "postgresql://" + percentEncoded(text::trimmed(a.user));
    if (!password.empty()) {
        uri += ":" + percentEncoded(password);
    }
    uri += "@" + percentEncoded(text::trimmed(a.host));
    if (!a.port.empty()) {
        uri += ":" + a.port;
    }
    return uri + "/" + percentEncoded(text::trimmed(a.database));
}

fs::path passwordFile() {
    if (const char* file = std::getenv("PGPASSFILE"); file && *file) {
        return fs::u8path(file);
    }
#ifdef _WIN32
    return fs::u8path(envOr("APPDATA", ".")) / "postgresql" / "pgpass.conf";
#else
    return fs::u8path(envOr("HOME", ".")) / ".pgpass";
#endif
}

void rememberPassword(const ServerAccount& a, const std::string& password) {
    checkAccount(a);
    const fs::path file = passwordFile();
    const std::string key = pgpassField(text::trimmed(a.host)) + ":" +
                            pgpassField(a.port.empty() ? "5432" : a.port) + ":" +
                            pgpassField(text::trimmed(a.database)) + ":" +
                            pgpassField(text::trimmed(a.user)) + ":";
    std::string kept;
    std::error_code ec;
    if (fs::exists(file, ec)) {
        std::istringstream lines(platform::readWholeFile(file));
        for (std::string line; std::getline(lines, line);) {
            if (!line.starts_with(key)) {
                kept += line + "\n";
            }
        }
    }
    fs::create_directories(file.parent_path(), ec);
    // Readable by its owner alone from its first byte (libpq ignores a password file others
    // can read), then put in place whole.
    fs::path partial = file;
    partial += ".vigie-tmp";
    { std::ofstream(partial, std::ios::trunc); }
    fs::permissions(partial, fs::perms::owner_read | fs::perms::owner_write,
                    fs::perm_options::replace, ec);
    {
        std::ofstream out(partial, std::ios::binary | std::ios::trunc);
        out << kept << key << pgpassField(password) << "\n";
        out.flush();
        if (!out) {
            fs::remove(partial, ec);
            throw std::runtime_error(fmt::format(
                fmt::runtime(tr("The password could not be kept in {}.")), platform::utf8(file)));
        }
    }
    fs::rename(partial, file);
}

} // namespace vigie::app
