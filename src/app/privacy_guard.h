// The privacy guard in the services, so that every way in (the window's forms, an import,
// the command line, a future front end) follows one rule: a text that seems to identify a
// person is stored only when the user said "save anyway", and the history says so.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "domain/privacy.h"
#include "store_ref.h"

namespace vigie::app {

// One free text to check, with the name of its field as the user reads it.
struct GuardedText {
    std::string field;
    std::string text;
    std::vector<PersonalDataFinding> findings; // filled by the check
};

// What the user answered to the warning, passed to the service that stores the texts.
enum class PersonalData { NotAccepted, SaveAnyway };

// Thrown by a service when a text seems to identify a person and the user has not said
// to save anyway: nothing was stored. The front end shows the findings and may ask again.
class PersonalDataFound : public std::runtime_error {
public:
    explicit PersonalDataFound(std::vector<GuardedText> texts);
    const std::vector<GuardedText>& texts() const { return texts_; }

private:
    std::vector<GuardedText> texts_;
};

// The names Vigie knows are not people (institutions, sources): never taken for names.
KnownNames knownNames(storage::Store& store);

// The texts with what the guard finds in each.
std::vector<GuardedText> checkTexts(std::vector<GuardedText> texts, const KnownNames& known);

// The kinds found, in French, once each: "téléphone, adresse". Empty when none.
std::string findingsSummary(const std::vector<GuardedText>& texts);

// The rule: throws PersonalDataFound when something is found and the user has not said
// to save anyway; otherwise returns the note for the history ("" when nothing was found).
std::string guardPersonalData(storage::Store& store, std::vector<GuardedText> texts,
                              PersonalData answer);

} // namespace vigie::app
