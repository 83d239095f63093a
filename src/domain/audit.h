// One line of the audit trail: who changed what, when, from which value to which.
#pragma once

#include <cstdint>
#include <optional>
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

// Which entries a history shows: every condition given must hold. An empty text or a
// missing id means "any".
struct AuditQuery {
    std::string entity;
    std::optional<std::int64_t> entityId;
    std::string user;
    std::string action;
    // Moments, in the form `at` holds: from `atFrom` included to `atBefore` excluded.
    std::string atFrom;
    std::string atBefore;
    // Each word, in any case, somewhere in the old or new values or the note.
    std::string words;
    // A page of the result, newest first (a count ignores them).
    long long limit = 100;
    long long offset = 0;
};

} // namespace vigie
