// An open database with the person working on it: what a front end holds while the user
// works, and hands to the services.
#pragma once

#include <filesystem>
#include <memory>

#include "actor.h"
#include "storage/store.h"
#include "storage/window_lock.h"

namespace vigie::app {

class Workspace {
public:
    Workspace(std::unique_ptr<storage::Store> store, Actor actor)
        : store_(std::move(store)), actor_(std::move(actor)) {}

    // Opens (creating when missing) the database; throws storage::StorageError.
    static std::unique_ptr<Workspace> open(const std::filesystem::path& file,
                                           const storage::OpenOptions& options = {},
                                           Actor actor = Actor::current());

    storage::Store& store() { return *store_; }
    const Actor& actor() const { return actor_; }
    const storage::DatabaseInfo& info() const { return store_->info(); }
    // Kept for as long as the window works on this database (released after it closes).
    void holdLock(std::unique_ptr<storage::WindowLock> lock) { lock_ = std::move(lock); }
    std::unique_ptr<storage::WindowLock> releaseLock() { return std::move(lock_); }

private:
    std::unique_ptr<storage::WindowLock> lock_; // declared first: released last
    std::unique_ptr<storage::Store> store_;
    Actor actor_;
};

} // namespace vigie::app
