#include "observatory.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace vigie {

namespace {

// (institution, right, category), codes in ASCII lower case: codes are compared whatever
// their case, and the full folding of codeKey (accents) per report and per triple cost a
// third of the statistics' time; the reference tables keep codes unique by codeKey already.
using Triple = std::tuple<std::string, std::string, int>;

std::string lower(const std::string& code) {
    std::string out = code;
    for (auto& c : out) {
        if (c >= 'A' && c <= 'Z') {
            c = static_cast<char>(c - 'A' + 'a');
        }
    }
    return out;
}

struct Tally {
    std::string institution, right;
    Category category = Category::NonAccess;
    std::vector<const ReportFacts*> reports;
};

// Each report once per triple, whatever its lists repeat.
template <class Visit> void eachTriple(const ReportFacts& r, Visit visit) {
    std::vector<Triple> seen;
    for (const auto& institution : r.institutions) {
        for (const auto& right : r.rights) {
            for (auto category : kAllCategories) {
                if (!r.categories.has(category)) {
                    continue;
                }
                Triple key{lower(institution), lower(right), static_cast<int>(category)};
                if (std::find(seen.begin(), seen.end(), key) == seen.end()) {
                    seen.push_back(key);
                    visit(key, institution, right, category);
                }
            }
        }
    }
}

} // namespace

std::vector<RecurringProblem> recurringProblems(const std::vector<ReportFacts>& now,
                                                const std::vector<ReportFacts>& yearEarlier) {
    std::map<Triple, Tally> tallies;
    for (const auto& r : now) {
        eachTriple(r, [&](const Triple& key, const std::string& institution,
                          const std::string& right, Category category) {
            auto& t = tallies[key];
            if (t.reports.empty()) {
                t.institution = institution;
                t.right = right;
                t.category = category;
            }
            t.reports.push_back(&r);
        });
    }
    std::map<Triple, long long> before;
    for (const auto& r : yearEarlier) {
        eachTriple(r, [&](const Triple& key, const std::string&, const std::string&, Category) {
            ++before[key];
        });
    }
    std::vector<RecurringProblem> out;
    for (auto& [key, t] : tallies) {
        if (static_cast<long long>(t.reports.size()) < kRecurringThreshold) {
            continue;
        }
        std::sort(t.reports.begin(), t.reports.end(), [](const ReportFacts* a, const ReportFacts* b) {
            return std::tie(a->receivedOn, a->reference) < std::tie(b->receivedOn, b->reference);
        });
        RecurringProblem p{t.institution, t.right, t.category,
                           static_cast<long long>(t.reports.size()), 0,
                           t.reports.front()->receivedOn, t.reports.back()->receivedOn, {}, {}};
        if (auto it = before.find(key); it != before.end()) {
            p.previousCount = it->second;
        }
        for (const auto* r : t.reports) {
            p.references.push_back(r->reference);
            p.reports.push_back(r->id);
        }
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const RecurringProblem& a, const RecurringProblem& b) {
        if (a.count != b.count) {
            return a.count > b.count;
        }
        return std::make_tuple(codeKey(a.institution), codeKey(a.right), jsonKey(a.category)) <
               std::make_tuple(codeKey(b.institution), codeKey(b.right), jsonKey(b.category));
    });
    return out;
}

} // namespace vigie
