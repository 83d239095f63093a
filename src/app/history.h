// The audit trail for people (issue 19, « Historique des modifications »): who changed
// which record, when and how, filtered and a page at a time, in words rather than codes;
// values a retention purge erased read as erased. Its CSV export is for a spreadsheet.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/audit.h"
#include "domain/date.h"
#include "store_ref.h"

namespace vigie::app {

// What a history shows: every condition given holds.
struct HistoryFilter {
    std::string entity;                   // a kind of record (historyKinds()); empty: all
    std::optional<std::int64_t> entityId; // one record of that kind
    std::string user;                     // exactly this user name; empty: all
    // Days on this computer's calendar, both included.
    std::optional<Date> from;
    std::optional<Date> to;
    std::string words; // each somewhere in the values or the note
};

struct HistoryChange {
    std::string field;  // « Description »
    // As people read them; « (vide) » for a side that held nothing, empty for the side a
    // creation (before) or a deletion (after) does not have.
    std::string before;
    std::string after;
};

// One entry of the audit trail in the user's language.
struct HistoryLine {
    std::int64_t id = 0;
    std::string date;   // « 03/12/2026 », local
    std::string time;   // « 14:05 », local
    std::string user;
    std::string kind;   // « Fiche »
    std::string record; // « Fiche 2026-047 »
    std::string action; // « Modification »
    std::vector<HistoryChange> changes;
    std::string note;
};

struct HistoryKind {
    std::string entity; // as the audit trail writes it
    std::string label;  // « Aide d'urgence »
};

// The kinds of record a history can be narrowed to, in the order a list offers them.
std::vector<HistoryKind> historyKinds();
std::string entityLabel(const std::string& entity);
std::string actionLabel(const std::string& action);
std::string fieldLabel(const std::string& key);
// The storage's query for a filter (days turned into the UTC moments the trail holds).
AuditQuery auditQuery(const HistoryFilter& filter);

// Names the records entries are about. Entries carry most of what names them; the others
// (an erasure records no values) are read from the database, once per record.
class RecordNames {
public:
    explicit RecordNames(storage::Store* store) : store_(store) {}
    std::string reportReference(std::int64_t id);
    std::string meetingDay(std::int64_t id);

private:
    // The name of a record read once: `read` when the database has it, else its number.
    std::string remembered(char kind, std::int64_t id,
                           const std::function<std::optional<std::string>()>& read);
    storage::Store* store_;
    std::map<std::pair<char, std::int64_t>, std::string> known_;
};

// The entry in words: its record named, its action, its changes field by field (on a
// creation the values given, on a deletion those lost), dates and amounts in French.
HistoryLine describe(const AuditEntry& entry, RecordNames& names);

class History {
public:
    explicit History(storage::Store& store) : store_(store), names_(&store) {}
    long long count(const HistoryFilter& filter);
    // Newest first.
    std::vector<HistoryLine> page(const HistoryFilter& filter, long long offset, long long limit);
    // Those who wrote in the trail, for a choice of users.
    std::vector<std::string> users();
    // A record as its latest entry names it (« Fiche 2026-047 »): a history's title.
    std::string recordName(const std::string& entity, std::int64_t id);
    // Every entry of the filter, one row per change (date, heure, utilisateur, élément,
    // action, champ, avant, après, note): UTF-8 with BOM, ';', for French spreadsheets.
    std::string csv(const HistoryFilter& filter);

private:
    storage::Store& store_;
    RecordNames names_;
};

} // namespace vigie::app
