// Use cases of outreach ("aller-vers"): write a session after a half-day, link it to the
// difficulty reports it raised, and count any period beside the period before (T-1) and
// the same period a year earlier (N-1). Each change is one unit of work with its audit;
// the privacy guard reads the notes and the place.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actor.h"
#include "domain/outreach.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

std::string auditJson(const OutreachSession& s);

class OutreachService {
public:
    OutreachService(storage::Store& store, Actor actor)
        : store_(store), actor_(std::move(actor)) {}

    // By date, then start time, then id.
    std::vector<OutreachSession> list(const SessionFilter& filter);
    std::optional<OutreachSession> find(SessionId id);
    // The sessions that raised a report (its page shows them).
    std::vector<OutreachSession> ofReport(ReportId report);

    // A new session of `scheme` on `day`, filled from the last session of the same scheme
    // (place, district, partner, times, staff): a team's half-days look alike. With no
    // scheme given, the scheme of the last session written.
    OutreachSession draft(const std::string& scheme, const Date& day);

    // Creates (id 0) or updates (the version read must still be the stored one, else
    // StorageError Stale). Throws std::invalid_argument with the reasons, in French, when
    // the session is not valid (FORMATS.md's rules: `nouvelles` ≤ `personnes`, …); an
    // unknown scheme or partner code is created, audited. The notes, the place and the
    // staff may name people: PersonalDataFound unless `personalData` is SaveAnyway.
    OutreachSession save(OutreachSession s, PersonalData personalData = PersonalData::NotAccepted);
    // The same inside an open unit of work (an import), the guard left to the caller;
    // `note` goes to the history.
    OutreachSession saveIn(OutreachSession s, const std::string& action,
                           const std::string& note = {});
    void remove(SessionId id);
    // Links a report to a session (the report written "from this session"); audited.
    void linkReport(SessionId session, ReportId report);

    // Reference data: the schemes, and the districts already written (for completion).
    std::vector<OutreachScheme> schemes();
    void saveScheme(OutreachScheme& scheme); // adds (id 0) or updates, audited
    std::vector<std::string> districts();

private:
    void saveSchemeIn(OutreachScheme& scheme); // inside an open unit of work
    storage::Store& store_;
    Actor actor_;
};

// True when `code` names a scheme of the database (any case).
bool isOutreachScheme(storage::Store& store, const std::string& code);

// The figures of a period (every scheme, or one), and beside them those of the period
// before and of the same period a year earlier.
struct OutreachComparison {
    OutreachFigures current;
    OutreachFigures before;      // T-1: periodBefore()
    OutreachFigures yearEarlier; // N-1: previousYear()
};
OutreachFigures outreachFigures(storage::Store& store, const Period& period,
                                const std::string& scheme = {});
OutreachComparison outreachComparison(storage::Store& store, const Period& period,
                                      const std::string& scheme = {});

} // namespace vigie::app
