// The Statistics section's « Observatoire »: the problems that keep coming back in the
// period shown, each opening its reports in the Reports section.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/report_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/observatory_panel.h"
#include "ui/reports_section.h"
#include "ui/statistics_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::pump;

namespace {

DifficultyReport report(Date on, CategorySet categories, std::vector<std::string> institutions,
                        std::vector<std::string> rights) {
    DifficultyReport r;
    r.receivedOn = on;
    r.description = "Dossier en attente depuis plusieurs mois";
    r.categories = categories;
    r.institutions = std::move(institutions);
    r.rights = std::move(rights);
    return r;
}

// Three reports of 2025 share CAF, RSA and the delays (one naming the CPAM too), beside one
// of 2024; two others share only part of it.
void fill(const std::filesystem::path& file) {
    auto store = storage::openSqliteStore(file);
    app::ReportService reports(*store, app::Actor::current());
    reports.create(report(Date(2024, 5, 2), {Category::Delay}, {"CAF"}, {"RSA"}));
    reports.create(report(Date(2025, 2, 3), {Category::Delay}, {"CAF"}, {"RSA"}));
    reports.create(
        report(Date(2025, 4, 7), {Category::Delay, Category::NonAccess}, {"CAF", "CPAM"}, {"RSA"}));
    reports.create(report(Date(2025, 9, 12), {Category::Delay}, {"CAF"}, {"RSA"}));
    reports.create(report(Date(2025, 6, 1), {Category::NonAccess}, {"CAF"}, {"RSA"}));
    reports.create(report(Date(2025, 7, 1), {Category::Delay}, {"CAF"}, {"APL"}));
    for (int month : {3, 5, 8}) {
        reports.create(report(Date(2025, month, 10), {Category::Delay}, {"GUICHET_X"}, {"RSA"}));
    }
}

int rowOf(ui::ObservatoryPanel& panel, const std::string& institution, const std::string& right,
          Category category) {
    const auto& problems = panel.problems();
    for (std::size_t i = 0; i < problems.size(); ++i) {
        if (problems[i].institution == institution && problems[i].right == right &&
            problems[i].category == category) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

std::vector<ReportId> shownReports(ui::ReportsSection& reports) {
    std::vector<ReportId> ids;
    for (unsigned i = 0; i < reports.model().size(); ++i) {
        ids.push_back(reports.model().idAt(i));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

TEST_CASE("the observatory lists a recurring problem and opens its reports") {
    guitest::Sandbox box;
    fill(box.path("o.sqlite"));
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("o.sqlite")});
    REQUIRE(frame);
    auto* stats = frame->statistics();
    frame->showSection(stats);
    stats->showPeriod(Period::year(2025));
    pump(200);
    auto& panel = *stats->observatory();
    auto* list = panel.list();
    const int row = rowOf(panel, "CAF", "RSA", Category::Delay);
    REQUIRE(row >= 0);
    CHECK(panel.problems().size() == 2); // the CPAM, the APL and non-access: fewer than 3
    const auto cell = [&](unsigned column) {
        return ui::utf8(list->GetTextValue(static_cast<unsigned>(row), column));
    };
    CHECK(list->GetItemCount() == 2);
    CHECK(cell(0) == "CAF");
    CHECK(cell(1) == "RSA");
    CHECK(cell(3) == "3");
    CHECK(cell(4) == "1");
    CHECK(cell(5) == "\u2191");
    CHECK(cell(6) == "03/02/2025");
    CHECK(cell(7) == "12/09/2025");
    CHECK_FALSE(panel.openButton()->IsEnabled()); // nothing chosen yet

    // A double-click opens the problem's reports, and only them.
    std::vector<ReportId> expected = panel.problems()[static_cast<std::size_t>(row)].reports;
    std::sort(expected.begin(), expected.end());
    panel.select(static_cast<std::size_t>(row));
    wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, list, list->RowToItem(row));
    list->GetEventHandler()->ProcessEvent(activate);
    pump();
    CHECK(frame->currentSection() == frame->reports());
    CHECK(shownReports(*frame->reports()) == expected);
    CHECK(frame->reports()->filterChoice("year")->GetStringSelection() == "2025");

    // The button does the same.
    frame->showSection(stats);
    pump();
    CHECK(panel.openButton()->IsEnabled());
    guitest::press(panel, panel.openButton()->GetId());
    pump();
    CHECK(frame->currentSection() == frame->reports());
    CHECK(shownReports(*frame->reports()) == expected);

    // An institution the reports name but the settings no longer list: its code still
    // selects the reports (no choice of the Reports section can say it).
    frame->showSection(stats);
    const int unlisted = rowOf(panel, "GUICHET_X", "RSA", Category::Delay);
    REQUIRE(unlisted >= 0);
    expected = panel.problems()[static_cast<std::size_t>(unlisted)].reports;
    std::sort(expected.begin(), expected.end());
    panel.select(static_cast<std::size_t>(unlisted));
    panel.openSelected();
    pump();
    CHECK(shownReports(*frame->reports()) == expected);

    // A year with nothing recurring: an empty list, and the reason.
    stats->showPeriod(Period::year(2024));
    pump();
    CHECK(list->GetItemCount() == 0);
    CHECK_FALSE(panel.openButton()->IsEnabled());
    frame->Close(true);
    pump();
}
