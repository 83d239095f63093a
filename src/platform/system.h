// Facts about the machine the database lives on: where files go, which file system,
// who is working.
#pragma once

#include <ctime>
#include <filesystem>
#include <optional>
#include <string_view>
#include <string>

namespace vigie::platform {

// A path as UTF-8 text, for messages (std::filesystem gives char8_t in C++20).
std::string utf8(const std::filesystem::path& path);

// The user's data directory for Vigie: $XDG_DATA_HOME/vigie (~/.local/share/vigie) on
// Linux, %APPDATA%\Vigie on Windows.
std::filesystem::path userDataDirectory();
// Network file systems (SMB, NFS, ...) break SQLite's WAL locking (PLATFORM.md).
bool isNetworkFileSystemMagic(unsigned long long statfsType);
bool isOnNetworkShare(const std::filesystem::path& file);

// The folder holding this program's executable.
std::filesystem::path executableDirectory();
// Where the "vigie" message catalogs are: <prefix>/share/locale beside an installed
// program, else the build tree's catalogs.
std::filesystem::path localeDirectory();

// The French user guide's pages: <prefix>/share/vigie/help beside an installed program,
// else the source tree's assets/help.
std::filesystem::path helpDirectory();

// Vigie's icon drawn at `size` pixels (16 to 256): the installed hicolor theme's, else the
// source tree's assets/icons.
std::filesystem::path applicationIcon(int size);

// The login name of the person using the program, for the audit trail.
std::string currentUserName();

// A connection URI (scheme://user:password@host/...) without its password, for settings
// and for the user's eyes; anything else unchanged.
std::string withoutPassword(const std::string& uri);

// The current moment as ISO 8601 UTC ("2026-11-22T09:30:00Z").
std::string utcTimestamp();
// The moment `t` on this computer's calendar and clock.
std::tm localCalendarTime(std::time_t t);
// A moment written by utcTimestamp() on this computer's calendar and clock (the audit
// trail is kept in UTC; people read their own hour). Empty when it is not such a moment.
std::optional<std::tm> localCalendarTime(std::string_view utcTimestamp);
// The moment a day begins on this computer's calendar, as utcTimestamp() writes moments
// (a history's period is in days as people live them; the audit trail keeps UTC).
std::string utcTimestampOfLocalMidnight(int year, int month, int day);
// A file-name-safe local timestamp ("2026-11-22_093000").
std::string fileTimestamp();

} // namespace vigie::platform
