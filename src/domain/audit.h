// One line of the audit trail: who changed what, when, from which value to which.
#pragma once

#include <cstdint>
#include <string>

namespace vigie {

struct AuditEntry {
    std::int64_t id = 0;
    std::string at;     // ISO 8601 UTC: 2026-11-22T09:30:00Z
    std::string user;   // OS user name
    std::string entity; // "report", "institution", ...
    std::int64_t entityId = 0;
    std::string action; // "create", "update", "withdraw", "import", ...
    std::string before; // JSON of the old values, empty on creation
    std::string after;  // JSON of the new values
    std::string note;   // why, when the user said it ("saved despite privacy warning")
};

} // namespace vigie
