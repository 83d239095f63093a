// The watch group's answers published in the city's FAQ (« réponse FAQ », seed 001): the
// question as people ask it, the answer, what it concerns, the reports that raised it, and
// when the answer was last checked — rules change, and a published answer must not go
// stale unnoticed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "reference_data.h"
#include "report.h"

namespace vigie {

using FaqId = std::int64_t;

struct FaqEntry {
    FaqId id = 0;
    std::string question;
    std::string answer;
    std::vector<std::string> rights;       // right codes, in the order written
    std::vector<std::string> institutions; // institution codes, in the order written
    std::vector<ReportId> reports;         // the reports that raised it
    std::optional<Date> checkedOn;         // day the answer was last checked
    bool published = false;
    std::string createdAt, updatedAt;
    std::int64_t version = 0;
};

// The day a year before `today` (29 February → 28 February).
Date yearBefore(const Date& today);

// A published answer is due for review when it was last checked more than a year before
// `today` — checked exactly a year ago is still fine — or never checked at all: nobody
// vouches for it then either. An unpublished draft is never due: nobody reads it.
bool reviewDue(const FaqEntry& entry, const Date& today);

// What makes an entry impossible to store, in French, one sentence each (empty when
// none): no question, no answer, a review date in the future.
std::vector<std::string> problemsOf(const FaqEntry& entry, const Date& today);

// The published page's grouping: one group per right family, in the families' order,
// an entry under the family of its FIRST right (the one written first is the main one;
// the page lists each answer once); the entries naming no right (or only rights Vigie
// does not know) in a last group without a family (empty code). Entries keep their order
// within a group. Only published entries are given a place.
struct FaqGroup {
    std::string familyCode; // empty: the « Autres questions » group
    std::string label;
    std::vector<FaqEntry> entries;
};
std::vector<FaqGroup> publishedGroups(const std::vector<FaqEntry>& entries,
                                      const std::vector<RightFamily>& families,
                                      const std::vector<Right>& rights);

} // namespace vigie
