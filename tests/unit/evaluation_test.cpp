// The group's evaluation (issue 18): each partner body's attendance over the meetings held
// in a period, on hand-made meetings, as the domain counts it and as stats --json and the
// annual report give it.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/annual_report.h"
#include "app/meeting_service.h"
#include "app/reference_service.h"
#include "app/statistics_service.h"
#include "domain/evaluation.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

Meeting meetingOn(Date day, std::vector<std::string> present, std::vector<std::string> excused) {
    Meeting m;
    m.date = day;
    m.place = "CCAS";
    m.presentBodies = std::move(present);
    m.excusedBodies = std::move(excused);
    m.state = MeetingState::Held;
    return m;
}

Institution body(const std::string& code, bool active = true) {
    Institution i;
    i.code = code;
    i.name = code;
    i.active = active;
    return i;
}

const BodyAttendance* find(const std::vector<BodyAttendance>& rows, const std::string& code) {
    for (const auto& r : rows) {
        if (r.institution == code) {
            return &r;
        }
    }
    return nullptr;
}

} // namespace

TEST_CASE("attendance: present, excused and absent add up to the meetings held, codes case aside") {
    const std::vector<Meeting> held = {
        meetingOn(Date(2025, 1, 14), {"CAF", "cpam"}, {"MDPH"}),
        meetingOn(Date(2025, 2, 11), {"caf"}, {"CPAM"}),
        meetingOn(Date(2025, 3, 11), {"CAF", "ANCIENNE"}, {"CAF"}), // a slip: present wins
    };
    const auto rows = attendanceOf(held, {body("CAF"), body("CPAM"), body("MDPH"), body("CD"),
                                          body("ANCIENNE", false)});
    REQUIRE(rows.size() == 5); // the active bodies, and the inactive one a meeting names
    CHECK(rows.front().institution == "CAF"); // most present first
    CHECK(rows.front().attended == 3);
    CHECK(rows.front().excused == 0);
    CHECK(rows.front().rate->french() == "100,00\u00a0%");
    const auto* cpam = find(rows, "CPAM");
    REQUIRE(cpam);
    CHECK(cpam->attended == 1);
    CHECK(cpam->excused == 1);
    CHECK(cpam->absent == 1);
    CHECK(cpam->rate->french() == "33,33\u00a0%");
    const auto* cd = find(rows, "CD");
    REQUIRE(cd); // never came: listed, at 0 %
    CHECK(cd->attended == 0);
    CHECK(cd->absent == 3);
    CHECK(find(rows, "ANCIENNE")->attended == 1);
    for (const auto& r : rows) {
        CHECK(r.attended + r.excused + r.absent == 3);
    }
    CHECK(attendanceOf({}, {body("CAF")}).empty()); // no meeting held: nothing to say
}

TEST_CASE("attendance in stats --json and the annual report: the meetings held in the year only") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "e.sqlite");
    app::MeetingService meetings{*store, test::testActor()};
    meetings.save(meetingOn(Date(2025, 1, 14), {"CAF", "CPAM"}, {}));
    meetings.save(meetingOn(Date(2025, 6, 10), {"CAF"}, {"CPAM"}));
    meetings.save(meetingOn(Date(2024, 12, 10), {"CPAM"}, {})); // the year before
    Meeting planned = meetingOn(Date(2099, 1, 12), {"CPAM"}, {});
    planned.state = MeetingState::Planned;
    meetings.save(planned); // not held: never counted

    const auto stats = app::yearStatistics(*store, 2025);
    const auto json = nlohmann::json::parse(app::statisticsJson(stats));
    const auto& rows = json["attendance"];
    REQUIRE(rows.is_array());
    REQUIRE(rows.size() >= 2);
    CHECK(rows[0]["institution"] == "CAF");
    CHECK(rows[0]["held"] == 2);
    CHECK(rows[0]["attended"] == 2);
    CHECK(rows[0]["percent"] == 100.0);
    CHECK(rows[1]["institution"] == "CPAM");
    CHECK(rows[1]["attended"] == 1);
    CHECK(rows[1]["excused"] == 1);
    CHECK(rows[1]["percent"] == 50.0);
    const auto& earlier = json["previous"]["attendance"];
    REQUIRE(earlier.is_array());
    CHECK(earlier[0]["institution"] == "CPAM");

    const auto document = app::statisticsDocument(*store, stats, false);
    bool found = false;
    for (const auto& t : document.tables) {
        if (t.id == "attendance") {
            found = true;
            REQUIRE(!t.rows.empty());
            CHECK(t.columns.size() == 6); // with the year before's rate
            CHECK(t.rows.front().values[3].text == "100,00\u00a0%");
        }
    }
    CHECK(found);
}
