// A site's session on the shared database, and the repositories already written for
// PostgreSQL: reference data, settings and files, the audit trail, the figures typed in
// for earlier years, and the report counters. The reports, meetings and solicitations
// repositories have files of their own; pg_store.cpp gathers them into a Store.
#pragma once

#include <memory>
#include <string>

#include "pg_batch.h"
#include "pg_connection.h"
#include "pg_schema.h"
#include "storage/store.h"

namespace vigie::storage::pg {

// A connection that works for one site: every row it writes says so, and every read of
// a site's data keeps to that site.
class Session {
public:
    // Connects, upgrades the schema when needed and, for a site not yet declared, refuses
    // (StorageError NotFound) unless `createSite` names it.
    Session(const std::string& uri, const std::string& site);
    Session(const Session&) = delete; // the connection's hook holds `this`
    Session& operator=(const Session&) = delete;
    Connection& db() { return *connection_; }
    const std::string& site() const { return site_; }
    const SchemaState& schema() const { return schema_; }

    // Declares a site (code and name), idempotently.
    void addSite(const std::string& code, const std::string& name);
    // Works for another site from now on (chosen after connecting).
    void useSite(const std::string& site);

    // A new report (its id taken with nextReportId) or audit entry, written with the
    // next ones (pg_batch.h): at the next statement, at a thousand, or at once outside a
    // unit of work.
    void hold(const DifficultyReport& report, const std::string& searchText);
    void hold(const AuditEntry& entry);
    // Ids are taken from the sequence in blocks that grow as a unit of work writes more.
    std::int64_t nextReportId();

private:
    void flushIfDue();

    std::unique_ptr<Connection> connection_;
    std::string site_;
    SchemaState schema_;
    PendingInserts pending_;
    std::vector<std::int64_t> reportIds_; // taken, not yet used
    int nextBlock_ = 1;
};

// The next number of the year for the session's site, after the highest in use: a
// counter row locked until the end of the transaction, so that two transactions never
// get the same one (the second waits for the first to commit or roll back).
ReportReference takeNextReference(Session& session, int year);

class PgSettings final : public Settings {
public:
    explicit PgSettings(Session& session) : s_(session) {}
    std::optional<std::string> get(const std::string& key) override;
    void set(const std::string& key, const std::string& value) override;
    std::optional<std::string> file(const std::string& name) override;
    void setFile(const std::string& name, const std::string& bytes) override;
    void removeFile(const std::string& name) override;
    std::vector<std::string> keys() override;
    std::vector<std::string> fileNames() override;

private:
    Session& s_;
};

class PgAudit final : public AuditLog {
public:
    explicit PgAudit(Session& session) : s_(session) {}
    void record(const AuditEntry& entry) override;
    std::vector<AuditEntry> history(const std::string& entity, std::int64_t id) override;
    long long size() override;
    void forEach(const std::function<void(const AuditEntry&)>& visit) override;
    void rewrite(const AuditEntry& entry) override;
    std::vector<AuditEntry> search(const AuditQuery& query) override; // pg_audit_search.cpp
    long long count(const AuditQuery& query) override;
    std::vector<std::string> users() override;

private:
    Session& s_;
};

class PgEnteredFigures final : public EnteredFiguresRepository {
public:
    explicit PgEnteredFigures(Session& session) : s_(session) {}
    std::optional<EnteredFigures> find(int year) override;
    std::vector<int> years() override;
    void save(const EnteredFigures& figures) override;
    void remove(int year) override;

private:
    Session& s_;
};

class PgReference final : public ReferenceRepository {
public:
    explicit PgReference(Session& session) : s_(session) {}
    std::vector<RightFamily> rightFamilies() override;
    std::vector<Right> rights() override;
    std::vector<Institution> institutions() override;
    std::vector<SourceGroup> sourceGroups() override;
    std::vector<Person> people() override;
    void add(Right& right) override;
    void update(const Right& right) override;
    void add(Institution& institution) override;
    void update(const Institution& institution) override;
    void add(SourceGroup& group) override;
    void update(const SourceGroup& group) override;
    void add(Person& person) override;
    void update(const Person& person) override;
    void updateFamilyLabel(const std::string& code, const std::string& label) override;

private:
    Session& s_;
};

// Why an update by id and version changed no row of a site's table: someone saved in
// between (Stale) or the row is gone (NotFound), in the SQLite back end's words (the app
// adds who saved and when).
StorageError notUpdated(Connection& db, const char* table, std::int64_t id);

// The id of a reference row (rights, institutions, outreach_schemes) by its code: the
// site's own row, else the département's. StorageError Failed for an unknown code.
std::string referenceId(Connection& db, const char* table, const std::string& code);

} // namespace vigie::storage::pg
