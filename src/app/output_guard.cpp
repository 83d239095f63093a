#include "output_guard.h"

#include <fmt/format.h>

#include "platform/i18n.h"
#include "platform/files.h"
#include "platform/system.h"
#include "storage/store.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

// The path with its links and ".." resolved as far as it exists.
fs::path resolved(const fs::path& p) {
    std::error_code ec;
    fs::path r = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? p : r;
}

bool startsWith(const fs::path& path, const fs::path& folder) {
    auto p = path.begin();
    for (auto f = folder.begin(); f != folder.end(); ++f, ++p) {
        if (p == path.end() || *p != *f) {
            return false;
        }
    }
    return true;
}

} // namespace

void checkOutputTarget(const storage::Store& store, const fs::path& target) {
    // Only an ordinary file is replaced (through a link, the file it points to): never a
    // folder, a device or a pipe.
    std::error_code ec;
    const auto status = fs::status(target, ec);
    if (!ec && fs::exists(status) && !fs::is_regular_file(status)) {
        throw OutputRefused(fmt::format(
            fmt::runtime(fs::is_directory(status)
                             ? tr("{} is a folder: give the document a file name in it.")
                             : tr("{} is not an ordinary file (a device, a pipe): it is never "
                                  "replaced. Choose another name.")),
            platform::utf8(target)));
    }
    const fs::path database = resolved(store.info().path);
    const fs::path out = resolved(target);
    bool clash = fs::exists(target, ec) && fs::equivalent(target, store.info().path, ec);
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        fs::path companion = database;
        companion += suffix;
        clash = clash || out == companion;
    }
    clash = clash || startsWith(out, resolved(storage::backupDirectoryFor(database)));
    if (clash) {
        throw OutputRefused(fmt::format(
            fmt::runtime(tr("{} is the database or one of its files: a document or an export "
                            "never replaces it. Choose another name.")),
            platform::utf8(target)));
    }
}

void writeExport(const storage::Store& store, const fs::path& target, const std::string& bytes) {
    checkOutputTarget(store, target);
    platform::writeFileAtomically(target, bytes);
}

} // namespace vigie::app
