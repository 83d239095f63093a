// Use cases of solicitations: write one (by hand or from a meeting's decision), record
// the answer, chase, close without answer. Each is one unit of work with its audit; an
// answer also marks done the decision the solicitation came from.
#pragma once

#include "actor.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

std::string auditJson(const Solicitation& s);

// The day, on this computer's calendar, a solicitation still closed without an answer was
// closed: read from its history, the solicitation keeping no date of its own for it.
std::optional<Date> closedWithoutAnswerOn(storage::Store& store, SolicitationId id);

class SolicitationService {
public:
    SolicitationService(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // Reading, for the front ends.
    std::optional<Solicitation> find(SolicitationId id);
    // By date sent, then id.
    std::vector<Solicitation> list(const SolicitationFilter& filter);
    // Past their expected date without an answer (nor closed): to chase.
    long long overdueCount(const Date& today);

    // Days given to an institution to answer (Settings; 30 by default).
    int answerDelayDays();

    // Creates (id 0 or an id not used yet) or updates. Throws std::invalid_argument with
    // the reason when the solicitation is not complete.
    // The subject and the answer go to institutions: PersonalDataFound when they seem to
    // identify a person, unless `personalData` is SaveAnyway (then the history says so).
    Solicitation save(Solicitation s, PersonalData personalData = PersonalData::NotAccepted);
    Solicitation recordAnswer(SolicitationId id, const Date& on, const std::string& answer,
                              const std::string& answeredBy,
                              PersonalData personalData = PersonalData::NotAccepted);
    Solicitation chase(SolicitationId id, const Date& on, const std::string& note);
    Solicitation closeWithoutAnswer(SolicitationId id);

    // Inside an open unit of work.
    Solicitation saveIn(Solicitation s, const std::string& action, bool creating,
                        const std::string& note = {});
    // The solicitation a meeting's "solicit" decision asks for, sent on the meeting's date.
    Solicitation fromDecision(const Decision& decision, const Date& sentOn);
    // Removes the solicitation a decision created (the decision is being removed or no
    // longer asks to solicit), audited; nothing when it created none.
    void removeCreatedBy(DecisionId decision);

private:
    Solicitation loadOrThrow(SolicitationId id);
    Solicitation change(SolicitationId id, const std::string& action,
                        const std::function<void(Solicitation&)>& edit,
                        const std::string& note = {});
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
