#include "pg_store.h"

#include <algorithm>

#include <fmt/format.h>

#include "pg_database.h"
#include "pg_meetings.h"
#include "pg_reports.h"
#include "pg_sites.h"
#include "pg_aids.h"
#include "pg_faq.h"
#include "pg_outreach.h"
#include "pg_solicitations.h"
#include "platform/i18n.h"
#include "platform/system.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

namespace {

class PgStore;

class PgUnitOfWork final : public UnitOfWork {
public:
    PgUnitOfWork(Connection& db, bool& open, long long& commits, const std::string& site)
        : db_(db), open_(open), commits_(commits), site_(site) {
        db_.execScript("BEGIN");
        open_ = true;
        // The writers of a site take turns, whole units of work at a time: each would
        // otherwise lock its rows, then the site's change counter at commit, and two of
        // them could wait for each other (a deadlock). The sites never wait for each other.
        if (!site_.empty()) {
            try {
                db_.exec("SELECT pg_advisory_xact_lock(hashtext('vigie.site'), hashtext($1))",
                         Params().text(site_));
            } catch (...) {
                rollBack();
                throw;
            }
        }
    }
    ~PgUnitOfWork() override {
        if (!committed_) {
            rollBack();
        }
        open_ = false;
    }
    void commit() override {
        // Counted for the other windows of the site: their change stamp moves. (Declaring
        // sites and granting roles, with no site chosen yet, is nobody's site's change.)
        if (!site_.empty()) {
            db_.exec("INSERT INTO change_counters(site, n) VALUES ($1, 1) ON CONFLICT (site) DO "
                     "UPDATE SET n = change_counters.n + 1",
                     Params().text(site_));
        }
        db_.execScript("COMMIT");
        committed_ = true;
        ++commits_;
    }

private:
    void rollBack() {
        try {
            db_.execScript("ROLLBACK");
        } catch (...) {
            // The connection is gone: the server rolled back already.
        }
        open_ = false;
    }

    Connection& db_;
    bool& open_;
    long long& commits_;
    std::string site_;
    bool committed_ = false;
};

// Repeatable read, read only: every read of the document sees the database as it was
// when the snapshot was taken.
class PgReadSnapshot final : public ReadSnapshot {
public:
    PgReadSnapshot(Connection& db, bool& open) : db_(db), open_(open) {
        db_.execScript("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        db_.exec("SELECT 1 FROM vigie_schema"); // the snapshot is taken at the first read
        open_ = true;
    }
    ~PgReadSnapshot() override {
        try {
            db_.execScript("ROLLBACK");
        } catch (...) {
        }
        open_ = false;
    }

private:
    Connection& db_;
    bool& open_;
};

class PgStore final : public Store {
public:
    PgStore(const std::string& uri, const std::string& site)
        : session_(uri, site), reports_(session_), meetings_(session_),
          solicitations_(session_), outreach_(session_), aids_(session_), faq_(session_), entered_(session_), reference_(session_), audit_(session_),
          settings_(session_), sites_(session_) {
        info_.path = platform::withoutPassword(uri);
        info_.schemaVersion = session_.schema().version;
        info_.created = session_.schema().created;
    }
    Session& session() { return session_; }

    const DatabaseInfo& info() const override { return info_; }
    std::unique_ptr<UnitOfWork> begin() override {
        if (inTransaction_) {
            throw std::logic_error("a unit of work or a snapshot is already open");
        }
        return std::make_unique<PgUnitOfWork>(session_.db(), inTransaction_, commits_,
                                              session_.site());
    }
    std::unique_ptr<ReadSnapshot> readSnapshot() override {
        if (inTransaction_) {
            throw std::logic_error("a snapshot inside a unit of work");
        }
        return std::make_unique<PgReadSnapshot>(session_.db(), inTransaction_);
    }
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
    SiteDirectory* sites() override { return &sites_; }
    ChangeStamp changeStamp() override {
        auto n = session_.db().exec("SELECT coalesce(max(n), 0) FROM change_counters WHERE site "
                                    "= $1",
                                    Params().text(session_.site()));
        return ChangeStamp{commits_, n.integer(0, 0)};
    }
    void backupTo(const std::filesystem::path&, DamagedCopy) override { refuseCopies(); }
    void restoreFrom(const std::filesystem::path&) override { refuseCopies(); }
    // The rows a purge overwrote stay in the table's pages until the server rewrites them:
    // VACUUM FULL does, but only the tables' owner may run it.
    std::vector<std::string> scrub() override {
        std::vector<std::string> undone;
        for (const char* table : {"reports", "decisions", "audit_entries"}) {
            // A role that does not own the table only gets a warning from VACUUM: ask first.
            const bool owner = session_.db()
                                   .exec("SELECT pg_has_role(relowner, 'MEMBER') FROM pg_class "
                                         "WHERE oid = $1::regclass",
                                         Params().text(table))
                                   .text(0, 0) == "t";
            if (owner) {
                session_.db().exec(fmt::format("VACUUM (FULL) {}", table));
            } else {
                undone.push_back(fmt::format(
                    fmt::runtime(tr("The server keeps the former rows of the table {} until its "
                                    "administrator runs VACUUM FULL on it (only the tables' "
                                    "owner may).")),
                    table));
            }
        }
        return undone;
    }

private:
    // The server's copies are its administrator's (pg_dump), not a file beside it.
    [[noreturn]] static void refuseCopies() {
        throw StorageError(Kind::Failed,
                           tr("A shared database is backed up and restored by its "
                              "administrator on the server (pg_dump), not by Vigie."));
    }

    Session session_;
    PgReports reports_;
    PgMeetings meetings_;
    PgSolicitations solicitations_;
    PgOutreach outreach_;
    PgAids aids_;
    PgFaq faq_;
    PgEnteredFigures entered_;
    PgReference reference_;
    PgAudit audit_;
    PgSettings settings_;
    PgSites sites_;
    DatabaseInfo info_;
    bool inTransaction_ = false;
    long long commits_ = 0;
};

} // namespace

std::unique_ptr<Store> openPgStore(const std::string& uri, const std::string& site,
                                   const std::string& siteName) {
    auto store = std::make_unique<PgStore>(uri, site);
    if (!siteName.empty()) {
        store->session().addSite(site, siteName);
    }
    return store;
}

} // namespace vigie::storage::pg
