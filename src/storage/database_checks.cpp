#include "database_checks.h"

#include <algorithm>
#include <array>
#include <fstream>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "platform/errors.h"
#include "platform/i18n.h"
#include "platform/system.h"

namespace vigie::storage {

namespace fs = std::filesystem;
using Kind = StorageError::Kind;

namespace {

std::uint32_t bigEndian32(const unsigned char* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) |
           std::uint32_t(p[3]);
}

std::string display(const fs::path& file) {
    return platform::utf8(file);
}

} // namespace

FileHeader readHeader(const fs::path& file) {
    std::array<unsigned char, 100> bytes{};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(bytes.data()), bytes.size());
    FileHeader header;
    if (in.gcount() != static_cast<std::streamsize>(bytes.size())) {
        return header;
    }
    static constexpr char kMagic[] = "SQLite format 3"; // followed by a NUL
    header.sqlite = std::equal(std::begin(kMagic), std::end(kMagic), bytes.begin());
    header.userVersion = static_cast<int>(bigEndian32(&bytes[60]));
    header.applicationId = static_cast<int>(bigEndian32(&bytes[68]));
    return header;
}

bool hasPendingWal(const fs::path& file) {
    fs::path wal = file;
    wal += "-wal";
    std::error_code ec;
    const auto size = fs::file_size(wal, ec);
    return !ec && size > 0;
}

void refuseNotSqlite(const fs::path& file) {
    throw StorageError(Kind::NotSqlite,
                       fmt::format(fmt::runtime(tr("{} is not a Vigie database (it is not an "
                                                   "SQLite file). It was left untouched.")),
                                   display(file)));
}

void refuseTooNew(const fs::path& file, int version, int known) {
    throw StorageError(
        Kind::TooNew,
        fmt::format(fmt::runtime(tr("{} was written by a newer version of Vigie (database "
                                    "version {}; this program knows up to {}). Install the "
                                    "newer Vigie to open it; the file was left untouched.")),
                    display(file), version, known));
}

void refuseNotVigie(const fs::path& file) {
    throw StorageError(Kind::NotVigie,
                       fmt::format(fmt::runtime(tr("{} is a database of another program, not a "
                                                   "Vigie file. It was left untouched.")),
                                   display(file)));
}

void refuseCorrupted(const fs::path& file, const std::string& detail) {
    throw StorageError(
        Kind::Corrupted,
        fmt::format(fmt::runtime(tr("{} is damaged ({}). Vigie will not write to it. Restore a "
                                    "backup copy, or ask for help to recover it.")),
                    display(file), detail));
}

std::string integrityProblem(SQLite::Database& db, IntegrityCheck depth) {
    SQLite::Statement check(db, depth == IntegrityCheck::Quick ? "PRAGMA quick_check(1)"
                                                               : "PRAGMA integrity_check(1)");
    if (check.executeStep()) {
        std::string result = check.getColumn(0).getString();
        return result == "ok" ? std::string() : result;
    }
    return "integrity_check returned nothing";
}

} // namespace vigie::storage
