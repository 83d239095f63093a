#include "pg_schema.h"

#include <fmt/format.h>

#include "domain/outreach.h"
#include "domain/reference_data.h"
#include "domain/text.h"
#include "pg_connection.h"
#include "pg_sites.h"
#include "platform/i18n.h"
#include "storage/schema.h"

namespace vigie::storage::pg {

namespace {

// The key of the advisory lock held while upgrading ("VIGIE" in ASCII).
constexpr long long kMigrationLock = 0x5649474945;

// Version 6, whole (the first version on PostgreSQL). Differences from the SQLite file, all on purpose:
// - `site`: every table of a watch group's own data says whose it is (FORMATS.md, "sites");
//   the reference tables hold the département's shared rows (site NULL) and each site's
//   additions. The default is the session's site, set when connecting.
// - report references come from a counter row per site and year, locked by the unit of
//   work that takes a number: two sites or two users never get the same one.
// - dates are ISO text as in SQLite, so that both back ends compare and sort alike.
constexpr const char* kVersion6 = R"sql(
CREATE TABLE vigie_schema (version INTEGER NOT NULL);

CREATE TABLE sites (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
);

CREATE TABLE settings (
    site  TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    key   TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (site, key)
);

CREATE TABLE files (
    site    TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    name    TEXT NOT NULL,
    content BYTEA NOT NULL,
    PRIMARY KEY (site, name)
);

CREATE TABLE right_families (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
);

CREATE TABLE rights (
    id          BIGSERIAL PRIMARY KEY,
    site        TEXT REFERENCES sites(code),
    code        TEXT NOT NULL,
    code_key    TEXT NOT NULL,
    label       TEXT NOT NULL,
    family_code TEXT NOT NULL REFERENCES right_families(code),
    active      BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX rights_by_key ON rights (COALESCE(site, ''), code_key);

CREATE TABLE institutions (
    id             BIGSERIAL PRIMARY KEY,
    site           TEXT REFERENCES sites(code),
    code           TEXT NOT NULL,
    code_key       TEXT NOT NULL,
    name           TEXT NOT NULL,
    postal_address TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    active         BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX institutions_by_key ON institutions (COALESCE(site, ''), code_key);

CREATE TABLE source_groups (
    id       BIGSERIAL PRIMARY KEY,
    site     TEXT REFERENCES sites(code),
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX source_groups_by_key ON source_groups (COALESCE(site, ''), name_key);

CREATE TABLE people (
    id                   BIGSERIAL PRIMARY KEY,
    site                 TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    name                 TEXT NOT NULL,
    institution_id       BIGINT REFERENCES institutions(id),
    email                TEXT NOT NULL DEFAULT '',
    on_distribution_list BOOLEAN NOT NULL DEFAULT FALSE,
    active               BOOLEAN NOT NULL DEFAULT TRUE
);

-- One row per site, counted up by every unit of work committed: the other windows of
-- the site see that something changed and reload what they show.
CREATE TABLE change_counters (
    site TEXT PRIMARY KEY,
    n    BIGINT NOT NULL
);

CREATE TABLE report_counters (
    site TEXT NOT NULL,
    year INTEGER NOT NULL,
    last INTEGER NOT NULL,
    PRIMARY KEY (site, year)
);

CREATE TABLE reports (
    id             BIGSERIAL PRIMARY KEY,
    site           TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    reference      TEXT NOT NULL,
    ref_year       INTEGER NOT NULL,
    ref_seq        INTEGER NOT NULL,
    received_on    TEXT NOT NULL CHECK (received_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    source_id      BIGINT REFERENCES source_groups(id),
    author         TEXT NOT NULL DEFAULT '',
    description    TEXT NOT NULL,
    proposals      TEXT NOT NULL DEFAULT '',
    categories     INTEGER NOT NULL CHECK (categories BETWEEN 1 AND 7),
    category_order TEXT NOT NULL DEFAULT '',
    non_take_up    TEXT CHECK (non_take_up IN
        ('non_connaissance', 'non_demande', 'non_reception', 'non_proposition')),
    status         TEXT NOT NULL CHECK (status IN ('recue', 'a_l_ordre_du_jour', 'suivi_en_cours',
        'resolue', 'non_resolue', 'remontee_nationale', 'annulee')),
    closed_on      TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1,
    -- The words of the reference, description, proposals and author, folded as the
    -- domain folds them (accents and case away): search by word prefix on both back ends.
    search_words   TSVECTOR NOT NULL DEFAULT ''::tsvector,
    UNIQUE (site, reference),
    UNIQUE (site, ref_year, ref_seq)
);
CREATE INDEX reports_by_date ON reports (site, received_on, ref_year, ref_seq);
CREATE INDEX reports_by_status ON reports (site, status);
CREATE INDEX reports_by_source ON reports (source_id);
CREATE INDEX reports_by_words ON reports USING GIN (search_words);

CREATE TABLE report_rights (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    report_id BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    right_id  BIGINT NOT NULL REFERENCES rights(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (report_id, right_id)
);
CREATE INDEX report_rights_by_right ON report_rights (right_id);

CREATE TABLE report_institutions (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    report_id      BIGINT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    institution_id BIGINT NOT NULL REFERENCES institutions(id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (report_id, institution_id)
);
CREATE INDEX report_institutions_by_institution ON report_institutions (institution_id);

CREATE TABLE audit_entries (
    id          BIGSERIAL PRIMARY KEY,
    site        TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   BIGINT NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_entity ON audit_entries (site, entity, entity_id);

CREATE TABLE meetings (
    id           BIGSERIAL PRIMARY KEY,
    site         TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    date         TEXT NOT NULL CHECK (date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    time         TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    next_date    TEXT,
    state        TEXT NOT NULL CHECK (state IN ('planned', 'held', 'final')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1,
    UNIQUE (site, date, time)
);

CREATE TABLE meeting_bodies (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    meeting_id     BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    institution_id BIGINT NOT NULL REFERENCES institutions(id),
    presence       TEXT NOT NULL CHECK (presence IN ('present', 'excused')),
    position       INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, institution_id)
);

CREATE TABLE meeting_people (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    meeting_id BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    presence   TEXT NOT NULL CHECK (presence IN ('present', 'excused')),
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, name)
);

CREATE TABLE decisions (
    id           BIGSERIAL PRIMARY KEY,
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    meeting_id   BIGINT NOT NULL REFERENCES meetings(id),
    report_id    BIGINT NOT NULL REFERENCES reports(id),
    kind         TEXT NOT NULL CHECK (kind IN ('individual_alert', 'collective_alert',
                     'faq_answer', 'solicitation', 'national_escalation', 'no_follow_up')),
    text         TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    due          TEXT,
    done_on      TEXT,
    institutions TEXT NOT NULL DEFAULT ''
);
CREATE INDEX decisions_by_report ON decisions (report_id);
CREATE INDEX decisions_by_meeting ON decisions (meeting_id);

CREATE TABLE agenda_items (
    id          BIGSERIAL PRIMARY KEY,
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    meeting_id  BIGINT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('new_report', 'open_follow_up',
                    'decision_follow_up', 'free')),
    report_id   BIGINT REFERENCES reports(id),
    decision_id BIGINT REFERENCES decisions(id) ON DELETE SET NULL,
    title       TEXT NOT NULL DEFAULT '',
    minutes     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_by_meeting ON agenda_items (meeting_id, position);
CREATE INDEX agenda_by_report ON agenda_items (report_id);

CREATE TABLE solicitations (
    id             BIGSERIAL PRIMARY KEY,
    site           TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    sent_on        TEXT NOT NULL CHECK (sent_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    subject        TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('mail', 'letter', 'pio_meeting')),
    contact        TEXT NOT NULL DEFAULT '',
    expected_by    TEXT NOT NULL,
    answered_on    TEXT,
    answer         TEXT NOT NULL DEFAULT '',
    answered_by_id BIGINT REFERENCES institutions(id),
    closed         BOOLEAN NOT NULL DEFAULT FALSE,
    decision_id    BIGINT REFERENCES decisions(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX solicitations_by_date ON solicitations (site, sent_on, id);
CREATE INDEX solicitations_by_decision ON solicitations (decision_id);

CREATE TABLE solicitation_addressees (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    solicitation_id BIGINT NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    institution_id  BIGINT NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (solicitation_id, position),
    UNIQUE (solicitation_id, institution_id)
);
CREATE INDEX solicitation_addressees_by_institution ON solicitation_addressees (institution_id);

CREATE TABLE solicitation_reports (
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    solicitation_id BIGINT NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    report_id       BIGINT NOT NULL REFERENCES reports(id),
    PRIMARY KEY (solicitation_id, position),
    UNIQUE (solicitation_id, report_id)
);
CREATE INDEX solicitation_reports_by_report ON solicitation_reports (report_id);

CREATE TABLE solicitation_chases (
    id              BIGSERIAL PRIMARY KEY,
    site TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    solicitation_id BIGINT NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    chased_on       TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX solicitation_chases_by_solicitation ON solicitation_chases (solicitation_id, chased_on);

CREATE TABLE entered_years (
    site       TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    year       INTEGER NOT NULL CHECK (year BETWEEN 1 AND 9999),
    meetings   BIGINT NOT NULL CHECK (meetings >= 0),
    reports    BIGINT NOT NULL CHECK (reports >= 0),
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    PRIMARY KEY (site, year)
);

CREATE TABLE entered_counts (
    site  TEXT NOT NULL,
    year  INTEGER NOT NULL,
    kind  TEXT NOT NULL CHECK (kind IN ('category', 'right_family')),
    code  TEXT NOT NULL,
    count BIGINT NOT NULL CHECK (count >= 0),
    PRIMARY KEY (site, year, kind, code),
    FOREIGN KEY (site, year) REFERENCES entered_years(site, year) ON DELETE CASCADE
);

CREATE TABLE entered_solicitations (
    site       TEXT NOT NULL,
    year       INTEGER NOT NULL,
    position   INTEGER NOT NULL,
    addressees TEXT NOT NULL,
    count      BIGINT NOT NULL CHECK (count >= 0),
    answered   BIGINT NOT NULL CHECK (answered BETWEEN 0 AND count),
    subjects   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (site, year, position),
    FOREIGN KEY (site, year) REFERENCES entered_years(site, year) ON DELETE CASCADE
);
)sql";

// Version 7: outreach, as in the SQLite file; the schemes are reference rows (the
// département's and each site's additions), the sessions and their links a site's own.
constexpr const char* kVersion7 = R"sql(
CREATE TABLE outreach_schemes (
    id       BIGSERIAL PRIMARY KEY,
    site     TEXT REFERENCES sites(code),
    code     TEXT NOT NULL,
    code_key TEXT NOT NULL,
    label    TEXT NOT NULL,
    active   BOOLEAN NOT NULL DEFAULT TRUE
);
CREATE UNIQUE INDEX outreach_schemes_by_key ON outreach_schemes (COALESCE(site, ''), code_key);

CREATE TABLE outreach_sessions (
    id                  BIGSERIAL PRIMARY KEY,
    site                TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    held_on             TEXT NOT NULL CHECK (held_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    starts_at           INTEGER CHECK (starts_at BETWEEN 0 AND 1439),
    ends_at             INTEGER CHECK (ends_at BETWEEN 0 AND 1439),
    scheme_id           BIGINT NOT NULL REFERENCES outreach_schemes(id),
    place               TEXT NOT NULL DEFAULT '',
    district            TEXT NOT NULL DEFAULT '',
    partner_id          BIGINT REFERENCES institutions(id),
    staff               TEXT NOT NULL DEFAULT '',
    people              BIGINT NOT NULL CHECK (people >= 0),
    new_people          BIGINT CHECK (new_people BETWEEN 0 AND people),
    informed            BIGINT CHECK (informed BETWEEN 0 AND people),
    rights_appointments BIGINT CHECK (rights_appointments >= 0),
    applications        BIGINT CHECK (applications >= 0),
    referrals           BIGINT CHECK (referrals >= 0),
    reminders           BIGINT CHECK (reminders >= 0),
    themes              TEXT NOT NULL DEFAULT '',
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outreach_sessions_by_date ON outreach_sessions (site, held_on, starts_at, id);

CREATE TABLE session_reports (
    site       TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    session_id BIGINT NOT NULL REFERENCES outreach_sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    report_id  BIGINT NOT NULL REFERENCES reports(id),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, report_id)
);
CREATE INDEX session_reports_by_report ON session_reports (report_id);
)sql";

// Version 8: emergency aid, a site's own rows.
constexpr const char* kVersion8 = R"sql(
CREATE TABLE aids (
    id             BIGSERIAL PRIMARY KEY,
    site           TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    granted_on     TEXT NOT NULL CHECK (granted_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    cents          BIGINT NOT NULL CHECK (cents >= 0),
    kind           TEXT,
    right_id       BIGINT REFERENCES rights(id),
    non_take_up    TEXT,
    institution_id BIGINT REFERENCES institutions(id),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX aids_by_date ON aids (site, granted_on, id);

CREATE TABLE aid_reports (
    site      TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    aid_id    BIGINT NOT NULL REFERENCES aids(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    report_id BIGINT NOT NULL REFERENCES reports(id),
    PRIMARY KEY (aid_id, position),
    UNIQUE (aid_id, report_id)
);
CREATE INDEX aid_reports_by_report ON aid_reports (report_id);
)sql";

// Version 9: the answers of the city's FAQ, a site's own rows.
constexpr const char* kVersion9 = R"sql(
CREATE TABLE faq_entries (
    id          BIGSERIAL PRIMARY KEY,
    site        TEXT NOT NULL DEFAULT current_setting('vigie.site') REFERENCES sites(code),
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    checked_on  TEXT CHECK (checked_on ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'),
    published   INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX faq_entries_by_site ON faq_entries (site, id);

CREATE TABLE faq_rights (
    site     TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    faq_id   BIGINT NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    right_id BIGINT NOT NULL REFERENCES rights(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, right_id)
);

CREATE TABLE faq_institutions (
    site           TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    faq_id         BIGINT NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    institution_id BIGINT NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, institution_id)
);

CREATE TABLE faq_reports (
    site      TEXT NOT NULL DEFAULT current_setting('vigie.site'),
    faq_id    BIGINT NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    report_id BIGINT NOT NULL REFERENCES reports(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, report_id)
);
CREATE INDEX faq_reports_by_report ON faq_reports (report_id);
)sql";

void seedOutreachSchemes(Connection& db) {
    for (const auto& s : defaultOutreachSchemes()) {
        db.exec("INSERT INTO outreach_schemes(code, code_key, label) VALUES ($1, $2, $3)",
                Params().text(s.code).text(codeKey(s.code)).text(s.label));
    }
}



void seedReferenceData(Connection& db) {
    for (const auto& f : defaultRightFamilies()) {
        db.exec("INSERT INTO right_families(code, label, position) VALUES ($1, $2, $3)",
                Params().text(f.code).text(f.label).integer(f.position));
    }
    for (const auto& r : defaultRights()) {
        db.exec("INSERT INTO rights(code, code_key, label, family_code) VALUES ($1, $2, $3, $4)",
                Params().text(r.code).text(codeKey(r.code)).text(r.label).text(r.familyCode));
    }
    for (const auto& i : defaultInstitutions()) {
        db.exec("INSERT INTO institutions(code, code_key, name) VALUES ($1, $2, $3)",
                Params().text(i.code).text(codeKey(i.code)).text(i.name));
    }
    for (const auto& g : defaultSourceGroups()) {
        db.exec("INSERT INTO source_groups(name, name_key) VALUES ($1, $2)",
                Params().text(g.name).text(codeKey(g.name)));
    }
}

int storedVersion(Connection& db) {
    if (db.exec("SELECT to_regclass('vigie_schema') IS NOT NULL").text(0, 0) != "t") {
        return 0;
    }
    auto version = db.exec("SELECT version FROM vigie_schema");
    return version.rows() == 0 ? 0 : static_cast<int>(version.integer(0, 0));
}

} // namespace

SchemaState migrate(Connection& db) {
    const int known = schema::currentVersion();
    SchemaState state;
    db.execScript("BEGIN");
    try {
        // One upgrader at a time; released with the transaction.
        db.exec("SELECT pg_advisory_xact_lock($1)", Params().integer(kMigrationLock));
        state.version = storedVersion(db);
        if (state.version > known) {
            throw StorageError(
                StorageError::Kind::TooNew,
                fmt::format(fmt::runtime(tr("The shared database was upgraded by a newer "
                                            "version of Vigie (database version {}; this "
                                            "program knows up to {}). Install the newer Vigie "
                                            "to use it.")),
                            state.version, known));
        }
        if (state.version == 0) {
            const auto tables = db.exec("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                        "current_schema()");
            if (tables.integer(0, 0) > 0) {
                throw StorageError(StorageError::Kind::NotVigie,
                                   tr("This PostgreSQL database holds another program's "
                                      "tables, not Vigie's. It was left untouched."));
            }
            db.execScript(kVersion6);
            db.execScript(kVersion7);
            db.execScript(kVersion8);
            db.execScript(kVersion9);
            db.execScript(rowSecurityScript());
            seedReferenceData(db);
            seedOutreachSchemes(db);
            db.exec("INSERT INTO vigie_schema(version) VALUES ($1)", Params().integer(9));
            state.version = 9;
            state.created = true;
        }
        const int found = state.version;
        if (state.version < known) {
            // Only the schema's owner may add tables: a site's login role says so plainly
            // instead of failing half-way on a refused CREATE.
            if (db.exec("SELECT has_schema_privilege(current_schema(), 'CREATE')").text(0, 0) !=
                "t") {
                throw StorageError(
                    StorageError::Kind::ReadOnly,
                    fmt::format(fmt::runtime(tr("This shared database must be upgraded for this "
                                                "version of Vigie (database version {}, this "
                                                "program's {}): its administrator opens it once "
                                                "with Vigie, with the account that created it; "
                                                "then everyone can use it.")),
                                state.version, known));
            }
        }
        if (state.version == 6) {
            db.execScript(kVersion7);
            confineNewTables(db, {"outreach_sessions", "session_reports"}, {"outreach_schemes"},
                             {"outreach_sessions_id_seq", "outreach_schemes_id_seq"});
            seedOutreachSchemes(db);
            state.version = 7;
        }
        if (state.version == 7) {
            db.execScript(kVersion8);
            confineNewTables(db, {"aids", "aid_reports"}, {}, {"aids_id_seq"});
            state.version = 8;
        }
        if (state.version == 8) {
            db.execScript(kVersion9);
            confineNewTables(db, {"faq_entries", "faq_rights", "faq_institutions", "faq_reports"},
                             {}, {"faq_entries_id_seq"});
            state.version = 9;
        }
        if (state.version != found) {
            db.exec("UPDATE vigie_schema SET version = $1", Params().integer(state.version));
        }
        // Later versions: one step per version, written for SQLite and here alike.
        if (state.version != known) {
            throw StorageError(StorageError::Kind::Failed,
                               fmt::format("no PostgreSQL step from version {} to {}",
                                           state.version, known));
        }
        db.execScript("COMMIT");
    } catch (...) {
        db.execScript("ROLLBACK");
        throw;
    }
    return state;
}

} // namespace vigie::storage::pg
