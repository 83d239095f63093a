// Copies of the database made on request ("Back up now") or automatically (once a day,
// before an upgrade, before a restore), kept in "<database>.backups/" next to it; and
// restoring one of them.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "workspace.h"

namespace vigie::app {

struct BackupFile {
    std::filesystem::path path;
    std::string modified; // "22/11/2026 14:03", local time
    std::uintmax_t bytes = 0;
};

// A copy of the database at `target`, taken while it is in use. A backup never replaces
// a file (nor the database itself): OutputRefused, in words for the user.
void backupTo(Workspace& workspace, const std::filesystem::path& target);

// Writes a dated copy of the database; returns its path.
std::filesystem::path backupNow(Workspace& workspace, const std::string& why = "copie");

// Once a day, when a database holding reports is opened for writing: a copy of it as it
// was before the day's work ("<name>_<date>_<time>_automatique.sqlite"). Only the newest
// `keep` of these are kept; copies made by hand, before an upgrade or before a restore
// are never removed. Returns the copy made, if one was.
inline constexpr std::size_t kDailyCopiesKept = 14;
std::optional<std::filesystem::path> dailyBackup(Workspace& workspace,
                                                 std::size_t keep = kDailyCopiesKept);

// The same in two steps, so that the window copies a large database without waiting for
// it: the plan is made with the workspace; the copy needs only the plan (any thread).
struct DailyBackupPlan {
    std::filesystem::path database, target;
    std::vector<std::filesystem::path> toRemove; // the oldest automatic copies beyond `keep`
};
std::optional<DailyBackupPlan> planDailyBackup(Workspace& workspace,
                                               std::size_t keep = kDailyCopiesKept);
void makeDailyBackup(const DailyBackupPlan& plan);

// The copies of a database, newest first.
std::vector<BackupFile> listBackups(const std::filesystem::path& database);

// Puts the content of `backup` in the database, after a copy of the current content is
// made; returns that copy's path. The workspace must be opened again afterwards (the
// copy may be of an older version of Vigie, upgraded when opened).
std::filesystem::path restoreBackup(Workspace& workspace, const std::filesystem::path& backup);

} // namespace vigie::app
