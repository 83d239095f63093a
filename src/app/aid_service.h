// Use cases of emergency aid: record an aid the CCAS granted, with the right whose
// non-take-up it made up for when there is one, and count what non-take-up cost the CCAS
// over any period beside the same period a year earlier. Each change is one unit of work
// with its audit; the privacy guard reads the notes.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actor.h"
#include "domain/aid.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

std::string auditJson(const EmergencyAid& aid);

// What a list of aids shows: a period (every aid without one), a kind, and whether the aid
// made up for a right not received (the cost of non-take-up) or not.
struct AidFilter {
    std::optional<Period> period;
    std::optional<AidKind> kind;
    std::optional<bool> madeUpForARight;
};

// « Aide accordée… » from a report: the aid granted to the situation it describes, on the
// day it was received, making up for its first right (from its first institution) and its
// type of non-take-up, linked to it. The amount and kind are the user's to say.
EmergencyAid aidFrom(const DifficultyReport& report);

class AidService {
public:
    AidService(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // By date, then id; every aid when no period is given.
    std::vector<EmergencyAid> list(const std::optional<Period>& period);
    std::vector<EmergencyAid> list(const AidFilter& filter);
    std::optional<EmergencyAid> find(AidId id);

    // Creates (id 0) or updates (the version read must still be the stored one, else
    // StorageError Stale). Throws std::invalid_argument, in French, when the aid is not
    // valid (no amount, an unknown report); an unknown right or institution code is
    // created, audited. The notes may name people: PersonalDataFound unless
    // `personalData` is SaveAnyway.
    EmergencyAid save(EmergencyAid aid, PersonalData personalData = PersonalData::NotAccepted);
    // The same inside an open unit of work (an import), the guard left to the caller;
    // `note` goes to the history.
    EmergencyAid saveIn(EmergencyAid aid, const std::string& action, const std::string& note = {});
    void remove(AidId id);

private:
    storage::Store& store_;
    Actor actor_;
};

// What non-take-up cost the CCAS over a period, and over the same period a year earlier.
struct AidComparison {
    AidFigures current;
    AidFigures yearEarlier;
};
AidFigures aidFigures(storage::Store& store, const Period& period);
AidComparison aidComparison(storage::Store& store, const Period& period);

} // namespace vigie::app
