// Benchmark of the reports window on 100,000 reports (targets from the desktop issue):
// first page shown < 300 ms after the database is open; scrolling, sorting, filtering
// < 100 ms; a search < 50 ms. Needs a display: run under xvfb-run.
//   xvfb-run -a build/tests/bench/vigie_bench_window [REPORTS]
#include <cstdio>
#include <filesystem>
#include <string>

#include <wx/app.h>
#include <wx/choice.h>
#include <wx/init.h>

#include "app/demo.h"
#include "bench.h"
#include "storage/store.h"
#include "ui/main_frame.h"
#include "ui/reports_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
namespace fs = std::filesystem;

namespace {

class BenchApp : public ui::VigieApp {
public:
    bool OnInit() override { return initialiseToolkit(); }
};

void pump() {
    for (int i = 0; i < 20; ++i) {
        wxTheApp->Yield(true);
    }
}

// What the view asks when it draws a screenful: every cell of ~30 rows.
void drawRows(ui::ReportsSection& s, unsigned first) {
    wxVariant v;
    const unsigned last = std::min<unsigned>(first + 30, static_cast<unsigned>(s.model().size()));
    for (unsigned row = first; row < last; ++row) {
        for (unsigned col = 0; col < ui::ReportListModel::ColumnCount; ++col) {
            s.model().GetValueByRow(v, row, col);
        }
    }
}

// What the list reads, written by hand for the sqlite3 shell: every id of the view in
// its order with what the status bar counts, then one screenful of rows.
const std::string kIdsOf = "SELECT r.id, r.ref_year, r.ref_seq, coalesce(r.source_id, 0), "
                           "r.status, r.categories FROM reports r ";
const std::string kScreenful = R"sql(
SELECT r.id, r.ref_year, r.ref_seq, r.received_on, coalesce(s.name, ''), r.author,
       r.description, r.proposals, r.categories, r.non_take_up, r.status, r.closed_on,
       (SELECT group_concat(x.code, char(31)) FROM report_rights l JOIN rights x
        ON x.id = l.right_id WHERE l.report_id = r.id),
       (SELECT group_concat(x.code, char(31)) FROM report_institutions l JOIN institutions x
        ON x.id = l.institution_id WHERE l.report_id = r.id)
FROM reports r LEFT JOIN source_groups s ON s.id = r.source_id
WHERE r.status <> 'annulee' ORDER BY r.received_on DESC LIMIT 30;)sql";
const std::string kNotWithdrawn = "WHERE r.status <> 'annulee' ";

} // namespace

int main(int argc, char** argv) {
    const int count = argc > 1 ? std::atoi(argv[1]) : 100000;
    wxApp::SetInstance(new BenchApp);
    int wxArgc = 1;
    char* wxArgv[] = {argv[0], nullptr};
    if (!wxEntryStart(wxArgc, wxArgv) || !wxTheApp->CallOnInit()) {
        std::fputs("needs a display: run under xvfb-run\n", stderr);
        return 2;
    }
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-window";
    fs::create_directories(dir);
    const fs::path db = dir / ("reports-" + std::to_string(count) + ".sqlite");
    if (!fs::exists(db)) {
        auto store = storage::openSqliteStore(db);
        app::DemoOptions demo;
        demo.reports = count;
        demo.seed = 5;
        app::fillWithDemoData(*store, app::Actor::current(), demo);
    }
    std::printf("Reports window benchmark, %d reports\n", count);

    std::unique_ptr<app::Workspace> workspace;
    bench::report(
        "opening the database", [&] { workspace = app::Workspace::open(db); }, 1);
    ui::MainFrame* frame = nullptr;
    bench::report(
        "window built, list filled, first page read (after opening)",
        [&] {
            frame = new ui::MainFrame(std::move(workspace));
            frame->Show();
            drawRows(*frame->reports(), 0);
        },
        1, 300);
    pump();
    auto& s = *frame->reports();
    // The database part of it, which the raw query measures: the list read again (F5).
    const double reread = bench::report(
        "list read again, first page (F5)",
        [&] {
            s.refresh();
            drawRows(s, 0);
        },
        5, 100);
    bench::ratio("the list's ids and a screenful", reread,
                 bench::shellMs(db.string(), kIdsOf + kNotWithdrawn +
                                                 "ORDER BY r.received_on, r.ref_year, r.ref_seq;" +
                                                 kScreenful));
    unsigned row = 0;
    bench::report(
        "scrolling: a screenful further down (new page)",
        [&] {
            row += 4000;
            drawRows(s, row % static_cast<unsigned>(s.model().size()));
        },
        9, 100);
    const double byReference = bench::report(
        "sorting by reference (header click)",
        [&] {
            s.list()->GetColumn(0)->SetSortOrder(true);
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(0));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    bench::ratio("ids by reference", byReference,
                 bench::shellMs(db.string(), kIdsOf + kNotWithdrawn +
                                                 "ORDER BY r.ref_year, r.ref_seq;" + kScreenful));
    const double bySource = bench::report(
        "sorting by source",
        [&] {
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(2));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    bench::ratio("ids by source", bySource,
                 bench::shellMs(db.string(),
                                kIdsOf + "LEFT JOIN source_groups g ON g.id = r.source_id " +
                                    kNotWithdrawn + "ORDER BY g.name_key, r.received_on;" +
                                    kScreenful));
    const double byRights = bench::report(
        "sorting by rights",
        [&] {
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(4));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    bench::ratio("ids by first right", byRights,
                 bench::shellMs(db.string(),
                                kIdsOf +
                                    "LEFT JOIN report_rights l ON l.report_id = r.id AND "
                                    "l.position = 1 LEFT JOIN rights x ON x.id = l.right_id " +
                                    kNotWithdrawn +
                                    "ORDER BY x.code_key IS NULL, x.code_key, r.received_on;" +
                                    kScreenful));
    int category = 0;
    const double byCategory = bench::report(
        "filtering by category",
        [&] {
            s.filterChoice("category")->SetSelection(1 + (category++ % 3));
            s.applyFilters();
            drawRows(s, 0);
        },
        6, 100);
    bench::ratio("ids of a category", byCategory,
                 bench::shellMs(db.string(), kIdsOf + kNotWithdrawn +
                                                 "AND (r.categories & 2) <> 0 ORDER BY "
                                                 "r.received_on, r.ref_year, r.ref_seq;" +
                                                 kScreenful));
    s.filterChoice("category")->SetSelection(0);
    const double byRight = bench::report(
        "filtering by right (RSA) and year",
        [&] {
            s.filterChoice("right")->SetStringSelection("RSA");
            s.filterChoice("year")->SetSelection(1);
            s.applyFilters();
            drawRows(s, 0);
        },
        5, 100);
    const int year = std::stoi(s.filterChoice("year")->GetStringSelection().ToStdString());
    bench::ratio("ids of a right and a year", byRight,
                 bench::shellMs(db.string(),
                                kIdsOf + kNotWithdrawn +
                                    "AND r.received_on BETWEEN '" + std::to_string(year) +
                                    "-01-01' AND '" + std::to_string(year) +
                                    "-12-31' AND EXISTS (SELECT 1 FROM report_rights l JOIN "
                                    "rights x ON x.id = l.right_id WHERE l.report_id = r.id AND "
                                    "x.code_key = 'RSA') ORDER BY r.received_on;" +
                                    kScreenful));
    s.filterChoice("right")->SetSelection(0);
    s.filterChoice("year")->SetSelection(0);
    s.applyFilters();
    const char* words[] = {"precarite", "retraite liquidation", "energie", "surendettement",
                           "titre sejour"};
    int w = 0;
    const double searching = bench::report(
        "search as you type (words, accents ignored)",
        [&] {
            s.search()->ChangeValue(words[w++ % 5]);
            s.applyFilters();
            drawRows(s, 0);
        },
        9, 50);
    bench::ratio("ids of a full-text search", searching,
                 bench::shellMs(db.string(),
                                kIdsOf + kNotWithdrawn +
                                    "AND r.id IN (SELECT rowid FROM report_fts WHERE report_fts "
                                    "MATCH '\"retraite\"* \"liquidation\"*') ORDER BY "
                                    "r.received_on;" +
                                    kScreenful));
    frame->Destroy();
    pump();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return 0;
}
