#include "pg_sites.h"

#include <fmt/format.h>

#include "pg_connection.h"
#include "pg_database.h"
#include "platform/i18n.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

namespace {

// Every table holding one site's data: its `site` column says whose rows are whose.
constexpr const char* kSiteTables[] = {
    "settings",           "files",                   "people",
    "change_counters",    "report_counters",         "reports",
    "report_rights",      "report_institutions",     "audit_entries",
    "meetings",           "meeting_bodies",          "meeting_people",
    "decisions",          "agenda_items",            "solicitations",
    "solicitation_addressees", "solicitation_reports", "solicitation_chases",
    "entered_years",      "entered_counts",          "entered_solicitations",
    "outreach_sessions",  "session_reports",         "aids",
    "aid_reports",        "faq_entries",             "faq_rights",
    "faq_institutions",   "faq_reports"};

// Reference tables: the département's shared rows (site NULL), read by every site, and
// each site's own additions.
constexpr const char* kReferenceTables[] = {"rights", "institutions", "source_groups",
                                            "outreach_schemes"};


// Read by every role that may work, written by the owner only.
constexpr const char* kCommonTables[] = {"vigie_schema", "right_families"};

// The policies read the grants through these two functions, which run as the schema's
// owner (site_roles is not readable by the roles themselves) and are evaluated once per
// statement (the policies call them in a sub-select). A grant to a group role holds for
// its members. '*' in site_roles: every site, read only (a département's role).
constexpr const char* kGrants = R"sql(
CREATE TABLE site_roles (
    role TEXT NOT NULL,
    site TEXT NOT NULL,
    PRIMARY KEY (role, site)
);

CREATE FUNCTION vigie_writable_sites(who TEXT) RETURNS TEXT[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT COALESCE(array_agg(DISTINCT g.site), '{}')
    FROM site_roles g JOIN pg_roles r ON r.rolname = g.role
    WHERE g.site <> '*' AND pg_has_role(who, r.oid, 'MEMBER')
$$;

CREATE FUNCTION vigie_readable_sites(who TEXT) RETURNS TEXT[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT CASE WHEN EXISTS (SELECT 1 FROM site_roles g JOIN pg_roles r ON r.rolname = g.role
                             WHERE g.site = '*' AND pg_has_role(who, r.oid, 'MEMBER'))
                THEN (SELECT COALESCE(array_agg(code), '{}') FROM sites)
                ELSE vigie_writable_sites(who) END
$$;

REVOKE ALL ON site_roles FROM PUBLIC;

ALTER TABLE sites ENABLE ROW LEVEL SECURITY;
CREATE POLICY site_read ON sites FOR SELECT
    USING (code = ANY ((SELECT vigie_readable_sites(current_user::text))::text[]));
)sql";

constexpr const char* kReadable = "(SELECT vigie_readable_sites(current_user::text))::text[]";
constexpr const char* kWritable = "(SELECT vigie_writable_sites(current_user::text))::text[]";

// The role's name as an SQL identifier, quoted by the server.
std::string quotedRole(Connection& db, const std::string& role) {
    return db.exec("SELECT quote_ident($1)", Params().text(role)).text(0, 0);
}

void requireRole(Connection& db, const std::string& role) {
    if (db.exec("SELECT 1 FROM pg_roles WHERE rolname = $1", Params().text(role)).rows() == 0) {
        throw StorageError(
            Kind::NotFound,
            fmt::format(fmt::runtime(tr("The server has no login role \"{}\". Its administrator "
                                        "creates it first (CREATE ROLE ... LOGIN).")),
                        role));
    }
}

// What every granted role needs to open the database at all; returns the schema's name.
std::string grantCommon(Connection& db, const std::string& role) {
    const auto schema = db.exec("SELECT quote_ident(current_schema())").text(0, 0);
    db.exec(fmt::format("GRANT USAGE ON SCHEMA {} TO {}", schema, role));
    db.exec(fmt::format("GRANT SELECT ON sites TO {}", role));
    for (const char* table : kCommonTables) {
        db.exec(fmt::format("GRANT SELECT ON {} TO {}", table, role));
    }
    return schema;
}

void grantOnTables(Connection& db, const std::string& privileges, const std::string& role) {
    for (const char* table : kSiteTables) {
        db.exec(fmt::format("GRANT {} ON {} TO {}", privileges, table, role));
    }
    for (const char* table : kReferenceTables) {
        db.exec(fmt::format("GRANT {} ON {} TO {}", privileges, table, role));
    }
}

} // namespace

// The policies of one table: a site's own rows, or also the département's (site NULL).
std::string policiesOf(const char* table, bool reference) {
    const std::string readable =
        reference ? fmt::format("site IS NULL OR site = ANY ({})", kReadable)
                  : fmt::format("site = ANY ({})", kReadable);
    return fmt::format("ALTER TABLE {0} ENABLE ROW LEVEL SECURITY;\n"
                       "CREATE POLICY site_read ON {0} FOR SELECT USING ({1});\n"
                       "CREATE POLICY site_write ON {0} FOR ALL USING (site = ANY ({2})) "
                       "WITH CHECK (site = ANY ({2}));\n",
                       table, readable, kWritable);
}

std::string rowSecurityScript() {
    std::string script = kGrants;
    for (const char* table : kSiteTables) {
        script += policiesOf(table, false);
    }
    for (const char* table : kReferenceTables) {
        script += policiesOf(table, true);
    }
    return script;
}

void confineNewTables(Connection& db, const std::vector<std::string>& siteTables,
                      const std::vector<std::string>& referenceTables,
                      const std::vector<std::string>& sequences) {
    std::string script;
    for (const auto& table : siteTables) {
        script += policiesOf(table.c_str(), false);
    }
    for (const auto& table : referenceTables) {
        script += policiesOf(table.c_str(), true);
    }
    db.execScript(script);
    auto roles = db.exec("SELECT DISTINCT role, site = '*' FROM site_roles");
    for (int i = 0; i < roles.rows(); ++i) {
        const auto quoted = quotedRole(db, roles.text(i, 0));
        const bool readsAll = roles.text(i, 1) == "t";
        const char* privileges = readsAll ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
        for (const auto* tables : {&siteTables, &referenceTables}) {
            for (const auto& table : *tables) {
                db.exec(fmt::format("GRANT {} ON {} TO {}", privileges, table, quoted));
            }
        }
        for (const auto& sequence : sequences) {
            if (!readsAll) {
                db.exec(fmt::format("GRANT USAGE ON SEQUENCE {} TO {}", sequence, quoted));
            }
        }
    }
}

std::vector<Site> PgSites::list() {
    auto r = s_.db().exec("SELECT code, name FROM sites ORDER BY code");
    std::vector<Site> sites;
    for (int i = 0; i < r.rows(); ++i) {
        sites.push_back(Site{r.text(i, 0), r.text(i, 1)});
    }
    return sites;
}

void PgSites::add(const Site& site) {
    s_.addSite(site.code, site.name);
}

const std::string& PgSites::current() const {
    return s_.site();
}

void PgSites::use(const std::string& code) {
    s_.useSite(code);
}

void PgSites::grant(const std::string& site, const std::string& role) {
    auto& db = s_.db();
    requireRole(db, role);
    if (db.exec("SELECT 1 FROM sites WHERE code = $1", Params().text(site)).rows() == 0) {
        throw StorageError(Kind::NotFound,
                           fmt::format(fmt::runtime(tr("The shared database has no site \"{}\". "
                                                       "A site is declared with: vigie-cli site "
                                                       "add CODE \"Name\".")),
                                       site));
    }
    const auto quoted = quotedRole(db, role);
    db.exec("INSERT INTO site_roles(role, site) VALUES ($1, $2) ON CONFLICT DO NOTHING",
            Params().text(role).text(site));
    const auto schema = grantCommon(db, quoted);
    grantOnTables(db, "SELECT, INSERT, UPDATE, DELETE", quoted);
    db.exec(fmt::format("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}", schema, quoted));
}

void PgSites::grantReadingAll(const std::string& role) {
    auto& db = s_.db();
    requireRole(db, role);
    const auto quoted = quotedRole(db, role);
    db.exec("INSERT INTO site_roles(role, site) VALUES ($1, '*') ON CONFLICT DO NOTHING",
            Params().text(role));
    grantCommon(db, quoted);
    grantOnTables(db, "SELECT", quoted);
}

} // namespace vigie::storage::pg
