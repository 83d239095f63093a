#include "files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <random>

#include <fmt/format.h>

#include "i18n.h"
#include "errors.h"
#include "system.h"

namespace vigie::platform {

namespace fs = std::filesystem;
using Kind = StorageError::Kind;

std::ifstream openForReading(const fs::path& file) {
    std::error_code ec;
    if (fs::is_directory(file, ec)) {
        throw StorageError(
            Kind::CannotOpen,
            fmt::format(fmt::runtime(tr("{} is a folder, not a file.")), utf8(file)));
    }
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot read {}: {}")),
                                                         utf8(file), std::strerror(errno)));
    }
    return in;
}

std::string readWholeFile(const fs::path& file) {
    std::ifstream in = openForReading(file);
    std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) {
        throw StorageError(Kind::CannotOpen, fmt::format(fmt::runtime(tr("Cannot read {}: {}")),
                                                         utf8(file), std::strerror(errno)));
    }
    return bytes;
}

void writeFileAtomically(const fs::path& file, std::string_view bytes) {
    std::error_code ec;
    // Through a symbolic link, replace the file it points to, not the link.
    fs::path target = file;
    if (fs::is_symlink(file, ec)) {
        const fs::path resolved = fs::weakly_canonical(file, ec);
        if (!ec) {
            target = resolved;
        }
    }
    auto failWith = [&](const std::string& reason) {
        throw StorageError(
            Kind::Failed, fmt::format(fmt::runtime(tr("Cannot write {}: {}")), utf8(file), reason));
    };
    if (fs::is_directory(target, ec)) {
        failWith(tr("it is a folder"));
    }
    if (fs::exists(target, ec) && !fs::is_regular_file(target, ec)) {
        // A device or a pipe (/dev/stdout): written in place, it cannot be half-replaced.
        std::ofstream out(target, std::ios::binary);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            failWith(std::strerror(errno));
        }
        return;
    }
    std::random_device random;
    fs::path temporary = target;
    temporary += fmt::format(".{:08x}.tmp", random());
    auto fail = [&](const std::string& reason) {
        std::error_code ignored;
        fs::remove(temporary, ignored);
        failWith(reason);
    };
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out) {
            fail(std::strerror(errno));
        }
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.flush();
        if (!out) {
            fail(std::strerror(errno));
        }
    }
    fs::rename(temporary, target, ec);
    if (ec) {
        fail(ec.message());
    }
}

} // namespace vigie::platform
