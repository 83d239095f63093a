// Documents and exports never land on the open database or its files (the window's save
// dialogs and vigie-cli both go through these services).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "app/annual_report.h"
#include "app/output_guard.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

TEST_CASE("no document or export is written over the database, its journal or its copies") {
    test::TempDir dir;
    const fs::path db = dir.path() / "vigie.sqlite";
    auto store = storage::openSqliteStore(db);
    const auto before = fs::file_size(db);
    for (const fs::path& target :
         {db, fs::path(db.string() + "-wal"), fs::path(db.string() + "-journal"),
          fs::path(db.string() + ".lock"), dir.path() / "vigie.sqlite.backups" / "x.pdf",
          dir.path() / "." / "vigie.sqlite"}) {
        CHECK_THROWS_AS(app::writeExport(*store, target, "reference;description\r\n"),
                        app::OutputRefused);
        CHECK_THROWS_AS(app::writeAnnualReport(*store, Period::year(2025), target, false),
                        app::OutputRefused);
    }
    fs::create_symlink(db, dir.path() / "lien.pdf"); // a link to the database itself
    CHECK_THROWS_AS(app::writeAnnualReport(*store, Period::year(2025), dir.path() / "lien.pdf", false),
                    app::OutputRefused);
    CHECK(fs::file_size(db) == before);
    CHECK_NOTHROW(app::writeExport(*store, dir.path() / "fiches.csv", "x\r\n"));
}
