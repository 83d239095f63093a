// The conditions of a history's query as SQL (see audit_search.h).
#include "audit_search.h"

#include <sstream>

namespace vigie::storage {

namespace {

// A word matched as itself: % and _ are letters here, not patterns.
std::string likePattern(const std::string& word) {
    std::string out = "%";
    for (char c : word) {
        if (c == '%' || c == '_' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "%";
}

} // namespace

AuditConditions auditConditions(const AuditQuery& q, int firstParam,
                                const std::function<std::string(int)>& placeholder,
                                const char* like) {
    AuditConditions out;
    int next = firstParam;
    auto add = [&](const std::string& condition, AuditParam value) {
        const auto at = condition.find('@');
        out.sql += " AND " + condition.substr(0, at) + placeholder(next++) + condition.substr(at + 1);
        out.params.push_back(std::move(value));
    };
    if (!q.entity.empty()) {
        add("entity = @", q.entity);
    }
    if (q.entityId) {
        add("entity_id = @", *q.entityId);
    }
    if (!q.user.empty()) {
        add("user_name = @", q.user);
    }
    if (!q.action.empty()) {
        add("action = @", q.action);
    }
    if (!q.atFrom.empty()) {
        add("at >= @", q.atFrom);
    }
    if (!q.atBefore.empty()) {
        add("at < @", q.atBefore);
    }
    std::istringstream words(q.words);
    for (std::string word; words >> word;) {
        add(std::string("(coalesce(before_json, '') || ' ' || coalesce(after_json, '') || ' ' || "
                        "note) ") +
                like + " @ ESCAPE '\\'",
            likePattern(word));
    }
    return out;
}

} // namespace vigie::storage
