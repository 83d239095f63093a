// Benchmark of the PDF documents: the minutes of a meeting that examined 100 reports
// (target < 200 ms), built from the database and written to a file.
//   build/tests/bench/vigie_bench_documents
#include <cstdio>
#include <filesystem>

#include "app/demo.h"
#include "app/documents.h"
#include "app/meeting_service.h"
#include "bench.h"
#include "storage/store.h"

using namespace vigie;
namespace fs = std::filesystem;

int main() {
    const fs::path dir = fs::temp_directory_path() / "vigie-bench-documents";
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto store = storage::openSqliteStore(dir / "db.sqlite");
    const app::Actor actor = app::Actor::current();
    app::DemoOptions demo;
    demo.reports = 400;
    app::fillWithDemoData(*store, actor, demo);

    // A meeting that examined 100 reports, each with a decision and minutes text.
    Meeting m;
    m.date = Date(2099, 1, 12);
    m.time = "14:00";
    m.place = "CCAS";
    m.presentBodies = {"CAF", "CD", "CPAM"};
    ReportFilter all;
    const auto ids = store->reports().ids(all, ReportOrder::ReceivedOn, true);
    for (std::size_t i = 0; i < 100 && i < ids.size(); ++i) {
        m.agenda.push_back({0, AgendaKind::NewReport, ids[i], std::nullopt, "",
                            "Échange entre les partenaires ; la situation est confirmée par "
                            "plusieurs membres du groupe et une suite est décidée."});
    }
    app::MeetingService service(*store, actor);
    m = service.save(m);
    for (const auto& item : m.agenda) {
        Decision d;
        d.meeting = m.id;
        d.report = *item.report;
        d.kind = DecisionKind::CollectiveAlert;
        d.text = "Rappeler la réglementation aux travailleurs sociaux";
        d.institutions = {"CAF"};
        service.save(d);
    }
    std::printf("Documents benchmark\n");
    int pages = 0;
    bench::report("minutes of a meeting with 100 reports (data + PDF file)", [&] {
        app::writeMinutes(*store, m.id, dir / "minutes.pdf");
    }, 7, 200);
    (void)pages;
    std::printf("%-58s %10.0f KB\n", "minutes file size",
                static_cast<double>(fs::file_size(dir / "minutes.pdf")) / 1024.0);
    bench::report("invitation with the agenda", [&] {
        app::writeInvitation(*store, m.id, dir / "invitation.pdf");
    }, 7);
    store.reset();
    fs::remove_all(dir);
    return 0;
}
