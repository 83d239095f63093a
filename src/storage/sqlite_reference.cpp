// Reference data in SQLite. Codes are unique ignoring case and accents (code_key).
#include <fmt/format.h>
#include <sqlite3.h>

#include "platform/i18n.h"
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
    return guarded(statements_, [&] {
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
    return guarded(statements_, [&] {
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
    return guarded(statements_, [&] {
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
    return guarded(statements_, [&] {
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
    return guarded(statements_, [&] {
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

namespace {

// Each entry binds its columns the same way for INSERT and UPDATE (the id comes last).
int bindColumns(SQLite::Statement& s, const Right& r) {
    s.bind(1, r.code);
    s.bind(2, codeKey(r.code));
    s.bind(3, r.label);
    s.bind(4, r.familyCode);
    s.bind(5, r.active ? 1 : 0);
    return 6;
}

int bindColumns(SQLite::Statement& s, const Institution& i) {
    s.bind(1, i.code);
    s.bind(2, codeKey(i.code));
    s.bind(3, i.name);
    s.bind(4, i.postalAddress);
    s.bind(5, i.email);
    s.bind(6, i.contactPerson);
    s.bind(7, i.active ? 1 : 0);
    return 8;
}

int bindColumns(SQLite::Statement& s, const SourceGroup& g) {
    s.bind(1, g.name);
    s.bind(2, codeKey(g.name));
    s.bind(3, g.active ? 1 : 0);
    return 4;
}

int bindColumns(SQLite::Statement& s, const Person& p, std::optional<std::int64_t> institution) {
    s.bind(1, p.name);
    if (institution) {
        s.bind(2, static_cast<std::int64_t>(*institution));
    } else {
        s.bind(2);
    }
    s.bind(3, p.email);
    s.bind(4, p.onDistributionList ? 1 : 0);
    s.bind(5, p.active ? 1 : 0);
    return 6;
}

constexpr const char* kInsertRight =
    "INSERT INTO rights(code, code_key, label, family_code, active) VALUES (?, ?, ?, ?, ?)";
constexpr const char* kUpdateRight =
    "UPDATE rights SET code = ?, code_key = ?, label = ?, family_code = ?, active = ? WHERE id = ?";
constexpr const char* kInsertInstitution =
    "INSERT INTO institutions(code, code_key, name, postal_address, email, contact_person, "
    "active) VALUES (?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kUpdateInstitution =
    "UPDATE institutions SET code = ?, code_key = ?, name = ?, postal_address = ?, email = ?, "
    "contact_person = ?, active = ? WHERE id = ?";
constexpr const char* kInsertGroup =
    "INSERT INTO source_groups(name, name_key, active) VALUES (?, ?, ?)";
constexpr const char* kUpdateGroup =
    "UPDATE source_groups SET name = ?, name_key = ?, active = ? WHERE id = ?";
constexpr const char* kInsertPerson =
    "INSERT INTO people(name, institution_id, email, on_distribution_list, active) "
    "VALUES (?, ?, ?, ?, ?)";
constexpr const char* kUpdatePerson =
    "UPDATE people SET name = ?, institution_id = ?, email = ?, on_distribution_list = ?, "
    "active = ? WHERE id = ?";

} // namespace

template <class Entry>
void SqliteReference::insertEntry(Entry& entry, const std::string& key, const char* sql) {
    writeUnique(key, [&] {
        auto& s = statements_.get(sql);
        bindColumns(s, entry);
        s.exec();
        entry.id = statements_.lastInsertId();
    });
    refIds_.invalidate();
}

template <class Entry>
void SqliteReference::updateEntry(const Entry& entry, const std::string& key, const char* sql) {
    writeUnique(key, [&] {
        auto& s = statements_.get(sql);
        s.bind(bindColumns(s, entry), static_cast<std::int64_t>(entry.id));
        s.exec();
    });
    refIds_.invalidate();
}

void SqliteReference::add(Right& right) {
    insertEntry(right, right.code, kInsertRight);
}
void SqliteReference::update(const Right& right) {
    updateEntry(right, right.code, kUpdateRight);
}
void SqliteReference::add(Institution& institution) {
    insertEntry(institution, institution.code, kInsertInstitution);
}
void SqliteReference::update(const Institution& institution) {
    updateEntry(institution, institution.code, kUpdateInstitution);
}
void SqliteReference::add(SourceGroup& group) {
    insertEntry(group, group.name, kInsertGroup);
}
void SqliteReference::update(const SourceGroup& group) {
    updateEntry(group, group.name, kUpdateGroup);
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
    guarded(statements_, [&] {
        auto& s = statements_.get(kInsertPerson);
        bindColumns(s, person, institutionIdOrNull(person.institutionCode));
        s.exec();
        person.id = statements_.lastInsertId();
    });
}

void SqliteReference::update(const Person& person) {
    guarded(statements_, [&] {
        auto& s = statements_.get(kUpdatePerson);
        s.bind(bindColumns(s, person, institutionIdOrNull(person.institutionCode)),
               static_cast<std::int64_t>(person.id));
        s.exec();
    });
}

void SqliteReference::updateFamilyLabel(const std::string& code, const std::string& label) {
    guarded(statements_, [&] {
        auto& s = statements_.get("UPDATE right_families SET label = ? WHERE code = ?");
        s.bind(1, label);
        s.bind(2, code);
        s.exec();
    });
}

} // namespace vigie::storage
