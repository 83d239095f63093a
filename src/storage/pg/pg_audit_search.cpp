// PostgreSQL: the site's audit trail as a history window reads it, filtered and a page at
// a time.
#include "storage/audit_search.h"
#include "pg_database.h"

#include <string>

namespace vigie::storage::pg {

namespace {

std::string dollar(int n) {
    return "$" + std::to_string(n);
}

Params paramsOf(const std::vector<AuditParam>& values) {
    Params p;
    for (const auto& v : values) {
        if (const auto* text = std::get_if<std::string>(&v)) {
            p.text(*text);
        } else {
            p.integer(std::get<std::int64_t>(v));
        }
    }
    return p;
}

constexpr const char* kSiteRows = " FROM audit_entries WHERE site = current_setting('vigie.site')";

} // namespace

std::vector<AuditEntry> PgAudit::search(const AuditQuery& query) {
    auto where = auditConditions(query, 1, dollar, "ILIKE");
    const int limit = static_cast<int>(where.params.size()) + 1;
    where.params.emplace_back(static_cast<std::int64_t>(query.limit));
    where.params.emplace_back(static_cast<std::int64_t>(query.offset));
    auto r = s_.db().exec(std::string("SELECT id, at, user_name, entity, entity_id, action, "
                                      "coalesce(before_json, ''), coalesce(after_json, ''), note") +
                              kSiteRows + where.sql + " ORDER BY id DESC LIMIT " + dollar(limit) +
                              " OFFSET " + dollar(limit + 1),
                          paramsOf(where.params));
    std::vector<AuditEntry> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3), r.integer(i, 4),
                       r.text(i, 5), r.text(i, 6), r.text(i, 7), r.text(i, 8)});
    }
    return out;
}

long long PgAudit::count(const AuditQuery& query) {
    const auto where = auditConditions(query, 1, dollar, "ILIKE");
    return s_.db()
        .exec(std::string("SELECT count(*)") + kSiteRows + where.sql, paramsOf(where.params))
        .integer(0, 0);
}

std::vector<std::string> PgAudit::users() {
    auto r = s_.db().exec(std::string("SELECT DISTINCT user_name") + kSiteRows + " ORDER BY 1");
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(r.text(i, 0));
    }
    return out;
}

} // namespace vigie::storage::pg
