// Schema history. Never edit a released migration: add the next one, with a test that
// starts from the schema before it (tests/unit/storage_migration_test.cpp).
#include "schema.h"

#include <regex>
#include <vector>

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "domain/outreach.h"
#include "domain/reference_data.h"

namespace vigie::storage::schema {

namespace {

// Version 1: reference data, difficulty reports, full-text index, audit trail.
constexpr const char* kVersion1 = R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE files (
    name    TEXT PRIMARY KEY,
    content BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE right_families (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    position INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE rights (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL,
    code_key    TEXT NOT NULL UNIQUE,
    label       TEXT NOT NULL,
    family_code TEXT NOT NULL REFERENCES right_families(code),
    active      INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE institutions (
    id             INTEGER PRIMARY KEY,
    code           TEXT NOT NULL,
    code_key       TEXT NOT NULL UNIQUE,
    name           TEXT NOT NULL,
    postal_address TEXT NOT NULL DEFAULT '',
    email          TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    active         INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE source_groups (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    name_key TEXT NOT NULL UNIQUE,
    active   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE people (
    id                   INTEGER PRIMARY KEY,
    name                 TEXT NOT NULL,
    institution_id       INTEGER REFERENCES institutions(id),
    email                TEXT NOT NULL DEFAULT '',
    on_distribution_list INTEGER NOT NULL DEFAULT 0,
    active               INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE reports (
    id          INTEGER PRIMARY KEY,
    reference   TEXT NOT NULL UNIQUE,
    ref_year    INTEGER NOT NULL,
    ref_seq     INTEGER NOT NULL,
    received_on TEXT NOT NULL CHECK (received_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source_id   INTEGER REFERENCES source_groups(id),
    author      TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL,
    proposals   TEXT NOT NULL DEFAULT '',
    categories  INTEGER NOT NULL CHECK (categories BETWEEN 1 AND 7), -- bits, for queries
    category_order TEXT NOT NULL DEFAULT '', -- the codes in the order given: non_acces|delai
    non_take_up TEXT CHECK (non_take_up IN
        ('non_connaissance', 'non_demande', 'non_reception', 'non_proposition')),
    status      TEXT NOT NULL CHECK (status IN ('recue', 'a_l_ordre_du_jour', 'suivi_en_cours',
        'resolue', 'non_resolue', 'remontee_nationale', 'annulee')),
    closed_on   TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (ref_year, ref_seq)
);
-- Covering the list's columns: the window reads 100,000 rows in order from the index
-- alone, filtering and counting without touching the table.
CREATE INDEX reports_by_date ON reports(received_on, ref_year, ref_seq, status, categories,
                                        source_id);
CREATE INDEX reports_by_status ON reports(status);
CREATE INDEX reports_by_source ON reports(source_id);

CREATE TABLE report_rights (
    report_id INTEGER NOT NULL REFERENCES reports(id),
    right_id  INTEGER NOT NULL REFERENCES rights(id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (report_id, right_id)
) WITHOUT ROWID;
CREATE INDEX report_rights_by_right ON report_rights(right_id);

CREATE TABLE report_institutions (
    report_id      INTEGER NOT NULL REFERENCES reports(id),
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    position       INTEGER NOT NULL,
    PRIMARY KEY (report_id, institution_id)
) WITHOUT ROWID;
CREATE INDEX report_institutions_by_institution ON report_institutions(institution_id);

-- Accent-insensitive search: "precarite" finds "Précarité". Kept up to date by the
-- report repository, not by triggers: FTS5 flushes its pending terms at every statement
-- savepoint, which a trigger opens for each row (imports ran four times slower).
CREATE VIRTUAL TABLE report_fts USING fts5(
    reference, description, proposals, author,
    content = 'reports', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE audit_entries (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    user_name   TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,
    before_json TEXT,
    after_json  TEXT,
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_entity ON audit_entries(entity, entity_id);
)sql";

// Version 2: meetings, their attendance and agenda, and the decisions taken on reports.
constexpr const char* kVersion2 = R"sql(
CREATE TABLE meetings (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    time         TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    facilitators TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    next_date    TEXT,
    state        TEXT NOT NULL CHECK (state IN ('planned', 'held', 'final')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (date, time)
);

-- Bodies present or excused, in the order written.
CREATE TABLE meeting_bodies (
    meeting_id     INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    presence       TEXT NOT NULL CHECK (presence IN ('present', 'excused')),
    position       INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, institution_id)
) WITHOUT ROWID;

-- Members present or excused, by name (staff names are kept minimal).
CREATE TABLE meeting_people (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    presence   TEXT NOT NULL CHECK (presence IN ('present', 'excused')),
    position   INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, name)
) WITHOUT ROWID;

CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id),
    report_id    INTEGER NOT NULL REFERENCES reports(id),
    kind         TEXT NOT NULL CHECK (kind IN ('individual_alert', 'collective_alert',
                     'faq_answer', 'solicitation', 'national_escalation', 'no_follow_up')),
    text         TEXT NOT NULL DEFAULT '',
    owner        TEXT NOT NULL DEFAULT '',
    due          TEXT,
    done_on      TEXT,
    institutions TEXT NOT NULL DEFAULT '' -- codes joined by '|'
);
CREATE INDEX decisions_by_report ON decisions(report_id);
CREATE INDEX decisions_by_meeting ON decisions(meeting_id);

CREATE TABLE agenda_items (
    id          INTEGER PRIMARY KEY,
    meeting_id  INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('new_report', 'open_follow_up',
                    'decision_follow_up', 'free')),
    report_id   INTEGER REFERENCES reports(id),
    decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
    title       TEXT NOT NULL DEFAULT '',
    minutes     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX agenda_by_meeting ON agenda_items(meeting_id, position);
CREATE INDEX agenda_by_report ON agenda_items(report_id);
)sql";

// Version 3: solicitations of the partnership, their addressees, reports and reminders.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE solicitations (
    id             INTEGER PRIMARY KEY,
    sent_on        TEXT NOT NULL CHECK (sent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    subject        TEXT NOT NULL,
    channel        TEXT NOT NULL CHECK (channel IN ('mail', 'letter', 'pio_meeting')),
    contact        TEXT NOT NULL DEFAULT '',
    expected_by    TEXT NOT NULL,
    answered_on    TEXT,
    answer         TEXT NOT NULL DEFAULT '',
    answered_by_id INTEGER REFERENCES institutions(id),
    closed         INTEGER NOT NULL DEFAULT 0,
    decision_id    INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX solicitations_by_date ON solicitations(sent_on, id);
CREATE INDEX solicitations_by_decision ON solicitations(decision_id);

CREATE TABLE solicitation_addressees (
    -- Keyed by position: read back in the order written without sorting. The key's
    -- columns come first: SQLite 3.40's quick_check reports "NULL value" in a WITHOUT
    -- ROWID table whose non-key column is declared before a key column (seen on Debian 12).
    solicitation_id INTEGER NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    institution_id  INTEGER NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (solicitation_id, position),
    UNIQUE (solicitation_id, institution_id)
) WITHOUT ROWID;
CREATE INDEX solicitation_addressees_by_institution ON solicitation_addressees(institution_id);

CREATE TABLE solicitation_reports (
    solicitation_id INTEGER NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    report_id       INTEGER NOT NULL REFERENCES reports(id),
    PRIMARY KEY (solicitation_id, position),
    UNIQUE (solicitation_id, report_id)
) WITHOUT ROWID;
CREATE INDEX solicitation_reports_by_report ON solicitation_reports(report_id);

CREATE TABLE solicitation_chases (
    id              INTEGER PRIMARY KEY,
    solicitation_id INTEGER NOT NULL REFERENCES solicitations(id) ON DELETE CASCADE,
    chased_on       TEXT NOT NULL,
    note            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX solicitation_chases_by_solicitation ON solicitation_chases(solicitation_id, chased_on);
)sql";

// Version 4: figures typed in for the years before Vigie, apart from counted data.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE entered_years (
    year       INTEGER PRIMARY KEY CHECK (year BETWEEN 1 AND 9999),
    meetings   INTEGER NOT NULL CHECK (meetings >= 0),
    reports    INTEGER NOT NULL CHECK (reports >= 0),
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL
);

-- Reports per category and per right family (codes of FORMATS.md and DOMAIN.md).
CREATE TABLE entered_counts (
    year  INTEGER NOT NULL REFERENCES entered_years(year) ON DELETE CASCADE,
    kind  TEXT NOT NULL CHECK (kind IN ('category', 'right_family')),
    code  TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (year, kind, code)
) WITHOUT ROWID;

-- Solicitations per addressee set, as the published table had them.
CREATE TABLE entered_solicitations (
    year       INTEGER NOT NULL REFERENCES entered_years(year) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    addressees TEXT NOT NULL, -- codes in the order written, joined by '|'
    count      INTEGER NOT NULL CHECK (count >= 0),
    answered   INTEGER NOT NULL CHECK (answered BETWEEN 0 AND count),
    subjects   TEXT NOT NULL DEFAULT '', -- one per line
    PRIMARY KEY (year, position)
) WITHOUT ROWID;
)sql";

// Version 7: outreach ("aller-vers"): the schemes a CCAS runs, the sessions held, the
// difficulty reports each raised. Counts only: a session names nobody.
constexpr const char* kVersion7 = R"sql(
CREATE TABLE outreach_schemes (
    id       INTEGER PRIMARY KEY,
    code     TEXT NOT NULL,
    code_key TEXT NOT NULL UNIQUE,
    label    TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE outreach_sessions (
    id                  INTEGER PRIMARY KEY,
    held_on             TEXT NOT NULL CHECK (held_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    starts_at           INTEGER CHECK (starts_at BETWEEN 0 AND 1439),
    ends_at             INTEGER CHECK (ends_at BETWEEN 0 AND 1439),
    scheme_id           INTEGER NOT NULL REFERENCES outreach_schemes(id),
    place               TEXT NOT NULL DEFAULT '',
    district            TEXT NOT NULL DEFAULT '',
    partner_id          INTEGER REFERENCES institutions(id),
    staff               TEXT NOT NULL DEFAULT '',
    people              INTEGER NOT NULL CHECK (people >= 0),
    new_people          INTEGER CHECK (new_people BETWEEN 0 AND people),
    informed            INTEGER CHECK (informed BETWEEN 0 AND people),
    rights_appointments INTEGER CHECK (rights_appointments >= 0),
    applications        INTEGER CHECK (applications >= 0),
    referrals           INTEGER CHECK (referrals >= 0),
    reminders           INTEGER CHECK (reminders >= 0),
    themes              TEXT NOT NULL DEFAULT '', -- family codes joined by '|', in order
    notes               TEXT NOT NULL DEFAULT '',
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    version             INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX outreach_sessions_by_date ON outreach_sessions(held_on, starts_at, id);

CREATE TABLE session_reports (
    session_id INTEGER NOT NULL REFERENCES outreach_sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    report_id  INTEGER NOT NULL REFERENCES reports(id),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, report_id)
) WITHOUT ROWID;
CREATE INDEX session_reports_by_report ON session_reports(report_id);
)sql";

void addOutreach(SQLite::Database& db) {
    db.exec(kVersion7);
    SQLite::Statement scheme(
        db, "INSERT INTO outreach_schemes(code, code_key, label) VALUES (?, ?, ?)");
    for (const auto& s : defaultOutreachSchemes()) {
        scheme.bind(1, s.code);
        scheme.bind(2, codeKey(s.code));
        scheme.bind(3, s.label);
        scheme.exec();
        scheme.reset();
    }
}

// Version 8: emergency aid granted by the CCAS and the right whose non-take-up it made
// up for: what non-take-up costs (amounts in whole cents).
constexpr const char* kVersion8 = R"sql(
CREATE TABLE aids (
    id             INTEGER PRIMARY KEY,
    granted_on     TEXT NOT NULL CHECK (granted_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    cents          INTEGER NOT NULL CHECK (cents >= 0),
    kind           TEXT,
    right_id       INTEGER REFERENCES rights(id),
    non_take_up    TEXT,
    institution_id INTEGER REFERENCES institutions(id),
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    version        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX aids_by_date ON aids(granted_on, id);

CREATE TABLE aid_reports (
    aid_id    INTEGER NOT NULL REFERENCES aids(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    PRIMARY KEY (aid_id, position),
    UNIQUE (aid_id, report_id)
) WITHOUT ROWID;
CREATE INDEX aid_reports_by_report ON aid_reports(report_id);
)sql";

// Version 9: the answers of the city's FAQ, with the rights, institutions and reports
// each concerns, in the order written.
constexpr const char* kVersion9 = R"sql(
CREATE TABLE faq_entries (
    id          INTEGER PRIMARY KEY,
    question    TEXT NOT NULL,
    answer      TEXT NOT NULL,
    checked_on  TEXT CHECK (checked_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    published   INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE faq_rights (
    faq_id   INTEGER NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    right_id INTEGER NOT NULL REFERENCES rights(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, right_id)
) WITHOUT ROWID;

CREATE TABLE faq_institutions (
    faq_id         INTEGER NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    institution_id INTEGER NOT NULL REFERENCES institutions(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, institution_id)
) WITHOUT ROWID;

CREATE TABLE faq_reports (
    faq_id    INTEGER NOT NULL REFERENCES faq_entries(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    report_id INTEGER NOT NULL REFERENCES reports(id),
    PRIMARY KEY (faq_id, position),
    UNIQUE (faq_id, report_id)
) WITHOUT ROWID;
CREATE INDEX faq_reports_by_report ON faq_reports(report_id);
)sql";

// Optimistic concurrency: every update says which version it started from.
constexpr const char* kVersion5 = R"sql(
ALTER TABLE reports ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE solicitations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
)sql";

// `column IN ('a', 'b', 'c')` in a CHECK makes SQLite fill a temporary table with the
// list for every row written: 40 % of a large import went there. The same check as
// comparisons, `(column = 'a' OR column = 'b' OR column = 'c')`, costs nothing (and lets
// NULL through as before). SQLite cannot alter a CHECK; its documented way for a change
// that leaves the stored rows as they are is to edit the table's text in sqlite_schema
// and count a new schema version (sqlite.org/lang_altertable.html, "otherwise").
std::string checksAsComparisons(const std::string& createTable) {
    static const std::regex inList(R"re((\w+) IN\s*\(((?:\s*'[^']*'\s*,)+\s*'[^']*'\s*)\))re");
    static const std::regex literal(R"re('[^']*')re");
    std::string out;
    auto last = createTable.cbegin();
    for (std::sregex_iterator it(createTable.begin(), createTable.end(), inList), end; it != end;
         ++it) {
        const std::string column = (*it)[1];
        const std::string list = (*it)[2];
        std::string comparisons;
        for (std::sregex_iterator v(list.begin(), list.end(), literal); v != end; ++v) {
            comparisons += (comparisons.empty() ? "" : " OR ") + column + " = " + v->str();
        }
        out.append(last, (*it)[0].first);
        out += "(" + comparisons + ")";
        last = (*it)[0].second;
    }
    out.append(last, createTable.cend());
    return out;
}

void rewriteChecksAsComparisons(SQLite::Database& db) {
    std::vector<std::pair<std::string, std::string>> changed; // name, new text
    SQLite::Statement tables(db, "SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                 "AND sql LIKE '% IN%(%'");
    while (tables.executeStep()) {
        const std::string sql = tables.getColumn(1).getString();
        if (std::string rewritten = checksAsComparisons(sql); rewritten != sql) {
            changed.emplace_back(tables.getColumn(0).getString(), std::move(rewritten));
        }
    }
    if (changed.empty()) {
        return;
    }
    const int schemaVersion = db.execAndGet("PRAGMA schema_version").getInt();
    db.exec("PRAGMA writable_schema = ON");
    SQLite::Statement update(db, "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND "
                                 "name = ?");
    for (const auto& [name, sql] : changed) {
        update.bind(1, sql);
        update.bind(2, name);
        update.exec();
        update.reset();
    }
    db.exec(fmt::format("PRAGMA schema_version = {}", schemaVersion + 1));
    db.exec("PRAGMA writable_schema = OFF");
}

void seedReferenceData(SQLite::Database& db) {
    SQLite::Statement family(db,
                             "INSERT INTO right_families(code, label, position) VALUES (?, ?, ?)");
    for (const auto& f : defaultRightFamilies()) {
        family.bind(1, f.code);
        family.bind(2, f.label);
        family.bind(3, f.position);
        family.exec();
        family.reset();
    }
    SQLite::Statement right(
        db, "INSERT INTO rights(code, code_key, label, family_code) VALUES (?, ?, ?, ?)");
    for (const auto& r : defaultRights()) {
        right.bind(1, r.code);
        right.bind(2, codeKey(r.code));
        right.bind(3, r.label);
        right.bind(4, r.familyCode);
        right.exec();
        right.reset();
    }
    SQLite::Statement institution(
        db, "INSERT INTO institutions(code, code_key, name) VALUES (?, ?, ?)");
    for (const auto& i : defaultInstitutions()) {
        institution.bind(1, i.code);
        institution.bind(2, codeKey(i.code));
        institution.bind(3, i.name);
        institution.exec();
        institution.reset();
    }
    SQLite::Statement group(db, "INSERT INTO source_groups(name, name_key) VALUES (?, ?)");
    for (const auto& g : defaultSourceGroups()) {
        group.bind(1, g.name);
        group.bind(2, codeKey(g.name));
        group.exec();
        group.reset();
    }
}

} // namespace

const std::vector<Migration>& migrations() {
    static const std::vector<Migration> all = {
        {1, "reference data, difficulty reports, full-text search, audit trail",
         [](SQLite::Database& db) {
             db.exec(kVersion1);
             seedReferenceData(db);
         }},
        {2, "meetings, attendance, agenda and decisions",
         [](SQLite::Database& db) { db.exec(kVersion2); }},
        {3, "solicitations of the partnership, with addressees, reports and reminders",
         [](SQLite::Database& db) { db.exec(kVersion3); }},
        {4, "figures entered for the years before Vigie",
         [](SQLite::Database& db) { db.exec(kVersion4); }},
        {5, "a version on reports, meetings and solicitations: a stale save is refused",
         [](SQLite::Database& db) { db.exec(kVersion5); }},
        {6, "the checks of coded values as comparisons: no temporary table per row written",
         &rewriteChecksAsComparisons},
        {7, "outreach: schemes, sessions and the reports they raised", &addOutreach},
        {8, "emergency aid and the reports it relates to",
         [](SQLite::Database& db) { db.exec(kVersion8); }},
        {9, "the answers of the city's FAQ", [](SQLite::Database& db) { db.exec(kVersion9); }},
    };
    return all;
}

int currentVersion() {
    return migrations().back().toVersion;
}

} // namespace vigie::storage::schema
