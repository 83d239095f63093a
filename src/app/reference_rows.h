// Codes and sources named for the first time (in a form, a meeting, a solicitation or an
// imported file) join the reference data: one place for every way in, each row created
// recorded in the history with who, when and what named it.
#pragma once

#include <string>
#include <vector>

#include "actor.h"
#include "store_ref.h"

namespace vigie::app {

// Inside a unit of work. `why` says what named them ("import", "report 2025-012").
// Institutions are named by their code until someone gives their name; rights join the
// family "autre"; a source group is matched whatever its case and accents.
void addMissingInstitutions(storage::Store& store, const Actor& actor,
                            const std::vector<std::string>& codes, const std::string& why);
void addMissingRights(storage::Store& store, const Actor& actor,
                      const std::vector<std::string>& codes, const std::string& why);
void addMissingSourceGroup(storage::Store& store, const Actor& actor, const std::string& name,
                           const std::string& why);

} // namespace vigie::app
