#include "aid.h"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "percent.h"
#include "platform/i18n.h"
#include "reference_data.h"
#include "text.h"

namespace vigie {

std::string_view code(AidKind k) {
    switch (k) {
    case AidKind::Food: return "alimentaire";
    case AidKind::Energy: return "energie";
    case AidKind::Housing: return "logement";
    case AidKind::Transport: return "transport";
    case AidKind::Health: return "sante";
    case AidKind::Other: return "autre";
    }
    return "autre";
}

std::optional<AidKind> parseAidKind(std::string_view text) {
    const auto key = codeKey(text);
    for (auto k : kAllAidKinds) {
        if (key == code(k) || key == codeKey(label(k))) {
            return k;
        }
    }
    return std::nullopt;
}

std::string label(AidKind k) {
    switch (k) {
    case AidKind::Food: return tr("Food");
    case AidKind::Energy: return tr("Energy");
    case AidKind::Housing: return tr("Housing");
    case AidKind::Transport: return tr("Transport");
    case AidKind::Health: return tr("Health");
    case AidKind::Other: return tr("Other");
    }
    return tr("Other");
}

namespace {

bool isSpace(std::string_view s, std::size_t i, std::size_t& width) {
    for (std::string_view space : {" ", "\xC2\xA0", "\xE2\x80\xAF", "\t"}) {
        if (s.compare(i, space.size(), space) == 0) {
            width = space.size();
            return true;
        }
    }
    return false;
}

// The digits of the whole part, grouped by three after the first group when separators
// are used ("1 234", "1.234"), and whether the text used them consistently.
bool wholePart(std::string_view s, std::string& digits) {
    std::size_t group = 0;
    bool grouped = false;
    for (std::size_t i = 0; i < s.size();) {
        std::size_t width = 1;
        if (s[i] >= '0' && s[i] <= '9') {
            digits += s[i];
            ++group;
        } else if (isSpace(s, i, width) || s[i] == '.') {
            if (group == 0 || (grouped && group != 3) || (!grouped && group > 3)) {
                return false;
            }
            grouped = true;
            group = 0;
        } else {
            return false;
        }
        i += width;
    }
    return !digits.empty() && (!grouped || group == 3);
}

} // namespace

std::optional<long long> parseCents(std::string_view text) {
    std::string s(text::trimmed(std::string(text)));
    // A currency sign or word at the end, with or without a space before it.
    for (std::string_view euro : {"\xE2\x82\xAC", "EUR", "eur"}) {
        if (s.size() >= euro.size() && s.compare(s.size() - euro.size(), euro.size(), euro) == 0) {
            s = text::trimmed(s.substr(0, s.size() - euro.size()));
            break;
        }
    }
    // The decimal separator: the last ',' ; or a last '.' followed by one or two digits.
    std::string whole = s, fraction;
    if (auto comma = s.rfind(','); comma != std::string::npos) {
        whole = s.substr(0, comma);
        fraction = s.substr(comma + 1);
        if (fraction.empty()) {
            return std::nullopt;
        }
    } else if (auto dot = s.rfind('.'); dot != std::string::npos && s.size() - dot - 1 <= 2 &&
                                          s.size() - dot - 1 >= 1) {
        whole = s.substr(0, dot);
        fraction = s.substr(dot + 1);
        if (whole.find('.') != std::string::npos) {
            return std::nullopt; // "12.345.67": thousands or decimals, nobody can tell
        }
    }
    if (fraction.size() > 2 || !std::all_of(fraction.begin(), fraction.end(), [](char c) {
            return c >= '0' && c <= '9';
        })) {
        return std::nullopt;
    }
    std::string digits;
    if (!wholePart(whole, digits) || digits.size() > 13) {
        return std::nullopt;
    }
    long long euros = 0;
    std::from_chars(digits.data(), digits.data() + digits.size(), euros);
    long long cents = 0;
    if (!fraction.empty()) {
        cents = (fraction[0] - '0') * 10 + (fraction.size() > 1 ? fraction[1] - '0' : 0);
    }
    return euros * 100 + cents;
}

std::string csvAmount(long long cents) {
    return fmt::format("{},{:02}", cents / 100, cents % 100);
}

std::string frenchAmount(long long cents) {
    return fmt::format("{},{:02}\u00a0\u20ac", frenchNumber(cents / 100), cents % 100);
}

namespace {

void add(std::vector<AidRow>& rows, const std::string& key, long long cents) {
    auto it = std::find_if(rows.begin(), rows.end(), [&](const AidRow& r) { return r.key == key; });
    if (it == rows.end()) {
        rows.push_back({key, 0, 0});
        it = rows.end() - 1;
    }
    ++it->count;
    it->cents += cents;
}

void order(std::vector<AidRow>& rows) {
    std::sort(rows.begin(), rows.end(), [](const AidRow& a, const AidRow& b) {
        return a.cents != b.cents ? a.cents > b.cents : a.key < b.key;
    });
}

} // namespace

std::vector<std::string> problemsOf(const EmergencyAid& aid) {
    std::vector<std::string> out;
    if (aid.cents <= 0) {
        out.push_back(tr("The amount must be more than 0 €."));
    } else if (aid.cents > kLargestAidCents) {
        out.push_back(fmt::format(fmt::runtime(tr("The amount {} is too large for an emergency aid: "
                                                  "check the figure typed.")),
                                  frenchAmount(aid.cents)));
    }
    return out;
}

AidFigures computeAidFigures(const Period& period, const std::vector<EmergencyAid>& aids) {
    AidFigures f;
    f.period = period;
    for (auto t : kAllNonTakeUps) {
        f.byType[t] = {};
    }
    for (auto k : kAllAidKinds) {
        f.byKind[k] = {};
    }
    for (const auto& a : aids) {
        if (!period.contains(a.grantedOn)) {
            continue;
        }
        ++f.aids;
        f.totalCents += a.cents;
        if (a.madeUpForARight()) {
            ++f.linked.count;
            f.linked.cents += a.cents;
        }
        if (!a.right.empty()) {
            add(f.byRight, a.right, a.cents);
        }
        if (!a.institution.empty()) {
            add(f.byInstitution, a.institution, a.cents);
        }
        if (a.nonTakeUp) {
            ++f.byType[*a.nonTakeUp].count;
            f.byType[*a.nonTakeUp].cents += a.cents;
        }
        if (a.kind) {
            ++f.byKind[*a.kind].count;
            f.byKind[*a.kind].cents += a.cents;
        }
    }
    f.linkedShare = Percent::of(f.linked.cents, f.totalCents);
    order(f.byRight);
    order(f.byInstitution);
    return f;
}

} // namespace vigie
