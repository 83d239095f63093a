// Platform-specific pieces, kept in one file so the rest stays portable.
#include "system.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

#include <fmt/format.h>

#ifdef _WIN32
#include <lmcons.h>
#include <windows.h>
#else
#include <pwd.h>
#include <sys/vfs.h>
#include <unistd.h>
#endif

namespace vigie::platform {

namespace fs = std::filesystem;

namespace {
std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}
} // namespace

std::string utf8(const fs::path& path) {
    const auto text = path.u8string();
    return std::string(text.begin(), text.end());
}

fs::path userDataDirectory() {
#ifdef _WIN32
    // The wide variable: the narrow one is in the ANSI code page (a user "Hélène").
    const wchar_t* appData = _wgetenv(L"APPDATA");
    if (!appData || !*appData) {
        appData = _wgetenv(L"USERPROFILE");
    }
    return fs::path(appData ? appData : L".") / "Vigie";
#else
    std::string xdg = env("XDG_DATA_HOME");
    if (!xdg.empty() && fs::path(xdg).is_absolute()) {
        return fs::path(xdg) / "vigie";
    }
    std::string home = env("HOME");
    if (home.empty()) {
        if (const passwd* pw = getpwuid(geteuid())) {
            home = pw->pw_dir;
        }
    }
    return fs::path(home) / ".local" / "share" / "vigie";
#endif
}

bool isNetworkFileSystemMagic(unsigned long long type) {
    switch (type) {
    case 0x6969:     // NFS
    case 0x517B:     // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x564C:     // NCP
    case 0x73757245: // CODA
    case 0x5346414F: // AFS
    case 0x6B414653: // kAFS
    case 0x01021997: // 9P
    case 0x00C36400: // CEPH
    case 0x0BD00BD0: // Lustre
    case 0x01161970: // GFS2
    case 0x7461636F: // OCFS2
    case 0x65735546: // FUSE: sshfs and the desktop's SMB mounts (gvfs) go through it
        return true;
    default:
        return false;
    }
}

bool isOnNetworkShare(const fs::path& file) {
    // The file may not exist yet: ask about the nearest existing folder.
    fs::path probe = file;
    std::error_code ec;
    while (!probe.empty() && !fs::exists(probe, ec)) {
        probe = probe.parent_path();
    }
    if (probe.empty()) {
        probe = fs::current_path(ec);
    }
#ifdef _WIN32
    const std::wstring text = fs::absolute(probe, ec).wstring();
    if (text.rfind(L"\\\\", 0) == 0) {
        return true; // UNC path: \\server\share
    }
    const std::wstring root = text.substr(0, 3);
    return GetDriveTypeW(root.c_str()) == DRIVE_REMOTE;
#else
    struct statfs info {};
    if (statfs(probe.c_str(), &info) != 0) {
        return false;
    }
    return isNetworkFileSystemMagic(static_cast<unsigned long long>(info.f_type) & 0xFFFFFFFFull);
#endif
}

fs::path executableDirectory() {
    std::error_code ec;
#ifdef _WIN32
    wchar_t buffer[MAX_PATH];
    const DWORD n = GetModuleFileNameW(nullptr, buffer, MAX_PATH);
    return fs::path(std::wstring(buffer, n)).parent_path();
#else
    return fs::read_symlink("/proc/self/exe", ec).parent_path();
#endif
}

fs::path localeDirectory() {
    std::error_code ec;
    const fs::path installed = executableDirectory() / VIGIE_LOCALE_RELDIR;
    if (fs::exists(installed / "fr" / "LC_MESSAGES" / "vigie.mo", ec)) {
        return fs::weakly_canonical(installed, ec);
    }
    return fs::path(VIGIE_BUILD_LOCALE_DIR);
}

fs::path helpDirectory() {
    std::error_code ec;
    const fs::path installed = executableDirectory() / VIGIE_HELP_RELDIR;
    if (fs::exists(installed / "index.html", ec)) {
        return fs::weakly_canonical(installed, ec);
    }
    return fs::path(VIGIE_SOURCE_HELP_DIR);
}

fs::path applicationIcon(int size) {
    std::error_code ec;
    const std::string name = "fr.veilledroits.Vigie.png";
    const fs::path installed = executableDirectory() / VIGIE_ICONS_RELDIR /
                               (std::to_string(size) + "x" + std::to_string(size)) / "apps" / name;
    if (fs::exists(installed, ec)) {
        return installed;
    }
    return fs::path(VIGIE_SOURCE_ICONS_DIR) / std::to_string(size) / name;
}

std::string currentUserName() {
#ifdef _WIN32
    wchar_t name[UNLEN + 1];
    DWORD size = UNLEN + 1;
    if (GetUserNameW(name, &size)) {
        return utf8(fs::path(std::wstring(name, size ? size - 1 : 0)));
    }
    return env("USERNAME");
#else
    if (const passwd* pw = getpwuid(geteuid())) {
        return pw->pw_name;
    }
    std::string user = env("USER");
    return user.empty() ? env("LOGNAME") : user;
#endif
}

std::string utcTimestamp() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &now);
#else
    gmtime_r(&now, &utc);
#endif
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string utcTimestampOfLocalMidnight(int year, int month, int day) {
    std::tm local{};
    local.tm_year = year - 1900;
    local.tm_mon = month - 1;
    local.tm_mday = day;
    local.tm_isdst = -1; // summer time or not, as that day was
    const std::time_t t = std::mktime(&local);
    std::tm utc{};
#ifdef _WIN32
    gmtime_s(&utc, &t);
#else
    gmtime_r(&t, &utc);
#endif
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1,
                       utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::tm localCalendarTime(std::time_t t) {
    std::tm local{};
#ifdef _WIN32
    localtime_s(&local, &t);
#else
    localtime_r(&t, &local);
#endif
    return local;
}

std::optional<std::tm> localCalendarTime(std::string_view text) {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    char zone = 0;
    const std::string copy(text);
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour,
                    &minute, &second, &zone) != 7 ||
        zone != 'Z' || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
        minute > 59 || second > 60) {
        return std::nullopt;
    }
    std::tm utc{};
    utc.tm_year = year - 1900;
    utc.tm_mon = month - 1;
    utc.tm_mday = day;
    utc.tm_hour = hour;
    utc.tm_min = minute;
    utc.tm_sec = second;
#ifdef _WIN32
    const std::time_t t = _mkgmtime(&utc);
#else
    const std::time_t t = timegm(&utc);
#endif
    if (t == static_cast<std::time_t>(-1)) {
        return std::nullopt;
    }
    return localCalendarTime(t);
}

std::string fileTimestamp() {
    const std::tm local = localCalendarTime(std::time(nullptr));
    return fmt::format("{:04}-{:02}-{:02}_{:02}{:02}{:02}", local.tm_year + 1900, local.tm_mon + 1,
                       local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec);
}

std::string withoutPassword(const std::string& uri) {
    const auto scheme = uri.find("://");
    const auto at = uri.find('@');
    if (scheme == std::string::npos || at == std::string::npos) {
        return uri;
    }
    const auto colon = uri.find(':', scheme + 3);
    return colon != std::string::npos && colon < at ? uri.substr(0, colon) + uri.substr(at) : uri;
}

} // namespace vigie::platform
