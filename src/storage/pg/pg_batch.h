// New reports and audit entries written together: each waits here, with its id already
// taken, until a statement needs the database as it is (any other statement on the
// connection), until there are enough of them, or until the unit of work commits; then
// one statement per table writes them all. An import of 100,000 reports makes a few
// hundred round trips to the server instead of half a million.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit.h"
#include "domain/report.h"

namespace vigie::storage::pg {

class Connection;

class PendingInserts {
public:
    // A report whose id is set; its source, rights and institutions named by code key.
    void add(const DifficultyReport& report, const std::string& searchText);
    void add(const AuditEntry& entry);
    std::size_t size() const { return reports_ + audit_.at.size(); }
    bool empty() const { return size() == 0; }
    // Writes what waits (reports first: their rights, institutions and audit entries
    // follow them). Cleared first: a refusal is not tried again.
    void flush(Connection& db);
    void clear();

    // A stored report's rights and institutions written again at once (after an update
    // removed the old ones), the same way a batch writes them.
    static void writeLinks(Connection& db, const DifficultyReport& report);

private:
    struct Reports {
        std::vector<std::optional<std::string>> id, reference, year, sequence, receivedOn, source,
            author, description, proposals, categories, nonTakeUp, status, closedOn, createdAt,
            updatedAt, categoryOrder, words;
    };
    struct Links {
        std::vector<std::optional<std::string>> report, key, position;
    };
    struct Audit {
        std::vector<std::optional<std::string>> at, user, entity, entityId, action, before,
            after, note;
    };
    static void addLinks(Links& links, std::int64_t report, const std::vector<std::string>& codes);
    void flushReports(Connection& db, Reports& rows, Links& rights, Links& institutions);
    static void flushLinks(Connection& db, Links& links, const char* table, const char* column,
                           const char* refTable);
    static void flushAudit(Connection& db, Audit& rows);

    std::size_t reports_ = 0;
    Reports rows_;
    Links rights_, institutions_;
    Audit audit_;
};

} // namespace vigie::storage::pg
