// Reference data in SQLite. Codes are unique ignoring case and accents (code_key).
#include <fmt/format.h>
#include <sqlite3.h>

#include "domain/i18n.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

// A uniqueness conflict on a code, said the way the user typed it.
template <class F> void writeUnique(const std::string& code, F&& write) {
    try {
        write();
    } catch (const SQLite::Exception& e) {
        if (e.getErrorCode() == SQLITE_CONSTRAINT) {
            throw StorageError(Kind::Conflict,
                               fmt::format(fmt::runtime(tr("The code or name \"{}\" is already "
                                                           "used.")),
                                           code));
        }
        rethrowAsStorageError(e);
    }
}

} // namespace

std::vector<RightFamily> SqliteReference::rightFamilies() {
    return guarded([&] {
        auto& s =
            statements_.get("SELECT code, label, position FROM right_families ORDER BY position");
        std::vector<RightFamily> out;
        while (s.executeStep()) {
            out.push_back(
                {s.getColumn(0).getString(), s.getColumn(1).getString(), s.getColumn(2).getInt()});
        }
        return out;
    });
}

std::vector<Right> SqliteReference::rights() {
    return guarded([&] {
        auto& s = statements_.get(
            "SELECT id, code, label, family_code, active FROM rights ORDER BY code_key");
        std::vector<Right> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getString(),
                           s.getColumn(4).getInt() != 0});
        }
        return out;
    });
}

std::vector<Institution> SqliteReference::institutions() {
    return guarded([&] {
        auto& s = statements_.get("SELECT id, code, name, postal_address, email, contact_person, "
                                  "active FROM institutions ORDER BY code_key");
        std::vector<Institution> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getString(),
                           s.getColumn(4).getString(), s.getColumn(5).getString(),
                           s.getColumn(6).getInt() != 0});
        }
        return out;
    });
}

std::vector<SourceGroup> SqliteReference::sourceGroups() {
    return guarded([&] {
        auto& s = statements_.get("SELECT id, name, active FROM source_groups ORDER BY name_key");
        std::vector<SourceGroup> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                           s.getColumn(2).getInt() != 0});
        }
        return out;
    });
}

std::vector<Person> SqliteReference::people() {
    return guarded([&] {
        auto& s = statements_.get(
            "SELECT p.id, p.name, coalesce(i.code, ''), p.email, p.on_distribution_list, "
            "p.active FROM people p LEFT JOIN institutions i ON i.id = p.institution_id "
            "ORDER BY p.name");
        std::vector<Person> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getString(),
                           s.getColumn(4).getInt() != 0, s.getColumn(5).getInt() != 0});
        }
        return out;
    });
}

void SqliteReference::add(Right& right) {
    writeUnique(right.code, [&] {
        auto& s = statements_.get("INSERT INTO rights(code, code_key, label, family_code, active) "
                                  "VALUES (?, ?, ?, ?, ?)");
        s.bind(1, right.code);
        s.bind(2, codeKey(right.code));
        s.bind(3, right.label);
        s.bind(4, right.familyCode);
        s.bind(5, right.active ? 1 : 0);
        s.exec();
        right.id = statements_.lastInsertId();
    });
    refIds_.invalidate();
}

void SqliteReference::update(const Right& right) {
    writeUnique(right.code, [&] {
        auto& s = statements_.get("UPDATE rights SET code = ?, code_key = ?, label = ?, "
                                  "family_code = ?, active = ? WHERE id = ?");
        s.bind(1, right.code);
        s.bind(2, codeKey(right.code));
        s.bind(3, right.label);
        s.bind(4, right.familyCode);
        s.bind(5, right.active ? 1 : 0);
        s.bind(6, static_cast<std::int64_t>(right.id));
        s.exec();
    });
    refIds_.invalidate();
}

void SqliteReference::add(Institution& institution) {
    writeUnique(institution.code, [&] {
        auto& s =
            statements_.get("INSERT INTO institutions(code, code_key, name, postal_address, email, "
                            "contact_person, active) VALUES (?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, institution.code);
        s.bind(2, codeKey(institution.code));
        s.bind(3, institution.name);
        s.bind(4, institution.postalAddress);
        s.bind(5, institution.email);
        s.bind(6, institution.contactPerson);
        s.bind(7, institution.active ? 1 : 0);
        s.exec();
        institution.id = statements_.lastInsertId();
    });
    refIds_.invalidate();
}

void SqliteReference::update(const Institution& institution) {
    writeUnique(institution.code, [&] {
        auto& s = statements_.get(
            "UPDATE institutions SET code = ?, code_key = ?, name = ?, postal_address = ?, "
            "email = ?, contact_person = ?, active = ? WHERE id = ?");
        s.bind(1, institution.code);
        s.bind(2, codeKey(institution.code));
        s.bind(3, institution.name);
        s.bind(4, institution.postalAddress);
        s.bind(5, institution.email);
        s.bind(6, institution.contactPerson);
        s.bind(7, institution.active ? 1 : 0);
        s.bind(8, static_cast<std::int64_t>(institution.id));
        s.exec();
    });
    refIds_.invalidate();
}

void SqliteReference::add(SourceGroup& group) {
    writeUnique(group.name, [&] {
        auto& s =
            statements_.get("INSERT INTO source_groups(name, name_key, active) VALUES (?, ?, ?)");
        s.bind(1, group.name);
        s.bind(2, codeKey(group.name));
        s.bind(3, group.active ? 1 : 0);
        s.exec();
        group.id = statements_.lastInsertId();
    });
    refIds_.invalidate();
}

void SqliteReference::update(const SourceGroup& group) {
    writeUnique(group.name, [&] {
        auto& s = statements_.get(
            "UPDATE source_groups SET name = ?, name_key = ?, active = ? WHERE id = ?");
        s.bind(1, group.name);
        s.bind(2, codeKey(group.name));
        s.bind(3, group.active ? 1 : 0);
        s.bind(4, static_cast<std::int64_t>(group.id));
        s.exec();
    });
    refIds_.invalidate();
}

std::optional<std::int64_t> SqliteReference::institutionIdOrNull(const std::string& code) {
    if (code.empty()) {
        return std::nullopt;
    }
    auto id = refIds_.institution(code);
    if (!id) {
        throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", code));
    }
    return id;
}

void SqliteReference::add(Person& person) {
    guarded([&] {
        auto institution = institutionIdOrNull(person.institutionCode);
        auto& s = statements_.get("INSERT INTO people(name, institution_id, email, "
                                  "on_distribution_list, active) VALUES (?, ?, ?, ?, ?)");
        s.bind(1, person.name);
        if (institution) {
            s.bind(2, static_cast<std::int64_t>(*institution));
        } else {
            s.bind(2);
        }
        s.bind(3, person.email);
        s.bind(4, person.onDistributionList ? 1 : 0);
        s.bind(5, person.active ? 1 : 0);
        s.exec();
        person.id = statements_.lastInsertId();
    });
}

void SqliteReference::update(const Person& person) {
    guarded([&] {
        auto institution = institutionIdOrNull(person.institutionCode);
        auto& s = statements_.get("UPDATE people SET name = ?, institution_id = ?, email = ?, "
                                  "on_distribution_list = ?, active = ? WHERE id = ?");
        s.bind(1, person.name);
        if (institution) {
            s.bind(2, static_cast<std::int64_t>(*institution));
        } else {
            s.bind(2);
        }
        s.bind(3, person.email);
        s.bind(4, person.onDistributionList ? 1 : 0);
        s.bind(5, person.active ? 1 : 0);
        s.bind(6, static_cast<std::int64_t>(person.id));
        s.exec();
    });
}

void SqliteReference::updateFamilyLabel(const std::string& code, const std::string& label) {
    guarded([&] {
        auto& s = statements_.get("UPDATE right_families SET label = ? WHERE code = ?");
        s.bind(1, label);
        s.bind(2, code);
        s.exec();
    });
}

} // namespace vigie::storage
