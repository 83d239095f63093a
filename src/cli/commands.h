// vigie-cli's commands over the app layer's services.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace vigie::cli {

// Runs one command line; returns the exit status (0 success, 1 failure, 2 usage).
int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

} // namespace vigie::cli
