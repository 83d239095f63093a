// Benchmark of the reports window on 100,000 reports (targets from the desktop issue):
// first page shown < 300 ms after the database is open; scrolling, sorting, filtering
// < 100 ms; a search < 50 ms. Needs a display: run under xvfb-run.
//   xvfb-run -a build/tests/bench/vigie_bench_window [REPORTS]
#include <cstdio>
#include <filesystem>

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
    unsigned row = 0;
    bench::report(
        "scrolling: a screenful further down (new page)",
        [&] {
            row += 4000;
            drawRows(s, row % static_cast<unsigned>(s.model().size()));
        },
        9, 100);
    bench::report(
        "sorting by reference (header click)",
        [&] {
            s.list()->GetColumn(0)->SetSortOrder(true);
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(0));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    bench::report(
        "sorting by source",
        [&] {
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(2));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    bench::report(
        "sorting by rights",
        [&] {
            wxDataViewEvent e(wxEVT_DATAVIEW_COLUMN_SORTED, s.list(), s.list()->GetColumn(4));
            s.list()->GetEventHandler()->ProcessEvent(e);
            drawRows(s, 0);
        },
        5, 100);
    int category = 0;
    bench::report(
        "filtering by category",
        [&] {
            s.filterChoice("category")->SetSelection(1 + (category++ % 3));
            s.applyFilters();
            drawRows(s, 0);
        },
        6, 100);
    s.filterChoice("category")->SetSelection(0);
    bench::report(
        "filtering by right (RSA) and year",
        [&] {
            s.filterChoice("right")->SetStringSelection("RSA");
            s.filterChoice("year")->SetSelection(1);
            s.applyFilters();
            drawRows(s, 0);
        },
        5, 100);
    s.filterChoice("right")->SetSelection(0);
    s.filterChoice("year")->SetSelection(0);
    s.applyFilters();
    const char* words[] = {"precarite", "retraite liquidation", "energie", "surendettement",
                           "titre sejour"};
    int w = 0;
    bench::report(
        "search as you type (words, accents ignored)",
        [&] {
            s.search()->ChangeValue(words[w++ % 5]);
            s.applyFilters();
            drawRows(s, 0);
        },
        9, 50);
    frame->Destroy();
    pump();
    wxTheApp->OnExit();
    wxEntryCleanup();
    return 0;
}
