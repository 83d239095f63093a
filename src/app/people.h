// The staff named in Vigie (issue 19): a person's extract, everything that names them for
// a right-of-access request (GDPR art. 15), and their erasure, where their name gives way
// to their role (art. 17). The matching rules are NameMatcher's (domain/person_names.h).
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit.h"
#include "domain/date.h"
#include "domain/reference_data.h"
#include "retention.h"
#include "store_ref.h"
#include "workspace.h"

namespace vigie::app {

// One text of one record that names the person.
struct PersonPlace {
    std::string kind;       // report, meeting, decision, solicitation, session, aid, faq,
                            // institution, setting, audit (the JSON's codes)
    std::int64_t id = 0;    // the record's (0 for a setting)
    std::string record;     // « Fiche 2026-047 », « Séance du 14/07/2025 » (translated)
    std::string field;      // « Rédacteur », « Présents » (translated)
    std::string text;       // the whole text, as stored
    std::optional<Date> on; // the record's day, when it has one
};

struct PersonExtract {
    std::string name;
    std::string login;                 // the OS login asked about, may be empty
    Date madeOn;
    std::vector<Person> references;    // their entries in the people of the group
    std::vector<PersonPlace> places;   // by kind, in the order kinds are listed above
    std::vector<AuditEntry> madeByLogin; // the changes made under `login`, oldest first

    // What an erasure would replace: the reference entries and the places.
    long long placeCount() const {
        return static_cast<long long>(references.size() + places.size());
    }
};

struct PersonErasure {
    long long replaced = 0; // places where the name gave way to the role
    long long records = 0;  // records rewritten (reports, meetings, audit entries...)
    std::string role;
    ScrubResult scrub;      // what became unreadable in the storage and the copies
};

class People {
public:
    explicit People(Workspace& workspace) : workspace_(workspace) {}

    // Everything naming `name` (NameMatcher), and the audit entries made under `login`.
    PersonExtract extract(const std::string& name, const std::string& login = {},
                          const Date& today = Date::today());
    // The role that replaces the name by default: from their reference entry's body.
    std::string defaultRole(const std::string& name);
    // Replaces the name by `role` everywhere, structured fields, texts and the values
    // of the audit trail, in one unit of work with one audit entry that does not name
    // them; then scrubs the storage and Vigie's automatic copies. Doing it twice changes
    // nothing the second time. Throws std::invalid_argument for an empty name or role,
    // or a role that names the person.
    PersonErasure erase(const std::string& name, const std::string& role);

private:
    Workspace& workspace_;
};

// The extract as JSON (UTF-8, keys in English, stable: the README says them).
std::string personExtractJson(const PersonExtract& extract);
// The extract as a PDF, « Extrait des données concernant … ».
void writePersonExtract(storage::Store& store, const PersonExtract& extract,
                        const std::filesystem::path& file);

} // namespace vigie::app
