#include "backups.h"

#include <algorithm>
#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "database_copy.h"
#include "output_guard.h"
#include "platform/i18n.h"
#include "platform/system.h"
#include "storage/store.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

std::string localTime(fs::file_time_type t) {
    // GCC 12 has no clock_cast: shift by the two clocks' difference now.
    const auto system = std::chrono::time_point_cast<std::chrono::system_clock::duration>(
        t - fs::file_time_type::clock::now() + std::chrono::system_clock::now());
    const std::tm tm = platform::localCalendarTime(std::chrono::system_clock::to_time_t(system));
    return fmt::format("{:02}/{:02}/{:04} {:02}:{:02}", tm.tm_mday, tm.tm_mon + 1,
                       tm.tm_year + 1900, tm.tm_hour, tm.tm_min);
}

} // namespace

void backupTo(Workspace& workspace, const fs::path& target) {
    std::error_code ec;
    // symlink_status: a link, even a dangling one, is a file the user did not ask to lose.
    if (fs::exists(fs::symlink_status(target, ec))) {
        if (fs::equivalent(target, workspace.info().location, ec)) {
            throw OutputRefused(tr("The backup cannot be written over the database itself."));
        }
        throw OutputRefused(fmt::format(
            fmt::runtime(tr("{} already exists: a backup never replaces a file. Choose "
                            "another name, or move that file away first.")),
            platform::utf8(target)));
    }
    if (workspace.info().shared) {
        // The server's own copies are its administrator's; the site's data as a file of
        // Vigie's format is what a site takes home.
        backupSiteToFile(workspace, target);
        return;
    }
    workspace.store().backupTo(target, storage::DamagedCopy::Refuse);
}

namespace {

fs::path datedCopy(Workspace& workspace, const std::string& why, storage::DamagedCopy ifDamaged) {
    const fs::path db = workspace.info().location;
    const fs::path folder = storage::backupDirectoryFor(db);
    const std::string stem =
        fmt::format("{}_{}_{}", db.stem().string(), platform::fileTimestamp(), why);
    fs::path target = folder / (stem + ".sqlite");
    std::error_code ec;
    for (int n = 2; fs::exists(target, ec); ++n) { // twice in the same second
        target = folder / fmt::format("{}-{}.sqlite", stem, n);
    }
    workspace.store().backupTo(target, ifDamaged);
    return target;
}

} // namespace

fs::path backupNow(Workspace& workspace, const std::string& why) {
    return datedCopy(workspace, why, storage::DamagedCopy::Refuse);
}

std::optional<DailyBackupPlan> planDailyBackup(Workspace& workspace, std::size_t keep) {
    constexpr std::string_view kSuffix = "_automatique.sqlite";
    // A server's copies are its administrator's (pg_dump): nothing is copied beside it.
    if (workspace.info().readOnly || workspace.info().shared) {
        return std::nullopt;
    }
    ReportFilter all;
    all.includeWithdrawn = true;
    if (workspace.store().reports().count(all) == 0) {
        return std::nullopt; // nothing worth a copy yet
    }
    const fs::path db = workspace.info().location;
    const std::string prefix = db.stem().string() + "_";
    const std::string stamp = platform::fileTimestamp();
    const std::string today = prefix + stamp.substr(0, 10); // YYYY-MM-DD
    std::vector<fs::path> automatic;
    std::error_code ec;
    const fs::path folder = storage::backupDirectoryFor(db);
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() > kSuffix.size() && name.rfind(prefix, 0) == 0 &&
            name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0) {
            if (name.rfind(today, 0) == 0) {
                return std::nullopt; // done today
            }
            automatic.push_back(entry.path());
        }
    }
    DailyBackupPlan plan{db, folder / fmt::format("{}{}_automatique.sqlite", prefix, stamp), {}};
    automatic.push_back(plan.target);
    // The names sort by date: the oldest go first.
    std::sort(automatic.begin(), automatic.end());
    if (automatic.size() > keep) {
        plan.toRemove.assign(automatic.begin(),
                             automatic.begin() + static_cast<long>(automatic.size() - keep));
    }
    return plan;
}

void makeDailyBackup(const DailyBackupPlan& plan) {
    storage::copyDatabaseFile(plan.database, plan.target);
    std::error_code ec;
    for (const auto& old : plan.toRemove) {
        fs::remove(old, ec); // only once the new copy is whole
    }
}

std::optional<fs::path> dailyBackup(Workspace& workspace, std::size_t keep) {
    auto plan = planDailyBackup(workspace, keep);
    if (!plan) {
        return std::nullopt;
    }
    makeDailyBackup(*plan);
    return plan->target;
}

std::vector<BackupFile> listBackups(const fs::path& database) {
    std::vector<std::pair<fs::file_time_type, BackupFile>> found;
    std::error_code ec;
    const fs::path dir = storage::backupDirectoryFor(database);
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        if (!entry.is_regular_file(ec) || entry.path().extension() != ".sqlite") {
            continue;
        }
        const auto when = entry.last_write_time(ec);
        found.push_back({when, {entry.path(), localTime(when), entry.file_size(ec)}});
    }
    std::sort(found.begin(), found.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<BackupFile> out;
    for (auto& [when, file] : found) {
        out.push_back(std::move(file));
    }
    return out;
}

fs::path restoreBackup(Workspace& workspace, const fs::path& backup) {
    // First the copy of what is there now: a restore can be undone by restoring it.
    // Kept even when damaged: it is all that is left of what the restore replaces.
    const fs::path before = datedCopy(workspace, "avant-restauration", storage::DamagedCopy::Keep);
    workspace.store().restoreFrom(backup);
    return before;
}

} // namespace vigie::app
