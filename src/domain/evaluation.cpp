#include "evaluation.h"

#include <algorithm>
#include <map>
#include <set>


namespace vigie {

namespace {

std::set<std::string> keysOf(const std::vector<std::string>& codes) {
    std::set<std::string> keys;
    for (const auto& c : codes) {
        keys.insert(codeKey(c));
    }
    return keys;
}

} // namespace

std::vector<BodyAttendance> attendanceOf(const std::vector<Meeting>& held,
                                         const std::vector<Institution>& institutions) {
    if (held.empty()) {
        return {};
    }
    // Keyed by the code aside its case, spelled as the reference data does when it knows it.
    std::map<std::string, BodyAttendance> bodies;
    for (const auto& i : institutions) {
        if (i.active) {
            bodies[codeKey(i.code)].institution = i.code;
        }
    }
    auto bodyOf = [&](const std::string& code) -> BodyAttendance& {
        auto& b = bodies[codeKey(code)];
        if (b.institution.empty()) {
            const auto known = std::find_if(institutions.begin(), institutions.end(),
                                            [&](const Institution& i) {
                                                return codeKey(i.code) == codeKey(code);
                                            });
            b.institution = known != institutions.end() ? known->code : code;
        }
        return b;
    };
    for (const auto& m : held) {
        const auto present = keysOf(m.presentBodies);
        for (const auto& code : m.presentBodies) {
            (void)bodyOf(code);
        }
        for (const auto& code : m.excusedBodies) {
            (void)bodyOf(code);
        }
        const auto excused = keysOf(m.excusedBodies);
        for (auto& [key, body] : bodies) {
            if (present.count(key)) {
                ++body.attended;
            } else if (excused.count(key)) {
                ++body.excused;
            }
        }
    }
    std::vector<BodyAttendance> rows;
    const auto count = static_cast<long long>(held.size());
    for (auto& [key, body] : bodies) {
        body.held = count;
        body.absent = count - body.attended - body.excused;
        body.rate = Percent::of(body.attended, count);
        rows.push_back(std::move(body));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        if (a.attended != b.attended) {
            return a.attended > b.attended;
        }
        return codeKey(a.institution) < codeKey(b.institution);
    });
    return rows;
}

} // namespace vigie
