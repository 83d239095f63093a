// Emergency aid the CCAS granted (secours, aide facultative) and the right whose
// non-take-up it made up for, when there is one: what non-take-up costs the CCAS
// (ODENORE, seed 004). Amounts are whole cents: sums are exact.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "percent.h"
#include "report.h"

namespace vigie {

using AidId = std::int64_t;

enum class AidKind { Food, Energy, Housing, Transport, Health, Other };
inline constexpr AidKind kAllAidKinds[] = {AidKind::Food,      AidKind::Energy, AidKind::Housing,
                                           AidKind::Transport, AidKind::Health, AidKind::Other};
std::string_view code(AidKind k); // alimentaire, energie, logement, transport, sante, autre
std::optional<AidKind> parseAidKind(std::string_view text);
std::string label(AidKind k);

// Every amount form French spreadsheets write: "120", "120.5", "120,50", "1 234,50",
// "1234,50 €", "1.234,50", spaces, no-break and narrow no-break spaces between thousands.
// None for anything else (a negative amount, three decimals, letters).
std::optional<long long> parseCents(std::string_view text);
// "1234,50": as the CSV writes it back.
std::string csvAmount(long long cents);
// "1 234,50 €" (no-break spaces), for people.
std::string frenchAmount(long long cents);

struct EmergencyAid {
    AidId id = 0;
    Date grantedOn;
    long long cents = 0;
    std::optional<AidKind> kind;
    std::string right;       // code of the right it made up for, may be empty
    std::optional<NonTakeUp> nonTakeUp;
    std::string institution; // code of the body that provides that right, may be empty
    std::vector<ReportId> reports;
    std::string notes;
    std::string createdAt, updatedAt;
    std::int64_t version = 0;

    // The cost of non-take-up: the aids naming a right or a type of non-take-up.
    bool madeUpForARight() const { return !right.empty() || nonTakeUp.has_value(); }
};

struct AidRow {
    std::string key; // right or institution code
    long long count = 0;
    long long cents = 0;
};

struct AidAmount {
    long long count = 0;
    long long cents = 0;
};

// FORMATS.md, "Emergency aid": `non_take_up_cost` of a period.
struct AidFigures {
    Period period;
    long long aids = 0;
    long long totalCents = 0;
    AidAmount linked;
    std::optional<Percent> linkedShare; // of the total amount; none when it is 0
    std::vector<AidRow> byRight, byInstitution; // by amount, then code
    std::map<NonTakeUp, AidAmount> byType;      // every type
    std::map<AidKind, AidAmount> byKind;        // every kind
};

// What makes an aid impossible to store, in French, one sentence each (empty when none):
// no amount, or one too large to be an emergency aid typed right.
std::vector<std::string> problemsOf(const EmergencyAid& aid);
inline constexpr long long kLargestAidCents = 100'000'000; // 1 000 000 €

AidFigures computeAidFigures(const Period& period, const std::vector<EmergencyAid>& aids);

} // namespace vigie
