// Reference data and the organisation's profile, edited from the settings: each change
// is one unit of work with its audit row. Entries in use are deactivated, never deleted.
#pragma once

#include <optional>
#include <string>

#include "actor.h"
#include "store_ref.h"

namespace vigie::app {

struct OrganisationProfile {
    std::string name;         // "CCAS de Bourg-en-Bresse": heads every PDF
    std::string logo;         // image bytes (PNG or JPEG), empty when none
    int answerDelayDays = 30; // default time given to an institution to answer
};

class ReferenceService {
public:
    ReferenceService(storage::Store& store, Actor actor)
        : store_(store), actor_(std::move(actor)) {}

    std::vector<Institution> institutions();
    std::vector<Right> rights();
    std::vector<RightFamily> rightFamilies();
    std::vector<SourceGroup> sourceGroups();
    std::vector<Person> people();

    // Add when the id is 0, else update. Throws StorageError (Conflict) on a code
    // already used, std::invalid_argument on an empty code or name.
    Institution save(Institution institution);
    Right save(Right right);
    SourceGroup save(SourceGroup group);
    Person save(Person person);

    // Gives the family `code` a new label, trimmed; the code never changes (stats --json
    // and the CSV files use it). Throws std::invalid_argument on an empty label or an
    // unknown code, StorageError (Conflict) on a label another family has
    // (case and accents ignored). Renaming to the same label changes nothing.
    RightFamily renameFamily(const std::string& code, const std::string& label);

    OrganisationProfile organisation();
    void saveOrganisation(const OrganisationProfile& profile);

private:
    template <class T> T saveEntry(T entry, const char* entity);
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
