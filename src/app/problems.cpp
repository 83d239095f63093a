#include "problems.h"

#include <algorithm>

#include <fmt/format.h>

namespace vigie::app {

std::string formatProblem(const std::string& file, const Problem& p) {
    return fmt::format("{}:{}: {}: {}{}", file, p.line, p.column,
                       p.severity == Severity::Notice ? "notice: " : "", p.message);
}

bool hasErrors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

void sortByLine(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
}

} // namespace vigie::app
