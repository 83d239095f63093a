#include "pg_faq.h"

#include <unordered_map>

#include <fmt/format.h>

namespace vigie::storage::pg {

namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

constexpr const char* kColumns = "question, answer, checked_on, published, created_at, updated_at";
constexpr const char* kValues = "$1, $2, $3, $4, $5, $6";

FaqEntry read(const Result& r, int i) {
    FaqEntry e;
    e.id = r.integer(i, 0);
    e.question = r.text(i, 1);
    e.answer = r.text(i, 2);
    if (!r.isNull(i, 3)) {
        e.checkedOn = Date::fromIso(r.text(i, 3));
    }
    e.published = r.integer(i, 4) != 0;
    e.createdAt = r.text(i, 5);
    e.updatedAt = r.text(i, 6);
    e.version = r.integer(i, 7);
    return e;
}

} // namespace

Params PgFaq::fields(const FaqEntry& e) {
    return Params()
        .text(e.question)
        .text(e.answer)
        .optionalText(e.checkedOn ? std::optional<std::string>(e.checkedOn->iso()) : std::nullopt)
        .integer(e.published ? 1 : 0)
        .text(e.createdAt)
        .text(e.updatedAt);
}

void PgFaq::writeLinks(const FaqEntry& e) {
    auto& db = s_.db();
    auto links = [&](const char* table, const char* column, const std::vector<std::string>& ids) {
        db.exec(fmt::format("DELETE FROM {} WHERE faq_id = $1", table), Params().integer(e.id));
        int position = 0;
        for (const auto& id : ids) {
            db.exec(fmt::format("INSERT INTO {}(faq_id, position, {}) VALUES ($1, $2, $3) "
                                "ON CONFLICT DO NOTHING",
                                table, column),
                    Params().integer(e.id).integer(++position).text(id));
        }
    };
    std::vector<std::string> rights, institutions, reports;
    for (const auto& code : e.rights) {
        rights.push_back(referenceId(db, "rights", code));
    }
    for (const auto& code : e.institutions) {
        institutions.push_back(referenceId(db, "institutions", code));
    }
    for (auto report : e.reports) {
        reports.push_back(std::to_string(report));
    }
    links("faq_rights", "right_id", rights);
    links("faq_institutions", "institution_id", institutions);
    links("faq_reports", "report_id", reports);
}

void PgFaq::insert(FaqEntry& e) {
    Params p = fields(e);
    if (e.id) {
        p.integer(e.id);
        s_.db().exec(
            fmt::format("INSERT INTO faq_entries({}, id) VALUES ({}, $7)", kColumns, kValues), p);
        s_.db().exec("SELECT setval(pg_get_serial_sequence('faq_entries', 'id'), GREATEST((SELECT "
                     "max(id) FROM faq_entries), 1))");
    } else {
        e.id = s_.db()
                   .exec(fmt::format("INSERT INTO faq_entries({}) VALUES ({}) RETURNING id",
                                     kColumns, kValues),
                         p)
                   .integer(0, 0);
    }
    e.version = 1;
    writeLinks(e);
}

void PgFaq::update(FaqEntry& e) {
    Params p = fields(e);
    p.integer(e.id).integer(e.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE faq_entries SET ({}) = ({}), version = version + 1 WHERE id = $7 AND "
                    "version = $8 AND site = {}",
                    kColumns, kValues, kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "faq_entries", e.id);
    }
    ++e.version;
    writeLinks(e);
}

void PgFaq::remove(FaqId id) {
    s_.db().exec(fmt::format("DELETE FROM faq_entries WHERE id = $1 AND site = {}", kSite),
                 Params().integer(id));
}

std::vector<FaqEntry> PgFaq::select(const std::string& where, const Params& params) {
    const std::string scoped = fmt::format("WHERE f.site = {} {}", kSite, where);
    auto r = s_.db().exec("SELECT f.id, f.question, f.answer, f.checked_on, f.published, "
                          "f.created_at, f.updated_at, f.version FROM faq_entries f " +
                              scoped + " ORDER BY f.id",
                          params);
    std::vector<FaqEntry> out;
    std::unordered_map<FaqId, std::size_t> index;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(read(r, i));
        index.emplace(out.back().id, out.size() - 1);
    }
    if (out.empty()) {
        return out;
    }
    auto append = [&](const std::string& sql, auto apply) {
        auto links = s_.db().exec(sql, params);
        for (int i = 0; i < links.rows(); ++i) {
            if (auto it = index.find(links.integer(i, 0)); it != index.end()) {
                apply(out[it->second], links, i);
            }
        }
    };
    append("SELECT f.id, l.report_id FROM faq_entries f JOIN faq_reports l ON l.faq_id = f.id " +
               scoped + " ORDER BY f.id, l.position",
           [](FaqEntry& e, const Result& l, int i) { e.reports.push_back(l.integer(i, 1)); });
    append("SELECT f.id, r.code FROM faq_entries f JOIN faq_rights l ON l.faq_id = f.id JOIN "
           "rights r ON r.id = l.right_id " +
               scoped + " ORDER BY f.id, l.position",
           [](FaqEntry& e, const Result& l, int i) { e.rights.push_back(l.text(i, 1)); });
    append("SELECT f.id, s.code FROM faq_entries f JOIN faq_institutions l ON l.faq_id = f.id "
           "JOIN institutions s ON s.id = l.institution_id " +
               scoped + " ORDER BY f.id, l.position",
           [](FaqEntry& e, const Result& l, int i) { e.institutions.push_back(l.text(i, 1)); });
    return out;
}

std::optional<FaqEntry> PgFaq::find(FaqId id) {
    auto found = select("AND f.id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<FaqEntry>(found.front());
}

std::vector<FaqEntry> PgFaq::list() {
    return select("", Params());
}

} // namespace vigie::storage::pg
