// Use cases of the city's FAQ: write an answer (often from a meeting's decision « réponse
// FAQ »), keep it checked, publish it. Each change is one unit of work with its audit; the
// privacy guard reads the question and the answer, which are published for anyone to read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actor.h"
#include "domain/faq.h"
#include "privacy_guard.h"
#include "store_ref.h"

namespace vigie::app {

std::string auditJson(const FaqEntry& entry);

// « Rédiger la réponse FAQ… » from a report: its description as the question to rework,
// its rights and institutions, the report linked; the answer is the user's to write, not
// yet published.
FaqEntry faqFrom(const DifficultyReport& report);

// What a list of the FAQ shows: published or drafts, those due for review, a right.
struct FaqFilter {
    std::optional<bool> published;
    bool dueForReview = false;
    std::string right; // a right code, any case; empty: every entry
};

class FaqService {
public:
    FaqService(storage::Store& store, Actor actor) : store_(store), actor_(std::move(actor)) {}

    // By id (the order written).
    std::vector<FaqEntry> list();
    std::vector<FaqEntry> list(const FaqFilter& filter, const Date& today);
    std::optional<FaqEntry> find(FaqId id);

    // Creates (id 0) or updates (the version read must still be the stored one, else
    // StorageError Stale). Throws std::invalid_argument, in French, when the entry is not
    // valid (no question or answer, a review day to come, an unknown report); an unknown
    // right or institution code is created, audited. The question and answer are published:
    // PersonalDataFound when they seem to name a person, unless `personalData` is
    // SaveAnyway (the history says so).
    FaqEntry save(FaqEntry entry, PersonalData personalData = PersonalData::NotAccepted);
    // The same inside an open unit of work (an import), the guard left to the caller;
    // `note` goes to the history.
    FaqEntry saveIn(FaqEntry entry, const std::string& action, const std::string& note = {});
    void remove(FaqId id);

private:
    storage::Store& store_;
    Actor actor_;
};

// The published answers due for review on `today` (domain reviewDue), by id; and how many
// answers are published: `stats --json`'s `faq`.
struct FaqReview {
    std::vector<FaqEntry> toReview;
    long long published = 0;
};
FaqReview faqReview(storage::Store& store, const Date& today);

} // namespace vigie::app
