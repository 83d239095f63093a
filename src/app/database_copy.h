// A whole Vigie database moved into another (FORMATS.md): `copy-from FILE.sqlite` brings
// a CCAS's file into its (empty) site of a shared database, and `backup --out` on a
// shared database writes the site's data as a file of Vigie's own format, so that a site
// can always take its data home. The same copy both ways, through the Store contract.
#pragma once

#include <filesystem>
#include <string>

#include "actor.h"
#include "store_ref.h"

namespace vigie::app {

class Workspace;

struct CopySummary {
    long long reports = 0, meetings = 0, decisions = 0, solicitations = 0, sessions = 0,
              aids = 0, faqEntries = 0;
    long long enteredYears = 0, auditEntries = 0;
};

// Copies everything `from` holds into `to`, which holds none of it yet: the reference
// data the reports name (a site's additions where the département lacks them), reports,
// meetings with their agendas and decisions, solicitations, outreach sessions and their
// schemes, emergency aid, FAQ answers, figures typed in, settings and
// files, and the audit trail (its ids following the records), then one audit entry saying
// where it came from. One unit of work on `to`: all or nothing. `from` is read in one
// snapshot. Records get new ids, except solicitations copied into a file (their id is in
// their CSV).
CopySummary copyDatabase(storage::Store& from, storage::Store& to, const Actor& actor,
                         const std::string& origin);

// `copy-from FILE.sqlite`: refused (SiteRefused, in French) when the workspace's
// site already holds reports, meetings, solicitations or figures typed in, or when the
// workspace is itself a file.
CopySummary copyFromFile(Workspace& site, const std::filesystem::path& file);

// `backup --out FILE` on a shared database (backupTo checks `target` first): the site's
// data as a new Vigie file, written whole under a temporary name and then renamed (never
// a half-written file at `target`).
CopySummary backupSiteToFile(Workspace& site, const std::filesystem::path& target);

} // namespace vigie::app
