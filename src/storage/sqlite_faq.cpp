// The FAQ in SQLite: one row per entry, its rights, institutions and reports in order.
#include <unordered_map>

#include <fmt/format.h>

#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kSelect = "SELECT id, question, answer, checked_on, published, created_at, "
                                "updated_at, version FROM faq_entries f ";

FaqEntry read(SQLite::Statement& st) {
    FaqEntry e;
    e.id = st.getColumn(0).getInt64();
    e.question = st.getColumn(1).getString();
    e.answer = st.getColumn(2).getString();
    if (!st.getColumn(3).isNull()) {
        e.checkedOn = Date::fromIso(st.getColumn(3).getString());
    }
    e.published = st.getColumn(4).getInt() != 0;
    e.createdAt = st.getColumn(5).getString();
    e.updatedAt = st.getColumn(6).getString();
    e.version = st.getColumn(7).getInt64();
    return e;
}

} // namespace

void SqliteFaq::bindFields(SQLite::Statement& st, const FaqEntry& e) {
    st.bind(1, e.question);
    st.bind(2, e.answer);
    e.checkedOn ? st.bind(3, e.checkedOn->iso()) : st.bind(3);
    st.bind(4, e.published ? 1 : 0);
    st.bind(5, e.createdAt);
    st.bind(6, e.updatedAt);
}

void SqliteFaq::writeLinks(const FaqEntry& e) {
    writeReportLinks(statements_, "faq_reports", "faq_id", e.id, e.reports);
    auto codes = [&](const char* table, const char* column, const std::vector<std::string>& list,
                     bool right) {
        auto& del = statements_.get(fmt::format("DELETE FROM {} WHERE faq_id = ?", table));
        del.bind(1, static_cast<std::int64_t>(e.id));
        del.exec();
        int position = 0;
        for (const auto& code : list) {
            const auto id = right ? refIds_.right(code) : refIds_.institution(code);
            if (!id) {
                throw StorageError(Kind::Failed, fmt::format("unknown code '{}'", code));
            }
            auto& st = statements_.get(fmt::format(
                "INSERT OR IGNORE INTO {}(faq_id, position, {}) VALUES (?, ?, ?)", table, column));
            st.bind(1, static_cast<std::int64_t>(e.id));
            st.bind(2, ++position);
            st.bind(3, static_cast<std::int64_t>(*id));
            st.exec();
        }
    };
    codes("faq_rights", "right_id", e.rights, true);
    codes("faq_institutions", "institution_id", e.institutions, false);
}

void SqliteFaq::insert(FaqEntry& e) {
    guarded(statements_, [&] {
        auto& st = statements_.get("INSERT INTO faq_entries(question, answer, checked_on, "
                                   "published, created_at, updated_at, id) VALUES (?1, ?2, ?3, "
                                   "?4, ?5, ?6, ?7)");
        bindFields(st, e);
        e.id ? st.bind(7, static_cast<std::int64_t>(e.id)) : st.bind(7);
        st.exec();
        e.id = db_.getLastInsertRowid();
        e.version = 1;
        writeLinks(e);
    });
}

void SqliteFaq::update(FaqEntry& e) {
    guarded(statements_, [&] {
        auto& st = statements_.get(
            "UPDATE faq_entries SET question = ?1, answer = ?2, checked_on = ?3, published = ?4, "
            "created_at = ?5, updated_at = ?6, version = version + 1 WHERE id = ?7 AND "
            "version = ?8");
        bindFields(st, e);
        st.bind(7, static_cast<std::int64_t>(e.id));
        st.bind(8, static_cast<std::int64_t>(e.version));
        if (st.exec() != 1) {
            throw notUpdated(db_, "faq_entries", e.id);
        }
        ++e.version;
        writeLinks(e);
    });
}

void SqliteFaq::remove(FaqId id) {
    guarded(statements_, [&] {
        auto& st = statements_.get("DELETE FROM faq_entries WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        st.exec();
    });
}

std::vector<FaqEntry> SqliteFaq::select(const std::string& where, std::optional<FaqId> id) {
    return guarded(statements_, [&] {
        auto& st = statements_.get(kSelect + where + " ORDER BY f.id");
        if (id) {
            st.bind(1, static_cast<std::int64_t>(*id));
        }
        std::vector<FaqEntry> out;
        std::unordered_map<FaqId, std::size_t> index;
        while (st.executeStep()) {
            out.push_back(read(st));
            index.emplace(out.back().id, out.size() - 1);
        }
        if (out.empty()) {
            return out;
        }
        auto& links = statements_.get("SELECT f.id, l.report_id FROM faq_entries f JOIN "
                                      "faq_reports l ON l.faq_id = f.id " +
                                      where + " ORDER BY f.id, l.position");
        if (id) {
            links.bind(1, static_cast<std::int64_t>(*id));
        }
        appendReportLinks(links, out, index);
        auto codes = [&](const char* sql, std::vector<std::string> FaqEntry::*field) {
            auto& st2 = statements_.get(fmt::format(fmt::runtime(sql), where));
            if (id) {
                st2.bind(1, static_cast<std::int64_t>(*id));
            }
            while (st2.executeStep()) {
                if (auto it = index.find(st2.getColumn(0).getInt64()); it != index.end()) {
                    (out[it->second].*field).push_back(st2.getColumn(1).getString());
                }
            }
        };
        codes("SELECT f.id, r.code FROM faq_entries f JOIN faq_rights l ON l.faq_id = f.id "
              "JOIN rights r ON r.id = l.right_id {} ORDER BY f.id, l.position",
              &FaqEntry::rights);
        codes("SELECT f.id, i.code FROM faq_entries f JOIN faq_institutions l ON l.faq_id = f.id "
              "JOIN institutions i ON i.id = l.institution_id {} ORDER BY f.id, l.position",
              &FaqEntry::institutions);
        return out;
    });
}

std::optional<FaqEntry> SqliteFaq::find(FaqId id) {
    auto found = select("WHERE f.id = ?", id);
    return found.empty() ? std::nullopt : std::optional<FaqEntry>(found.front());
}

std::vector<FaqEntry> SqliteFaq::list() {
    return select("", std::nullopt);
}

} // namespace vigie::storage
