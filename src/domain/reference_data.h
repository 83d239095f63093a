// Reference data of a watch group: institutions, rights and their families, source
// groups and the people of the group. Seeded at creation, editable, deactivated when
// in use rather than deleted.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

// The whole inter-organisation partnership, addressable as one institution.
inline constexpr std::string_view kPartnershipCode = "PIO";
// `code` names the whole partnership (any case, spaces around).
bool isWholePartnership(std::string_view code);
// The one name the whole partnership goes by on screen and in documents (translated).
std::string wholePartnershipName();
// Family of rights that Vigie did not know (FORMATS.md: unknown codes land here).
inline constexpr std::string_view kOtherFamilyCode = "autre";

struct Institution {
    std::int64_t id = 0;
    std::string code; // CAF, CPAM, ... (case-insensitive)
    std::string name;
    std::string postalAddress;
    std::string email;
    std::string contactPerson;
    bool active = true;
};

struct RightFamily {
    std::string code; // part of the contract (stats --json keys)
    std::string label;
    int position = 0; // order in tables: minima sociaux first
};

struct Right {
    std::int64_t id = 0;
    std::string code;
    std::string label;
    std::string familyCode;
    bool active = true;
};

struct SourceGroup {
    std::int64_t id = 0;
    std::string name;
    bool active = true;
};

struct Person {
    std::int64_t id = 0;
    std::string name;
    std::string institutionCode; // body the person belongs to (may be empty)
    std::string email;
    bool onDistributionList = false;
    bool active = true;
};

// What a new database starts with (DOMAIN.md).
const std::vector<RightFamily>& defaultRightFamilies();
std::vector<Right> defaultRights();
std::vector<Institution> defaultInstitutions();
std::vector<SourceGroup> defaultSourceGroups();

// The key under which codes are compared: case and accents ignored.
std::string codeKey(std::string_view code);

// A code people say aloud (RSA, AAH, CAF, MDPH): a few capitals or digits. CHEQUE_ENERGIE
// or INVALIDITE are words written for the computer: people read the name instead.
bool isSpokenCode(std::string_view code);
// How a right or a body is named for people: the code alone when it is spoken and has no
// other name, "RSA (Revenu de solidarité active)" when both say something, the name
// alone when the code is not spoken or the name already begins with it.
std::string displayName(const std::string& code, const std::string& name);
// The shortest name for a list's cell: a spoken code, else the name.
std::string shortName(const std::string& code, const std::string& name);
// An institution as a list or filter names it: its spoken code ("CAF"), else its name
// ("Préfecture"), the whole partnership by its one name.
std::string institutionLabel(const std::string& code, const std::string& name);

} // namespace vigie
