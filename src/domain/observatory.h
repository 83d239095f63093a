// The non-take-up observatory (ODENORE, seeds 000 and 004): what keeps coming back — the
// same institution, right and category in several reports of a period — and, beside it,
// the same problems a year earlier.
#pragma once

#include <string>
#include <vector>

#include "statistics.h"

namespace vigie {

// FORMATS.md, "Recurring problems": an (institution, right, category) triple shared by at
// least kRecurringThreshold counted reports of the period.
struct RecurringProblem {
    std::string institution; // code as the reports name it
    std::string right;       // code
    Category category = Category::NonAccess;
    long long count = 0;
    long long previousCount = 0; // the same triple, the same period a year earlier
    Date first, last;            // dates received
    std::vector<ReportReference> references; // by date then reference
    std::vector<ReportId> reports;           // the same order
};

inline constexpr long long kRecurringThreshold = 3;

// `now` and `yearEarlier`: the counted reports of the two periods (withdrawn ones are not
// counted: they are never in the facts). Each report counts once for every triple its
// institutions × rights × categories make. By count, then institution, right and category
// codes.
std::vector<RecurringProblem> recurringProblems(const std::vector<ReportFacts>& now,
                                                const std::vector<ReportFacts>& yearEarlier);

} // namespace vigie
