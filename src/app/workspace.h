// An open database with the person working on it: what a front end holds while the user
// works, and hands to the services. It owns the database's whole life for the window and
// the command line alike: where it is, opening it, the "already open in another window"
// lock, read-only, opening it again after a restore. The front ends never see the store
// behind it: they go through the services, which take the workspace's store.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "actor.h"

namespace vigie::storage {
class Store;
class WindowLock;
} // namespace vigie::storage

namespace vigie::app {

// What opening the database found and did, for the user's information.
struct DatabaseStatus {
    std::filesystem::path location; // where it is, as the user can find it again
    int schemaVersion = 0;
    bool created = false;
    // Upgraded for this version of Vigie, with a copy of it as it was.
    bool migrated = false;
    std::optional<std::filesystem::path> migrationBackup;
    bool onNetworkShare = false; // on a shared folder: a journal safe there, and said so
    bool readOnly = false;
    bool shared = false; // a shared database on a server (its copies are its DBA's)
};

// Where the database stands: two stamps differ when something was written in between, by
// this program or another. A window compares them to reload only the views that are stale.
struct ChangeStamp {
    long long local = -1;
    long long external = -1;
    bool operator==(const ChangeStamp&) const = default;
};

struct OpenRequest {
    // Commands that only read must not leave an empty database behind a typo.
    bool createIfMissing = true;
    // Opens for reading only, even a database that could be written.
    bool readOnly = false;
    // On a shared database: the site worked on (empty: the database's only site).
    std::string site;
    // Creating a shared database's schema or declaring its sites needs no site yet.
    bool siteRequired = true;
};

// Whether a location names a shared database on a server (a PostgreSQL URI) rather than
// a file.
bool isSharedDatabase(const std::filesystem::path& location);
// Whether this build reaches shared databases (PostgreSQL): not the Windows one yet.
bool canOpenSharedDatabases();

// The site a user named: the one given (--site), else the VIGIE_SITE variable, else none.
std::string namedSite(const std::optional<std::string>& given);

// The database a user named: the one given (--db), else the VIGIE_DB environment
// variable; none when neither says (the window then offers the last one used).
std::optional<std::filesystem::path> namedDatabase(const std::optional<std::filesystem::path>& given);
// The database a command works on: the one named, else defaultDatabase().
std::filesystem::path locateDatabase(const std::optional<std::filesystem::path>& given);
// The database of a user who named none, in the user's data folder.
std::filesystem::path defaultDatabase();

class Workspace {
public:
    // A store opened by other means (a test, another back end) with who works on it.
    Workspace(std::unique_ptr<storage::Store> store, Actor actor);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // Opens (creating when asked and missing, upgrading when older) the database. Throws
    // StorageError with words for the user, leaving a refused database untouched.
    static std::unique_ptr<Workspace> open(const std::filesystem::path& location,
                                           const OpenRequest& request = {},
                                           Actor actor = Actor::current());
    // For a window: takes the "already open" lock for as long as the workspace lives.
    // When another window holds it, `readOnlyInstead()` decides: true opens read-only,
    // false opens nothing (nullptr).
    // On a shared database, `site` is the site to work on (empty: VIGIE_SITE, else the
    // only one).
    static std::unique_ptr<Workspace> openInWindow(const std::filesystem::path& location,
                                                   bool createIfMissing,
                                                   const std::function<bool()>& readOnlyInstead,
                                                   Actor actor = Actor::current(),
                                                   const std::string& site = {});
    // The same database opened again (after a restore: the copy may be older and is then
    // upgraded); the lock passes to the new workspace. On failure this one keeps it.
    std::unique_ptr<Workspace> reopen();

    // For the services; its type is known to the app layer only.
    storage::Store& store() { return *store_; }
    const Actor& actor() const { return actor_; }
    const DatabaseStatus& info() const { return status_; }
    ChangeStamp changeStamp();

private:
    std::unique_ptr<storage::WindowLock> lock_; // declared first: released last
    std::unique_ptr<storage::Store> store_;
    Actor actor_;
    DatabaseStatus status_;
};

} // namespace vigie::app
