// "A Vigie window has this database open": an exclusive lock on "<database>.lock", held
// for as long as the object lives, so that a second window opening the same file can warn
// instead of writing beside the first. The lock goes with the process (a crash frees it).
#pragma once

#include <filesystem>
#include <memory>

namespace vigie::storage {

class WindowLock {
public:
    enum class Outcome {
        Taken,         // this window is the only one
        HeldElsewhere, // another window (or program) holds it
        Unavailable,   // the lock file cannot be created: a read-only folder or medium
    };
    // `lock` is set only when the outcome is Taken.
    static Outcome tryTake(const std::filesystem::path& database, std::unique_ptr<WindowLock>& lock);
    ~WindowLock();
    WindowLock(const WindowLock&) = delete;
    WindowLock& operator=(const WindowLock&) = delete;

private:
    WindowLock() = default;
#ifdef _WIN32
    void* handle_ = nullptr;
#else
    int fd_ = -1;
    int databaseFd_ = -1; // the database file itself: found through any hard link
#endif
};

} // namespace vigie::storage
