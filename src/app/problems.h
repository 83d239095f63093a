// Problems found in an input file, one line each on the user's screen or terminal:
// "FILE:LINE: column: message" and "FILE:LINE: column: notice: message" (FORMATS.md).
#pragma once

#include <string>
#include <vector>

namespace vigie::app {

enum class Severity { Error, Notice };

struct Problem {
    int line = 1;
    std::string column; // CSV key, or "*" for the whole record or file
    Severity severity = Severity::Error;
    std::string message;
};

std::string formatProblem(const std::string& file, const Problem& p);
bool hasErrors(const std::vector<Problem>& problems);
// Stable order: by line, errors and notices interleaved as found.
void sortByLine(std::vector<Problem>& problems);

} // namespace vigie::app
