// The watch groups (sites) of a shared database (FORMATS.md, "Shared database and
// sites"): listing and declaring them, with the rules of a site's code.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace vigie::storage {
class Store;
}

namespace vigie::app {

class Workspace;

struct SiteEntry {
    std::string code;
    std::string name;
    bool current = false; // the site this workspace works on
};

// A site refused (a code with spaces, no name, a database file that has no sites), in
// words for the user.
class SiteRefused : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// By code. Refused on an SQLite file: it is one CCAS and has no sites.
std::vector<SiteEntry> listSites(Workspace& workspace);
// Declares a site, or renames one. Its code: 1 to 32 letters without accents, digits,
// '-' or '_' (it is typed on command lines and read in server policies); its name is
// what documents and the département's view show.
void addSite(Workspace& workspace, const std::string& code, const std::string& name);

// The site the workspace works on; empty on a database file.
std::string currentSite(Workspace& workspace);

// Lets the server's login role `role` read and write the site `code` and nothing else, or,
// with an empty code, read every site and write none. The server enforces it.
void grantSite(Workspace& workspace, const std::string& code, const std::string& role);

// On a shared database, works on the site named (--site, VIGIE_SITE), else on the only
// site the login may read; refused in words (StorageError) for a site it does not know,
// and, when `required`, for a database with no site or several. A file: nothing to do.
void chooseSite(storage::Store& store, const std::string& named, bool required);

} // namespace vigie::app
