// A database on a medium Vigie cannot write to (a read-only share, a locked file) opens
// read-only with the banner, and nothing is offered that would write. Permissions mean
// nothing to root, so tests/e2e/read_only_test.sh runs this case as an unprivileged user;
// the normal GUI run skips it.
#include <doctest/doctest.h>

#include <filesystem>

#include <unistd.h>

#include <wx/infobar.h>
#include <wx/menu.h>

#include "app/report_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/reports_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::pump;
namespace fs = std::filesystem;

TEST_CASE("a database that cannot be written opens read-only, with a banner" * doctest::skip()) {
    REQUIRE_MESSAGE(geteuid() != 0,
                    "run by tests/e2e/read_only_test.sh as an unprivileged user: root writes anyway");
    guitest::Sandbox box;
    const fs::path folder = box.path("partage");
    fs::create_directories(folder);
    const fs::path db = folder / "vigie.sqlite";
    {
        auto store = storage::openSqliteStore(db);
        DifficultyReport r;
        r.receivedOn = Date(2025, 4, 1);
        r.description = "Lisible sur un partage en lecture seule";
        r.categories = {Category::Delay};
        app::ReportService(*store, app::Actor::current()).create(r);
    }
    const auto before = fs::file_size(db);
    fs::permissions(db, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
    struct Restore { // so that the sandbox can be removed whatever happens
        fs::path folder, db;
        ~Restore() {
            std::error_code ec;
            fs::permissions(folder, fs::perms::owner_all, fs::perm_options::add, ec);
            fs::permissions(db, fs::perms::owner_write, fs::perm_options::add, ec);
        }
    } restore{folder, db};

    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    pump();
    CHECK(frame->workspace().info().readOnly);
    CHECK(frame->banner()->IsShown());
    CHECK(frame->reports()->model().size() == 1);
    wxMenuItem* newItem = nullptr;
    for (wxMenuItem* i : frame->GetMenuBar()->GetMenu(1)->GetMenuItems()) {
        std::unique_ptr<wxAcceleratorEntry> entry(i->GetAccel());
        if (entry && entry->ToRawString() == "Ctrl+N") {
            newItem = i;
        }
    }
    REQUIRE(newItem);
    CHECK_FALSE(newItem->IsEnabled());
    frame->Close(true);
    pump();
    CHECK(fs::file_size(db) == before);
    CHECK_FALSE(fs::exists(folder / "vigie.sqlite-wal"));
}
