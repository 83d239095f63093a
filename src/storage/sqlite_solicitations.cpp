// Solicitations in SQLite: one row each, ordered addressees and reports, reminders.
#include <unordered_map>

#include <fmt/format.h>

#include "domain/text.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

// The solicitations first, then each list (addressees, reports, reminders) for all of
// them in one ordered query each: four statements whatever the number of rows, where a
// correlated sub-query per row took twice as long on 12,000 solicitations.
constexpr const char* kSelect = R"sql(
SELECT s.id, s.sent_on, s.subject, s.channel, s.contact, s.expected_by, s.answered_on,
       s.answer, coalesce(i.code, ''), s.closed, s.decision_id, s.created_at, s.updated_at,
       s.version
FROM solicitations s LEFT JOIN institutions i ON i.id = s.answered_by_id
)sql";
// Joined to the same filter, in the same order: the index on the date walks the
// solicitations, each list's key gives its rows in position order, nothing is sorted.
constexpr const char* kAddressees =
    "SELECT s.id, x.code FROM solicitations s JOIN solicitation_addressees a ON "
    "a.solicitation_id = s.id JOIN institutions x ON x.id = a.institution_id {} "
    "ORDER BY s.sent_on, s.id, a.position";
constexpr const char* kReports =
    "SELECT s.id, r.report_id FROM solicitations s JOIN solicitation_reports r ON "
    "r.solicitation_id = s.id {} ORDER BY s.sent_on, s.id, r.position";
constexpr const char* kChases =
    "SELECT s.id, c.chased_on, c.note FROM solicitations s JOIN solicitation_chases c ON "
    "c.solicitation_id = s.id {} ORDER BY s.sent_on, s.id, c.chased_on, c.id";

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
    s.version = st.getColumn(13).getInt64();
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
    guarded(statements_, [&] {
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
        s.version = 1;
        writeParts(s);
    });
}

void SqliteSolicitations::remove(SolicitationId id) {
    // Addressees, reports and reminders go with it (ON DELETE CASCADE).
    guarded(statements_, [&] {
        auto& st = statements_.get("DELETE FROM solicitations WHERE id = ?");
        st.bind(1, static_cast<std::int64_t>(id));
        st.exec();
    });
}

void SqliteSolicitations::update(Solicitation& s) {
    guarded(statements_, [&] {
        auto& st = statements_.get(
            "UPDATE solicitations SET sent_on = ?, subject = ?, channel = ?, contact = ?, "
            "expected_by = ?, answered_on = ?, answer = ?, answered_by_id = ?, closed = ?, "
            "decision_id = ?, created_at = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?");
        bindFields(st, s);
        st.bind(13, static_cast<std::int64_t>(s.id));
        st.bind(14, static_cast<std::int64_t>(s.version));
        if (st.exec() != 1) {
            throw notUpdated(db_, "solicitations", s.id);
        }
        ++s.version;
        writeParts(s);
    });
}

std::vector<Solicitation> SqliteSolicitations::select(
    const std::string& where, const std::function<void(SQLite::Statement&)>& bindArgs) {
    return guarded(statements_, [&] {
        auto& st = statements_.get(kSelect + where + " ORDER BY s.sent_on, s.id");
        bindArgs(st);
        std::vector<Solicitation> out;
        std::unordered_map<SolicitationId, std::size_t> index;
        while (st.executeStep()) {
            out.push_back(read(st));
            index.emplace(out.back().id, out.size() - 1);
        }
        if (out.empty()) {
            return out;
        }
        // Each list query walks the same rows, in order of solicitation then position.
        auto each = [&](const char* query, const std::function<void(Solicitation&, SQLite::Statement&)>& take) {
            auto& list = statements_.get(fmt::format(fmt::runtime(query), where));
            bindArgs(list);
            while (list.executeStep()) {
                if (auto it = index.find(list.getColumn(0).getInt64()); it != index.end()) {
                    take(out[it->second], list);
                }
            }
        };
        each(kAddressees, [](Solicitation& s, SQLite::Statement& row) {
            s.addressees.push_back(row.getColumn(1).getString());
        });
        each(kReports, [](Solicitation& s, SQLite::Statement& row) {
            s.reports.push_back(row.getColumn(1).getInt64());
        });
        each(kChases, [](Solicitation& s, SQLite::Statement& row) {
            s.chases.push_back({Date::fromIso(row.getColumn(1).getString()).value_or(Date()),
                                row.getColumn(2).getString()});
        });
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
    return guarded(statements_, [&] {
        auto& st = statements_.get("SELECT count(*) FROM solicitations WHERE answered_on IS NULL "
                                   "AND closed = 0 AND expected_by < ?");
        st.bind(1, today.iso());
        st.executeStep();
        return st.getColumn(0).getInt64();
    });
}

} // namespace vigie::storage
