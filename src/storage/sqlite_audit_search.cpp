// SQLite: the audit trail as a history window reads it, filtered and a page at a time.
#include "audit_search.h"
#include "sqlite_store.h"

namespace vigie::storage {

namespace {

std::string questionMark(int) {
    return "?";
}

void bindAll(SQLite::Statement& s, const std::vector<AuditParam>& params) {
    int n = 1;
    for (const auto& p : params) {
        if (const auto* text = std::get_if<std::string>(&p)) {
            s.bind(n++, *text);
        } else {
            s.bind(n++, std::get<std::int64_t>(p));
        }
    }
}

} // namespace

std::vector<AuditEntry> SqliteAudit::search(const AuditQuery& query) {
    return guarded(statements_, [&] {
        auto where = auditConditions(query, 1, questionMark, "LIKE");
        // Newest first by insertion: the primary key orders them without sorting the trail.
        auto& s = statements_.get(
            "SELECT id, at, user_name, entity, entity_id, action, coalesce(before_json, ''), "
            "coalesce(after_json, ''), note FROM audit_entries WHERE 1 = 1" +
            where.sql + " ORDER BY id DESC LIMIT ? OFFSET ?");
        where.params.emplace_back(static_cast<std::int64_t>(query.limit));
        where.params.emplace_back(static_cast<std::int64_t>(query.offset));
        bindAll(s, where.params);
        std::vector<AuditEntry> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(), s.getColumn(1).getString(),
                           s.getColumn(2).getString(), s.getColumn(3).getString(),
                           s.getColumn(4).getInt64(), s.getColumn(5).getString(),
                           s.getColumn(6).getString(), s.getColumn(7).getString(),
                           s.getColumn(8).getString()});
        }
        return out;
    });
}

long long SqliteAudit::count(const AuditQuery& query) {
    return guarded(statements_, [&] {
        const auto where = auditConditions(query, 1, questionMark, "LIKE");
        auto& s = statements_.get("SELECT count(*) FROM audit_entries WHERE 1 = 1" + where.sql);
        bindAll(s, where.params);
        s.executeStep();
        return static_cast<long long>(s.getColumn(0).getInt64());
    });
}

std::vector<std::string> SqliteAudit::users() {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT DISTINCT user_name FROM audit_entries ORDER BY 1");
        std::vector<std::string> out;
        while (s.executeStep()) {
            out.push_back(s.getColumn(0).getString());
        }
        return out;
    });
}

} // namespace vigie::storage
