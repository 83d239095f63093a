// The retention purge (FORMATS.md, "Retention (CNIL)"): the reports closed before a day
// lose their free text and author, in the reports, their decisions and their history;
// codes, dates and statuses stay, so every figure is unchanged. Then nothing erased stays
// readable: the storage is scrubbed and Vigie's automatic copies, which still hold the
// texts, are removed (a fresh one taken); the copies made by hand are named.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actor.h"
#include "domain/report.h"
#include "store_ref.h"
#include "workspace.h"

namespace vigie::app {

struct PurgeItem {
    ReportId id = 0;
    std::string reference;
    Date receivedOn;
    ReportStatus status = ReportStatus::Received;
    std::optional<Date> closedOn;
};

// The reports a purge of what closed before `day` would erase, by date received then
// reference (those already erased left out).
std::vector<PurgeItem> purgePreview(storage::Store& store, const Date& day);

// What an erasure left readable, once the storage is scrubbed and the copies handled.
struct ScrubResult {
    std::vector<std::filesystem::path> copiesRemoved; // Vigie's automatic copies
    std::optional<std::filesystem::path> freshCopy;   // taken after the erasure
    std::vector<std::filesystem::path> otherCopies;   // made by hand: the user's to handle
    std::vector<std::string> undone; // what could not be made unreadable, in French
};

struct PurgeResult : ScrubResult {
    long long erased = 0;
};

// Erases in one unit of work (each report's history records the erasure, without the
// text), then scrubs the storage and, for a database file, its automatic copies.
PurgeResult purge(Workspace& workspace, const Date& day, const Date& today = Date::today());

// After any erasure, committed: the storage scrubbed, then for a database file Vigie's
// automatic copies, which still hold what was erased, replaced by a fresh one named
// after `copyLabel` (a file-name word: "apres-purge").
ScrubResult scrubAfterErasure(Workspace& workspace, const std::string& copyLabel);

// The erasure alone, inside the caller's unit of work; returns the number erased.
long long eraseReportsIn(storage::Store& store, const Actor& actor,
                         const std::vector<PurgeItem>& items, const Date& today);

} // namespace vigie::app
