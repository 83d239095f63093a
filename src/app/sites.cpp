#include "sites.h"

#include <algorithm>

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/i18n.h"
#include "storage/store.h"
#include "workspace.h"

namespace vigie::app {

namespace {

storage::SiteDirectory& directoryOf(Workspace& workspace) {
    auto* sites = workspace.store().sites();
    if (!sites) {
        throw SiteRefused(tr("This database is a file of one CCAS: it has no sites. Sites "
                             "belong to a shared database on a server (--db postgresql://…)."));
    }
    return *sites;
}

bool isSiteCode(const std::string& code) {
    return !code.empty() && code.size() <= 32 &&
           std::all_of(code.begin(), code.end(), [](unsigned char c) {
               return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') || c == '-' || c == '_';
           });
}

std::string codes(const std::vector<storage::Site>& sites) {
    std::string joined;
    for (const auto& site : sites) {
        joined += (joined.empty() ? "" : ", ") + site.code;
    }
    return joined;
}

// The site named, or the only one the login may read; empty when none and none needed.
std::string chosenSite(storage::SiteDirectory& directory, const std::string& named,
                       bool required) {
    using Kind = StorageError::Kind;
    const auto sites = directory.list();
    if (!named.empty()) {
        if (std::none_of(sites.begin(), sites.end(),
                         [&](const storage::Site& s) { return s.code == named; })) {
            throw StorageError(
                Kind::NotFound,
                fmt::format(fmt::runtime(tr("The shared database has no site \"{}\" (its sites: "
                                            "{}). A site is declared with: vigie-cli site add "
                                            "CODE \"Name\".")),
                            named, sites.empty() ? tr("none yet") : codes(sites)));
        }
        return named;
    }
    if (sites.size() == 1 || !required) {
        return sites.size() == 1 ? sites.front().code : std::string();
    }
    if (sites.empty()) {
        throw StorageError(Kind::NotFound,
                           tr("The shared database has no site yet. Declare the watch group's "
                              "site first: vigie-cli site add CODE \"Name\"."));
    }
    throw StorageError(Kind::Failed,
                       fmt::format(fmt::runtime(tr("The shared database holds several sites ({}): "
                                                   "say which one with --site CODE or the "
                                                   "VIGIE_SITE variable.")),
                                   codes(sites)));
}

} // namespace

void chooseSite(storage::Store& store, const std::string& named, bool required) {
    if (auto* directory = store.sites()) {
        if (const auto site = chosenSite(*directory, named, required); !site.empty()) {
            directory->use(site);
        }
    }
}

void grantSite(Workspace& workspace, const std::string& code, const std::string& role) {
    auto& directory = directoryOf(workspace);
    auto unit = workspace.store().begin();
    if (code.empty()) {
        directory.grantReadingAll(role);
    } else {
        directory.grant(code, role);
    }
    unit->commit();
}

std::string currentSite(Workspace& workspace) {
    auto* sites = workspace.store().sites();
    return sites ? sites->current() : std::string();
}

std::vector<SiteEntry> listSites(Workspace& workspace) {
    auto& directory = directoryOf(workspace);
    std::vector<SiteEntry> entries;
    for (const auto& site : directory.list()) {
        entries.push_back({site.code, site.name, site.code == directory.current()});
    }
    return entries;
}

void addSite(Workspace& workspace, const std::string& code, const std::string& name) {
    auto& directory = directoryOf(workspace);
    if (!isSiteCode(code)) {
        throw SiteRefused(fmt::format(
            fmt::runtime(tr("\"{}\" cannot be a site's code: 1 to 32 letters without accents, "
                            "digits, '-' or '_'.")),
            code));
    }
    const auto label = text::trimmed(name);
    if (label.empty()) {
        throw SiteRefused(tr("A site needs a name (the watch group's, as documents show it)."));
    }
    auto unit = workspace.store().begin();
    directory.add(storage::Site{code, label});
    unit->commit();
}

} // namespace vigie::app
