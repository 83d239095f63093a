#include "window_lock.h"

#ifdef _WIN32
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include "platform/system.h"
#endif

namespace vigie::storage {

namespace fs = std::filesystem;

WindowLock::Outcome WindowLock::tryTake(const fs::path& database, std::unique_ptr<WindowLock>& lock) {
    lock.reset();
    // The real file, not the name it was opened by: a symbolic link to a database open
    // elsewhere must find that window's lock.
    std::error_code ec;
    fs::path file = fs::weakly_canonical(database, ec);
    if (ec) {
        file = database;
    }
    file += ".lock";
#ifdef _WIN32
    // No sharing: a second CreateFile on the same file fails while this handle is open.
    HANDLE h = CreateFileW(file.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                           FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD e = GetLastError();
        return e == ERROR_SHARING_VIOLATION || e == ERROR_LOCK_VIOLATION ? Outcome::HeldElsewhere
                                                                         : Outcome::Unavailable;
    }
    lock.reset(new WindowLock);
    lock->handle_ = h;
    return Outcome::Taken;
#else
    // flock, not fcntl: independent of SQLite's own fcntl locks on the database, and two
    // opens in one process conflict too (which the tests rely on).
    const int fd = ::open(file.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Outcome::Unavailable;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int e = errno;
        ::close(fd);
        return e == EWOULDBLOCK ? Outcome::HeldElsewhere : Outcome::Unavailable;
    }
    lock.reset(new WindowLock);
    lock->fd_ = fd;
    // A hard link is another name for the same file, with a lock file of its own: the
    // database file itself is locked too (its inode, whatever the name). Not on a network
    // share, where flock becomes a POSIX lock that would meet SQLite's own.
    if (fs::exists(database, ec) && !platform::isOnNetworkShare(database)) {
        const int db = ::open(database.c_str(), O_RDONLY | O_CLOEXEC);
        if (db >= 0 && ::flock(db, LOCK_EX | LOCK_NB) != 0) {
            const int e = errno;
            ::close(db);
            lock.reset();
            return e == EWOULDBLOCK ? Outcome::HeldElsewhere : Outcome::Unavailable;
        }
        lock->databaseFd_ = db;
    }
    return Outcome::Taken;
#endif
}

WindowLock::~WindowLock() {
#ifdef _WIN32
    if (handle_) {
        CloseHandle(static_cast<HANDLE>(handle_));
    }
#else
    // The file stays: removing it could let two windows lock two different files.
    if (databaseFd_ >= 0) {
        ::close(databaseFd_);
    }
    if (fd_ >= 0) {
        ::close(fd_);
    }
#endif
}

} // namespace vigie::storage
