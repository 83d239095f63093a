#include "retention_settings.h"

#include <algorithm>
#include <charconv>
#include <stdexcept>
#include <string>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

constexpr const char* kDelayKey = "retention.delay_months";
constexpr const char* kReminderKey = "retention.last_reminder";

std::optional<int> parsedMonths(const std::optional<std::string>& text) {
    int months = 0;
    if (!text) {
        return std::nullopt;
    }
    const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), months);
    if (ec != std::errc() || end != text->data() + text->size()) {
        return std::nullopt;
    }
    return months;
}

std::string auditValue(int months) {
    return fmt::format("{{\"delay_months\":{}}}", months);
}

} // namespace

Date monthsBefore(const Date& day, int months) {
    const int index = day.year() * 12 + (day.month() - 1) - months;
    const int year = index / 12;
    const int month = index % 12 + 1;
    return Date(year, month, std::min(day.day(), Date::daysInMonth(year, month)));
}

int RetentionSettings::delayMonths() {
    const auto months = parsedMonths(store_.settings().get(kDelayKey));
    if (!months || *months < kMinRetentionMonths || *months > kMaxRetentionMonths) {
        return kDefaultRetentionMonths;
    }
    return *months;
}

void RetentionSettings::setDelayMonths(int months) {
    if (months < kMinRetentionMonths || months > kMaxRetentionMonths) {
        throw std::invalid_argument(
            fmt::format(fmt::runtime(tr("The delay is between {} and {} months.")),
                        kMinRetentionMonths, kMaxRetentionMonths));
    }
    auto work = store_.begin();
    const int before = delayMonths();
    if (before == months) {
        return;
    }
    store_.settings().set(kDelayKey, std::to_string(months));
    store_.audit().record({0, actor_.now(), actor_.user, "retention", 0, "update",
                           auditValue(before), auditValue(months), ""});
    work->commit();
}

Date RetentionSettings::dueDay(const Date& today) {
    return monthsBefore(today, delayMonths());
}

std::vector<PurgeItem> RetentionSettings::due(const Date& today) {
    return purgePreview(store_, dueDay(today));
}

std::optional<Date> RetentionSettings::lastReminder() {
    if (auto text = store_.settings().get(kReminderKey)) {
        return Date::fromIso(*text);
    }
    return std::nullopt;
}

std::size_t RetentionSettings::reminderCount(const Date& today) {
    const auto last = lastReminder();
    // A reminder dated after today (a clock set wrong then) does not silence the next ones.
    if (last && *last <= today && monthsBefore(today, 1) < *last) {
        return 0;
    }
    return due(today).size();
}

void RetentionSettings::reminded(const Date& today) {
    auto work = store_.begin();
    store_.settings().set(kReminderKey, today.iso());
    work->commit();
}

} // namespace vigie::app
