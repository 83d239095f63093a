#include "pg_reports.h"

#include <charconv>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/i18n.h"
#include "storage/report_rows.h"
#include "storage/similar_reports.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

// Rights and institutions come back as one cell each, joined by U+001F, as from SQLite.
constexpr const char* kSelectReport = R"sql(
SELECT r.id, r.ref_year, r.ref_seq, r.received_on, coalesce(s.name, ''), r.author,
       r.description, r.proposals, r.categories, r.non_take_up, r.status, r.closed_on,
       r.created_at, r.updated_at, r.category_order,
       (SELECT string_agg(x.code, chr(31) ORDER BY l.position) FROM report_rights l
            JOIN rights x ON x.id = l.right_id WHERE l.report_id = r.id),
       (SELECT string_agg(x.code, chr(31) ORDER BY l.position) FROM report_institutions l
            JOIN institutions x ON x.id = l.institution_id WHERE l.report_id = r.id),
       r.version
FROM reports r LEFT JOIN source_groups s ON s.id = r.source_id
)sql";

struct PgColumns {
    const Result& r;
    int row;
    std::int64_t integer(int i) const { return r.integer(row, i); }
    std::string text(int i) const { return r.text(row, i); }
    bool isNull(int i) const { return r.isNull(row, i); }
};

// The words the search finds a report by, folded as the domain folds them: the same
// words, accents and case aside, as SQLite's index (unicode61, remove_diacritics).
std::string searchText(const DifficultyReport& r) {
    std::string words;
    for (char c : text::foldAccents(r.reference.text() + " " + r.description + " " + r.proposals +
                                    " " + r.author)) {
        const auto u = static_cast<unsigned char>(c);
        words.push_back((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80 ? c : ' ');
    }
    return words;
}

// Typed words -> every word as a prefix: "precar rsa" -> 'precar':* & 'rsa':*.
std::string prefixQuery(const std::string& typed) {
    std::string query;
    for (const auto& word : labelWords(typed)) {
        query += (query.empty() ? "" : " & ") + ("'" + word + "':*");
    }
    return query;
}

std::string arrayLiteral(const std::vector<std::int64_t>& ids) {
    std::string out = "{";
    for (std::size_t i = 0; i < ids.size(); ++i) {
        out += (i ? "," : "") + std::to_string(ids[i]);
    }
    return out + "}";
}

struct Where {
    std::string sql = fmt::format(" WHERE r.site = {}", kSite);
    Params params;
    int next = 1;
    std::string text(std::string v) {
        params.text(std::move(v));
        return fmt::format("${}", next++);
    }
    std::string integer(long long v) {
        params.integer(v);
        return fmt::format("${}", next++);
    }
    void add(const std::string& condition) { sql += " AND " + condition; }
};

void addLinkFilters(const ReportFilter& f, Where& w) {
    if (!f.institutionCode.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_institutions l JOIN institutions x ON x.id = "
              "l.institution_id WHERE l.report_id = r.id AND x.code_key = " +
              w.text(codeKey(f.institutionCode)) + ")");
    }
    if (!f.rightCode.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_rights l JOIN rights x ON x.id = l.right_id WHERE "
              "l.report_id = r.id AND x.code_key = " +
              w.text(codeKey(f.rightCode)) + ")");
    }
    if (!f.rightFamily.empty()) {
        w.add("EXISTS (SELECT 1 FROM report_rights l JOIN rights x ON x.id = l.right_id WHERE "
              "l.report_id = r.id AND x.family_code = " +
              w.text(f.rightFamily) + ")");
    }
    if (!f.source.empty()) {
        w.add(fmt::format("r.source_id IN (SELECT id FROM source_groups WHERE name_key = {} AND "
                          "(site IS NULL OR site = {}))",
                          w.text(codeKey(f.source)), kSite));
    }
    if (f.solicitation) {
        w.add("r.id IN (SELECT report_id FROM solicitation_reports WHERE solicitation_id = " +
              w.integer(*f.solicitation) + ")");
    }
}

// Each typed word found in the text, or naming what the report is linked to.
void addSearch(const std::vector<NamedBy>& named, Where& w) {
    for (const NamedBy& n : named) {
        const std::string q = prefixQuery(n.word);
        std::string any = q.empty() ? "FALSE"
                                    : "r.search_words @@ to_tsquery('simple', " + w.text(q) + ")";
        if (n.categories != 0) {
            any += " OR (r.categories & " + w.integer(n.categories) + ") <> 0";
        }
        if (!n.sources.empty()) {
            any += " OR r.source_id = ANY(" + w.text(arrayLiteral(n.sources)) + "::bigint[])";
        }
        if (!n.rights.empty()) {
            any += " OR r.id IN (SELECT report_id FROM report_rights WHERE right_id = ANY(" +
                   w.text(arrayLiteral(n.rights)) + "::bigint[]))";
        }
        if (!n.institutions.empty()) {
            any += " OR r.id IN (SELECT report_id FROM report_institutions WHERE institution_id "
                   "= ANY(" +
                   w.text(arrayLiteral(n.institutions)) + "::bigint[]))";
        }
        w.add("(" + any + ")");
    }
}

Where whereFor(const ReportFilter& f, const std::vector<NamedBy>& named) {
    Where w;
    if (f.period) {
        w.add("r.received_on BETWEEN " + w.text(f.period->first.iso()) + " AND " +
              w.text(f.period->last.iso()));
    }
    if (f.category) {
        w.add("(r.categories & " + w.integer(1LL << static_cast<int>(*f.category)) + ") <> 0");
    }
    if (f.status) {
        w.add("r.status = " + w.text(std::string(code(*f.status))));
    } else if (!f.includeWithdrawn) {
        w.add("r.status <> 'annulee'");
    }
    if (f.nonTakeUp) {
        w.add(f.nonTakeUp->empty() ? "r.non_take_up IS NULL"
                                   : "r.non_take_up = " + w.text(*f.nonTakeUp));
    }
    addLinkFilters(f, w);
    addSearch(named, w);
    return w;
}

std::optional<DifficultyReport> firstReport(const Result& r) {
    if (r.rows() == 0) {
        return std::nullopt;
    }
    return readReportColumns(PgColumns{r, 0});
}

} // namespace

Params PgReports::fields(const DifficultyReport& r) {
    std::optional<std::string> source;
    if (!r.source.empty()) {
        auto id = s_.db().exec(fmt::format("SELECT id FROM source_groups WHERE name_key = $1 AND "
                                           "(site IS NULL OR site = {}) ORDER BY site NULLS LAST "
                                           "LIMIT 1",
                                           kSite),
                               Params().text(codeKey(r.source)));
        if (id.rows() == 0) {
            throw StorageError(Kind::Failed, fmt::format("unknown source group '{}'", r.source));
        }
        source = id.text(0, 0);
    }
    std::string order;
    for (auto c : r.categories.list()) {
        order += (order.empty() ? "" : "|") + std::string(code(c));
    }
    return Params()
        .text(r.reference.text())
        .integer(r.reference.year)
        .integer(r.reference.sequence)
        .text(r.receivedOn.iso())
        .optionalText(source)
        .text(r.author)
        .text(r.description)
        .text(r.proposals)
        .integer(r.categories.bits())
        .optionalText(r.nonTakeUp ? std::optional<std::string>(code(*r.nonTakeUp)) : std::nullopt)
        .text(std::string(code(r.status)))
        .optionalText(r.closedOn ? std::optional<std::string>(r.closedOn->iso()) : std::nullopt)
        .text(r.createdAt)
        .text(r.updatedAt)
        .text(order)
        .text(searchText(r));
}

void PgReports::insert(DifficultyReport& report) {
    wordCounts_.clear();
    report.id = s_.nextReportId();
    report.version = 1;
    s_.hold(report, searchText(report));
}

void PgReports::update(DifficultyReport& report) {
    wordCounts_.clear();
    Params p = fields(report);
    p.integer(report.id).integer(report.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE reports SET reference = $1, ref_year = $2, ref_seq = $3, received_on "
                    "= $4, source_id = $5, author = $6, description = $7, proposals = $8, "
                    "categories = $9, non_take_up = $10, status = $11, closed_on = $12, "
                    "created_at = $13, updated_at = $14, category_order = $15, search_words = "
                    "to_tsvector('simple', $16), version = version + 1 WHERE id = $17 AND "
                    "version = $18 AND site = {}",
                    kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "reports", report.id);
    }
    ++report.version;
    for (const char* table : {"report_rights", "report_institutions"}) {
        s_.db().exec(fmt::format("DELETE FROM {} WHERE report_id = $1", table),
                     Params().integer(report.id));
    }
    PendingInserts::writeLinks(s_.db(), report);
}

std::optional<DifficultyReport> PgReports::find(ReportId id) {
    return firstReport(s_.db().exec(
        fmt::format("{} WHERE r.id = $1 AND r.site = {}", kSelectReport, kSite),
        Params().integer(id)));
}

std::optional<DifficultyReport> PgReports::findByReference(const ReportReference& ref) {
    return firstReport(s_.db().exec(
        fmt::format("{} WHERE r.ref_year = $1 AND r.ref_seq = $2 AND r.site = {}", kSelectReport,
                    kSite),
        Params().integer(ref.year).integer(ref.sequence)));
}

int PgReports::lastSequence(int year) {
    return static_cast<int>(
        s_.db()
            .exec(fmt::format("SELECT coalesce(max(ref_seq), 0) FROM reports WHERE ref_year = $1 "
                              "AND site = {}",
                              kSite),
                  Params().integer(year))
            .integer(0, 0));
}

ReportReference PgReports::nextReference(int year) {
    return takeNextReference(s_, year);
}

std::vector<NamedBy> PgReports::namedBy(const std::string& search) {
    std::vector<NamedRow> rights, institutions, sources;
    if (search.find_first_not_of(" \t") != std::string::npos) {
        auto load = [&](const char* sql, std::vector<NamedRow>& rows) {
            auto r = s_.db().exec(fmt::format(fmt::runtime(sql), kSite));
            for (int i = 0; i < r.rows(); ++i) {
                rows.push_back({r.integer(i, 0), labelWords(r.text(i, 1) + " " + r.text(i, 2))});
            }
        };
        load("SELECT id, code, label FROM rights WHERE site IS NULL OR site = {}", rights);
        load("SELECT id, code, name FROM institutions WHERE site IS NULL OR site = {}",
             institutions);
        load("SELECT id, name, '' FROM source_groups WHERE site IS NULL OR site = {}", sources);
    }
    return storage::namedBy(search, rights, institutions, sources);
}

long long PgReports::count(const ReportFilter& filter) {
    Where w = whereFor(filter, namedBy(filter.search));
    return s_.db().exec("SELECT count(*) FROM reports r" + w.sql, w.params).integer(0, 0);
}

std::vector<ReportId> PgReports::ids(const ReportFilter& filter, ReportOrder order,
                                     bool ascending) {
    ReportTally ignored;
    return ids(filter, order, ascending, ignored);
}

std::vector<ReportId> PgReports::ids(const ReportFilter& filter, ReportOrder order,
                                     bool ascending, ReportTally& tally) {
    Where w = whereFor(filter, namedBy(filter.search));
    auto r = s_.db().exec("SELECT r.id, r.ref_year, r.ref_seq, coalesce(r.source_id, 0), "
                          "r.status, r.categories FROM reports r" +
                              w.sql + " ORDER BY r.received_on, r.ref_year, r.ref_seq",
                          w.params);
    std::vector<ListRow> rows;
    rows.reserve(static_cast<std::size_t>(r.rows()));
    tally = {};
    for (int i = 0; i < r.rows(); ++i) {
        ListRow row{r.integer(i, 0),
                    static_cast<int>(r.integer(i, 1)),
                    static_cast<int>(r.integer(i, 2)),
                    r.integer(i, 3),
                    statusIndex(r.text(i, 4)),
                    static_cast<int>(r.integer(i, 5))};
        addToTally(row, tally);
        rows.push_back(row);
    }
    return orderedIds(std::move(rows), order, ascending, listRanks(order));
}

ListRanks PgReports::listRanks(ReportOrder order) {
    ListRanks ranks;
    if (order == ReportOrder::Source) {
        auto g = s_.db().exec("SELECT id FROM source_groups ORDER BY name_key");
        for (int i = 0; i < g.rows(); ++i) {
            ranks.sourceRank[g.integer(i, 0)] = i + 1;
        }
    } else if (order == ReportOrder::Rights) {
        auto f = s_.db().exec(fmt::format(
            "SELECT l.report_id, x.rank FROM report_rights l JOIN (SELECT id, row_number() OVER "
            "(ORDER BY code_key) AS rank FROM rights) x ON x.id = l.right_id JOIN reports r ON "
            "r.id = l.report_id WHERE l.position = 1 AND r.site = {}",
            kSite));
        for (int i = 0; i < f.rows(); ++i) {
            ranks.firstRightRank[f.integer(i, 0)] = static_cast<int>(f.integer(i, 1));
        }
        ranks.noRight = static_cast<int>(
            s_.db().exec("SELECT count(*) + 1 FROM rights").integer(0, 0));
    }
    return ranks;
}

std::vector<DifficultyReport> PgReports::load(const std::vector<ReportId>& ids) {
    auto r = s_.db().exec(fmt::format("{} WHERE r.id = ANY($1::bigint[]) AND r.site = {}",
                                      kSelectReport, kSite),
                          Params().text(arrayLiteral(ids)));
    std::unordered_map<ReportId, DifficultyReport> byId;
    for (int i = 0; i < r.rows(); ++i) {
        auto report = readReportColumns(PgColumns{r, i});
        byId.emplace(report.id, std::move(report));
    }
    std::vector<DifficultyReport> out;
    out.reserve(ids.size());
    for (auto id : ids) {
        if (auto it = byId.find(id); it != byId.end()) {
            out.push_back(it->second);
        }
    }
    return out;
}

void PgReports::forEach(const ReportFilter& filter,
                        const std::function<void(const DifficultyReport&)>& visit) {
    Where w = whereFor(filter, namedBy(filter.search));
    // Read whole before visiting: the visitor may run statements on this connection.
    auto r = s_.db().exec(std::string(kSelectReport) + w.sql +
                              " ORDER BY r.received_on, r.ref_year, r.ref_seq",
                          w.params);
    for (int i = 0; i < r.rows(); ++i) {
        visit(readReportColumns(PgColumns{r, i}));
    }
}

std::vector<ReportFacts> PgReports::facts(const Period& period) {
    const std::string ofPeriod = fmt::format(
        "r.site = {} AND r.received_on BETWEEN $1 AND $2 AND r.status <> 'annulee'", kSite);
    const Params range = Params().text(period.first.iso()).text(period.last.iso());
    auto s = s_.db().exec("SELECT r.id, r.received_on, r.categories, r.status, r.non_take_up, "
                          "r.closed_on, coalesce(g.name, ''), r.ref_year, r.ref_seq FROM reports r LEFT JOIN "
                          "source_groups g ON g.id = r.source_id WHERE " +
                              ofPeriod,
                          range);
    std::vector<ReportFacts> out;
    std::unordered_map<ReportId, std::size_t> index;
    for (int i = 0; i < s.rows(); ++i) {
        ReportFacts f;
        f.id = s.integer(i, 0);
        f.receivedOn = Date::fromIso(s.text(i, 1)).value_or(Date());
        f.categories = CategorySet::fromBits(static_cast<unsigned>(s.integer(i, 2)));
        f.status = parseStatus(s.text(i, 3)).value_or(ReportStatus::Received);
        if (!s.isNull(i, 4)) {
            f.nonTakeUp = parseNonTakeUp(s.text(i, 4));
        }
        if (!s.isNull(i, 5)) {
            f.closedOn = Date::fromIso(s.text(i, 5));
        }
        f.source = s.text(i, 6);
        f.reference = {static_cast<int>(s.integer(i, 7)), static_cast<int>(s.integer(i, 8))};
        index.emplace(f.id, out.size());
        out.push_back(std::move(f));
    }
    auto rights = s_.db().exec("SELECT l.report_id, x.code, x.family_code FROM reports r JOIN "
                               "report_rights l ON l.report_id = r.id JOIN rights x ON x.id = "
                               "l.right_id WHERE " +
                                   ofPeriod + " ORDER BY l.report_id, l.position",
                               range);
    for (int i = 0; i < rights.rows(); ++i) {
        if (auto it = index.find(rights.integer(i, 0)); it != index.end()) {
            auto& f = out[it->second];
            f.rights.push_back(rights.text(i, 1));
            std::string family = rights.text(i, 2);
            if (std::find(f.rightFamilies.begin(), f.rightFamilies.end(), family) ==
                f.rightFamilies.end()) {
                f.rightFamilies.push_back(std::move(family));
            }
        }
    }
    auto bodies = s_.db().exec("SELECT l.report_id, x.code FROM reports r JOIN "
                               "report_institutions l ON l.report_id = r.id JOIN institutions x "
                               "ON x.id = l.institution_id WHERE " +
                                   ofPeriod + " ORDER BY l.report_id, l.position",
                               range);
    for (int i = 0; i < bodies.rows(); ++i) {
        if (auto it = index.find(bodies.integer(i, 0)); it != index.end()) {
            out[it->second].institutions.push_back(bodies.text(i, 1));
        }
    }
    return out;
}

std::vector<int> PgReports::years() {
    auto r = s_.db().exec(fmt::format("SELECT DISTINCT CAST(substr(received_on, 1, 4) AS "
                                      "INTEGER) AS y FROM reports WHERE site = {} ORDER BY y",
                                      kSite));
    std::vector<int> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(static_cast<int>(r.integer(i, 0)));
    }
    return out;
}

std::vector<WordFrequency> PgReports::wordFrequencies(const std::vector<std::string>& words) {
    if (wordCountsSite_ != s_.site() || wordCounts_.size() > 5000) {
        wordCounts_.clear();
        wordCountsSite_ = s_.site();
    }
    std::vector<std::string> uncounted;
    for (const auto& w : words) {
        if (wordCounts_.count(w) == 0) {
            uncounted.push_back(w);
        }
    }
    if (!uncounted.empty()) {
        auto counted = s_.db().exec(
            fmt::format("SELECT w, (SELECT count(*) FROM (SELECT 1 FROM reports WHERE site = {} "
                        "AND search_words @@ to_tsquery('simple', quote_literal(w)) LIMIT $2) x) "
                        "FROM unnest($1::text[]) AS w",
                        kSite),
            Params().textArray(uncounted).integer(kWordCountCap + 1));
        for (int i = 0; i < counted.rows(); ++i) {
            wordCounts_[counted.text(i, 0)] = counted.integer(i, 1);
        }
    }
    std::vector<WordFrequency> out;
    for (const auto& w : words) {
        out.push_back({w, wordCounts_[w]});
    }
    return out;
}

// The same words as on SQLite (counted here through the folded column's index),
// any of them, ranked by ts_rank over the folded words (shorter texts a little higher, as
// bm25 does).
std::vector<SimilarReport> PgReports::similar(const SimilarQuery& query) {
    const auto words = significantWords(query.text);
    if (words.empty() || query.limit <= 0) {
        return {};
    }
    std::string tsquery;
    for (const auto& word : wordsToLookFor(wordFrequencies(words))) {
        // The words hold letters and digits only: no quote or operator to escape.
        tsquery += (tsquery.empty() ? "'" : " | '") + word + "'";
    }
    if (tsquery.empty()) {
        return {};
    }
    auto r = s_.db().exec(
        fmt::format(R"sql(
WITH hits AS (
    SELECT r.id, r.ref_year, r.ref_seq, r.received_on, r.description,
           ts_rank(r.search_words, q, 1)::text AS text_score
    FROM reports r, to_tsquery('simple', $1) q
    WHERE r.site = {} AND r.search_words @@ q AND r.status <> 'annulee' AND r.id <> $2
    ORDER BY ts_rank(r.search_words, q, 1) DESC, r.received_on DESC, r.id DESC LIMIT $3)
SELECT h.*,
       (SELECT string_agg(x.code, chr(31) ORDER BY l.position) FROM report_rights l
            JOIN rights x ON x.id = l.right_id WHERE l.report_id = h.id),
       (SELECT string_agg(x.code, chr(31) ORDER BY l.position) FROM report_institutions l
            JOIN institutions x ON x.id = l.institution_id WHERE l.report_id = h.id)
FROM hits h)sql",
                    kSite),
        Params().text(tsquery).integer(query.excluded).integer(candidateCount(query.limit)));
    std::vector<SimilarCandidate> found;
    for (int i = 0; i < r.rows(); ++i) {
        SimilarCandidate c;
        c.report.id = r.integer(i, 0);
        c.report.reference = {static_cast<int>(r.integer(i, 1)), static_cast<int>(r.integer(i, 2))};
        c.report.receivedOn = Date::fromIso(r.text(i, 3)).value_or(Date());
        c.report.description = r.text(i, 4);
        const std::string score = r.text(i, 5);
        std::from_chars(score.data(), score.data() + score.size(), c.textScore);
        c.rights = splitUnit(r.isNull(i, 6) ? std::string() : r.text(i, 6));
        c.institutions = splitUnit(r.isNull(i, 7) ? std::string() : r.text(i, 7));
        found.push_back(std::move(c));
    }
    return rankSimilar(std::move(found), query);
}

} // namespace vigie::storage::pg
