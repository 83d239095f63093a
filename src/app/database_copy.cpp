#include "database_copy.h"

#include <algorithm>
#include <map>
#include <random>
#include <stdexcept>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "platform/system.h"
#include "sites.h"
#include "storage/store.h"
#include "workspace.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

using IdMap = std::map<std::int64_t, std::int64_t>;

// The rows of `wanted` that `have` lacks (by code or name, case and accents aside) are
// added to `to`, their new ids noted against the old.
template <class T, class Key>
void addMissing(const std::vector<T>& have, const std::vector<T>& wanted, Key keyOf,
                storage::ReferenceRepository& to, IdMap& ids) {
    for (auto row : wanted) {
        const auto key = codeKey(keyOf(row));
        if (std::none_of(have.begin(), have.end(),
                         [&](const T& known) { return codeKey(keyOf(known)) == key; })) {
            const auto old = row.id;
            to.add(row);
            ids[old] = row.id;
        }
    }
}

// Whatever the reports, meetings and solicitations name must exist on the other side:
// the rows `to` lacks are added (on a shared database, as the site's own additions; the
// département's shared rows are never changed).
void copyReference(storage::ReferenceRepository& from, storage::ReferenceRepository& to,
                   std::map<std::string, IdMap>& ids) {
    auto code = [](const auto& row) { return row.code; };
    auto name = [](const auto& row) { return row.name; };
    addMissing(to.rights(), from.rights(), code, to, ids["right"]);
    addMissing(to.institutions(), from.institutions(), code, to, ids["institution"]);
    addMissing(to.sourceGroups(), from.sourceGroups(), name, to, ids["source_group"]);
    addMissing(to.people(), from.people(), name, to, ids["person"]);
}

std::int64_t mapped(const IdMap& ids, std::int64_t id) {
    const auto it = ids.find(id);
    return it == ids.end() ? 0 : it->second;
}

void copyReports(storage::Store& from, storage::Store& to, IdMap& ids, CopySummary& summary) {
    ReportFilter all;
    all.includeWithdrawn = true;
    from.reports().forEach(all, [&](const DifficultyReport& report) {
        DifficultyReport copy = report;
        copy.id = 0;
        to.reports().insert(copy);
        ids[report.id] = copy.id;
        ++summary.reports;
    });
}

// Meetings first without the decisions their agendas follow up (those may be taken at a
// meeting copied later), then the decisions, then the agendas completed.
void copyMeetings(storage::Store& from, storage::Store& to, std::map<std::string, IdMap>& ids,
                  CopySummary& summary) {
    std::vector<Meeting> meetings;
    from.meetings().forEach([&](const Meeting& m) { meetings.push_back(m); });
    std::vector<std::pair<Meeting, Meeting>> toComplete; // (original, copy)
    for (const auto& m : meetings) {
        Meeting copy = m;
        copy.id = 0;
        bool followsUp = false;
        for (auto& item : copy.agenda) {
            item.id = 0;
            if (item.report) {
                item.report = mapped(ids["report"], *item.report);
            }
            followsUp = followsUp || item.decision.has_value();
            item.decision.reset();
        }
        to.meetings().insert(copy);
        ids["meeting"][m.id] = copy.id;
        if (followsUp) {
            toComplete.emplace_back(m, copy);
        }
        ++summary.meetings;
    }
    for (const auto& m : meetings) {
        for (auto d : from.meetings().decisionsOfMeeting(m.id)) {
            const auto old = d.id;
            d.id = 0;
            d.meeting = mapped(ids["meeting"], d.meeting);
            d.report = mapped(ids["report"], d.report);
            to.meetings().insert(d);
            ids["decision"][old] = d.id;
            ++summary.decisions;
        }
    }
    for (auto& [original, copy] : toComplete) {
        for (std::size_t i = 0; i < copy.agenda.size() && i < original.agenda.size(); ++i) {
            if (original.agenda[i].decision) {
                copy.agenda[i].decision = mapped(ids["decision"], *original.agenda[i].decision);
            }
        }
        to.meetings().update(copy);
    }
}

void copySolicitations(storage::Store& from, storage::Store& to,
                       std::map<std::string, IdMap>& ids, CopySummary& summary) {
    // Into a file, a solicitation keeps its id (its CSV carries it); on a shared database
    // ids are the département's, and a new one is taken.
    const bool keepIds = to.sites() == nullptr;
    for (auto s : from.solicitations().list(SolicitationFilter{})) {
        const auto old = s.id;
        s.id = keepIds ? old : 0;
        for (auto& report : s.reports) {
            report = mapped(ids["report"], report);
        }
        if (s.decision) {
            s.decision = mapped(ids["decision"], *s.decision);
        }
        to.solicitations().insert(s);
        ids["solicitation"][old] = s.id;
        ++summary.solicitations;
    }
}

// The schemes the sessions name, then the sessions with their reports' new ids (kept ids
// into a file, as solicitations).
void copyOutreach(storage::Store& from, storage::Store& to, std::map<std::string, IdMap>& ids,
                  CopySummary& summary) {
    const auto have = to.outreach().schemes();
    for (auto scheme : from.outreach().schemes()) {
        if (std::none_of(have.begin(), have.end(), [&](const OutreachScheme& known) {
                return codeKey(known.code) == codeKey(scheme.code);
            })) {
            const auto old = scheme.id;
            to.outreach().add(scheme);
            ids["outreach_scheme"][old] = scheme.id;
        }
    }
    const bool keepIds = to.sites() == nullptr;
    for (auto s : from.outreach().list(SessionFilter{})) {
        const auto old = s.id;
        s.id = keepIds ? old : 0;
        for (auto& report : s.reports) {
            report = mapped(ids["report"], report);
        }
        to.outreach().insert(s);
        ids["outreach_session"][old] = s.id;
        ++summary.sessions;
    }
}

// Aids with their reports' new ids (kept ids into a file).
void copyAids(storage::Store& from, storage::Store& to, std::map<std::string, IdMap>& ids,
              CopySummary& summary) {
    const bool keepIds = to.sites() == nullptr;
    for (auto a : from.aids().list(std::nullopt)) {
        const auto old = a.id;
        a.id = keepIds ? old : 0;
        for (auto& report : a.reports) {
            report = mapped(ids["report"], report);
        }
        to.aids().insert(a);
        ids["aid"][old] = a.id;
        ++summary.aids;
    }
}

// FAQ entries with their reports' new ids (kept ids into a file).
void copyFaq(storage::Store& from, storage::Store& to, std::map<std::string, IdMap>& ids,
             CopySummary& summary) {
    const bool keepIds = to.sites() == nullptr;
    for (auto e : from.faq().list()) {
        const auto old = e.id;
        e.id = keepIds ? old : 0;
        for (auto& report : e.reports) {
            report = mapped(ids["report"], report);
        }
        to.faq().insert(e);
        ids["faq"][old] = e.id;
        ++summary.faqEntries;
    }
}

void copySettingsAndFigures(storage::Store& from, storage::Store& to, CopySummary& summary) {
    for (const auto& key : from.settings().keys()) {
        to.settings().set(key, from.settings().get(key).value_or(""));
    }
    for (const auto& name : from.settings().fileNames()) {
        to.settings().setFile(name, from.settings().file(name).value_or(""));
    }
    for (int year : from.enteredFigures().years()) {
        if (auto figures = from.enteredFigures().find(year)) {
            to.enteredFigures().save(*figures);
            ++summary.enteredYears;
        }
    }
}

// The trail follows its records: an entry about report 12 in the file is about the
// report's new id here. Entries about years, settings or families keep theirs.
void copyAudit(storage::Store& from, storage::Store& to, std::map<std::string, IdMap>& ids,
               CopySummary& summary) {
    from.audit().forEach([&](const AuditEntry& entry) {
        AuditEntry copy = entry;
        copy.id = 0;
        if (const auto kind = ids.find(entry.entity); kind != ids.end()) {
            if (const auto id = kind->second.find(entry.entityId); id != kind->second.end()) {
                copy.entityId = id->second;
            }
        }
        to.audit().record(copy);
        ++summary.auditEntries;
    });
}

bool holdsData(storage::Store& store) {
    ReportFilter all;
    all.includeWithdrawn = true;
    return store.reports().count(all) > 0 || !store.meetings().list(std::nullopt).empty() ||
           !store.solicitations().list(SolicitationFilter{}).empty() ||
           !store.outreach().list(SessionFilter{}).empty() ||
           !store.aids().list(std::nullopt).empty() || !store.faq().list().empty() ||
           !store.enteredFigures().years().empty();
}

} // namespace

CopySummary copyDatabase(storage::Store& from, storage::Store& to, const Actor& actor,
                         const std::string& origin) {
    CopySummary summary;
    const auto snapshot = from.readSnapshot();
    auto unit = to.begin();
    std::map<std::string, IdMap> ids;
    copyReference(from.reference(), to.reference(), ids);
    copyReports(from, to, ids["report"], summary);
    copyMeetings(from, to, ids, summary);
    copySolicitations(from, to, ids, summary);
    copyOutreach(from, to, ids, summary);
    copyAids(from, to, ids, summary);
    copyFaq(from, to, ids, summary);
    copySettingsAndFigures(from, to, summary);
    copyAudit(from, to, ids, summary);
    to.audit().record({0, actor.now(), actor.user, "database", 0, "copy", "",
                       fmt::format("{{\"reports\":{},\"meetings\":{},\"solicitations\":{},"
                                   "\"sessions\":{}}}",
                                   summary.reports, summary.meetings, summary.solicitations,
                                   summary.sessions),
                       origin});
    unit->commit();
    return summary;
}

CopySummary copyFromFile(Workspace& site, const fs::path& file) {
    auto& to = site.store();
    if (!to.sites()) {
        throw SiteRefused(tr("copy-from moves a database file into a site of a shared "
                                    "database (--db postgresql://… --site CODE); this database "
                                    "is itself a file."));
    }
    if (holdsData(to)) {
        throw SiteRefused(fmt::format(
            fmt::runtime(tr("The site {} already holds reports, meetings, solicitations or "
                            "figures: copy-from only fills an empty site. Nothing was "
                            "copied.")),
            to.sites()->current()));
    }
    OpenRequest request;
    request.createIfMissing = false;
    request.readOnly = true;
    auto source = Workspace::open(file, request, site.actor());
    return copyDatabase(source->store(), to, site.actor(), platform::utf8(file));
}

CopySummary backupSiteToFile(Workspace& site, const fs::path& target) {
    std::random_device random;
    fs::path partial = target;
    partial += fmt::format(".{:08x}.tmp", random());
    auto removePartial = [&] {
        std::error_code ec;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
            fs::remove(fs::path(partial).concat(suffix), ec);
        }
    };
    try {
        CopySummary summary;
        {
            auto file = Workspace::open(partial, OpenRequest{}, site.actor());
            summary = copyDatabase(site.store(), file->store(), site.actor(),
                                   platform::utf8(site.info().location));
        } // closed: its journal folded back into the file
        fs::rename(partial, target);
        return summary;
    } catch (...) {
        removePartial();
        throw;
    }
}

} // namespace vigie::app
