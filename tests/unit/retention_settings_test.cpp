// The retention delay and its monthly reminder (issue 19): the delay kept in the settings
// and audited, the day before which reports are due, and a reminder at most once a month,
// only when something is due — on hand-made reports around the boundary.
#include <doctest/doctest.h>

#include <stdexcept>

#include "app/report_service.h"
#include "app/retention_settings.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "r.sqlite");
    app::RetentionSettings retention{*store, test::testActor()};

    ReportId add(ReportStatus status, Date received, std::optional<Date> closed) {
        DifficultyReport r;
        r.receivedOn = received;
        r.description = "Dossier en attente";
        r.author = "Accueil";
        r.categories = {Category::Delay};
        r.status = status;
        r.closedOn = closed;
        return app::ReportService(*store, test::testActor())
            .create(r, app::PersonalData::SaveAnyway)
            .id;
    }
};

} // namespace

TEST_CASE("months before a day: the same day of the month, or the last of a shorter one") {
    CHECK(app::monthsBefore(Date(2026, 3, 15), 24) == Date(2024, 3, 15));
    CHECK(app::monthsBefore(Date(2026, 1, 10), 1) == Date(2025, 12, 10));
    CHECK(app::monthsBefore(Date(2026, 3, 31), 1) == Date(2026, 2, 28));
    CHECK(app::monthsBefore(Date(2028, 2, 29), 12) == Date(2027, 2, 28));
    CHECK(app::monthsBefore(Date(2026, 12, 31), 12) == Date(2025, 12, 31));
}

TEST_CASE("the retention delay: 24 months by default, stored and audited when changed") {
    Fixture f;
    CHECK(f.retention.delayMonths() == app::kDefaultRetentionMonths);
    CHECK(f.retention.dueDay(Date(2026, 6, 10)) == Date(2024, 6, 10));
    const long long audited = f.store->audit().size();
    f.retention.setDelayMonths(24); // the default again: nothing written
    CHECK(f.store->audit().size() == audited);
    CHECK_FALSE(f.store->settings().get("retention.delay_months"));

    f.retention.setDelayMonths(36);
    CHECK(f.retention.delayMonths() == 36);
    CHECK(f.retention.dueDay(Date(2026, 6, 10)) == Date(2023, 6, 10));
    REQUIRE(f.store->audit().size() == audited + 1);
    const auto history = f.store->audit().history("retention", 0);
    REQUIRE(history.size() == 1);
    CHECK(history[0].before == R"({"delay_months":24})");
    CHECK(history[0].after == R"({"delay_months":36})");
    CHECK(history[0].user == "testeur");

    CHECK_THROWS_AS(f.retention.setDelayMonths(app::kMinRetentionMonths - 1),
                    std::invalid_argument);
    CHECK_THROWS_AS(f.retention.setDelayMonths(app::kMaxRetentionMonths + 1),
                    std::invalid_argument);
    CHECK(f.retention.delayMonths() == 36);
    // A value written by something else, out of range or unreadable: the default.
    f.store->settings().set("retention.delay_months", "2");
    CHECK(f.retention.delayMonths() == 24);
    f.store->settings().set("retention.delay_months", "deux ans");
    CHECK(f.retention.delayMonths() == 24);
}

TEST_CASE("what is due: closed more than the delay ago, withdrawn ones by their receipt") {
    Fixture f;
    const Date today(2026, 6, 10);
    // Closed exactly 24 months ago: not yet; one day more: due.
    const auto exactly = f.add(ReportStatus::Resolved, Date(2024, 1, 5), Date(2024, 6, 10));
    const auto dayMore = f.add(ReportStatus::Unresolved, Date(2024, 1, 6), Date(2024, 6, 9));
    // Withdrawn: by the day received, whatever its closing.
    const auto withdrawnOld = f.add(ReportStatus::Withdrawn, Date(2024, 6, 9), std::nullopt);
    const auto withdrawnNew = f.add(ReportStatus::Withdrawn, Date(2024, 6, 10), std::nullopt);
    // Received long ago, still being dealt with: kept.
    f.add(ReportStatus::FollowUpOpen, Date(2023, 1, 2), std::nullopt);
    f.add(ReportStatus::Resolved, Date(2025, 1, 2), Date(2025, 3, 1));

    auto dueIds = [&](const Date& day) {
        std::vector<ReportId> ids;
        for (const auto& item : f.retention.due(day)) {
            ids.push_back(item.id);
        }
        return ids;
    };
    CHECK(dueIds(today) == std::vector<ReportId>{dayMore, withdrawnOld});
    // A day later, both boundaries have passed (by date received, then reference).
    CHECK(dueIds(Date(2026, 6, 11)) ==
          std::vector<ReportId>{exactly, dayMore, withdrawnOld, withdrawnNew});
}

TEST_CASE("the reminder: when something is due, at most once a month") {
    Fixture f;
    const Date today(2026, 6, 10);
    // Nothing due: no reminder.
    f.add(ReportStatus::Resolved, Date(2025, 1, 2), Date(2025, 3, 1));
    CHECK(f.retention.reminderCount(today) == 0);
    CHECK_FALSE(f.retention.shouldRemind(today));

    f.add(ReportStatus::Resolved, Date(2023, 1, 2), Date(2023, 3, 1));
    f.add(ReportStatus::Withdrawn, Date(2023, 5, 2), std::nullopt);
    CHECK(f.retention.reminderCount(today) == 2); // never reminded
    f.retention.reminded(today);
    CHECK(f.retention.lastReminder() == today);
    // Reminded this month: not again until a month has passed.
    CHECK_FALSE(f.retention.shouldRemind(today));
    CHECK_FALSE(f.retention.shouldRemind(Date(2026, 6, 30)));
    CHECK_FALSE(f.retention.shouldRemind(Date(2026, 7, 9)));
    CHECK(f.retention.reminderCount(Date(2026, 7, 10)) == 2);
    // A reminder dated in the future (a clock set wrong) does not silence them.
    f.retention.reminded(Date(2027, 1, 1));
    CHECK(f.retention.shouldRemind(today));
    // A longer delay: nothing due any more, no reminder.
    f.retention.reminded(Date(2026, 1, 1));
    f.retention.setDelayMonths(60);
    CHECK_FALSE(f.retention.shouldRemind(today));
}
