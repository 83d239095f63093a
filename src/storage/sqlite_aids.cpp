// Emergency aid in SQLite: one row each, with the reports it relates to in order.
#include <unordered_map>

#include <fmt/format.h>

#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kSelect = R"sql(
SELECT a.id, a.granted_on, a.cents, a.kind, coalesce(r.code, ''), a.non_take_up,
       coalesce(i.code, ''), a.notes, a.created_at, a.updated_at, a.version
FROM aids a LEFT JOIN rights r ON r.id = a.right_id
     LEFT JOIN institutions i ON i.id = a.institution_id
)sql";

EmergencyAid read(SQLite::Statement& st) {
    EmergencyAid a;
    a.id = st.getColumn(0).getInt64();
    a.grantedOn = Date::fromIso(st.getColumn(1).getString()).value_or(Date());
    a.cents = st.getColumn(2).getInt64();
    if (!st.getColumn(3).isNull()) {
        a.kind = parseAidKind(st.getColumn(3).getString());
    }
    a.right = st.getColumn(4).getString();
    if (!st.getColumn(5).isNull()) {
        a.nonTakeUp = parseNonTakeUp(st.getColumn(5).getString());
    }
    a.institution = st.getColumn(6).getString();
    a.notes = st.getColumn(7).getString();
    a.createdAt = st.getColumn(8).getString();
    a.updatedAt = st.getColumn(9).getString();
    a.version = st.getColumn(10).getInt64();
    return a;
}

} // namespace

void SqliteAids::bindFields(SQLite::Statement& st, const EmergencyAid& a) {
    st.bind(1, a.grantedOn.iso());
    st.bind(2, static_cast<std::int64_t>(a.cents));
    a.kind ? st.bind(3, std::string(code(*a.kind))) : st.bind(3);
    auto reference = [&](int index, const std::string& code, bool right) {
        if (code.empty()) {
            st.bind(index);
            return;
        }
        const auto id = right ? refIds_.right(code) : refIds_.institution(code);
        if (!id) {
            throw StorageError(Kind::Failed, fmt::format("unknown code '{}'", code));
        }
        st.bind(index, static_cast<std::int64_t>(*id));
    };
    reference(4, a.right, true);
    a.nonTakeUp ? st.bind(5, std::string(code(*a.nonTakeUp))) : st.bind(5);
    reference(6, a.institution, false);
    st.bind(7, a.notes);
    st.bind(8, a.createdAt);
    st.bind(9, a.updatedAt);
}

void SqliteAids::writeReports(const EmergencyAid& a) {
    writeReportLinks(statements_, "aid_reports", "aid_id", a.id, a.reports);
}

void SqliteAids::insert(EmergencyAid& a) {
    guarded(statements_, [&] {
        auto& st = statements_.get(
            "INSERT INTO aids(granted_on, cents, kind, right_id, non_take_up, institution_id, "
            "notes, created_at, updated_at, id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        bindFields(st, a);
        a.id ? st.bind(10, static_cast<std::int64_t>(a.id)) : st.bind(10);
        st.exec();
        a.id = db_.getLastInsertRowid();
        a.version = 1;
        writeReports(a);
    });
}

void SqliteAids::update(EmergencyAid& a) {
    guarded(statements_, [&] {
        auto& st = statements_.get(
            "UPDATE aids SET granted_on = ?1, cents = ?2, kind = ?3, right_id = ?4, "
            "non_take_up = ?5, institution_id = ?6, notes = ?7, created_at = ?8, updated_at = ?9, "
            "version = version + 1 WHERE id = ?10 AND version = ?11");
        bindFields(st, a);
        st.bind(10, static_cast<std::int64_t>(a.id));
        st.bind(11, static_cast<std::int64_t>(a.version));
        if (st.exec() != 1) {
            throw notUpdated(db_, "aids", a.id);
        }
        ++a.version;
        writeReports(a);
    });
}

void SqliteAids::remove(AidId id) {
    guarded(statements_, [&] {
        auto& st = statements_.get("DELETE FROM aids WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        st.exec();
    });
}

std::vector<EmergencyAid> SqliteAids::select(const std::string& where,
                                             const std::vector<std::string>& values) {
    return guarded(statements_, [&] {
        auto& st = statements_.get(kSelect + where + " ORDER BY a.granted_on, a.id");
        for (std::size_t i = 0; i < values.size(); ++i) {
            st.bind(static_cast<int>(i) + 1, values[i]);
        }
        std::vector<EmergencyAid> out;
        std::unordered_map<AidId, std::size_t> index;
        while (st.executeStep()) {
            out.push_back(read(st));
            index.emplace(out.back().id, out.size() - 1);
        }
        if (out.empty()) {
            return out;
        }
        auto& links = statements_.get("SELECT a.id, l.report_id FROM aids a JOIN aid_reports l "
                                      "ON l.aid_id = a.id " +
                                      where + " ORDER BY a.id, l.position");
        for (std::size_t i = 0; i < values.size(); ++i) {
            links.bind(static_cast<int>(i) + 1, values[i]);
        }
        appendReportLinks(links, out, index);
        return out;
    });
}

std::optional<EmergencyAid> SqliteAids::find(AidId id) {
    auto found = select("WHERE a.id = ?", {std::to_string(id)});
    return found.empty() ? std::nullopt : std::optional<EmergencyAid>(found.front());
}

std::vector<EmergencyAid> SqliteAids::list(const std::optional<Period>& period) {
    if (!period) {
        return select("", {});
    }
    return select("WHERE a.granted_on BETWEEN ? AND ?", {period->first.iso(), period->last.iso()});
}

} // namespace vigie::storage
