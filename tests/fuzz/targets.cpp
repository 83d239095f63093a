#include "targets.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>

#include "app/actor.h"
#include "app/report_csv.h"
#include "app/statistics_service.h"
#include "domain/privacy.h"
#include "csv/csv.h"
#include "storage/store.h"

namespace vigie::fuzz {

namespace fs = std::filesystem;

namespace {

// A violated property: abort so that the fuzzer records the input.
void require(bool condition, const char* what) {
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

fs::path scratch(const char* name) {
    static const fs::path dir = [] {
        fs::path d = fs::temp_directory_path() / ("vigie-fuzz-" + std::to_string(getpid()));
        fs::create_directories(d);
        return d;
    }();
    return dir / name;
}

app::Actor fixedActor() {
    return app::Actor{"fuzz", [] { return std::string("2026-01-01T00:00:00Z"); }};
}

} // namespace

void csvInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const csv::Document doc = csv::parse(bytes);
    // Round trip of the writer: every non-blank record comes back cell for cell.
    csv::Writer writer;
    for (const auto& record : doc.records) {
        writer.row(record.cells);
    }
    const csv::Document again = csv::parse(writer.bytes());
    if (doc.errors.empty()) {
        require(again.errors.empty(), "the writer's output does not parse");
        // The first written record becomes the header of the second reading.
        if (!doc.records.empty()) {
            require(again.records.size() + 1 == doc.records.size(), "record count changed");
        }
    }
    // The whole import check against a real database, without writing.
    static std::unique_ptr<storage::Store> store = storage::openSqliteStore(scratch("csv.sqlite"));
    app::ImportOptions options;
    options.dryRun = true;
    const auto summary = app::importReports(*store, fixedActor(), bytes, options);
    require(!summary.written, "a dry run wrote");
    for (const auto& p : summary.problems) {
        require(p.line >= 1, "a problem without a line");
    }
}

void privacyInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::size_t previous = 0;
    for (const auto& f : findPersonalData(text)) {
        require(f.length > 0 && f.offset + f.length <= size, "finding outside the text");
        require(f.offset >= previous, "findings out of order");
        previous = f.offset;
    }
}

void databaseInput(const std::uint8_t* data, std::size_t size) {
    const fs::path file = scratch("db.sqlite");
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ec;
        fs::remove(fs::path(file.string() + suffix), ec);
    }
    {
        std::ofstream out(file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    try {
        storage::OpenOptions options;
        options.createIfMissing = false;
        auto store = storage::openSqliteStore(file, options);
        ReportFilter all;
        all.includeWithdrawn = true;
        store->reports().count(all);
        app::exportReports(*store, all);
        app::statisticsJson(app::yearStatistics(*store, 2015));
        store->reference().institutions();
        auto work = store->begin();
        work->commit();
    } catch (const StorageError&) {
        // Refused or failed with a message: what must happen to a bad file.
    }
}

} // namespace vigie::fuzz
