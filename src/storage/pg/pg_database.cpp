#include "pg_database.h"

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/i18n.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

namespace {

std::string boolText(bool b) {
    return b ? "true" : "false";
}

bool isTrue(const Result& r, int row, int column) {
    return r.text(row, column) == "t";
}

// A uniqueness conflict on a code, said the way the user typed it.
template <class F> void writeUnique(const std::string& code, F&& write) {
    try {
        write();
    } catch (const StorageError& e) {
        if (e.kind() == Kind::Conflict) {
            throw StorageError(Kind::Conflict,
                               fmt::format(fmt::runtime(tr("The code or name \"{}\" is already "
                                                           "used.")),
                                           code));
        }
        throw;
    }
}

// Shared rows (site NULL) and the session's own additions.
constexpr const char* kVisible = "(site IS NULL OR site = current_setting('vigie.site'))";

// A code is unique among what a site sees: its own additions and the département's
// shared rows (the unique index holds within each; this holds across them).
void refuseVisibleTwin(Connection& db, const char* table, const char* keyColumn,
                       const std::string& key, std::int64_t id, const std::string& said) {
    const auto twin = db.exec(fmt::format("SELECT 1 FROM {} WHERE {} = $1 AND id <> $2 AND {}",
                                          table, keyColumn, kVisible),
                              Params().text(key).integer(id));
    if (twin.rows() > 0) {
        throw StorageError(Kind::Conflict,
                           fmt::format(fmt::runtime(tr("The code or name \"{}\" is already "
                                                       "used.")),
                                       said));
    }
}

} // namespace

Session::Session(const std::string& uri, const std::string& site)
    : connection_(std::make_unique<Connection>(uri)), site_(site) {
    schema_ = migrate(*connection_);
    connection_->setBeforeStatement([this](const std::string& sql) {
        if (sql == "ROLLBACK") {
            pending_.clear(); // nothing of a unit of work given up is written
        } else {
            pending_.flush(*connection_);
        }
    });
    // Every default and every policy reads the site from here.
    connection_->exec("SELECT set_config('vigie.site', $1, false)", Params().text(site_));
}

void Session::useSite(const std::string& site) {
    connection_->exec("SELECT set_config('vigie.site', $1, false)", Params().text(site));
    site_ = site;
}

void Session::addSite(const std::string& code, const std::string& name) {
    connection_->exec("INSERT INTO sites(code, name) VALUES ($1, $2) ON CONFLICT (code) DO "
                      "UPDATE SET name = excluded.name",
                      Params().text(code).text(name));
}

void Session::hold(const DifficultyReport& report, const std::string& searchText) {
    pending_.add(report, searchText);
    flushIfDue();
}

void Session::hold(const AuditEntry& entry) {
    pending_.add(entry);
    flushIfDue();
}

void Session::flushIfDue() {
    if (!connection_->inTransaction() || pending_.size() >= 1000) {
        pending_.flush(*connection_);
    }
}

std::int64_t Session::nextReportId() {
    if (reportIds_.empty()) {
        const auto r = connection_->exec("SELECT nextval(pg_get_serial_sequence('reports', "
                                         "'id')) FROM generate_series(1, $1)",
                                         Params().integer(nextBlock_));
        for (int i = r.rows() - 1; i >= 0; --i) {
            reportIds_.push_back(r.integer(i, 0));
        }
        nextBlock_ = std::min(nextBlock_ * 2, 4096);
    }
    const auto id = reportIds_.back();
    reportIds_.pop_back();
    return id;
}

ReportReference takeNextReference(Session& session, int year) {
    const auto r = session.db().exec(
        "INSERT INTO report_counters AS c (site, year, last) "
        "SELECT $1, $2, COALESCE(max(ref_seq), 0) + 1 FROM reports WHERE site = $1 AND ref_year = $2 "
        "ON CONFLICT (site, year) DO UPDATE SET last = GREATEST(c.last + 1, "
        "(SELECT COALESCE(max(ref_seq), 0) + 1 FROM reports WHERE site = $1 AND ref_year = $2)) "
        "RETURNING last",
        Params().text(session.site()).integer(year));
    return ReportReference{year, static_cast<int>(r.integer(0, 0))};
}

// --- settings and files ---

std::optional<std::string> PgSettings::get(const std::string& key) {
    auto r = s_.db().exec("SELECT value FROM settings WHERE site = current_setting('vigie.site') "
                          "AND key = $1",
                          Params().text(key));
    return r.rows() ? std::optional<std::string>(r.text(0, 0)) : std::nullopt;
}

void PgSettings::set(const std::string& key, const std::string& value) {
    s_.db().exec("INSERT INTO settings(key, value) VALUES ($1, $2) ON CONFLICT (site, key) DO "
                 "UPDATE SET value = excluded.value",
                 Params().text(key).text(value));
}

std::optional<std::string> PgSettings::file(const std::string& name) {
    auto r = s_.db().exec("SELECT content FROM files WHERE site = current_setting('vigie.site') "
                          "AND name = $1",
                          Params().text(name));
    return r.rows() ? std::optional<std::string>(r.bytes(0, 0)) : std::nullopt;
}

void PgSettings::setFile(const std::string& name, const std::string& bytes) {
    s_.db().execWithBytes("INSERT INTO files(name, content) VALUES ($1, $2) ON CONFLICT (site, "
                          "name) DO UPDATE SET content = excluded.content",
                          name, bytes);
}

void PgSettings::removeFile(const std::string& name) {
    s_.db().exec("DELETE FROM files WHERE site = current_setting('vigie.site') AND name = $1",
                 Params().text(name));
}

namespace {

std::vector<std::string> firstColumn(const Result& r) {
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(r.text(i, 0));
    }
    return out;
}

} // namespace

std::vector<std::string> PgSettings::keys() {
    return firstColumn(s_.db().exec("SELECT key FROM settings WHERE site = "
                                    "current_setting('vigie.site') ORDER BY key"));
}

std::vector<std::string> PgSettings::fileNames() {
    return firstColumn(s_.db().exec("SELECT name FROM files WHERE site = "
                                    "current_setting('vigie.site') ORDER BY name"));
}

// --- audit trail ---

void PgAudit::record(const AuditEntry& e) {
    s_.hold(e);
}

void PgAudit::rewrite(const AuditEntry& e) {
    auto value = [](const std::string& json) {
        return json.empty() ? std::optional<std::string>() : std::optional<std::string>(json);
    };
    s_.db().exec("UPDATE audit_entries SET before_json = $1, after_json = $2 WHERE site = "
                 "current_setting('vigie.site') AND id = $3",
                 Params().optionalText(value(e.before)).optionalText(value(e.after)).integer(e.id));
}

std::vector<AuditEntry> PgAudit::history(const std::string& entity, std::int64_t id) {
    auto r = s_.db().exec("SELECT id, at, user_name, entity, entity_id, action, "
                          "coalesce(before_json, ''), coalesce(after_json, ''), note FROM "
                          "audit_entries WHERE site = current_setting('vigie.site') AND entity = "
                          "$1 AND entity_id = $2 ORDER BY id",
                          Params().text(entity).integer(id));
    std::vector<AuditEntry> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4),
                       r.text(i, 5), r.text(i, 6), r.text(i, 7), r.text(i, 8)});
    }
    return out;
}

void PgAudit::forEach(const std::function<void(const AuditEntry&)>& visit) {
    // A page at a time, by id: a site's trail may be long, and the visitor may run
    // statements on this connection between pages.
    std::int64_t after = 0;
    for (;;) {
        auto r = s_.db().exec("SELECT id, at, user_name, entity, entity_id, action, "
                              "coalesce(before_json, ''), coalesce(after_json, ''), note FROM "
                              "audit_entries WHERE site = current_setting('vigie.site') AND id > "
                              "$1 ORDER BY id LIMIT 2000",
                              Params().integer(after));
        if (r.rows() == 0) {
            return;
        }
        for (int i = 0; i < r.rows(); ++i) {
            visit({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4),
                   r.text(i, 5), r.text(i, 6), r.text(i, 7), r.text(i, 8)});
        }
        after = r.integer(r.rows() - 1, 0);
    }
}

long long PgAudit::size() {
    return s_.db()
        .exec("SELECT count(*) FROM audit_entries WHERE site = current_setting('vigie.site')")
        .integer(0, 0);
}

// --- figures typed in for earlier years ---

std::optional<EnteredFigures> PgEnteredFigures::find(int year) {
    auto& db = s_.db();
    auto y = db.exec("SELECT meetings, reports, entered_at, entered_by FROM entered_years WHERE "
                     "site = current_setting('vigie.site') AND year = $1",
                     Params().integer(year));
    if (y.rows() == 0) {
        return std::nullopt;
    }
    EnteredFigures e;
    e.year = year;
    e.meetings = y.integer(0, 0);
    e.reports = y.integer(0, 1);
    e.enteredAt = y.text(0, 2);
    e.enteredBy = y.text(0, 3);
    auto counts = db.exec("SELECT kind, code, count FROM entered_counts WHERE site = "
                          "current_setting('vigie.site') AND year = $1 ORDER BY kind, code",
                          Params().integer(year));
    for (int i = 0; i < counts.rows(); ++i) {
        if (counts.text(i, 0) == "category") {
            if (auto category = parseCategory(counts.text(i, 1))) {
                e.categories[*category] = counts.integer(i, 2);
            }
        } else {
            e.rightFamilies[counts.text(i, 1)] = counts.integer(i, 2);
        }
    }
    auto sol = db.exec("SELECT addressees, count, answered, subjects FROM entered_solicitations "
                       "WHERE site = current_setting('vigie.site') AND year = $1 ORDER BY position",
                       Params().integer(year));
    for (int i = 0; i < sol.rows(); ++i) {
        EnteredFigures::Solicitations row;
        row.addressees = text::splitList(sol.text(i, 0), '|');
        row.count = sol.integer(i, 1);
        row.answered = sol.integer(i, 2);
        row.subjects = text::splitList(sol.text(i, 3), '\n');
        e.solicitations.push_back(std::move(row));
    }
    return e;
}

std::vector<int> PgEnteredFigures::years() {
    auto r = s_.db().exec("SELECT year FROM entered_years WHERE site = "
                          "current_setting('vigie.site') ORDER BY year");
    std::vector<int> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(static_cast<int>(r.integer(i, 0)));
    }
    return out;
}

void PgEnteredFigures::remove(int year) {
    s_.db().exec("DELETE FROM entered_years WHERE site = current_setting('vigie.site') AND "
                 "year = $1",
                 Params().integer(year));
}

void PgEnteredFigures::save(const EnteredFigures& e) {
    auto& db = s_.db();
    remove(e.year);
    db.exec("INSERT INTO entered_years(year, meetings, reports, entered_at, entered_by) VALUES "
            "($1, $2, $3, $4, $5)",
            Params().integer(e.year).integer(e.meetings).integer(e.reports).text(e.enteredAt).text(
                e.enteredBy));
    auto count = [&](const char* kind, const std::string& code, long long n) {
        db.exec("INSERT INTO entered_counts(site, year, kind, code, count) VALUES "
                "(current_setting('vigie.site'), $1, $2, $3, $4)",
                Params().integer(e.year).text(kind).text(code).integer(n));
    };
    for (const auto& [category, n] : e.categories) {
        count("category", std::string(code(category)), n);
    }
    for (const auto& [family, n] : e.rightFamilies) {
        count("right_family", family, n);
    }
    int position = 0;
    for (const auto& row : e.solicitations) {
        db.exec("INSERT INTO entered_solicitations(site, year, position, addressees, count, "
                "answered, subjects) VALUES (current_setting('vigie.site'), $1, $2, $3, $4, $5, $6)",
                Params()
                    .integer(e.year)
                    .integer(++position)
                    .text(text::join(row.addressees, "|"))
                    .integer(row.count)
                    .integer(row.answered)
                    .text(text::join(row.subjects, "\n")));
    }
}

// --- reference data ---

std::vector<RightFamily> PgReference::rightFamilies() {
    auto r = s_.db().exec("SELECT code, label, position FROM right_families ORDER BY position");
    std::vector<RightFamily> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.text(i, 0), r.text(i, 1), static_cast<int>(r.integer(i, 2))});
    }
    return out;
}

std::vector<Right> PgReference::rights() {
    auto r = s_.db().exec(fmt::format("SELECT id, code, label, family_code, active FROM rights "
                                      "WHERE {} ORDER BY code_key",
                                      kVisible));
    std::vector<Right> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), isTrue(r, i, 4)});
    }
    return out;
}

std::vector<Institution> PgReference::institutions() {
    auto r = s_.db().exec(fmt::format("SELECT id, code, name, postal_address, email, "
                                      "contact_person, active FROM institutions WHERE {} ORDER "
                                      "BY code_key",
                                      kVisible));
    std::vector<Institution> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.text(i, 4),
                       r.text(i, 5), isTrue(r, i, 6)});
    }
    return out;
}

std::vector<SourceGroup> PgReference::sourceGroups() {
    auto r = s_.db().exec(fmt::format("SELECT id, name, active FROM source_groups WHERE {} "
                                      "ORDER BY name_key",
                                      kVisible));
    std::vector<SourceGroup> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), isTrue(r, i, 2)});
    }
    return out;
}

std::vector<Person> PgReference::people() {
    auto r = s_.db().exec("SELECT p.id, p.name, coalesce(i.code, ''), p.email, "
                          "p.on_distribution_list, p.active FROM people p LEFT JOIN institutions "
                          "i ON i.id = p.institution_id WHERE p.site = "
                          "current_setting('vigie.site') ORDER BY lower(p.name)");
    std::vector<Person> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), isTrue(r, i, 4),
                       isTrue(r, i, 5)});
    }
    return out;
}

// A site's additions belong to it; the shared rows are the département's.
void PgReference::add(Right& right) {
    refuseVisibleTwin(s_.db(), "rights", "code_key", codeKey(right.code), right.id, right.code);
    writeUnique(right.code, [&] {
        right.id = s_.db()
                       .exec("INSERT INTO rights(site, code, code_key, label, family_code, "
                             "active) VALUES (current_setting('vigie.site'), $1, $2, $3, $4, $5) "
                             "RETURNING id",
                             Params()
                                 .text(right.code)
                                 .text(codeKey(right.code))
                                 .text(right.label)
                                 .text(right.familyCode)
                                 .text(boolText(right.active)))
                       .integer(0, 0);
    });
}

void PgReference::update(const Right& right) {
    refuseVisibleTwin(s_.db(), "rights", "code_key", codeKey(right.code), right.id, right.code);
    writeUnique(right.code, [&] {
        s_.db().exec(fmt::format("UPDATE rights SET code = $1, code_key = $2, label = $3, "
                                 "family_code = $4, active = $5 WHERE id = $6 AND {}",
                                 kVisible),
                     Params()
                         .text(right.code)
                         .text(codeKey(right.code))
                         .text(right.label)
                         .text(right.familyCode)
                         .text(boolText(right.active))
                         .integer(right.id));
    });
}

void PgReference::add(Institution& i) {
    refuseVisibleTwin(s_.db(), "institutions", "code_key", codeKey(i.code), i.id, i.code);
    writeUnique(i.code, [&] {
        i.id = s_.db()
                   .exec("INSERT INTO institutions(site, code, code_key, name, postal_address, "
                         "email, contact_person, active) VALUES (current_setting('vigie.site'), "
                         "$1, $2, $3, $4, $5, $6, $7) RETURNING id",
                         Params()
                             .text(i.code)
                             .text(codeKey(i.code))
                             .text(i.name)
                             .text(i.postalAddress)
                             .text(i.email)
                             .text(i.contactPerson)
                             .text(boolText(i.active)))
                   .integer(0, 0);
    });
}

void PgReference::update(const Institution& i) {
    refuseVisibleTwin(s_.db(), "institutions", "code_key", codeKey(i.code), i.id, i.code);
    writeUnique(i.code, [&] {
        s_.db().exec(fmt::format("UPDATE institutions SET code = $1, code_key = $2, name = $3, "
                                 "postal_address = $4, email = $5, contact_person = $6, "
                                 "active = $7 WHERE id = $8 AND {}",
                                 kVisible),
                     Params()
                         .text(i.code)
                         .text(codeKey(i.code))
                         .text(i.name)
                         .text(i.postalAddress)
                         .text(i.email)
                         .text(i.contactPerson)
                         .text(boolText(i.active))
                         .integer(i.id));
    });
}

void PgReference::add(SourceGroup& g) {
    refuseVisibleTwin(s_.db(), "source_groups", "name_key", codeKey(g.name), g.id, g.name);
    writeUnique(g.name, [&] {
        g.id = s_.db()
                   .exec("INSERT INTO source_groups(site, name, name_key, active) VALUES "
                         "(current_setting('vigie.site'), $1, $2, $3) RETURNING id",
                         Params().text(g.name).text(codeKey(g.name)).text(boolText(g.active)))
                   .integer(0, 0);
    });
}

void PgReference::update(const SourceGroup& g) {
    refuseVisibleTwin(s_.db(), "source_groups", "name_key", codeKey(g.name), g.id, g.name);
    writeUnique(g.name, [&] {
        s_.db().exec(fmt::format("UPDATE source_groups SET name = $1, name_key = $2, active = $3 "
                                 "WHERE id = $4 AND {}",
                                 kVisible),
                     Params().text(g.name).text(codeKey(g.name)).text(boolText(g.active)).integer(
                         g.id));
    });
}

namespace {

std::optional<std::string> institutionIdOf(Connection& db, const std::string& code) {
    if (code.empty()) {
        return std::nullopt;
    }
    auto r = db.exec(fmt::format("SELECT id FROM institutions WHERE code_key = $1 AND {} ORDER "
                                 "BY site NULLS LAST LIMIT 1",
                                 kVisible),
                     Params().text(codeKey(code)));
    if (r.rows() == 0) {
        throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", code));
    }
    return r.text(0, 0);
}

} // namespace

void PgReference::add(Person& p) {
    p.id = s_.db()
               .exec("INSERT INTO people(name, institution_id, email, on_distribution_list, "
                     "active) VALUES ($1, $2, $3, $4, $5) RETURNING id",
                     Params()
                         .text(p.name)
                         .optionalText(institutionIdOf(s_.db(), p.institutionCode))
                         .text(p.email)
                         .text(boolText(p.onDistributionList))
                         .text(boolText(p.active)))
               .integer(0, 0);
}

void PgReference::update(const Person& p) {
    s_.db().exec("UPDATE people SET name = $1, institution_id = $2, email = $3, "
                 "on_distribution_list = $4, active = $5 WHERE id = $6 AND site = "
                 "current_setting('vigie.site')",
                 Params()
                     .text(p.name)
                     .optionalText(institutionIdOf(s_.db(), p.institutionCode))
                     .text(p.email)
                     .text(boolText(p.onDistributionList))
                     .text(boolText(p.active))
                     .integer(p.id));
}

void PgReference::updateFamilyLabel(const std::string& code, const std::string& label) {
    s_.db().exec("UPDATE right_families SET label = $1 WHERE code = $2",
                 Params().text(label).text(code));
}

StorageError notUpdated(Connection& db, const char* table, std::int64_t id) {
    const bool exists =
        db.exec(fmt::format("SELECT 1 FROM {} WHERE id = $1 AND site = "
                            "current_setting('vigie.site')",
                            table),
                Params().integer(id))
            .rows() > 0;
    return exists ? StorageError(StorageError::Kind::Stale,
                                 tr("This was changed by someone else after it was opened "
                                    "here: the changes made here were not saved."))
                  : StorageError(StorageError::Kind::NotFound,
                                 tr("This no longer exists: it was deleted after it was opened "
                                    "here."));
}

std::string referenceId(Connection& db, const char* table, const std::string& code) {
    auto id = db.exec(fmt::format("SELECT id FROM {} WHERE code_key = $1 AND (site IS NULL OR "
                                  "site = current_setting('vigie.site')) ORDER BY site NULLS "
                                  "LAST LIMIT 1",
                                  table),
                      Params().text(codeKey(code)));
    if (id.rows() == 0) {
        throw StorageError(StorageError::Kind::Failed,
                           fmt::format("unknown code '{}' in {}", code, table));
    }
    return id.text(0, 0);
}

} // namespace vigie::storage::pg
