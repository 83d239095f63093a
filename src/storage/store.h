// What the app layer sees of a database: repositories and units of work, with no
// SQLite type in sight, so that another back end can stand beside SQLite later.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/aid.h"
#include "domain/audit.h"
#include "domain/faq.h"
#include "domain/meeting.h"
#include "domain/outreach.h"
#include "domain/queries.h"
#include "domain/reference_data.h"
#include "domain/solicitation.h"
#include "domain/report.h"
#include "domain/statistics.h"
#include "platform/errors.h"

namespace vigie::storage {

// One transaction. Destroyed without commit(), it rolls everything back.
class UnitOfWork {
public:
    virtual ~UnitOfWork() = default;
    virtual void commit() = 0;
};

// While it lives, every read sees the database as it was when it was taken, whatever
// others commit meanwhile: a document reads many tables and must add up. Nothing can be
// written through the store meanwhile (begin() refuses).
class ReadSnapshot {
public:
    virtual ~ReadSnapshot() = default;
};

class ReportRepository {
public:
    virtual ~ReportRepository() = default;
    // Stores a new report (reference already assigned) and sets its id.
    virtual void insert(DifficultyReport& report) = 0;
    // Replaces every field of the stored report with the same id, if it is still at
    // `report.version` (else StorageError Stale: someone saved in between; NotFound when
    // it is gone), and counts one more version in `report`.
    virtual void update(DifficultyReport& report) = 0;
    virtual std::optional<DifficultyReport> find(ReportId id) = 0;
    virtual std::optional<DifficultyReport> findByReference(const ReportReference& ref) = 0;
    virtual int lastSequence(int year) = 0;
    // The next free reference of the year, inside a unit of work: two units of work
    // never get the same one (SQLite: one writer at a time; a server back end locks the
    // year), and a reference inserted in this one is taken.
    virtual ReportReference nextReference(int year) = 0;
    virtual long long count(const ReportFilter& filter) = 0;
    // Ids in display order: the window keeps this row -> id map and loads rows by page.
    virtual std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order,
                                      bool ascending) = 0;
    // The same ids with the tally of what they are, read in one pass.
    virtual std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order, bool ascending,
                                      ReportTally& tally) = 0;
    virtual std::vector<DifficultyReport> load(const std::vector<ReportId>& ids) = 0;
    // Every report matching, by date received then reference (the export order).
    virtual void forEach(const ReportFilter& filter,
                         const std::function<void(const DifficultyReport&)>& visit) = 0;
    virtual std::vector<ReportFacts> facts(const Period& period) = 0;
    virtual std::vector<int> years() = 0; // years with reports, ascending
    // The stored reports closest to one being written, closest first, at most
    // `query.limit`; none when its text has no significant word. Its text may hold
    // anything (quotes, search operators): it is read as plain words. Bounded work: on
    // a large database only the rarer words are looked for (under 50 ms on 100,000).
    virtual std::vector<SimilarReport> similar(const SimilarQuery& query) = 0;
};

class MeetingRepository {
public:
    virtual ~MeetingRepository() = default;
    // Stores a new meeting with its attendance and agenda; sets the ids.
    virtual void insert(Meeting& meeting) = 0;
    // Replaces every field, the attendance and the agenda; agenda items get new ids. The
    // same version rule as reports.
    virtual void update(Meeting& meeting) = 0;
    virtual void removeMeeting(MeetingId id) = 0;
    virtual std::optional<Meeting> find(MeetingId id) = 0;
    virtual std::optional<Meeting> findByKey(const Date& date, const std::string& time) = 0;
    virtual std::vector<Meeting> onDate(const Date& date) = 0;
    // Meetings of a period (all when none), by date and time, without their agenda.
    virtual std::vector<Meeting> list(const std::optional<Period>& period) = 0;
    virtual std::optional<Date> lastMeetingBefore(const Date& date) = 0;
    virtual long long countHeld(const Period& period, const Date& today) = 0;
    // Every meeting with its attendance (no agenda), by date then time: the CSV export.
    virtual void forEach(const std::function<void(const Meeting&)>& visit) = 0;

    virtual void insert(Decision& decision) = 0;
    virtual void update(const Decision& decision) = 0;
    virtual void removeDecision(DecisionId id) = 0;
    virtual std::optional<Decision> findDecision(DecisionId id) = 0;
    virtual std::vector<Decision> decisionsOfMeeting(MeetingId id) = 0;
    virtual std::vector<Decision> decisionsOfReport(ReportId id) = 0;
    // Open decisions taken at meetings held before `date`.
    virtual std::vector<Decision> openDecisionsBefore(const Date& date) = 0;
    // Decisions of meetings before `date` still open, or done on or after `doneSince`.
    virtual std::vector<Decision> decisionsToFollow(const Date& date, const Date& doneSince) = 0;
    // Reports still waiting or followed up, and those received after `since` (all when
    // none), with the latest meeting that had each on its agenda and the latest answer to
    // a solicitation about it.
    virtual std::vector<AgendaCandidate> agendaCandidates(const std::optional<Date>& since) = 0;
    virtual bool isOnAnAgenda(ReportId id) = 0;
    // Every decision taken at a meeting of the period, for the statistics.
    virtual std::vector<DecisionFacts> decisionFacts(const Period& period) = 0;
};

class SolicitationRepository {
public:
    virtual ~SolicitationRepository() = default;
    // Stores a new solicitation; a non-zero id is kept (the CSV round trip needs it).
    virtual void insert(Solicitation& s) = 0;
    // The same version rule as reports.
    virtual void update(Solicitation& s) = 0;
    // With its addressees, reports and reminders.
    virtual void remove(SolicitationId id) = 0;
    virtual std::optional<Solicitation> find(SolicitationId id) = 0;
    virtual std::optional<Solicitation> ofDecision(DecisionId id) = 0;
    // By date sent, then id.
    virtual std::vector<Solicitation> list(const SolicitationFilter& filter) = 0;
    virtual long long overdueCount(const Date& today) = 0;
};

// Outreach sessions and the schemes they belong to.
class OutreachRepository {
public:
    virtual ~OutreachRepository() = default;
    virtual std::vector<OutreachScheme> schemes() = 0; // by label
    virtual void add(OutreachScheme& scheme) = 0;      // sets the id
    virtual void update(const OutreachScheme& scheme) = 0;
    // Stores a new session (its scheme and partner codes must exist); a non-zero id is
    // kept (the CSV round trip needs it).
    virtual void insert(OutreachSession& session) = 0;
    // The same version rule as reports.
    virtual void update(OutreachSession& session) = 0;
    virtual void remove(SessionId id) = 0;
    virtual std::optional<OutreachSession> find(SessionId id) = 0;
    // By date, start time, then id.
    virtual std::vector<OutreachSession> list(const SessionFilter& filter) = 0;
    virtual std::vector<OutreachSession> ofReport(ReportId report) = 0;
    // The districts written so far, distinct, in alphabetical order.
    virtual std::vector<std::string> districts() = 0;
};

// Emergency aid granted by the CCAS.
class AidRepository {
public:
    virtual ~AidRepository() = default;
    // Stores a new aid (its right and institution codes must exist); a non-zero id is kept.
    virtual void insert(EmergencyAid& aid) = 0;
    virtual void update(EmergencyAid& aid) = 0; // the same version rule as reports
    virtual void remove(AidId id) = 0;
    virtual std::optional<EmergencyAid> find(AidId id) = 0;
    // Those granted in the period (all when none), by date then id.
    virtual std::vector<EmergencyAid> list(const std::optional<Period>& period) = 0;
};

// The answers of the city's FAQ.
class FaqRepository {
public:
    virtual ~FaqRepository() = default;
    // Stores a new entry (its right and institution codes must exist); a non-zero id is kept.
    virtual void insert(FaqEntry& entry) = 0;
    virtual void update(FaqEntry& entry) = 0; // the same version rule as reports
    virtual void remove(FaqId id) = 0;
    virtual std::optional<FaqEntry> find(FaqId id) = 0;
    // Every entry, by id (the order they were written in).
    virtual std::vector<FaqEntry> list() = 0;
};

// Figures typed in for the years before Vigie (the annual report's N-1 column).
class EnteredFiguresRepository {
public:
    virtual ~EnteredFiguresRepository() = default;
    virtual std::optional<EnteredFigures> find(int year) = 0;
    virtual std::vector<int> years() = 0; // ascending
    virtual void save(const EnteredFigures& figures) = 0; // replaces the year's figures
    virtual void remove(int year) = 0;
};

class ReferenceRepository {
public:
    virtual ~ReferenceRepository() = default;
    virtual std::vector<RightFamily> rightFamilies() = 0;
    virtual std::vector<Right> rights() = 0;
    virtual std::vector<Institution> institutions() = 0;
    virtual std::vector<SourceGroup> sourceGroups() = 0;
    virtual std::vector<Person> people() = 0;

    virtual void add(Right& right) = 0; // sets the id
    virtual void update(const Right& right) = 0;
    virtual void add(Institution& institution) = 0;
    virtual void update(const Institution& institution) = 0;
    virtual void add(SourceGroup& group) = 0;
    virtual void update(const SourceGroup& group) = 0;
    virtual void add(Person& person) = 0;
    virtual void update(const Person& person) = 0;
    virtual void updateFamilyLabel(const std::string& code, const std::string& label) = 0;
};

class AuditLog {
public:
    virtual ~AuditLog() = default;
    virtual void record(const AuditEntry& entry) = 0;
    // Oldest first.
    virtual std::vector<AuditEntry> history(const std::string& entity, std::int64_t id) = 0;
    virtual long long size() = 0;
    // Every entry, oldest first (copying a database whole).
    virtual void forEach(const std::function<void(const AuditEntry&)>& visit) = 0;
    // Replaces the before and after values of entry `entry.id` (a retention purge erasing
    // what they held); nothing else of the entry changes.
    virtual void rewrite(const AuditEntry& entry) = 0;
    // The entries a history window shows, newest first (by when they were recorded), one
    // page of them; a count of all that match. On a shared database, this site's only.
    virtual std::vector<AuditEntry> search(const AuditQuery& query) = 0;
    virtual long long count(const AuditQuery& query) = 0;
    // Who wrote entries, in alphabetical order (a history's choice of users).
    virtual std::vector<std::string> users() = 0;
};

class Settings {
public:
    virtual ~Settings() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    virtual void set(const std::string& key, const std::string& value) = 0;
    // Binary content kept in the database (the organisation's logo), so that it travels
    // with the file.
    virtual std::optional<std::string> file(const std::string& name) = 0;
    virtual void setFile(const std::string& name, const std::string& bytes) = 0;
    virtual void removeFile(const std::string& name) = 0;
    // What is stored, by name (copying a database whole).
    virtual std::vector<std::string> keys() = 0;
    virtual std::vector<std::string> fileNames() = 0;
};

// The watch groups of a shared database (FORMATS.md, "sites"); an SQLite file is one
// CCAS and has none.
struct Site {
    std::string code;
    std::string name;
};

class SiteDirectory {
public:
    virtual ~SiteDirectory() = default;
    virtual std::vector<Site> list() = 0; // those this login may read, by code
    // Declares a site, or renames it.
    virtual void add(const Site& site) = 0;
    // The site this store works on: empty while none is chosen (a new shared database).
    virtual const std::string& current() const = 0;
    // Works on another site from now on (one the list holds).
    virtual void use(const std::string& code) = 0;
    // Lets the server's login role `role` read and write the site `site` and nothing else
    // (StorageError NotFound for a role or site the server does not know).
    virtual void grant(const std::string& site, const std::string& role) = 0;
    // Lets `role` read every site and write none (a département's view).
    virtual void grantReadingAll(const std::string& role) = 0;
};

enum class JournalMode { Wal, Rollback };

// What opening the file found and did, for the user's information.
struct DatabaseInfo {
    std::filesystem::path path;
    int schemaVersion = 0;
    bool created = false;
    bool migrated = false;
    std::optional<std::filesystem::path> migrationBackup;
    JournalMode journal = JournalMode::Wal;
    bool onNetworkShare = false;
    bool readOnly = false;
};

// Where a database stands: two stamps differ when something was written in between, by
// this program (`local`) or another one on the same database (`external`). A window
// compares them to reload only the views that are stale.
struct ChangeStamp {
    long long local = 0;
    long long external = 0;
    bool operator==(const ChangeStamp&) const = default;
};

// What a copy found damaged becomes: refused (a backup that would later replace a good
// copy), or kept all the same (the copy of the database a restore is about to replace).
enum class DamagedCopy { Refuse, Keep };

class Store {
public:
    virtual ~Store() = default;
    virtual const DatabaseInfo& info() const = 0;
    virtual std::unique_ptr<UnitOfWork> begin() = 0;
    virtual std::unique_ptr<ReadSnapshot> readSnapshot() = 0;
    virtual ReportRepository& reports() = 0;
    virtual MeetingRepository& meetings() = 0;
    virtual SolicitationRepository& solicitations() = 0;
    virtual OutreachRepository& outreach() = 0;
    virtual AidRepository& aids() = 0;
    virtual FaqRepository& faq() = 0;
    virtual EnteredFiguresRepository& enteredFigures() = 0;
    virtual ReferenceRepository& reference() = 0;
    virtual AuditLog& audit() = 0;
    virtual Settings& settings() = 0;
    virtual ChangeStamp changeStamp() = 0;
    // The sites of a shared database; none (nullptr) for an SQLite file.
    virtual SiteDirectory* sites() { return nullptr; }
    // A consistent copy of the whole database, taken while it is in use, read back and
    // checked before it counts (StorageError Corrupted when damaged and refused).
    virtual void backupTo(const std::filesystem::path& target, DamagedCopy ifDamaged) = 0;
    // Replaces the whole content with that of a backup copy (checked first: a Vigie
    // file, not newer, not damaged), in one step through SQLite's backup API. The store
    // must be opened again afterwards: the copy may be of an older version.
    virtual void restoreFrom(const std::filesystem::path& source) = 0;
    // After an erasure (outside any unit of work): what was overwritten becomes unreadable
    // in the storage itself — SQLite: the search index merged, the file rewritten without
    // free pages, the journal emptied; PostgreSQL: the tables rewritten by the server.
    // Returns, in French, what could not be done (empty when all was).
    virtual std::vector<std::string> scrub() = 0;
};

struct OpenOptions {
    bool createIfMissing = true;
    // Opens for reading only, even a writable file (another window is writing to it).
    bool readOnly = false;
    // Files up to this size get SQLite's quick_check when opened (about 2 ms per MB);
    // larger ones just before their first write, so that reading figures stays fast.
    std::uintmax_t integrityCheckAtOpenUpTo = 32u << 20;
};

// Opens (creating or upgrading when needed) a Vigie database file. Refuses, with a
// StorageError and without touching it, a file that is not SQLite, belongs to another
// program, comes from a newer Vigie or is corrupted.
std::unique_ptr<Store> openSqliteStore(const std::filesystem::path& file,
                                       const OpenOptions& options = {});

// Copies a database through a connection of its own, so that it may run on another
// thread while the window works on the file; written beside the target, then renamed.
void copyDatabaseFile(const std::filesystem::path& source, const std::filesystem::path& target);

// Folder of the automatic copies of a database: next to it, "<name>.backups".
std::filesystem::path backupDirectoryFor(const std::filesystem::path& database);

} // namespace vigie::storage
