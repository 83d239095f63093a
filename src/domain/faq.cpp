#include "faq.h"

#include <algorithm>

#include "platform/i18n.h"
#include "text.h"

namespace vigie {

Date yearBefore(const Date& today) {
    const int year = today.year() - 1;
    const int day = std::min(today.day(), Date::daysInMonth(year, today.month()));
    return Date(year, today.month(), day);
}

bool reviewDue(const FaqEntry& entry, const Date& today) {
    if (!entry.published) {
        return false;
    }
    return !entry.checkedOn || *entry.checkedOn < yearBefore(today);
}

std::vector<std::string> problemsOf(const FaqEntry& entry, const Date& today) {
    std::vector<std::string> out;
    if (text::trimmed(entry.question).empty()) {
        out.push_back(tr("The question is required."));
    }
    if (text::trimmed(entry.answer).empty()) {
        out.push_back(tr("The answer is required."));
    }
    if (entry.checkedOn && today < *entry.checkedOn) {
        out.push_back(tr("The day the answer was checked cannot be in the future."));
    }
    return out;
}

std::vector<FaqGroup> publishedGroups(const std::vector<FaqEntry>& entries,
                                      const std::vector<RightFamily>& families,
                                      const std::vector<Right>& rights) {
    std::vector<RightFamily> ordered = families;
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const RightFamily& a, const RightFamily& b) { return a.position < b.position; });
    std::vector<FaqGroup> groups;
    for (const auto& f : ordered) {
        groups.push_back({f.code, f.label, {}});
    }
    FaqGroup others{"", tr("Other questions"), {}};
    auto familyOf = [&](const std::string& rightCode) -> std::string {
        for (const auto& r : rights) {
            if (codeKey(r.code) == codeKey(rightCode)) {
                return r.familyCode;
            }
        }
        return {};
    };
    for (const auto& e : entries) {
        if (!e.published) {
            continue;
        }
        const std::string family = e.rights.empty() ? std::string() : familyOf(e.rights.front());
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const FaqGroup& g) { return g.familyCode == family; });
        (it == groups.end() ? others : *it).entries.push_back(e);
    }
    std::erase_if(groups, [](const FaqGroup& g) { return g.entries.empty(); });
    if (!others.entries.empty()) {
        groups.push_back(std::move(others));
    }
    return groups;
}

} // namespace vigie
