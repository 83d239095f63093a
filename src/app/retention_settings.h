// The retention delay and its monthly reminder (issue 19): how long a closed report keeps
// its texts before the purge may erase them (FORMATS.md, "Retention (CNIL)"), kept in
// the database's settings with its audit, and when the window last reminded about it.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "actor.h"
#include "domain/date.h"
#include "retention.h"
#include "store_ref.h"

namespace vigie::app {

// The CNIL's recommendation for social action files: two years after closing.
inline constexpr int kDefaultRetentionMonths = 24;
inline constexpr int kMinRetentionMonths = 6;
inline constexpr int kMaxRetentionMonths = 120;

// `months` months before `day`, the same day of the month, or the last day of a shorter
// month (29/02/2028 minus 12 months is 28/02/2027).
Date monthsBefore(const Date& day, int months);

class RetentionSettings {
public:
    RetentionSettings(storage::Store& store, Actor actor)
        : store_(store), actor_(std::move(actor)) {}

    // The delay in months (the default when none was set, or a stored value out of range).
    int delayMonths();
    // Stores the delay, with its audit row; the same delay changes nothing. Throws
    // std::invalid_argument outside kMinRetentionMonths..kMaxRetentionMonths.
    void setDelayMonths(int months);

    // The reports closed before this day are due for erasure: today minus the delay.
    Date dueDay(const Date& today);
    // What a purge today would erase.
    std::vector<PurgeItem> due(const Date& today);

    // How many reports to remind about today: those due, when the last reminder was a
    // month ago or more (or never was); 0 when there is nothing to remind.
    std::size_t reminderCount(const Date& today);
    bool shouldRemind(const Date& today) { return reminderCount(today) > 0; }
    // Notes that the user was reminded today.
    void reminded(const Date& today);
    std::optional<Date> lastReminder();

private:
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
