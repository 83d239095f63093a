// The privacy guard: finds personal data in the free text of a difficulty report, which
// must describe a situation and never identify a person (DOMAIN.md, CNIL).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

enum class PersonalDataKind { Nir, Phone, Email, Iban, BirthDate, Address };
inline constexpr PersonalDataKind kAllPersonalDataKinds[] = {
    PersonalDataKind::Nir,  PersonalDataKind::Phone,     PersonalDataKind::Email,
    PersonalDataKind::Iban, PersonalDataKind::BirthDate, PersonalDataKind::Address};

struct PersonalDataFinding {
    PersonalDataKind kind;
    std::size_t offset; // in bytes of the UTF-8 text
    std::size_t length; // in bytes
};

// Every piece of personal data found, by position. Runs in linear time; never throws.
std::vector<PersonalDataFinding> findPersonalData(std::string_view text);

// The code used in CSV notices: nir, phone, email, iban, birth_date, address.
std::string_view code(PersonalDataKind kind);
// The French name shown to the user ("numéro de sécurité sociale", "téléphone", ...).
std::string label(PersonalDataKind kind);

// Checks used by the guard, exposed for their tests.
bool isValidNir(std::string_view fifteenCharacters); // digits, or 2A/2B as department
bool isValidIban(std::string_view compact);          // letters and digits, no spaces

} // namespace vigie
