// Meetings and decisions in SQLite: one row per meeting, ordered rows for its attendance
// and agenda, one row per decision.
#include <fmt/format.h>

#include "domain/text.h"
#include "sqlite_store.h"

namespace vigie::storage {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kMeetingColumns =
    "SELECT id, date, time, place, facilitators, notes, next_date, state, created_at, "
    "updated_at, version FROM meetings ";

Meeting readMeeting(SQLite::Statement& s) {
    Meeting m;
    m.id = s.getColumn(0).getInt64();
    m.date = Date::fromIso(s.getColumn(1).getString()).value_or(Date());
    m.time = s.getColumn(2).getString();
    m.place = s.getColumn(3).getString();
    m.facilitators = s.getColumn(4).getString();
    m.notes = s.getColumn(5).getString();
    if (!s.getColumn(6).isNull()) {
        m.nextMeeting = Date::fromIso(s.getColumn(6).getString());
    }
    m.state = parseMeetingState(s.getColumn(7).getString()).value_or(MeetingState::Planned);
    m.createdAt = s.getColumn(8).getString();
    m.updatedAt = s.getColumn(9).getString();
    m.version = s.getColumn(10).getInt64();
    return m;
}

std::string_view code(AgendaKind k) {
    switch (k) {
    case AgendaKind::NewReport: return "new_report";
    case AgendaKind::OpenFollowUp: return "open_follow_up";
    case AgendaKind::DecisionFollowUp: return "decision_follow_up";
    case AgendaKind::Free: return "free";
    }
    return "free";
}

AgendaKind agendaKind(const std::string& text) {
    for (auto k : {AgendaKind::NewReport, AgendaKind::OpenFollowUp, AgendaKind::DecisionFollowUp}) {
        if (text == code(k)) {
            return k;
        }
    }
    return AgendaKind::Free;
}

void bindOptionalDate(SQLite::Statement& s, int index, const std::optional<Date>& d) {
    if (d) {
        s.bind(index, d->iso());
    } else {
        s.bind(index);
    }
}

Decision readDecision(SQLite::Statement& s) {
    Decision d;
    d.id = s.getColumn(0).getInt64();
    d.meeting = s.getColumn(1).getInt64();
    d.report = s.getColumn(2).getInt64();
    d.kind = parseDecisionKind(s.getColumn(3).getString()).value_or(DecisionKind::NoFollowUp);
    d.text = s.getColumn(4).getString();
    d.owner = s.getColumn(5).getString();
    if (!s.getColumn(6).isNull()) {
        d.due = Date::fromIso(s.getColumn(6).getString());
    }
    if (!s.getColumn(7).isNull()) {
        d.doneOn = Date::fromIso(s.getColumn(7).getString());
    }
    d.institutions = text::splitList(s.getColumn(8).getString());
    if (!s.getColumn(9).isNull()) {
        d.takenOn = Date::fromIso(s.getColumn(9).getString());
    }
    return d;
}

constexpr const char* kDecisionColumns =
    "SELECT d.id, d.meeting_id, d.report_id, d.kind, d.text, d.owner, d.due, d.done_on, "
    "d.institutions, (SELECT taken.date FROM meetings taken WHERE taken.id = d.meeting_id) "
    "FROM decisions d ";

} // namespace

void SqliteMeetings::bindFields(SQLite::Statement& s, const Meeting& m) {
    s.bind(1, m.date.iso());
    s.bind(2, m.time);
    s.bind(3, m.place);
    s.bind(4, m.facilitators);
    s.bind(5, m.notes);
    bindOptionalDate(s, 6, m.nextMeeting);
    s.bind(7, std::string(code(m.state)));
    s.bind(8, m.createdAt);
    s.bind(9, m.updatedAt);
}

void SqliteMeetings::writeParts(Meeting& m) {
    for (const char* sql : {"DELETE FROM meeting_bodies WHERE meeting_id = ?",
                            "DELETE FROM meeting_people WHERE meeting_id = ?",
                            "DELETE FROM agenda_items WHERE meeting_id = ?"}) {
        auto& del = statements_.get(sql);
        del.bind(1, static_cast<std::int64_t>(m.id));
        del.exec();
    }
    int position = 0;
    auto bodies = [&](const std::vector<std::string>& codes, const char* presence) {
        for (const auto& c : codes) {
            auto id = refIds_.institution(c);
            if (!id) {
                throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", c));
            }
            // A body both present and excused is counted present (written first).
            auto& s = statements_.get("INSERT OR IGNORE INTO meeting_bodies(meeting_id, "
                                      "institution_id, presence, position) VALUES (?, ?, ?, ?)");
            s.bind(1, static_cast<std::int64_t>(m.id));
            s.bind(2, static_cast<std::int64_t>(*id));
            s.bind(3, presence);
            s.bind(4, ++position);
            s.exec();
        }
    };
    bodies(m.presentBodies, "present");
    bodies(m.excusedBodies, "excused");
    auto people = [&](const std::vector<std::string>& names, const char* presence) {
        for (const auto& n : names) {
            auto& s = statements_.get("INSERT OR IGNORE INTO meeting_people(meeting_id, name, "
                                      "presence, position) VALUES (?, ?, ?, ?)");
            s.bind(1, static_cast<std::int64_t>(m.id));
            s.bind(2, n);
            s.bind(3, presence);
            s.bind(4, ++position);
            s.exec();
        }
    };
    people(m.presentPeople, "present");
    people(m.excusedPeople, "excused");
    position = 0;
    for (auto& item : m.agenda) {
        auto& s = statements_.get("INSERT INTO agenda_items(meeting_id, position, kind, report_id, "
                                  "decision_id, title, minutes) VALUES (?, ?, ?, ?, ?, ?, ?)");
        s.bind(1, static_cast<std::int64_t>(m.id));
        s.bind(2, ++position);
        s.bind(3, std::string(code(item.kind)));
        if (item.report) {
            s.bind(4, static_cast<std::int64_t>(*item.report));
        } else {
            s.bind(4);
        }
        if (item.decision) {
            s.bind(5, static_cast<std::int64_t>(*item.decision));
        } else {
            s.bind(5);
        }
        s.bind(6, item.title);
        s.bind(7, item.minutes);
        s.exec();
        item.id = db_.getLastInsertRowid();
    }
}

void SqliteMeetings::insert(Meeting& meeting) {
    guarded(statements_, [&] {
        auto& s = statements_.get(
            "INSERT INTO meetings(date, time, place, facilitators, notes, next_date, state, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        bindFields(s, meeting);
        s.exec();
        meeting.id = db_.getLastInsertRowid();
        meeting.version = 1;
        writeParts(meeting);
    });
}

void SqliteMeetings::update(Meeting& meeting) {
    guarded(statements_, [&] {
        auto& s = statements_.get(
            "UPDATE meetings SET date = ?, time = ?, place = ?, facilitators = ?, notes = ?, "
            "next_date = ?, state = ?, created_at = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?");
        bindFields(s, meeting);
        s.bind(10, static_cast<std::int64_t>(meeting.id));
        s.bind(11, static_cast<std::int64_t>(meeting.version));
        if (s.exec() != 1) {
            throw notUpdated(db_, "meetings", meeting.id);
        }
        ++meeting.version;
        writeParts(meeting);
    });
}

void SqliteMeetings::removeMeeting(MeetingId id) {
    guarded(statements_, [&] {
        auto& s = statements_.get("DELETE FROM meetings WHERE id = ?");
        s.bind(1, static_cast<std::int64_t>(id));
        s.exec();
    });
}

void SqliteMeetings::readAttendance(Meeting& m) {
    auto& b = statements_.get(
        "SELECT i.code, b.presence FROM meeting_bodies b JOIN institutions i "
        "ON i.id = b.institution_id WHERE b.meeting_id = ? ORDER BY b.position");
    b.bind(1, static_cast<std::int64_t>(m.id));
    while (b.executeStep()) {
        (b.getColumn(1).getString() == "present" ? m.presentBodies : m.excusedBodies)
            .push_back(b.getColumn(0).getString());
    }
    auto& p = statements_.get("SELECT name, presence FROM meeting_people WHERE meeting_id = ? "
                              "ORDER BY position");
    p.bind(1, static_cast<std::int64_t>(m.id));
    while (p.executeStep()) {
        (p.getColumn(1).getString() == "present" ? m.presentPeople : m.excusedPeople)
            .push_back(p.getColumn(0).getString());
    }
}

void SqliteMeetings::readAgenda(Meeting& m) {
    auto& a = statements_.get("SELECT id, kind, report_id, decision_id, title, minutes FROM "
                              "agenda_items WHERE meeting_id = ? ORDER BY position");
    a.bind(1, static_cast<std::int64_t>(m.id));
    while (a.executeStep()) {
        AgendaItem item;
        item.id = a.getColumn(0).getInt64();
        item.kind = agendaKind(a.getColumn(1).getString());
        if (!a.getColumn(2).isNull()) {
            item.report = a.getColumn(2).getInt64();
        }
        if (!a.getColumn(3).isNull()) {
            item.decision = a.getColumn(3).getInt64();
        }
        item.title = a.getColumn(4).getString();
        item.minutes = a.getColumn(5).getString();
        m.agenda.push_back(std::move(item));
    }
}

std::vector<Meeting> SqliteMeetings::select(const std::string& where,
                                            const std::function<void(SQLite::Statement&)>& bindArgs) {
    // Not cached: attendance is read while this one steps.
    SQLite::Statement s(db_, kMeetingColumns + where + " ORDER BY date, time");
    bindArgs(s);
    std::vector<Meeting> out;
    while (s.executeStep()) {
        out.push_back(readMeeting(s));
    }
    for (auto& m : out) {
        readAttendance(m);
    }
    return out;
}

std::optional<Meeting> SqliteMeetings::find(MeetingId id) {
    return guarded(statements_, [&]() -> std::optional<Meeting> {
        auto found = select("WHERE id = ?", [&](auto& s) { s.bind(1, static_cast<std::int64_t>(id)); });
        if (found.empty()) {
            return std::nullopt;
        }
        readAgenda(found.front());
        return found.front();
    });
}

std::optional<Meeting> SqliteMeetings::findByKey(const Date& date, const std::string& time) {
    return guarded(statements_, [&]() -> std::optional<Meeting> {
        auto found = select("WHERE date = ? AND time = ?", [&](auto& s) {
            s.bind(1, date.iso());
            s.bind(2, time);
        });
        if (found.empty()) {
            return std::nullopt;
        }
        readAgenda(found.front());
        return found.front();
    });
}

std::vector<Meeting> SqliteMeetings::onDate(const Date& date) {
    return guarded(statements_, [&] { return select("WHERE date = ?", [&](auto& s) { s.bind(1, date.iso()); }); });
}

std::vector<Meeting> SqliteMeetings::list(const std::optional<Period>& period) {
    return guarded(statements_, [&] {
        if (!period) {
            return select("", [](auto&) {});
        }
        return select("WHERE date BETWEEN ? AND ?", [&](auto& s) {
            s.bind(1, period->first.iso());
            s.bind(2, period->last.iso());
        });
    });
}

void SqliteMeetings::forEach(const std::function<void(const Meeting&)>& visit) {
    for (const auto& m : list(std::nullopt)) {
        visit(m);
    }
}

std::optional<Date> SqliteMeetings::lastMeetingBefore(const Date& date) {
    return guarded(statements_, [&]() -> std::optional<Date> {
        auto& s = statements_.get("SELECT max(date) FROM meetings WHERE date < ?");
        s.bind(1, date.iso());
        if (s.executeStep() && !s.getColumn(0).isNull()) {
            return Date::fromIso(s.getColumn(0).getString());
        }
        return std::nullopt;
    });
}

long long SqliteMeetings::countHeld(const Period& period, const Date& today) {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT count(*) FROM meetings WHERE date BETWEEN ? AND ? "
                                  "AND (state <> 'planned' OR date < ?)");
        s.bind(1, period.first.iso());
        s.bind(2, period.last.iso());
        s.bind(3, today.iso());
        s.executeStep();
        return s.getColumn(0).getInt64();
    });
}

namespace {

// The eight columns insert and update share, in the order both statements list them.
void bindDecision(SQLite::Statement& s, const Decision& d) {
    s.bind(1, static_cast<std::int64_t>(d.meeting));
    s.bind(2, static_cast<std::int64_t>(d.report));
    s.bind(3, std::string(code(d.kind)));
    s.bind(4, d.text);
    s.bind(5, d.owner);
    bindOptionalDate(s, 6, d.due);
    bindOptionalDate(s, 7, d.doneOn);
    s.bind(8, text::join(d.institutions, "|"));
}

} // namespace

void SqliteMeetings::insert(Decision& d) {
    guarded(statements_, [&] {
        auto& s = statements_.get("INSERT INTO decisions(meeting_id, report_id, kind, text, owner, "
                                  "due, done_on, institutions) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        bindDecision(s, d);
        s.exec();
        d.id = db_.getLastInsertRowid();
    });
}

void SqliteMeetings::update(const Decision& d) {
    guarded(statements_, [&] {
        auto& s = statements_.get("UPDATE decisions SET meeting_id = ?, report_id = ?, kind = ?, "
                                  "text = ?, owner = ?, due = ?, done_on = ?, institutions = ? "
                                  "WHERE id = ?");
        bindDecision(s, d);
        s.bind(9, static_cast<std::int64_t>(d.id));
        s.exec();
    });
}

void SqliteMeetings::removeDecision(DecisionId id) {
    guarded(statements_, [&] {
        auto& s = statements_.get("DELETE FROM decisions WHERE id = ?");
        s.bind(1, static_cast<std::int64_t>(id));
        s.exec();
    });
}

std::vector<Decision> SqliteMeetings::decisions(
    const std::string& where, const std::function<void(SQLite::Statement&)>& bindArgs) {
    return guarded(statements_, [&] {
        auto& s = statements_.get(kDecisionColumns + where);
        bindArgs(s);
        std::vector<Decision> out;
        while (s.executeStep()) {
            out.push_back(readDecision(s));
        }
        return out;
    });
}

std::optional<Decision> SqliteMeetings::findDecision(DecisionId id) {
    auto found = decisions("WHERE d.id = ?", [&](auto& s) { s.bind(1, static_cast<std::int64_t>(id)); });
    return found.empty() ? std::nullopt : std::optional<Decision>(found.front());
}

std::vector<Decision> SqliteMeetings::decisionsOfMeeting(MeetingId id) {
    return decisions("WHERE d.meeting_id = ? ORDER BY d.id",
                     [&](auto& s) { s.bind(1, static_cast<std::int64_t>(id)); });
}

std::vector<Decision> SqliteMeetings::decisionsOfReport(ReportId id) {
    return decisions("JOIN meetings m ON m.id = d.meeting_id WHERE d.report_id = ? "
                     "ORDER BY m.date, m.time, d.id",
                     [&](auto& s) { s.bind(1, static_cast<std::int64_t>(id)); });
}

std::vector<Decision> SqliteMeetings::openDecisionsBefore(const Date& date) {
    return decisions("JOIN meetings m ON m.id = d.meeting_id WHERE m.date < ? AND d.done_on IS "
                     "NULL AND d.kind <> 'no_follow_up' ORDER BY m.date, m.time, d.id",
                     [&](auto& s) { s.bind(1, date.iso()); });
}

std::vector<Decision> SqliteMeetings::decisionsToFollow(const Date& date, const Date& doneSince) {
    return decisions("JOIN meetings m ON m.id = d.meeting_id WHERE m.date < ? AND d.kind <> "
                     "'no_follow_up' AND (d.done_on IS NULL OR d.done_on >= ?) "
                     "ORDER BY m.date, m.time, d.id",
                     [&](auto& s) {
                         s.bind(1, date.iso());
                         s.bind(2, doneSince.iso());
                     });
}

std::vector<AgendaCandidate> SqliteMeetings::agendaCandidates(const std::optional<Date>& since) {
    return guarded(statements_, [&] {
        auto& s = statements_.get(
            "SELECT id, ref_year, ref_seq, received_on, status, (SELECT max(m.date) FROM "
            "agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.report_id = reports.id), "
            "(SELECT max(s.answered_on) FROM solicitation_reports sr JOIN solicitations s ON "
            "s.id = sr.solicitation_id WHERE sr.report_id = reports.id) "
            "FROM reports WHERE status IN ('recue', 'a_l_ordre_du_jour', 'suivi_en_cours') OR "
            "received_on > ? ORDER BY received_on, ref_year, ref_seq");
        s.bind(1, since ? since->iso() : std::string("0000-00-00"));
        std::vector<AgendaCandidate> out;
        while (s.executeStep()) {
            out.push_back({s.getColumn(0).getInt64(),
                           {s.getColumn(1).getInt(), s.getColumn(2).getInt()},
                           Date::fromIso(s.getColumn(3).getString()).value_or(Date()),
                           parseStatus(s.getColumn(4).getString()).value_or(ReportStatus::Received),
                           s.getColumn(5).isNull()
                               ? std::nullopt
                               : Date::fromIso(s.getColumn(5).getString()),
                           s.getColumn(6).isNull()
                               ? std::nullopt
                               : Date::fromIso(s.getColumn(6).getString())});
        }
        return out;
    });
}

bool SqliteMeetings::isOnAnAgenda(ReportId id) {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT EXISTS (SELECT 1 FROM agenda_items WHERE report_id = ?)");
        s.bind(1, static_cast<std::int64_t>(id));
        s.executeStep();
        return s.getColumn(0).getInt() != 0;
    });
}

std::vector<DecisionFacts> SqliteMeetings::decisionFacts(const Period& period) {
    return guarded(statements_, [&] {
        auto& s = statements_.get("SELECT d.kind, m.date, d.report_id FROM decisions d JOIN "
                                  "meetings m ON m.id = d.meeting_id WHERE m.date BETWEEN ? AND ?");
        s.bind(1, period.first.iso());
        s.bind(2, period.last.iso());
        std::vector<DecisionFacts> out;
        while (s.executeStep()) {
            DecisionFacts d;
            d.kind = parseDecisionKind(s.getColumn(0).getString()).value_or(DecisionKind::NoFollowUp);
            d.takenOn = Date::fromIso(s.getColumn(1).getString()).value_or(Date());
            d.report = s.getColumn(2).getInt64();
            out.push_back(d);
        }
        return out;
    });
}

} // namespace vigie::storage
