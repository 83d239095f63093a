// Copies of the database made on request ("Back up now") or automatically (before an
// upgrade, before a restore), kept in "<database>.backups/" next to it; and restoring
// one of them.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "workspace.h"

namespace vigie::app {

struct BackupFile {
    std::filesystem::path path;
    std::string modified; // "22/11/2026 14:03", local time
    std::uintmax_t bytes = 0;
};

// Writes a dated copy of the database; returns its path.
std::filesystem::path backupNow(Workspace& workspace, const std::string& why = "copie");

// The copies of a database, newest first.
std::vector<BackupFile> listBackups(const std::filesystem::path& database);

// Puts the content of `backup` in the database, after a copy of the current content is
// made; returns that copy's path. The workspace must be opened again afterwards (the
// copy may be of an older version of Vigie, upgraded when opened).
std::filesystem::path restoreBackup(Workspace& workspace, const std::filesystem::path& backup);

} // namespace vigie::app
