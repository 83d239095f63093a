// The difficulty report (fiche de remontée de difficulté) and its vocabularies.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"

namespace vigie {

enum class Category { NonAccess, Delay, Precarity };
inline constexpr Category kAllCategories[] = {Category::NonAccess, Category::Delay,
                                              Category::Precarity};

// Categories overlap: a report carries a set of them (at least one when valid). The set
// keeps the order in which they were given, which the export reproduces.
class CategorySet {
public:
    CategorySet() = default;
    CategorySet(std::initializer_list<Category> categories) {
        for (auto c : categories) {
            add(c);
        }
    }
    static CategorySet fromBits(unsigned bits) {
        CategorySet s;
        for (auto c : {Category::NonAccess, Category::Delay, Category::Precarity}) {
            if (bits & bit(c)) {
                s.add(c);
            }
        }
        return s;
    }
    void add(Category c) {
        if (!has(c)) {
            order_[count_++] = c;
        }
    }
    void remove(Category c);
    bool has(Category c) const { return (bits() & bit(c)) != 0; }
    bool empty() const { return count_ == 0; }
    unsigned bits() const {
        unsigned b = 0;
        for (int i = 0; i < count_; ++i) {
            b |= bit(order_[static_cast<std::size_t>(i)]);
        }
        return b;
    }
    std::vector<Category> list() const; // in the order given
    // Same categories, whatever their order.
    bool operator==(const CategorySet& other) const { return bits() == other.bits(); }

private:
    static unsigned bit(Category c) { return 1u << static_cast<unsigned>(c); }
    std::array<Category, 3> order_{};
    int count_ = 0;
};

enum class ReportStatus {
    Received,         // recue
    OnAgenda,         // a_l_ordre_du_jour
    FollowUpOpen,     // suivi_en_cours
    Resolved,         // resolue
    Unresolved,       // non_resolue
    ReferredNational, // remontee_nationale
    Withdrawn,        // annulee: kept, never counted
};
inline constexpr ReportStatus kAllStatuses[] = {
    ReportStatus::Received, ReportStatus::OnAgenda,   ReportStatus::FollowUpOpen,
    ReportStatus::Resolved, ReportStatus::Unresolved, ReportStatus::ReferredNational,
    ReportStatus::Withdrawn};

// Reasons for non-take-up after ODENORE.
enum class NonTakeUp { Unknown, NotRequested, NotReceived, NotOffered };
inline constexpr NonTakeUp kAllNonTakeUps[] = {NonTakeUp::Unknown, NonTakeUp::NotRequested,
                                               NonTakeUp::NotReceived, NonTakeUp::NotOffered};

// CSV codes (FORMATS.md) and their parsing: case, accents and the French labels tolerated.
std::string_view code(Category c);
// The category's key in `stats --json` (FORMATS.md): "non_access", "delay", "precarity".
std::string_view jsonKey(Category c);
std::string_view code(ReportStatus s);
std::string_view code(NonTakeUp n);
std::optional<Category> parseCategory(std::string_view text);
std::optional<ReportStatus> parseStatus(std::string_view text);
std::optional<NonTakeUp> parseNonTakeUp(std::string_view text);

// French labels as users see them in every document (translated through the catalog).
std::string label(Category c);
std::string label(ReportStatus s);
std::string label(NonTakeUp n);
std::string explanation(NonTakeUp n); // one line for the editor

// A status that ends the follow-up and carries a closing date.
bool isClosing(ReportStatus s);

// "YYYY-NNN", unique per year; NNN is zero-padded to at least 3 digits.
struct ReportReference {
    int year = 0;
    int sequence = 0;
    bool assigned() const { return sequence > 0; }
    std::string text() const;
    static std::optional<ReportReference> parse(std::string_view text);
    auto operator<=>(const ReportReference&) const = default;
};

using ReportId = std::int64_t;

struct DifficultyReport {
    ReportId id = 0; // 0 until stored
    ReportReference reference;
    Date receivedOn;
    std::string source; // name of the source group
    std::string author; // rédacteur
    std::string description;
    std::string proposals;
    CategorySet categories;
    std::vector<std::string> rights;       // right codes, in stored order
    std::vector<std::string> institutions; // institution codes, in stored order
    std::optional<NonTakeUp> nonTakeUp;
    ReportStatus status = ReportStatus::Received;
    std::optional<Date> closedOn;
    std::string createdAt; // ISO 8601 UTC, set by storage
    std::string updatedAt;
    // As stored: each update adds one, and an update from an older version is refused
    // (someone saved in between). 0 before the first save.
    std::int64_t version = 0;

    bool counted() const { return status != ReportStatus::Withdrawn; }
};

// A rule broken by a report, named by the field the user must correct.
struct FieldProblem {
    std::string field; // CSV column key: date_reception, categories, ...
    std::string message;
};

std::vector<FieldProblem> validate(const DifficultyReport& report);

} // namespace vigie
