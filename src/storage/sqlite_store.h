// The SQLite back end of the Store interface. Internal to storage.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include <SQLiteCpp/SQLiteCpp.h>

#include "store.h"

namespace vigie::storage {

// Prepared statements kept for the life of the connection (the import path runs the
// same few statements 100,000 times).
class StatementCache {
public:
    explicit StatementCache(SQLite::Database& db) : db_(db) {}
    // The statement for `sql`, reset and with its bindings cleared.
    SQLite::Statement& get(const std::string& sql);
    std::int64_t lastInsertId() const { return db_.getLastInsertRowid(); }
    // Finalizes every statement: one left mid-result keeps a read transaction open.
    void clear() { cache_.clear(); }

    // One repository call, however deeply nested: when the outermost ends, every statement
    // is reset. A statement left on a row (a find() reads one row) would otherwise keep a
    // read transaction open: a read-only window would see an old snapshot forever, and on
    // a network share (rollback journal) the writing window would wait for it in vain.
    class Scope {
    public:
        explicit Scope(StatementCache& cache) : cache_(cache) { ++cache_.depth_; }
        ~Scope() {
            if (--cache_.depth_ == 0) {
                cache_.resetAll();
            }
        }
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        StatementCache& cache_;
    };

private:
    void resetAll() noexcept;
    SQLite::Database& db_;
    std::unordered_map<std::string, std::unique_ptr<SQLite::Statement>> cache_;
    int depth_ = 0;
};

// Translates SQLiteCpp's exceptions into StorageError at the layer's boundary.
[[noreturn]] void rethrowAsStorageError(const SQLite::Exception& e);

// Why an update by id and version changed no row: the row moved on (Stale) or is gone
// (NotFound). The app says it to the user with who saved in between.
StorageError notUpdated(SQLite::Database& db, const char* table, std::int64_t id);

template <class F> auto guarded(F&& f) -> decltype(f()) {
    try {
        return f();
    } catch (const SQLite::Exception& e) {
        rethrowAsStorageError(e);
    }
}

// A repository call: SQLite errors become StorageError, statements are reset at the end.
template <class F> auto guarded(StatementCache& statements, F&& f) -> decltype(f()) {
    StatementCache::Scope scope(statements);
    return guarded(std::forward<F>(f));
}

// A record's ordered reports in a link table (`table`: owner_column, position, report_id),
// replaced whole: outreach sessions, aids.
void writeReportLinks(StatementCache& statements, const std::string& table,
                      const std::string& ownerColumn, std::int64_t owner,
                      const std::vector<ReportId>& reports);

// The rows (owner id, report id) of `links`, in order, appended to their owner's `reports`.
template <class T>
void appendReportLinks(SQLite::Statement& links, std::vector<T>& rows,
                       const std::unordered_map<std::int64_t, std::size_t>& index) {
    while (links.executeStep()) {
        if (auto it = index.find(links.getColumn(0).getInt64()); it != index.end()) {
            rows[it->second].reports.push_back(links.getColumn(1).getInt64());
        }
    }
}

// Code -> id of the reference tables, rebuilt after a rollback or a reference change.
class ReferenceIds {
public:
    explicit ReferenceIds(StatementCache& statements) : statements_(statements) {}
    std::optional<std::int64_t> right(const std::string& code);
    std::optional<std::int64_t> institution(const std::string& code);
    std::optional<std::int64_t> sourceGroup(const std::string& name);
    void invalidate();

private:
    std::optional<std::int64_t> lookup(std::map<std::string, std::int64_t>& cache, bool& loaded,
                                       const char* sql, const std::string& code);
    StatementCache& statements_;
    std::map<std::string, std::int64_t> rights_, institutions_, groups_;
    bool rightsLoaded_ = false, institutionsLoaded_ = false, groupsLoaded_ = false;
};

struct NamedBy;   // what a searched word names in the reference data
struct ListRanks; // what the list's orders by source and by rights sort on
struct WordFrequency; // how many reports hold a word (similar_reports.h)

class SqliteReports final : public ReportRepository {
public:
    SqliteReports(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    void insert(DifficultyReport& report) override;
    void update(DifficultyReport& report) override;
    std::optional<DifficultyReport> find(ReportId id) override;
    std::optional<DifficultyReport> findByReference(const ReportReference& ref) override;
    int lastSequence(int year) override;
    ReportReference nextReference(int year) override;
    long long count(const ReportFilter& filter) override;
    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order,
                              bool ascending) override;
    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order, bool ascending,
                              ReportTally& tally) override;
    std::vector<DifficultyReport> load(const std::vector<ReportId>& ids) override;
    void forEach(const ReportFilter& filter,
                 const std::function<void(const DifficultyReport&)>& visit) override;
    std::vector<ReportFacts> facts(const Period& period) override;
    std::vector<int> years() override;
    std::vector<SimilarReport> similar(const SimilarQuery& query) override;

private:
    void bindFields(SQLite::Statement& s, const DifficultyReport& r);
    void writeLinks(const DifficultyReport& r);
    void indexText(const DifficultyReport& r);
    void unindexText(ReportId id);
    // What each typed word of a search names in the reference data (sqlite_reports.cpp).
    std::vector<NamedBy> namedBy(const std::string& search);
    ListRanks listRanks(ReportOrder order);
    // The reports holding each word in their description (an fts5vocab table of the
    // connection, made when first asked).
    std::vector<WordFrequency> wordFrequencies(const std::vector<std::string>& words);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
    bool vocabularyOpen_ = false;
};

class SqliteMeetings final : public MeetingRepository {
public:
    SqliteMeetings(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    void insert(Meeting& meeting) override;
    void update(Meeting& meeting) override;
    void removeMeeting(MeetingId id) override;
    std::optional<Meeting> find(MeetingId id) override;
    std::optional<Meeting> findByKey(const Date& date, const std::string& time) override;
    std::vector<Meeting> onDate(const Date& date) override;
    std::vector<Meeting> list(const std::optional<Period>& period) override;
    std::optional<Date> lastMeetingBefore(const Date& date) override;
    long long countHeld(const Period& period, const Date& today) override;
    void forEach(const std::function<void(const Meeting&)>& visit) override;
    void insert(Decision& decision) override;
    void update(const Decision& decision) override;
    void removeDecision(DecisionId id) override;
    std::optional<Decision> findDecision(DecisionId id) override;
    std::vector<Decision> decisionsOfMeeting(MeetingId id) override;
    std::vector<Decision> decisionsOfReport(ReportId id) override;
    std::vector<Decision> openDecisionsBefore(const Date& date) override;
    std::vector<Decision> decisionsToFollow(const Date& date, const Date& doneSince) override;
    std::vector<AgendaCandidate> agendaCandidates(const std::optional<Date>& since) override;
    bool isOnAnAgenda(ReportId id) override;
    std::vector<DecisionFacts> decisionFacts(const Period& period) override;

private:
    void bindFields(SQLite::Statement& s, const Meeting& m);
    void writeParts(Meeting& meeting);
    void readAttendance(Meeting& meeting);
    void readAgenda(Meeting& meeting);
    std::vector<Meeting> select(const std::string& where,
                                const std::function<void(SQLite::Statement&)>& bindArgs);
    std::vector<Decision> decisions(const std::string& where,
                                    const std::function<void(SQLite::Statement&)>& bindArgs);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
};

class SqliteSolicitations final : public SolicitationRepository {
public:
    SqliteSolicitations(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    void insert(Solicitation& s) override;
    void update(Solicitation& s) override;
    void remove(SolicitationId id) override;
    std::optional<Solicitation> find(SolicitationId id) override;
    std::optional<Solicitation> ofDecision(DecisionId id) override;
    std::vector<Solicitation> list(const SolicitationFilter& filter) override;
    long long overdueCount(const Date& today) override;

private:
    void bindFields(SQLite::Statement& st, const Solicitation& s);
    void writeParts(const Solicitation& s);
    std::vector<Solicitation> select(const std::string& where,
                                     const std::function<void(SQLite::Statement&)>& bindArgs);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
};

class SqliteOutreach final : public OutreachRepository {
public:
    SqliteOutreach(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    std::vector<OutreachScheme> schemes() override;
    void add(OutreachScheme& scheme) override;
    void update(const OutreachScheme& scheme) override;
    void insert(OutreachSession& session) override;
    void update(OutreachSession& session) override;
    void remove(SessionId id) override;
    std::optional<OutreachSession> find(SessionId id) override;
    std::vector<OutreachSession> list(const SessionFilter& filter) override;
    std::vector<OutreachSession> ofReport(ReportId report) override;
    std::vector<std::string> districts() override;

private:
    void bindFields(SQLite::Statement& st, const OutreachSession& s);
    void writeReports(const OutreachSession& s);
    std::vector<OutreachSession> select(const std::string& where,
                                        const std::vector<std::string>& values);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
};

class SqliteAids final : public AidRepository {
public:
    SqliteAids(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    void insert(EmergencyAid& aid) override;
    void update(EmergencyAid& aid) override;
    void remove(AidId id) override;
    std::optional<EmergencyAid> find(AidId id) override;
    std::vector<EmergencyAid> list(const std::optional<Period>& period) override;

private:
    void bindFields(SQLite::Statement& st, const EmergencyAid& a);
    void writeReports(const EmergencyAid& a);
    std::vector<EmergencyAid> select(const std::string& where,
                                     const std::vector<std::string>& values);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
};

class SqliteFaq final : public FaqRepository {
public:
    SqliteFaq(StatementCache& statements, ReferenceIds& ids, SQLite::Database& db)
        : statements_(statements), refIds_(ids), db_(db) {}
    void insert(FaqEntry& entry) override;
    void update(FaqEntry& entry) override;
    void remove(FaqId id) override;
    std::optional<FaqEntry> find(FaqId id) override;
    std::vector<FaqEntry> list() override;

private:
    void bindFields(SQLite::Statement& st, const FaqEntry& e);
    void writeLinks(const FaqEntry& e);
    std::vector<FaqEntry> select(const std::string& where, std::optional<FaqId> id);
    StatementCache& statements_;
    ReferenceIds& refIds_;
    SQLite::Database& db_;
};

class SqliteEnteredFigures final : public EnteredFiguresRepository {
public:
    explicit SqliteEnteredFigures(StatementCache& statements) : statements_(statements) {}
    std::optional<EnteredFigures> find(int year) override;
    std::vector<int> years() override;
    void save(const EnteredFigures& figures) override;
    void remove(int year) override;

private:
    StatementCache& statements_;
};

class SqliteReference final : public ReferenceRepository {
public:
    SqliteReference(StatementCache& statements, ReferenceIds& ids)
        : statements_(statements), refIds_(ids) {}
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
    std::optional<std::int64_t> institutionIdOrNull(const std::string& code);
    template <class Entry> void insertEntry(Entry& entry, const std::string& key, const char* sql);
    template <class Entry>
    void updateEntry(const Entry& entry, const std::string& key, const char* sql);
    StatementCache& statements_;
    ReferenceIds& refIds_;
};

class SqliteAudit final : public AuditLog {
public:
    explicit SqliteAudit(StatementCache& statements) : statements_(statements) {}
    void record(const AuditEntry& entry) override;
    std::vector<AuditEntry> history(const std::string& entity, std::int64_t id) override;
    long long size() override;
    void forEach(const std::function<void(const AuditEntry&)>& visit) override;
    void rewrite(const AuditEntry& entry) override;
    std::vector<AuditEntry> search(const AuditQuery& query) override; // sqlite_audit_search.cpp
    long long count(const AuditQuery& query) override;
    std::vector<std::string> users() override;

private:
    StatementCache& statements_;
};

class SqliteSettings final : public Settings {
public:
    explicit SqliteSettings(StatementCache& statements) : statements_(statements) {}
    std::optional<std::string> get(const std::string& key) override;
    void set(const std::string& key, const std::string& value) override;
    std::optional<std::string> file(const std::string& name) override;
    void setFile(const std::string& name, const std::string& bytes) override;
    void removeFile(const std::string& name) override;
    std::vector<std::string> keys() override;
    std::vector<std::string> fileNames() override;

private:
    StatementCache& statements_;
};

class SqliteStore final : public Store {
public:
    SqliteStore(std::unique_ptr<SQLite::Database> db, DatabaseInfo info, bool integrityVerified);
    ~SqliteStore() override;
    const DatabaseInfo& info() const override { return info_; }
    std::unique_ptr<UnitOfWork> begin() override;
    std::unique_ptr<ReadSnapshot> readSnapshot() override;
    ReportRepository& reports() override { return reports_; }
    MeetingRepository& meetings() override { return meetings_; }
    SolicitationRepository& solicitations() override { return solicitations_; }
    OutreachRepository& outreach() override { return outreach_; }
    AidRepository& aids() override { return aids_; }
    FaqRepository& faq() override { return faq_; }
    EnteredFiguresRepository& enteredFigures() override { return entered_; }
    ReferenceRepository& reference() override { return reference_; }
    AuditLog& audit() override { return audit_; }
    Settings& settings() override { return settings_; }
    ChangeStamp changeStamp() override;
    void backupTo(const std::filesystem::path& target, DamagedCopy ifDamaged) override;
    void restoreFrom(const std::filesystem::path& source) override;
    std::vector<std::string> scrub() override;

    void endUnitOfWork(bool committed);

private:
    std::unique_ptr<SQLite::Database> db_;
    DatabaseInfo info_;
    StatementCache statements_;
    ReferenceIds ids_;
    SqliteReports reports_;
    SqliteMeetings meetings_;
    SqliteSolicitations solicitations_;
    SqliteOutreach outreach_;
    SqliteAids aids_;
    SqliteFaq faq_;
    SqliteEnteredFigures entered_;
    SqliteReference reference_;
    SqliteAudit audit_;
    SqliteSettings settings_;
    bool inUnitOfWork_ = false;
    long long commits_ = 0;
    bool integrityVerified_;
};

} // namespace vigie::storage
