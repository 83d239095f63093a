// Outreach sessions in SQLite: one row each, the reports they raised in order, and the
// schemes as reference rows.
#include <unordered_map>

#include <fmt/format.h>

#include "domain/text.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kSelect = R"sql(
SELECT s.id, s.held_on, s.starts_at, s.ends_at, o.code, s.place, s.district,
       coalesce(i.code, ''), s.staff, s.people, s.new_people, s.informed,
       s.rights_appointments, s.applications, s.referrals, s.reminders, s.themes, s.notes,
       s.created_at, s.updated_at, s.version
FROM outreach_sessions s JOIN outreach_schemes o ON o.id = s.scheme_id
     LEFT JOIN institutions i ON i.id = s.partner_id
)sql";
constexpr const char* kOrder = " ORDER BY s.held_on, coalesce(s.starts_at, -1), s.id";

std::optional<long long> optionalCount(SQLite::Statement& st, int column) {
    if (st.getColumn(column).isNull()) {
        return std::nullopt;
    }
    return st.getColumn(column).getInt64();
}

std::optional<TimeOfDay> optionalTime(SQLite::Statement& st, int column) {
    if (st.getColumn(column).isNull()) {
        return std::nullopt;
    }
    return TimeOfDay{st.getColumn(column).getInt()};
}

OutreachSession read(SQLite::Statement& st) {
    OutreachSession s;
    s.id = st.getColumn(0).getInt64();
    s.heldOn = Date::fromIso(st.getColumn(1).getString()).value_or(Date());
    s.startsAt = optionalTime(st, 2);
    s.endsAt = optionalTime(st, 3);
    s.scheme = st.getColumn(4).getString();
    s.place = st.getColumn(5).getString();
    s.district = st.getColumn(6).getString();
    s.partner = st.getColumn(7).getString();
    s.staff = st.getColumn(8).getString();
    s.people = st.getColumn(9).getInt64();
    s.newPeople = optionalCount(st, 10);
    s.informed = optionalCount(st, 11);
    s.rightsAppointments = optionalCount(st, 12);
    s.applications = optionalCount(st, 13);
    s.referrals = optionalCount(st, 14);
    s.reminders = optionalCount(st, 15);
    const std::string themes = st.getColumn(16).getString();
    if (!themes.empty()) {
        s.themes = text::splitList(themes);
    }
    s.notes = st.getColumn(17).getString();
    s.createdAt = st.getColumn(18).getString();
    s.updatedAt = st.getColumn(19).getString();
    s.version = st.getColumn(20).getInt64();
    return s;
}

void bindOptional(SQLite::Statement& st, int index, const std::optional<long long>& n) {
    if (n) {
        st.bind(index, static_cast<std::int64_t>(*n));
    } else {
        st.bind(index);
    }
}

} // namespace

std::vector<OutreachScheme> SqliteOutreach::schemes() {
    return guarded(statements_, [&] {
        auto& st = statements_.get(
            "SELECT id, code, label, active FROM outreach_schemes ORDER BY label, code");
        std::vector<OutreachScheme> out;
        while (st.executeStep()) {
            out.push_back({st.getColumn(0).getInt64(), st.getColumn(1).getString(),
                           st.getColumn(2).getString(), st.getColumn(3).getInt() != 0});
        }
        return out;
    });
}

void SqliteOutreach::add(OutreachScheme& scheme) {
    guarded(statements_, [&] {
        auto& st = statements_.get("INSERT INTO outreach_schemes(code, code_key, label, active) "
                                   "VALUES (?, ?, ?, ?)");
        st.bind(1, scheme.code);
        st.bind(2, codeKey(scheme.code));
        st.bind(3, scheme.label);
        st.bind(4, scheme.active ? 1 : 0);
        st.exec();
        scheme.id = db_.getLastInsertRowid();
    });
}

void SqliteOutreach::update(const OutreachScheme& scheme) {
    guarded(statements_, [&] {
        auto& st = statements_.get(
            "UPDATE outreach_schemes SET code = ?, code_key = ?, label = ?, active = ? WHERE id = ?");
        st.bind(1, scheme.code);
        st.bind(2, codeKey(scheme.code));
        st.bind(3, scheme.label);
        st.bind(4, scheme.active ? 1 : 0);
        st.bind(5, static_cast<std::int64_t>(scheme.id));
        st.exec();
    });
}

void SqliteOutreach::bindFields(SQLite::Statement& st, const OutreachSession& s) {
    st.bind(1, s.heldOn.iso());
    s.startsAt ? st.bind(2, s.startsAt->minutes) : st.bind(2);
    s.endsAt ? st.bind(3, s.endsAt->minutes) : st.bind(3);
    st.bind(4, codeKey(s.scheme));
    st.bind(5, s.place);
    st.bind(6, s.district);
    if (s.partner.empty()) {
        st.bind(7);
    } else if (auto id = refIds_.institution(s.partner)) {
        st.bind(7, static_cast<std::int64_t>(*id));
    } else {
        throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", s.partner));
    }
    st.bind(8, s.staff);
    st.bind(9, static_cast<std::int64_t>(s.people));
    bindOptional(st, 10, s.newPeople);
    bindOptional(st, 11, s.informed);
    bindOptional(st, 12, s.rightsAppointments);
    bindOptional(st, 13, s.applications);
    bindOptional(st, 14, s.referrals);
    bindOptional(st, 15, s.reminders);
    st.bind(16, text::join(s.themes, "|"));
    st.bind(17, s.notes);
    st.bind(18, s.createdAt);
    st.bind(19, s.updatedAt);
}

// The scheme is named by its code; the statement finds its id (?4 is its key).
constexpr const char* kSchemeId = "(SELECT id FROM outreach_schemes WHERE code_key = ?4)";

void SqliteOutreach::writeReports(const OutreachSession& s) {
    writeReportLinks(statements_, "session_reports", "session_id", s.id, s.reports);
}

void SqliteOutreach::insert(OutreachSession& s) {
    guarded(statements_, [&] {
        auto& st = statements_.get(fmt::format(
            "INSERT INTO outreach_sessions(held_on, starts_at, ends_at, scheme_id, place, "
            "district, partner_id, staff, people, new_people, informed, rights_appointments, "
            "applications, referrals, reminders, themes, notes, created_at, updated_at, id) "
            "VALUES (?1, ?2, ?3, {}, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, "
            "?18, ?19, ?20)",
            kSchemeId));
        bindFields(st, s);
        s.id ? st.bind(20, static_cast<std::int64_t>(s.id)) : st.bind(20);
        st.exec();
        s.id = db_.getLastInsertRowid();
        s.version = 1;
        writeReports(s);
    });
}

void SqliteOutreach::update(OutreachSession& s) {
    guarded(statements_, [&] {
        auto& st = statements_.get(fmt::format(
            "UPDATE outreach_sessions SET held_on = ?1, starts_at = ?2, ends_at = ?3, "
            "scheme_id = {}, place = ?5, district = ?6, partner_id = ?7, staff = ?8, "
            "people = ?9, new_people = ?10, informed = ?11, rights_appointments = ?12, "
            "applications = ?13, referrals = ?14, reminders = ?15, themes = ?16, notes = ?17, "
            "created_at = ?18, updated_at = ?19, version = version + 1 "
            "WHERE id = ?20 AND version = ?21",
            kSchemeId));
        bindFields(st, s);
        st.bind(20, static_cast<std::int64_t>(s.id));
        st.bind(21, static_cast<std::int64_t>(s.version));
        if (st.exec() != 1) {
            throw notUpdated(db_, "outreach_sessions", s.id);
        }
        ++s.version;
        writeReports(s);
    });
}

void SqliteOutreach::remove(SessionId id) {
    guarded(statements_, [&] {
        auto& st = statements_.get("DELETE FROM outreach_sessions WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        st.exec();
    });
}

std::vector<OutreachSession> SqliteOutreach::select(const std::string& where,
                                                    const std::vector<std::string>& values) {
    return guarded(statements_, [&] {
        auto& st = statements_.get(kSelect + where + kOrder);
        for (std::size_t i = 0; i < values.size(); ++i) {
            st.bind(static_cast<int>(i) + 1, values[i]);
        }
        std::vector<OutreachSession> out;
        std::unordered_map<SessionId, std::size_t> index;
        while (st.executeStep()) {
            out.push_back(read(st));
            index.emplace(out.back().id, out.size() - 1);
        }
        if (out.empty()) {
            return out;
        }
        // The reports of the same sessions, in one ordered query.
        auto& links = statements_.get(
            "SELECT s.id, r.report_id FROM outreach_sessions s JOIN outreach_schemes o ON "
            "o.id = s.scheme_id JOIN session_reports r ON r.session_id = s.id " +
            where + " ORDER BY s.id, r.position");
        for (std::size_t i = 0; i < values.size(); ++i) {
            links.bind(static_cast<int>(i) + 1, values[i]);
        }
        appendReportLinks(links, out, index);
        return out;
    });
}

std::optional<OutreachSession> SqliteOutreach::find(SessionId id) {
    auto found = select("WHERE s.id = ?", {std::to_string(id)});
    return found.empty() ? std::nullopt : std::optional<OutreachSession>(found.front());
}

std::vector<OutreachSession> SqliteOutreach::list(const SessionFilter& f) {
    std::string where;
    std::vector<std::string> values;
    auto add = [&](const std::string& condition) {
        where += where.empty() ? "WHERE " : " AND ";
        where += condition;
    };
    if (f.period) {
        add("s.held_on BETWEEN ? AND ?");
        values.push_back(f.period->first.iso());
        values.push_back(f.period->last.iso());
    }
    if (!f.scheme.empty()) {
        add("o.code_key = ?");
        values.push_back(codeKey(f.scheme));
    }
    if (!f.district.empty()) {
        add("s.district = ?");
        values.push_back(f.district);
    }
    return select(where, values);
}

std::vector<OutreachSession> SqliteOutreach::ofReport(ReportId report) {
    return select("WHERE s.id IN (SELECT session_id FROM session_reports WHERE report_id = ?)",
                  {std::to_string(report)});
}

std::vector<std::string> SqliteOutreach::districts() {
    return guarded(statements_, [&] {
        auto& st = statements_.get("SELECT DISTINCT district FROM outreach_sessions WHERE "
                                   "district <> '' ORDER BY district");
        std::vector<std::string> out;
        while (st.executeStep()) {
            out.push_back(st.getColumn(0).getString());
        }
        return out;
    });
}

} // namespace vigie::storage
