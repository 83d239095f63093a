// The shared database as a Store: what the app sees of it is what it sees of an SQLite
// file (tests/unit/store_contract_test.cpp holds both to the same behaviour).
#pragma once

#include <memory>
#include <string>

#include "storage/store.h"

namespace vigie::storage::pg {

// Connects to `uri` (a libpq URI) for the site `site` (empty: none chosen yet, see
// Store::sites()), upgrading the schema when needed. `siteName`, when given, declares the
// site first (a new shared database).
std::unique_ptr<Store> openPgStore(const std::string& uri, const std::string& site,
                                   const std::string& siteName = {});

} // namespace vigie::storage::pg
