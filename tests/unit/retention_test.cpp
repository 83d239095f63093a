// The retention purge (FORMATS.md, "Retention (CNIL)"): which reports it erases (each
// status, withdrawn ones, the boundary day), that every figure stays the same, and that no
// erased byte is left in the file, its journal or Vigie's automatic copies.
#include <doctest/doctest.h>

#include "app/backups.h"
#include "app/report_service.h"
#include "app/retention.h"
#include "app/statistics_service.h"
#include "app/workspace.h"
#include "domain/retention.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

DifficultyReport closedReport(const std::string& text, ReportStatus status, Date received,
                              std::optional<Date> closed) {
    DifficultyReport r;
    r.receivedOn = received;
    r.description = text;
    r.author = "Équipe mobile Nord";
    r.proposals = text + " : proposition";
    r.categories = {Category::Delay};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    r.status = status;
    r.closedOn = closed;
    return r;
}

bool fileHolds(const fs::path& file, const std::string& word) {
    return test::readFile(file).find(word) != std::string::npos;
}

} // namespace

TEST_CASE("what a purge erases: closed before the day by their closing, withdrawn by receipt") {
    const Date day(2025, 1, 1);
    auto r = closedReport("texte", ReportStatus::Resolved, Date(2024, 3, 1), Date(2024, 12, 31));
    CHECK(dueForErasure(r, day));
    r.closedOn = day; // closed on the day itself: kept
    CHECK_FALSE(dueForErasure(r, day));
    for (auto status : {ReportStatus::Unresolved, ReportStatus::ReferredNational}) {
        r.status = status;
        r.closedOn = Date(2024, 6, 1);
        CHECK(dueForErasure(r, day));
    }
    r.status = ReportStatus::FollowUpOpen; // still being dealt with
    CHECK_FALSE(dueForErasure(r, day));
    r.status = ReportStatus::Withdrawn;
    r.closedOn.reset();
    CHECK(dueForErasure(r, day)); // by the day it was received
    r.receivedOn = day;
    CHECK_FALSE(dueForErasure(r, day));
    auto gone = erased(closedReport("texte", ReportStatus::Resolved, Date(2024, 3, 1),
                                    Date(2024, 4, 1)),
                       Date(2026, 12, 3));
    CHECK(gone.description == "Effacé le 03/12/2026");
    CHECK(gone.author == "Effacé le 03/12/2026");
    CHECK(isErased(gone));
    CHECK_FALSE(dueForErasure(gone, day)); // erased once
}

TEST_CASE("a purge leaves every figure as it was and no erased byte in the file or its copies") {
    test::TempDir dir;
    const fs::path file = dir / "veille.sqlite";
    auto workspace = app::Workspace::open(file);
    auto& store = workspace->store();
    app::ReportService reports(store, workspace->actor());
    auto old = reports.create(closedReport("Zorglub attend son RSA depuis Quetzalcoatl",
                                           ReportStatus::Resolved, Date(2023, 2, 1),
                                           Date(2023, 9, 1)),
                              app::PersonalData::SaveAnyway);
    old.description += " Brontosaure"; // an update: the history holds the text twice
    old = reports.update(old, app::PersonalData::SaveAnyway);
    reports.create(closedReport("Ptérodactyle retiré", ReportStatus::Withdrawn,
                                Date(2023, 5, 2), std::nullopt),
                   app::PersonalData::SaveAnyway);
    reports.create(closedReport("Bidulon toujours en cours", ReportStatus::FollowUpOpen,
                                Date(2023, 6, 3), std::nullopt),
                   app::PersonalData::SaveAnyway);
    std::map<int, std::string> figures;
    for (int year : {2022, 2023, 2024}) {
        figures[year] = app::statisticsJson(app::yearStatistics(store, year));
    }
    REQUIRE(app::dailyBackup(*workspace));               // an automatic copy, holding the texts
    const fs::path byHand = app::backupNow(*workspace); // a copy the user made

    CHECK(app::purgePreview(store, Date(2024, 1, 1)).size() == 2);
    const auto result = app::purge(*workspace, Date(2024, 1, 1), Date(2026, 12, 3));
    CHECK(result.erased == 2);
    CHECK(result.undone.empty());
    CHECK(result.otherCopies == std::vector<fs::path>{byHand});
    CHECK(result.copiesRemoved.size() == 1);
    REQUIRE(result.freshCopy);
    for (int year : {2022, 2023, 2024}) {
        CHECK(app::statisticsJson(app::yearStatistics(store, year)) == figures[year]);
    }
    const auto kept = store.reports().find(old.id);
    CHECK(kept->description == "Effacé le 03/12/2026");
    CHECK(kept->status == ReportStatus::Resolved);
    CHECK(kept->rights == std::vector<std::string>{"RSA"});
    ReportFilter search;
    search.search = "quetzalcoatl";
    CHECK(store.reports().count(search) == 0);
    CHECK(app::purgePreview(store, Date(2024, 1, 1)).empty()); // twice changes nothing

    workspace.reset(); // the file as it rests on the disk
    for (const auto& entry : fs::recursive_directory_iterator(dir.path())) {
        if (!entry.is_regular_file() || entry.path() == byHand) {
            continue;
        }
        INFO(entry.path().string());
        for (const char* word : {"Zorglub", "Quetzalcoatl", "Brontosaure", "Ptérodactyle"}) {
            CHECK_FALSE(fileHolds(entry.path(), word));
        }
    }
    CHECK(fileHolds(file, "Bidulon")); // what is still being dealt with stays
    CHECK(fileHolds(byHand, "Zorglub")); // named to the user, not touched
}
