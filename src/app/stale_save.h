// Two people on one database: a save made from an older version of a report, a meeting
// or a solicitation is refused by the store (someone saved in between). This says who
// and when, from the history, so that nobody's work is overwritten without a word.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "store_ref.h"

namespace vigie::app {

// Runs `update` (a repository update by id and version). When the store refuses it as
// stale, throws StorageError(Stale) again with `what` ("Report 2025-012"), who saved
// last and when, in the user's language.
void updateUnlessStale(storage::Store& store, const std::string& entity, std::int64_t id,
                       const std::string& what, const std::function<void()>& update);

} // namespace vigie::app
