// Solicitations in SQLite: one row each, ordered addressees and reports, reminders.
#include <fmt/format.h>

#include "domain/text.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

// Lists come back as one cell, joined by the unit separator (reminders: date and note
// joined by the record separator).
constexpr const char* kSelect = R"sql(
SELECT s.id, s.sent_on, s.subject, s.channel, s.contact, s.expected_by, s.answered_on,
       s.answer, coalesce(i.code, ''), s.closed, s.decision_id, s.created_at, s.updated_at,
       (SELECT group_concat(code, char(31)) FROM
           (SELECT x.code AS code FROM solicitation_addressees a
            JOIN institutions x ON x.id = a.institution_id
            WHERE a.solicitation_id = s.id ORDER BY a.position)),
       (SELECT group_concat(report_id, char(31)) FROM
           (SELECT report_id FROM solicitation_reports WHERE solicitation_id = s.id
            ORDER BY position)),
       (SELECT group_concat(item, char(31)) FROM
           (SELECT chased_on || char(30) || note AS item FROM solicitation_chases
            WHERE solicitation_id = s.id ORDER BY chased_on, id))
FROM solicitations s LEFT JOIN institutions i ON i.id = s.answered_by_id
)sql";

std::vector<std::string> split(const std::string& joined, char sep) {
    std::vector<std::string> out;
    if (joined.empty()) {
        return out;
    }
    std::size_t start = 0;
    while (true) {
        const auto end = joined.find(sep, start);
        out.push_back(joined.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            return out;
        }
        start = end + 1;
    }
}

Solicitation read(SQLite::Statement& st) {
    Solicitation s;
    s.id = st.getColumn(0).getInt64();
    s.sentOn = Date::fromIso(st.getColumn(1).getString()).value_or(Date());
    s.subject = st.getColumn(2).getString();
    s.channel = parseChannel(st.getColumn(3).getString()).value_or(SolicitationChannel::Mail);
    s.contact = st.getColumn(4).getString();
    s.expectedBy = Date::fromIso(st.getColumn(5).getString()).value_or(s.sentOn);
    if (!st.getColumn(6).isNull()) {
        s.answeredOn = Date::fromIso(st.getColumn(6).getString());
    }
    s.answer = st.getColumn(7).getString();
    s.answeredBy = st.getColumn(8).getString();
    s.closedWithoutAnswer = st.getColumn(9).getInt() != 0;
    if (!st.getColumn(10).isNull()) {
        s.decision = st.getColumn(10).getInt64();
    }
    s.createdAt = st.getColumn(11).getString();
    s.updatedAt = st.getColumn(12).getString();
    s.addressees = split(st.getColumn(13).getString(), '\x1f');
    for (const auto& id : split(st.getColumn(14).getString(), '\x1f')) {
        s.reports.push_back(std::stoll(id));
    }
    for (const auto& item : split(st.getColumn(15).getString(), '\x1f')) {
        const auto sep = item.find('\x1e');
        s.chases.push_back({Date::fromIso(item.substr(0, sep)).value_or(Date()),
                            sep == std::string::npos ? std::string() : item.substr(sep + 1)});
    }
    return s;
}

} // namespace

void SqliteSolicitations::bindFields(SQLite::Statement& st, const Solicitation& s) {
    st.bind(1, s.sentOn.iso());
    st.bind(2, s.subject);
    st.bind(3, std::string(code(s.channel)));
    st.bind(4, s.contact);
    st.bind(5, s.expectedBy.iso());
    if (s.answeredOn) {
        st.bind(6, s.answeredOn->iso());
    } else {
        st.bind(6);
    }
    st.bind(7, s.answer);
    if (!s.answeredBy.empty()) {
        auto id = refIds_.institution(s.answeredBy);
        if (!id) {
            throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", s.answeredBy));
        }
        st.bind(8, static_cast<std::int64_t>(*id));
    } else {
        st.bind(8);
    }
    st.bind(9, s.closedWithoutAnswer ? 1 : 0);
    if (s.decision) {
        st.bind(10, static_cast<std::int64_t>(*s.decision));
    } else {
        st.bind(10);
    }
    st.bind(11, s.createdAt);
    st.bind(12, s.updatedAt);
}

void SqliteSolicitations::writeParts(const Solicitation& s) {
    for (const char* sql : {"DELETE FROM solicitation_addressees WHERE solicitation_id = ?",
                            "DELETE FROM solicitation_reports WHERE solicitation_id = ?",
                            "DELETE FROM solicitation_chases WHERE solicitation_id = ?"}) {
        auto& del = statements_.get(sql);
        del.bind(1, static_cast<std::int64_t>(s.id));
        del.exec();
    }
    int position = 0;
    for (const auto& code : s.addressees) {
        auto id = refIds_.institution(code);
        if (!id) {
            throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", code));
        }
        auto& st = statements_.get("INSERT OR IGNORE INTO solicitation_addressees(solicitation_id, "
                                   "institution_id, position) VALUES (?, ?, ?)");
        st.bind(1, static_cast<std::int64_t>(s.id));
        st.bind(2, static_cast<std::int64_t>(*id));
        st.bind(3, ++position);
        st.exec();
    }
    position = 0;
    for (auto report : s.reports) {
        auto& st = statements_.get("INSERT OR IGNORE INTO solicitation_reports(solicitation_id, "
                                   "report_id, position) VALUES (?, ?, ?)");
        st.bind(1, static_cast<std::int64_t>(s.id));
        st.bind(2, static_cast<std::int64_t>(report));
        st.bind(3, ++position);
        st.exec();
    }
    for (const auto& chase : s.chases) {
        auto& st = statements_.get("INSERT INTO solicitation_chases(solicitation_id, chased_on, "
                                   "note) VALUES (?, ?, ?)");
        st.bind(1, static_cast<std::int64_t>(s.id));
        st.bind(2, chase.on.iso());
        st.bind(3, chase.note);
        st.exec();
    }
}

void SqliteSolicitations::insert(Solicitation& s) {
    guarded([&] {
        auto& st = statements_.get(
            "INSERT INTO solicitations(id, sent_on, subject, channel, contact, expected_by, "
            "answered_on, answer, answered_by_id, closed, decision_id, created_at, updated_at) "
            "VALUES (?13, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)");
        bindFields(st, s);
        if (s.id) {
            st.bind(13, static_cast<std::int64_t>(s.id));
        } else {
            st.bind(13);
        }
        st.exec();
        s.id = db_.getLastInsertRowid();
        writeParts(s);
    });
}

void SqliteSolicitations::update(const Solicitation& s) {
    guarded([&] {
        auto& st = statements_.get(
            "UPDATE solicitations SET sent_on = ?, subject = ?, channel = ?, contact = ?, "
            "expected_by = ?, answered_on = ?, answer = ?, answered_by_id = ?, closed = ?, "
            "decision_id = ?, created_at = ?, updated_at = ? WHERE id = ?");
        bindFields(st, s);
        st.bind(13, static_cast<std::int64_t>(s.id));
        if (st.exec() != 1) {
            throw StorageError(Kind::Failed, fmt::format("no solicitation with id {}", s.id));
        }
        writeParts(s);
    });
}

std::vector<Solicitation> SqliteSolicitations::select(
    const std::string& where, const std::function<void(SQLite::Statement&)>& bindArgs) {
    return guarded([&] {
        auto& st = statements_.get(kSelect + where + " ORDER BY s.sent_on, s.id");
        bindArgs(st);
        std::vector<Solicitation> out;
        while (st.executeStep()) {
            out.push_back(read(st));
        }
        return out;
    });
}

std::optional<Solicitation> SqliteSolicitations::find(SolicitationId id) {
    auto found = select("WHERE s.id = ?", [&](auto& st) { st.bind(1, static_cast<std::int64_t>(id)); });
    return found.empty() ? std::nullopt : std::optional<Solicitation>(found.front());
}

std::optional<Solicitation> SqliteSolicitations::ofDecision(DecisionId id) {
    auto found = select("WHERE s.decision_id = ?",
                        [&](auto& st) { st.bind(1, static_cast<std::int64_t>(id)); });
    return found.empty() ? std::nullopt : std::optional<Solicitation>(found.front());
}

std::vector<Solicitation> SqliteSolicitations::list(const SolicitationFilter& f) {
    std::string where;
    std::vector<std::string> values;
    auto add = [&](const std::string& condition) {
        where += where.empty() ? "WHERE " : " AND ";
        where += condition;
    };
    if (f.period) {
        add("s.sent_on BETWEEN ? AND ?");
        values.push_back(f.period->first.iso());
        values.push_back(f.period->last.iso());
    }
    if (!f.institution.empty()) {
        add("EXISTS (SELECT 1 FROM solicitation_addressees a JOIN institutions x ON "
            "x.id = a.institution_id WHERE a.solicitation_id = s.id AND x.code_key = ?)");
        values.push_back(codeKey(f.institution));
    }
    if (f.report) {
        add("EXISTS (SELECT 1 FROM solicitation_reports r WHERE r.solicitation_id = s.id AND "
            "r.report_id = ?)");
        values.push_back(std::to_string(*f.report));
    }
    if (f.overdueOnly) {
        add("s.answered_on IS NULL AND s.closed = 0 AND s.expected_by < ?");
        values.push_back(f.today.iso());
    }
    auto rows = select(where, [&](auto& st) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            st.bind(static_cast<int>(i) + 1, values[i]);
        }
    });
    if (f.state) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const Solicitation& s) { return s.state() != *f.state; }),
                   rows.end());
    }
    return rows;
}

long long SqliteSolicitations::overdueCount(const Date& today) {
    return guarded([&] {
        auto& st = statements_.get("SELECT count(*) FROM solicitations WHERE answered_on IS NULL "
                                   "AND closed = 0 AND expected_by < ?");
        st.bind(1, today.iso());
        st.executeStep();
        return st.getColumn(0).getInt64();
    });
}

} // namespace vigie::storage
