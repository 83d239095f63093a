#include "workspace.h"

#include <cstdlib>

#include "platform/system.h"
#include "storage/store.h"
#include "storage/window_lock.h"
#ifdef VIGIE_WITH_POSTGRESQL
#include "storage/pg/pg_store.h"
#endif
#include "platform/i18n.h"
#include "sites.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

storage::OpenOptions optionsFor(const OpenRequest& request) {
    storage::OpenOptions options;
    options.createIfMissing = request.createIfMissing;
    options.readOnly = request.readOnly;
    return options;
}

std::unique_ptr<storage::Store> openShared(const fs::path& location, const OpenRequest& request) {
#ifdef VIGIE_WITH_POSTGRESQL
    auto store = storage::pg::openPgStore(platform::utf8(location), std::string());
    chooseSite(*store, request.site, request.siteRequired);
    return store;
#else
    (void)location;
    (void)request;
    throw StorageError(StorageError::Kind::Failed,
                       tr("This version of Vigie cannot open a shared database on a server "
                          "(PostgreSQL): it works on a database file."));
#endif
}

} // namespace

bool canOpenSharedDatabases() {
#ifdef VIGIE_WITH_POSTGRESQL
    return true;
#else
    return false;
#endif
}

bool isSharedDatabase(const fs::path& location) {
    const auto text = platform::utf8(location);
    return text.starts_with("postgresql://") || text.starts_with("postgres://");
}

std::string namedSite(const std::optional<std::string>& given) {
    if (given && !given->empty()) {
        return *given;
    }
    if (const char* env = std::getenv("VIGIE_SITE"); env && *env) {
        return env;
    }
    return {};
}

fs::path defaultDatabase() {
    return platform::userDataDirectory() / "vigie.sqlite";
}

fs::path locateDatabase(const std::optional<fs::path>& given) {
    return namedDatabase(given).value_or(defaultDatabase());
}

std::optional<fs::path> namedDatabase(const std::optional<fs::path>& given) {
    if (given && !given->empty()) {
        return *given;
    }
#ifdef _WIN32
    // The wide environment: a folder name with accents survives the ANSI code page.
    if (const wchar_t* env = _wgetenv(L"VIGIE_DB"); env && *env) {
        return fs::path(env);
    }
#else
    if (const char* env = std::getenv("VIGIE_DB"); env && *env) {
        return fs::u8path(env);
    }
#endif
    return std::nullopt;
}

Workspace::Workspace(std::unique_ptr<storage::Store> store, Actor actor)
    : store_(std::move(store)), actor_(std::move(actor)) {
    const auto& info = store_->info();
    status_.location = info.path;
    status_.schemaVersion = info.schemaVersion;
    status_.created = info.created;
    status_.migrated = info.migrated;
    status_.migrationBackup = info.migrationBackup;
    status_.onNetworkShare = info.onNetworkShare;
    status_.readOnly = info.readOnly;
    status_.shared = store_->sites() != nullptr;
}

Workspace::~Workspace() = default;

std::unique_ptr<Workspace> Workspace::open(const fs::path& location, const OpenRequest& request,
                                           Actor actor) {
    auto store = isSharedDatabase(location) ? openShared(location, request)
                                            : storage::openSqliteStore(location, optionsFor(request));
    return std::unique_ptr<Workspace>(new Workspace(std::move(store), std::move(actor)));
}

std::unique_ptr<Workspace> Workspace::openInWindow(const fs::path& location, bool createIfMissing,
                                                   const std::function<bool()>& readOnlyInstead,
                                                   Actor actor, const std::string& site) {
    OpenRequest request;
    request.createIfMissing = createIfMissing;
    request.site = site.empty() ? namedSite(std::nullopt) : site;
    std::unique_ptr<storage::WindowLock> lock;
    // A server takes care of its own users: the lock is a file beside a database file.
    if (!isSharedDatabase(location) &&
        storage::WindowLock::tryTake(location, lock) ==
        storage::WindowLock::Outcome::HeldElsewhere) {
        if (!readOnlyInstead()) {
            return nullptr;
        }
        request.readOnly = true;
    }
    auto workspace = open(location, request, std::move(actor));
    workspace->lock_ = std::move(lock);
    return workspace;
}

std::unique_ptr<Workspace> Workspace::reopen() {
    OpenRequest request;
    request.createIfMissing = false;
    request.readOnly = status_.readOnly;
    auto reopened = open(status_.location, request, actor_);
    reopened->lock_ = std::move(lock_);
    return reopened;
}

ChangeStamp Workspace::changeStamp() {
    const auto stamp = store_->changeStamp();
    return {stamp.local, stamp.external};
}

} // namespace vigie::app
