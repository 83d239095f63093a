// The errors an import found, as (line, column) pairs in the order reported: what the
// import tests compare with the cells they spoiled.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "app/report_csv.h"

namespace vigie::test {

inline std::vector<std::pair<int, std::string>> errorsOf(const app::ImportSummary& summary) {
    std::vector<std::pair<int, std::string>> where;
    for (const auto& p : summary.problems) {
        if (p.severity == app::Severity::Error) {
            where.emplace_back(p.line, p.column);
        }
    }
    return where;
}

} // namespace vigie::test
