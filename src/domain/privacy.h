// The privacy guard: finds personal data in the free text of a difficulty report, which
// must describe a situation and never identify a person (DOMAIN.md, CNIL).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sensitive_data.h"

namespace vigie {

// Numbers and addresses (privacy.cpp), then names, health (GDPR art. 9) and offences
// (art. 10), found by their French phrasing (sensitive_data.cpp).
enum class PersonalDataKind { Nir, Phone, Email, Iban, BirthDate, Address, Name, Health, Offence };
inline constexpr PersonalDataKind kAllPersonalDataKinds[] = {
    PersonalDataKind::Nir,     PersonalDataKind::Phone,  PersonalDataKind::Email,
    PersonalDataKind::Iban,    PersonalDataKind::BirthDate, PersonalDataKind::Address,
    PersonalDataKind::Name,    PersonalDataKind::Health, PersonalDataKind::Offence};

struct PersonalDataFinding {
    PersonalDataKind kind;
    std::size_t offset; // in bytes of the UTF-8 text
    std::size_t length; // in bytes
};

// Every piece of personal data found, by position. Runs in linear time; never throws.
// `known` are the reference data's names (institutions, sources, places): never a person.
std::vector<PersonalDataFinding> findPersonalData(std::string_view text,
                                                  const KnownNames& known = {});

// The code used in CSV notices: nir, phone, email, iban, birth_date, address, name,
// health, offence.
std::string_view code(PersonalDataKind kind);
// The kind a notice's code names, if any.
std::optional<PersonalDataKind> kindOfCode(std::string_view code);
// The French name shown to the user ("numéro de sécurité sociale", "téléphone", ...).
std::string label(PersonalDataKind kind);
// Why it should not be stored, in one French sentence for the warning dialog.
std::string explanation(PersonalDataKind kind);

// Checks used by the guard, exposed for their tests.
bool isValidNir(std::string_view fifteenCharacters); // digits, or 2A/2B as department
bool isValidIban(std::string_view compact);          // letters and digits, no spaces

} // namespace vigie
