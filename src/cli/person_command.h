// vigie-cli person extract|erase (README, "vigie-cli"): a member of staff's data, for a
// right-of-access or erasure request.
#pragma once

#include <functional>
#include <ostream>

#include "app/retention.h"
#include "app/workspace.h"
#include "arguments.h"

namespace vigie::cli {

// `open(create)` opens the database as every command does. Throws UsageError on a
// wrong command line; returns the exit status.
// What an erasure (a purge, a person's) left readable, told to the user.
void tellScrub(const app::ScrubResult& result, std::ostream& out, std::ostream& err);

int personCommand(const Arguments& a, const std::function<app::Workspace&(bool)>& open,
                  std::ostream& out, std::ostream& err);

} // namespace vigie::cli
