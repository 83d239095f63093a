// The shared database as a Store: what the app sees of it is what it sees of an SQLite
// file (tests/unit/store_contract_test.cpp holds both to the same behaviour).
#pragma once

#include <memory>
#include <string>

#include "storage/store.h"

namespace vigie::storage::pg {

// Connects to `uri` (a libpq URI) for the site `site`, upgrading the schema when needed.
// `siteName`, when given, declares the site first (a new shared database).
std::unique_ptr<Store> openPgStore(const std::string& uri, const std::string& site,
                                   const std::string& siteName = {});

// What a command needs of the site when none is named.
enum class SiteChoice {
    Required, // the only site of the database, else refused with words
    Optional  // the only site when there is one, else none (creating the schema, sites)
};

// Connects for the site `site` (or, when empty, the database's only site); refuses a site
// the database does not know (StorageError NotFound, in words naming the command that
// declares it).
std::unique_ptr<Store> openPgStoreForSite(const std::string& uri, const std::string& site,
                                          SiteChoice choice);

} // namespace vigie::storage::pg
