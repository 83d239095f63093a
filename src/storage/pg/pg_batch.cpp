#include "pg_batch.h"

#include <utility>

#include <fmt/format.h>

#include "domain/reference_data.h"
#include "pg_connection.h"

namespace vigie::storage::pg {

namespace {

using Column = std::vector<std::optional<std::string>>;

std::optional<std::string> number(std::int64_t n) {
    return std::to_string(n);
}

std::optional<std::string> orNull(const std::string& s) {
    return s.empty() ? std::nullopt : std::optional<std::string>(s);
}

Params arrays(std::initializer_list<const Column*> columns) {
    Params p;
    for (const Column* c : columns) {
        p.textArray(*c);
    }
    return p;
}

} // namespace

void PendingInserts::add(const DifficultyReport& r, const std::string& searchText) {
    auto& t = rows_;
    t.id.push_back(number(r.id));
    t.reference.push_back(r.reference.text());
    t.year.push_back(number(r.reference.year));
    t.sequence.push_back(number(r.reference.sequence));
    t.receivedOn.push_back(r.receivedOn.iso());
    t.source.push_back(r.source.empty() ? std::nullopt
                                        : std::optional<std::string>(codeKey(r.source)));
    t.author.push_back(r.author);
    t.description.push_back(r.description);
    t.proposals.push_back(r.proposals);
    t.categories.push_back(number(r.categories.bits()));
    t.nonTakeUp.push_back(r.nonTakeUp ? std::optional<std::string>(code(*r.nonTakeUp))
                                      : std::nullopt);
    t.status.push_back(std::string(code(r.status)));
    t.closedOn.push_back(r.closedOn ? std::optional<std::string>(r.closedOn->iso())
                                    : std::nullopt);
    t.createdAt.push_back(r.createdAt);
    t.updatedAt.push_back(r.updatedAt);
    std::string order;
    for (auto c : r.categories.list()) {
        order += (order.empty() ? "" : "|") + std::string(code(c));
    }
    t.categoryOrder.push_back(order);
    t.words.push_back(searchText);
    addLinks(rights_, r.id, r.rights);
    addLinks(institutions_, r.id, r.institutions);
    ++reports_;
}

void PendingInserts::addLinks(Links& links, std::int64_t report,
                              const std::vector<std::string>& codes) {
    int position = 0;
    for (const auto& c : codes) {
        links.report.push_back(number(report));
        links.key.push_back(codeKey(c));
        links.position.push_back(number(++position));
    }
}

void PendingInserts::writeLinks(Connection& db, const DifficultyReport& r) {
    Links rights, institutions;
    addLinks(rights, r.id, r.rights);
    addLinks(institutions, r.id, r.institutions);
    flushLinks(db, rights, "report_rights", "right_id", "rights");
    flushLinks(db, institutions, "report_institutions", "institution_id", "institutions");
}

void PendingInserts::add(const AuditEntry& e) {
    audit_.at.push_back(e.at);
    audit_.user.push_back(e.user);
    audit_.entity.push_back(e.entity);
    audit_.entityId.push_back(number(e.entityId));
    audit_.action.push_back(e.action);
    audit_.before.push_back(orNull(e.before));
    audit_.after.push_back(orNull(e.after));
    audit_.note.push_back(e.note);
}

void PendingInserts::clear() {
    reports_ = 0;
    rows_ = {};
    rights_ = {};
    institutions_ = {};
    audit_ = {};
}

void PendingInserts::flush(Connection& db) {
    if (empty()) {
        return;
    }
    Reports rows = std::exchange(rows_, {});
    Links rights = std::exchange(rights_, {});
    Links institutions = std::exchange(institutions_, {});
    Audit audit = std::exchange(audit_, {});
    reports_ = 0;
    if (!rows.id.empty()) {
        flushReports(db, rows, rights, institutions);
    }
    if (!audit.at.empty()) {
        flushAudit(db, audit);
    }
}

// A source the site does not know is refused (-1 breaks the foreign key), never dropped.
void PendingInserts::flushReports(Connection& db, Reports& t, Links& rights, Links& institutions) {
    db.exec("INSERT INTO reports(id, reference, ref_year, ref_seq, received_on, source_id, "
            "author, description, proposals, categories, non_take_up, status, closed_on, "
            "created_at, updated_at, category_order, search_words) "
            "SELECT t.id, t.ref, t.y, t.seq, t.received, CASE WHEN t.src IS NULL THEN NULL ELSE "
            "COALESCE(g.id, -1) END, t.author, t.descr, t.prop, t.cat, t.ntu, t.st, t.closed, t.created, "
            "t.updated, t.ord, to_tsvector('simple', t.words) FROM unnest($1::bigint[], "
            "$2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], "
            "$9::text[], $10::int[], $11::text[], $12::text[], $13::text[], $14::text[], "
            "$15::text[], $16::text[], $17::text[]) AS t(id, ref, y, seq, received, src, author, "
            "descr, prop, cat, ntu, st, closed, created, updated, ord, words) LEFT JOIN (SELECT "
            "DISTINCT ON (name_key) name_key, id FROM source_groups WHERE site IS NULL OR site = "
            "current_setting('vigie.site') ORDER BY name_key, site NULLS LAST) g ON g.name_key = "
            "t.src ORDER BY t.id",
            arrays({&t.id, &t.reference, &t.year, &t.sequence, &t.receivedOn, &t.source,
                    &t.author, &t.description, &t.proposals, &t.categories, &t.nonTakeUp,
                    &t.status, &t.closedOn, &t.createdAt, &t.updatedAt, &t.categoryOrder,
                    &t.words}));
    flushLinks(db, rights, "report_rights", "right_id", "rights");
    flushLinks(db, institutions, "report_institutions", "institution_id", "institutions");
}

// The codes looked up by the server, the site's own row first, else the département's;
// an unknown code leaves the id null and the row is refused.
void PendingInserts::flushLinks(Connection& db, Links& links, const char* table,
                                const char* column, const char* refTable) {
    if (links.report.empty()) {
        return;
    }
    db.exec(fmt::format("WITH known AS (SELECT DISTINCT ON (code_key) code_key, id FROM {2} "
                        "WHERE site IS NULL OR site = current_setting('vigie.site') ORDER BY "
                        "code_key, site NULLS LAST) "
                        "INSERT INTO {0}(report_id, {1}, position) SELECT t.report, k.id, "
                        "t.position FROM unnest($1::bigint[], $2::text[], $3::int[]) AS t(report, "
                        "key, position) LEFT JOIN known k ON k.code_key = t.key ON CONFLICT DO "
                        "NOTHING",
                        table, column, refTable),
            arrays({&links.report, &links.key, &links.position}));
}

void PendingInserts::flushAudit(Connection& db, Audit& a) {
    db.exec("INSERT INTO audit_entries(at, user_name, entity, entity_id, action, before_json, "
            "after_json, note) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], "
            "$4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])",
            arrays({&a.at, &a.user, &a.entity, &a.entityId, &a.action, &a.before, &a.after,
                    &a.note}));
}

} // namespace vigie::storage::pg
