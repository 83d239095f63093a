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

} // namespace

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
