// The conditions of a history's query (AuditQuery) as SQL, written once for both back ends.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "domain/audit.h"

namespace vigie::storage {

using AuditParam = std::variant<std::string, std::int64_t>;

struct AuditConditions {
    std::string sql; // "" or " AND …" conditions, to follow a WHERE
    std::vector<AuditParam> params;
};

// `placeholder(n)` writes the n-th parameter (from `firstParam`): "?" or "$n"; `like` is
// the back end's case-insensitive LIKE ("LIKE" on SQLite, "ILIKE" on PostgreSQL).
AuditConditions auditConditions(const AuditQuery& query, int firstParam,
                                const std::function<std::string(int)>& placeholder,
                                const char* like);

} // namespace vigie::storage
