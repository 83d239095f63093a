// Difficulty reports in SQLite: one row per report, ordered link rows for its rights and
// institutions, an FTS5 index kept by triggers.
#include <algorithm>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "domain/text.h"
#include "platform/i18n.h"
#include "report_rows.h"
#include "similar_reports.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

// Rights and institutions come back as one cell each, joined by the ASCII unit separator
// (a code may contain '|' or ',' but never a control character).
constexpr const char* kSelectReport = R"sql(
SELECT r.id, r.ref_year, r.ref_seq, r.received_on, coalesce(s.name, ''), r.author,
       r.description, r.proposals, r.categories, r.non_take_up, r.status, r.closed_on,
       r.created_at, r.updated_at, r.category_order,
       (SELECT group_concat(code, char(31)) FROM
           (SELECT x.code AS code FROM report_rights l JOIN rights x ON x.id = l.right_id
            WHERE l.report_id = r.id ORDER BY l.position)),
       (SELECT group_concat(code, char(31)) FROM
           (SELECT x.code AS code FROM report_institutions l
            JOIN institutions x ON x.id = l.institution_id
            WHERE l.report_id = r.id ORDER BY l.position)),
       r.version
FROM reports r LEFT JOIN source_groups s ON s.id = r.source_id
)sql";

// SQLite's columns as the shared report reader reads them.
struct SqliteColumns {
    SQLite::Statement& s;
    std::int64_t integer(int i) const { return s.getColumn(i).getInt64(); }
    std::string text(int i) const { return s.getColumn(i).getString(); }
    bool isNull(int i) const { return s.getColumn(i).isNull(); }
};

DifficultyReport readReport(SQLite::Statement& s) {
    return readReportColumns(SqliteColumns{s});
}

std::string jsonList(const std::vector<std::int64_t>& ids) {
    return nlohmann::json(ids).dump();
}

// Words typed by the user -> an FTS5 query: every word must match, as a prefix, so the
// list narrows while the user types. Quotes make any punctuation harmless.
std::string ftsQuery(const std::string& typed) {
    std::string query;
    std::istringstream words(typed);
    std::string word;
    while (words >> word) {
        std::string escaped;
        for (char c : word) {
            if (c == '"') {
                escaped += "\"\"";
            } else {
                escaped.push_back(c);
            }
        }
        if (!query.empty()) {
            query += ' ';
        }
        query += '"' + escaped + "\"*";
    }
    return query;
}

struct WhereClause {
    std::string sql;
    std::vector<std::string> texts; // bound in order, all as text or integers
    std::vector<bool> isInt;
    void add(const std::string& condition) {
        sql += sql.empty() ? " WHERE " : " AND ";
        sql += condition;
    }
    void bindText(std::string v) {
        texts.push_back(std::move(v));
        isInt.push_back(false);
    }
    void bindInt(long long v) {
        texts.push_back(std::to_string(v));
        isInt.push_back(true);
    }
    void bindAll(SQLite::Statement& s) const {
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            if (isInt[i]) {
                s.bind(index, static_cast<std::int64_t>(std::stoll(texts[i])));
            } else {
                s.bind(index, texts[i]);
            }
        }
    }
};

WhereClause whereFor(const ReportFilter& f, const std::vector<NamedBy>& named) {
    WhereClause w;
    if (f.period) {
        w.add("r.received_on BETWEEN ? AND ?");
        w.bindText(f.period->first.iso());
        w.bindText(f.period->last.iso());
    }
    if (f.category) {
        w.add("(r.categories & ?) <> 0");
        w.bindInt(1LL << static_cast<int>(*f.category));
    }
    if (f.status) {
        w.add("r.status = ?");
        w.bindText(std::string(code(*f.status)));
    } else if (!f.includeWithdrawn) {
        w.add("r.status <> 'annulee'");
    }
    if (!f.institutionCode.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_institutions l JOIN institutions x ON "
              "x.id = l.institution_id WHERE l.report_id = r.id AND x.code_key = ?)");
        w.bindText(codeKey(f.institutionCode));
    }
    if (!f.rightCode.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_rights l JOIN rights x ON x.id = l.right_id "
              "WHERE l.report_id = r.id AND x.code_key = ?)");
        w.bindText(codeKey(f.rightCode));
    }
    if (!f.rightFamily.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_rights l JOIN rights x ON x.id = l.right_id "
              "WHERE l.report_id = r.id AND x.family_code = ?)");
        w.bindText(f.rightFamily);
    }
    if (f.nonTakeUp) {
        if (f.nonTakeUp->empty()) {
            w.add("r.non_take_up IS NULL");
        } else {
            w.add("r.non_take_up = ?");
            w.bindText(*f.nonTakeUp);
        }
    }
    if (!f.source.empty()) {
        w.add("r.source_id = (SELECT id FROM source_groups WHERE name_key = ?)");
        w.bindText(codeKey(f.source));
    }
    if (f.solicitation) {
        w.add("r.id IN (SELECT report_id FROM solicitation_reports WHERE solicitation_id = ?)");
        w.bindInt(*f.solicitation);
    }
    const bool namesReference = std::any_of(named.begin(), named.end(),
                                            [](const NamedBy& n) { return n.any(); });
    if (!namesReference) {
        if (const std::string q = ftsQuery(f.search); !q.empty()) {
            w.add("r.id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)");
            w.bindText(q);
        }
        return w;
    }
    // Some word names a category, a right, a body or a source ("caf", "precarite"): each
    // word is found in the text or in what the report is linked to.
    // Only the links a word names are tested (each report is read once per test).
    for (const NamedBy& n : named) {
        std::string any = "(r.id IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)";
        w.bindText(ftsQuery(n.word));
        if (n.categories != 0) {
            any += " OR (r.categories & ?) <> 0";
            w.bindInt(n.categories);
        }
        if (!n.sources.empty()) {
            any += " OR coalesce(r.source_id, 0) IN (SELECT value FROM json_each(?))";
            w.bindText(jsonList(n.sources));
        }
        // Not correlated: each list is read once through its index, not per report.
        if (!n.rights.empty()) {
            any += " OR r.id IN (SELECT report_id FROM report_rights WHERE right_id IN "
                   "(SELECT value FROM json_each(?)))";
            w.bindText(jsonList(n.rights));
        }
        if (!n.institutions.empty()) {
            any += " OR r.id IN (SELECT report_id FROM report_institutions WHERE "
                   "institution_id IN (SELECT value FROM json_each(?)))";
            w.bindText(jsonList(n.institutions));
        }
        w.add(any + ")");
    }
    return w;
}

} // namespace

void SqliteReports::bindFields(SQLite::Statement& s, const DifficultyReport& r) {
    s.bind(1, r.reference.text());
    s.bind(2, r.reference.year);
    s.bind(3, r.reference.sequence);
    s.bind(4, r.receivedOn.iso());
    if (r.source.empty()) {
        s.bind(5);
    } else {
        auto id = refIds_.sourceGroup(r.source);
        if (!id) {
            throw StorageError(Kind::Failed, fmt::format("unknown source group '{}'", r.source));
        }
        s.bind(5, static_cast<std::int64_t>(*id));
    }
    s.bind(6, r.author);
    s.bind(7, r.description);
    s.bind(8, r.proposals);
    s.bind(9, static_cast<int>(r.categories.bits()));
    if (r.nonTakeUp) {
        s.bind(10, std::string(code(*r.nonTakeUp)));
    } else {
        s.bind(10);
    }
    s.bind(11, std::string(code(r.status)));
    if (r.closedOn) {
        s.bind(12, r.closedOn->iso());
    } else {
        s.bind(12);
    }
    s.bind(13, r.createdAt);
    s.bind(14, r.updatedAt);
    std::string order;
    for (auto c : r.categories.list()) {
        order += (order.empty() ? "" : "|") + std::string(code(c));
    }
    s.bind(15, order);
}

void SqliteReports::writeLinks(const DifficultyReport& r) {
    auto writeList = [&](const std::vector<std::string>& codes, const char* insertSql, auto resolve,
                         const char* what) {
        int position = 0;
        for (const auto& c : codes) {
            auto id = resolve(c);
            if (!id) {
                throw StorageError(Kind::Failed, fmt::format("unknown {} code '{}'", what, c));
            }
            auto& s = statements_.get(insertSql);
            s.bind(1, static_cast<std::int64_t>(r.id));
            s.bind(2, static_cast<std::int64_t>(*id));
            s.bind(3, ++position);
            s.exec();
        }
    };
    writeList(
        r.rights,
        "INSERT OR IGNORE INTO report_rights(report_id, right_id, position) VALUES (?, ?, ?)",
        [&](const std::string& c) { return refIds_.right(c); }, "right");
    writeList(
        r.institutions,
        "INSERT OR IGNORE INTO report_institutions(report_id, institution_id, position) "
        "VALUES (?, ?, ?)",
        [&](const std::string& c) { return refIds_.institution(c); }, "institution");
}

void SqliteReports::indexText(const DifficultyReport& r) {
    auto& s = statements_.get("INSERT INTO report_fts(rowid, reference, description, proposals, "
                              "author) VALUES (?, ?, ?, ?, ?)");
    s.bind(1, static_cast<std::int64_t>(r.id));
    s.bind(2, r.reference.text());
    s.bind(3, r.description);
    s.bind(4, r.proposals);
    s.bind(5, r.author);
    s.exec();
}

void SqliteReports::unindexText(ReportId id) {
    // An external-content FTS5 table forgets a row when given its old indexed values.
    auto& s = statements_.get(
        "INSERT INTO report_fts(report_fts, rowid, reference, description, proposals, author) "
        "SELECT 'delete', id, reference, description, proposals, author FROM reports WHERE id = ?");
    s.bind(1, static_cast<std::int64_t>(id));
    s.exec();
}

void SqliteReports::insert(DifficultyReport& report) {
    guarded(statements_, [&] {
        auto& s = statements_.get(
            "INSERT INTO reports(reference, ref_year, ref_seq, received_on, source_id, author, "
            "description, proposals, categories, non_take_up, status, closed_on, created_at, "
            "updated_at, category_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindFields(s, report);
        s.exec();
        report.id = db_.getLastInsertRowid();
        report.version = 1;
        indexText(report);
        writeLinks(report);
    });
}

void SqliteReports::update(DifficultyReport& report) {
    guarded(statements_, [&] {
        unindexText(report.id);
        auto& s = statements_.get(
            "UPDATE reports SET reference = ?, ref_year = ?, ref_seq = ?, received_on = ?, "
            "source_id = ?, author = ?, description = ?, proposals = ?, categories = ?, "
            "non_take_up = ?, status = ?, closed_on = ?, created_at = ?, updated_at = ?, "
            "category_order = ?, version = version + 1 WHERE id = ? AND version = ?");
        bindFields(s, report);
        s.bind(16, static_cast<std::int64_t>(report.id));
        s.bind(17, static_cast<std::int64_t>(report.version));
        if (s.exec() != 1) {
            throw notUpdated(db_, "reports", report.id);
        }
        ++report.version;
        indexText(report);
        for (const char* sql : {"DELETE FROM report_rights WHERE report_id = ?",
                                "DELETE FROM report_institutions WHERE report_id = ?"}) {
            auto& del = statements_.get(sql);
            del.bind(1, static_cast<std::int64_t>(report.id));
            del.exec();
        }
        writeLinks(report);
    });
}

std::optional<DifficultyReport> SqliteReports::find(ReportId id) {
    return guarded(statements_, [&]() -> std::optional<DifficultyReport> {
        auto& s = statements_.get(std::string(kSelectReport) + " WHERE r.id = ?");
        s.bind(1, static_cast<std::int64_t>(id));
        if (s.executeStep()) {
            return readReport(s);
        }
        return std::nullopt;
    });
}

std::optional<DifficultyReport> SqliteReports::findByReference(const ReportReference& ref) {
    return guarded(statements_, [&]() -> std::optional<DifficultyReport> {
        auto& s =
            statements_.get(std::string(kSelectReport) + " WHERE r.ref_year = ? AND r.ref_seq = ?");
        s.bind(1, ref.year);
        s.bind(2, ref.sequence);
        if (s.executeStep()) {
            return readReport(s);
        }
        return std::nullopt;
    });
}

int SqliteReports::lastSequence(int year) {
    return guarded(statements_, [&] {
        auto& s =
            statements_.get("SELECT coalesce(max(ref_seq), 0) FROM reports WHERE ref_year = ?");
        s.bind(1, year);
        s.executeStep();
        return s.getColumn(0).getInt();
    });
}

ReportReference SqliteReports::nextReference(int year) {
    // Inside the unit of work's write lock, so nobody else takes it meanwhile.
    return {year, lastSequence(year) + 1};
}

std::vector<NamedBy> SqliteReports::namedBy(const std::string& search) {
    std::vector<NamedRow> rights, institutions, sources;
    if (search.find_first_not_of(" \t") != std::string::npos) {
        auto load = [&](const char* sql, std::vector<NamedRow>& rows) {
            auto& s = statements_.get(sql);
            while (s.executeStep()) {
                rows.push_back({s.getColumn(0).getInt64(),
                                labelWords(s.getColumn(1).getString() + " " +
                                           s.getColumn(2).getString())});
            }
        };
        load("SELECT id, code, label FROM rights", rights);
        load("SELECT id, code, name FROM institutions", institutions);
        load("SELECT id, name, '' FROM source_groups", sources);
    }
    return storage::namedBy(search, rights, institutions, sources);
}

long long SqliteReports::count(const ReportFilter& filter) {
    return guarded(statements_, [&] {
        const WhereClause w = whereFor(filter, namedBy(filter.search));
        auto& s = statements_.get("SELECT count(*) FROM reports r" + w.sql);
        w.bindAll(s);
        s.executeStep();
        return s.getColumn(0).getInt64();
    });
}

std::vector<ReportId> SqliteReports::ids(const ReportFilter& filter, ReportOrder order,
                                         bool ascending) {
    ReportTally ignored;
    return ids(filter, order, ascending, ignored);
}

// Read in date order from the covering index (no table access), then ordered in memory:
// sorting 100,000 small keys is faster than making SQLite sort joined rows.
std::vector<ReportId> SqliteReports::ids(const ReportFilter& filter, ReportOrder order,
                                         bool ascending, ReportTally& tally) {
    return guarded(statements_, [&] {
        const WhereClause w = whereFor(filter, namedBy(filter.search));
        auto& s = statements_.get(
            "SELECT r.id, r.ref_year, r.ref_seq, coalesce(r.source_id, 0), r.status, "
            "r.categories FROM reports r" +
            w.sql + " ORDER BY r.received_on, r.ref_year, r.ref_seq");
        w.bindAll(s);
        std::vector<ListRow> rows;
        tally = {};
        while (s.executeStep()) {
            ListRow r{s.getColumn(0).getInt64(),    s.getColumn(1).getInt(),
                      s.getColumn(2).getInt(),      s.getColumn(3).getInt64(),
                      statusIndex(s.getColumn(4).getString()), s.getColumn(5).getInt()};
            addToTally(r, tally);
            rows.push_back(r);
        }
        return orderedIds(std::move(rows), order, ascending, listRanks(order));
    });
}

ListRanks SqliteReports::listRanks(ReportOrder order) {
    ListRanks ranks;
    int n = 0;
    if (order == ReportOrder::Source) {
        auto& g = statements_.get("SELECT id FROM source_groups ORDER BY name_key");
        while (g.executeStep()) {
            ranks.sourceRank[g.getColumn(0).getInt64()] = ++n;
        }
    } else if (order == ReportOrder::Rights) {
        std::unordered_map<std::int64_t, int> codeRank;
        auto& c = statements_.get("SELECT id FROM rights ORDER BY code_key");
        while (c.executeStep()) {
            codeRank[c.getColumn(0).getInt64()] = ++n;
        }
        auto& f = statements_.get("SELECT report_id, right_id FROM report_rights WHERE position = 1");
        while (f.executeStep()) {
            ranks.firstRightRank[f.getColumn(0).getInt64()] = codeRank[f.getColumn(1).getInt64()];
        }
        ranks.noRight = n + 1;
    }
    return ranks;
}

std::vector<DifficultyReport> SqliteReports::load(const std::vector<ReportId>& ids) {
    return guarded(statements_, [&] {
        nlohmann::json list = ids;
        auto& s = statements_.get(std::string(kSelectReport) +
                                  " WHERE r.id IN (SELECT value FROM json_each(?))");
        s.bind(1, list.dump());
        std::unordered_map<ReportId, DifficultyReport> byId;
        while (s.executeStep()) {
            auto r = readReport(s);
            byId.emplace(r.id, std::move(r));
        }
        std::vector<DifficultyReport> out;
        out.reserve(ids.size());
        for (auto id : ids) {
            if (auto it = byId.find(id); it != byId.end()) {
                out.push_back(it->second);
            }
        }
        return out;
    });
}

void SqliteReports::forEach(const ReportFilter& filter,
                            const std::function<void(const DifficultyReport&)>& visit) {
    guarded(statements_, [&] {
        const WhereClause w = whereFor(filter, namedBy(filter.search));
        // Not cached: the visitor may run other statements while this one steps.
        SQLite::Statement s(db_, std::string(kSelectReport) + w.sql +
                                     " ORDER BY r.received_on, r.ref_year, r.ref_seq");
        w.bindAll(s);
        while (s.executeStep()) {
            visit(readReport(s));
        }
    });
}

std::vector<ReportFacts> SqliteReports::facts(const Period& period) {
    // The reports first, then their rights and institutions in one query each, walked
    // through the date index: no sub-query per report (stats of a 10,000-report year).
    return guarded(statements_, [&] {
        constexpr const char* kOfPeriod =
            "r.received_on BETWEEN ? AND ? AND r.status <> 'annulee'";
        auto& s = statements_.get(fmt::format(
            "SELECT r.id, r.received_on, r.categories, r.status, r.non_take_up, r.closed_on, "
            "coalesce(g.name, ''), r.ref_year, r.ref_seq FROM reports r LEFT JOIN source_groups g ON g.id = r.source_id "
            "WHERE {}",
            kOfPeriod));
        s.bind(1, period.first.iso());
        s.bind(2, period.last.iso());
        std::vector<ReportFacts> out;
        std::unordered_map<ReportId, std::size_t> index;
        while (s.executeStep()) {
            ReportFacts f;
            f.id = s.getColumn(0).getInt64();
            f.receivedOn = Date::fromIso(s.getColumn(1).getString()).value_or(Date());
            f.categories = CategorySet::fromBits(static_cast<unsigned>(s.getColumn(2).getInt()));
            f.status = parseStatus(s.getColumn(3).getString()).value_or(ReportStatus::Received);
            if (!s.getColumn(4).isNull()) {
                f.nonTakeUp = parseNonTakeUp(s.getColumn(4).getString());
            }
            if (!s.getColumn(5).isNull()) {
                f.closedOn = Date::fromIso(s.getColumn(5).getString());
            }
            f.source = s.getColumn(6).getString();
            f.reference = {s.getColumn(7).getInt(), s.getColumn(8).getInt()};
            index.emplace(f.id, out.size());
            out.push_back(std::move(f));
        }
        auto& rights = statements_.get(fmt::format(
            "SELECT l.report_id, x.code, x.family_code FROM reports r JOIN report_rights l ON "
            "l.report_id = r.id JOIN rights x ON x.id = l.right_id WHERE {}",
            kOfPeriod));
        rights.bind(1, period.first.iso());
        rights.bind(2, period.last.iso());
        while (rights.executeStep()) {
            if (auto it = index.find(rights.getColumn(0).getInt64()); it != index.end()) {
                auto& f = out[it->second];
                f.rights.push_back(rights.getColumn(1).getString());
                std::string family = rights.getColumn(2).getString();
                if (std::find(f.rightFamilies.begin(), f.rightFamilies.end(), family) ==
                    f.rightFamilies.end()) {
                    f.rightFamilies.push_back(std::move(family));
                }
            }
        }
        auto& bodies = statements_.get(fmt::format(
            "SELECT l.report_id, x.code FROM reports r JOIN report_institutions l ON "
            "l.report_id = r.id JOIN institutions x ON x.id = l.institution_id WHERE {}",
            kOfPeriod));
        bodies.bind(1, period.first.iso());
        bodies.bind(2, period.last.iso());
        while (bodies.executeStep()) {
            if (auto it = index.find(bodies.getColumn(0).getInt64()); it != index.end()) {
                out[it->second].institutions.push_back(bodies.getColumn(1).getString());
            }
        }
        return out;
    });
}

std::vector<int> SqliteReports::years() {
    return guarded(statements_, [&] {
        // One step through the date index per year, not a scan of every report (the
        // window asks when it opens: 40 ms → 1 ms for 100,000 reports).
        auto& s = statements_.get(
            "WITH RECURSIVE y(d) AS (SELECT min(received_on) FROM reports UNION ALL "
            "SELECT (SELECT min(received_on) FROM reports WHERE received_on >= "
            "printf('%04d-01-01', CAST(substr(d, 1, 4) AS INTEGER) + 1)) FROM y "
            "WHERE d IS NOT NULL) "
            "SELECT CAST(substr(d, 1, 4) AS INTEGER) FROM y WHERE d IS NOT NULL");
        std::vector<int> out;
        while (s.executeStep()) {
            out.push_back(s.getColumn(0).getInt());
        }
        return out;
    });
}

std::vector<WordFrequency> SqliteReports::wordFrequencies(const std::vector<std::string>& words) {
    if (!vocabularyOpen_) {
        // TEMP: of this connection only, nothing written to the file (read-only ones too).
        db_.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.report_words USING "
                 "fts5vocab(main, report_fts, col)");
        vocabularyOpen_ = true;
    }
    std::vector<WordFrequency> out;
    auto& s =
        statements_.get("SELECT doc FROM temp.report_words WHERE term = ? AND col = 'description'");
    for (const auto& word : words) {
        s.reset();
        s.bind(1, word);
        out.push_back({word, s.executeStep() ? s.getColumn(0).getInt64() : 0});
    }
    return out;
}

// The rarer words of the text, any of them, ranked by bm25 over the descriptions; the
// withdrawn and the edited report left out before the best are kept.
std::vector<SimilarReport> SqliteReports::similar(const SimilarQuery& query) {
    return guarded(statements_, [&] {
        std::vector<SimilarReport> none;
        const auto words = significantWords(query.text);
        if (words.empty() || query.limit <= 0) {
            return none;
        }
        const auto chosen = wordsToLookFor(wordFrequencies(words));
        if (chosen.empty()) {
            return none;
        }
        // Each word a quoted phrase: whatever it holds is a word, never an operator.
        std::string match = "description : (";
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            std::string quoted;
            for (char c : chosen[i]) {
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            }
            match += (i ? " OR \"" : "\"") + quoted + "\"";
        }
        match += ")";
        auto& s = statements_.get(R"sql(
WITH hits(id, text_score) AS (
    SELECT rowid, -bm25(report_fts) FROM report_fts
    WHERE report_fts MATCH ? AND rowid <> ?
      AND rowid NOT IN (SELECT id FROM reports WHERE status = 'annulee')
    ORDER BY bm25(report_fts) LIMIT ?)
SELECT r.id, r.ref_year, r.ref_seq, r.received_on, r.description, h.text_score,
       (SELECT group_concat(code, char(31)) FROM
           (SELECT x.code AS code FROM report_rights l JOIN rights x ON x.id = l.right_id
            WHERE l.report_id = r.id ORDER BY l.position)),
       (SELECT group_concat(code, char(31)) FROM
           (SELECT x.code AS code FROM report_institutions l
            JOIN institutions x ON x.id = l.institution_id
            WHERE l.report_id = r.id ORDER BY l.position))
FROM hits h JOIN reports r ON r.id = h.id)sql");
        s.bind(1, match);
        s.bind(2, static_cast<std::int64_t>(query.excluded));
        s.bind(3, candidateCount(query.limit));
        std::vector<SimilarCandidate> found;
        while (s.executeStep()) {
            SimilarCandidate c;
            c.report.id = s.getColumn(0).getInt64();
            c.report.reference = {s.getColumn(1).getInt(), s.getColumn(2).getInt()};
            c.report.receivedOn = Date::fromIso(s.getColumn(3).getString()).value_or(Date());
            c.report.description = s.getColumn(4).getString();
            c.textScore = s.getColumn(5).getDouble();
            c.rights = splitUnit(s.getColumn(6).isNull() ? "" : s.getColumn(6).getString());
            c.institutions = splitUnit(s.getColumn(7).isNull() ? "" : s.getColumn(7).getString());
            found.push_back(std::move(c));
        }
        return rankSimilar(std::move(found), query);
    });
}

} // namespace vigie::storage
