// The kinds of personal data the guard reports: their codes (CSV notices), French names
// and explanations, and the guard as a whole (numbers and addresses from privacy.cpp,
// names, health and offences from sensitive_data.cpp).
#include <algorithm>

#include "platform/i18n.h"
#include "privacy.h"

namespace vigie {

std::vector<PersonalDataFinding> findNumbersAndAddresses(std::string_view text); // privacy.cpp

std::vector<PersonalDataFinding> findPersonalData(std::string_view text, const KnownNames& known) {
    auto found = findNumbersAndAddresses(text);
    for (const auto& f : findSensitiveData(text, known)) {
        // "M.Lefevre@udaf.org" is an e-mail address, already found as one.
        const bool insideEmail = std::any_of(found.begin(), found.end(), [&](const auto& e) {
            return e.kind == PersonalDataKind::Email && f.offset < e.offset + e.length &&
                   e.offset < f.offset + f.length;
        });
        if (insideEmail) {
            continue;
        }
        const PersonalDataKind kind = f.kind == SensitiveKind::Name     ? PersonalDataKind::Name
                                      : f.kind == SensitiveKind::Health ? PersonalDataKind::Health
                                                                        : PersonalDataKind::Offence;
        found.push_back({kind, f.offset, f.length});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const auto& a, const auto& b) { return a.offset < b.offset; });
    return found;
}

std::string_view code(PersonalDataKind kind) {
    switch (kind) {
    case PersonalDataKind::Nir:
        return "nir";
    case PersonalDataKind::Phone:
        return "phone";
    case PersonalDataKind::Email:
        return "email";
    case PersonalDataKind::Iban:
        return "iban";
    case PersonalDataKind::BirthDate:
        return "birth_date";
    case PersonalDataKind::Address:
        return "address";
    case PersonalDataKind::Name:
        return "name";
    case PersonalDataKind::Health:
        return "health";
    case PersonalDataKind::Offence:
        return "offence";
    }
    return {};
}

std::optional<PersonalDataKind> kindOfCode(std::string_view text) {
    for (auto kind : kAllPersonalDataKinds) {
        if (code(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

std::string label(PersonalDataKind kind) {
    switch (kind) {
    case PersonalDataKind::Nir:
        return tr("social security number");
    case PersonalDataKind::Phone:
        return tr("phone number");
    case PersonalDataKind::Email:
        return tr("e-mail address");
    case PersonalDataKind::Iban:
        return tr("bank account number (IBAN)");
    case PersonalDataKind::BirthDate:
        return tr("date of birth");
    case PersonalDataKind::Address:
        return tr("postal address");
    case PersonalDataKind::Name:
        return tr("person's name");
    case PersonalDataKind::Health:
        return tr("health information");
    case PersonalDataKind::Offence:
        return tr("offence or conviction");
    }
    return {};
}

std::string explanation(PersonalDataKind kind) {
    switch (kind) {
    case PersonalDataKind::Name:
        return tr("A report describes a situation: a name lets anyone who reads it find the "
                  "person. Write \"a person\", \"a family\" or an initial instead.");
    case PersonalDataKind::Health:
        return tr("Health is sensitive data (GDPR, article 9): keep only what the difficulty "
                  "needs, without a diagnosis or treatment (\"health reasons\").");
    case PersonalDataKind::Offence:
        return tr("Convictions and offences may not be recorded here (GDPR, article 10): "
                  "write what blocks the right, not the person's judicial history.");
    default:
        return tr("This identifies a person: the report must describe a situation, never "
                  "a person. Remove it or replace it with a general description.");
    }
}

} // namespace vigie
