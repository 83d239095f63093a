#include "pg_meetings.h"

#include <fmt/format.h>

#include "domain/text.h"

namespace vigie::storage::pg {

using Kind = StorageError::Kind;

namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

void optionalDate(const Result& r, int row, int column, std::optional<Date>& out) {
    if (!r.isNull(row, column)) {
        out = Date::fromIso(r.text(row, column));
    }
}

std::optional<std::string> isoOrNull(const std::optional<Date>& d) {
    return d ? std::optional<std::string>(d->iso()) : std::nullopt;
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

Meeting readMeeting(const Result& r, int i) {
    Meeting m;
    m.id = r.integer(i, 0);
    m.date = Date::fromIso(r.text(i, 1)).value_or(Date());
    m.time = r.text(i, 2);
    m.place = r.text(i, 3);
    m.facilitators = r.text(i, 4);
    m.notes = r.text(i, 5);
    optionalDate(r, i, 6, m.nextMeeting);
    m.state = parseMeetingState(r.text(i, 7)).value_or(MeetingState::Planned);
    m.createdAt = r.text(i, 8);
    m.updatedAt = r.text(i, 9);
    m.version = r.integer(i, 10);
    return m;
}

Decision readDecision(const Result& r, int i) {
    Decision d;
    d.id = r.integer(i, 0);
    d.meeting = r.integer(i, 1);
    d.report = r.integer(i, 2);
    d.kind = parseDecisionKind(r.text(i, 3)).value_or(DecisionKind::NoFollowUp);
    d.text = r.text(i, 4);
    d.owner = r.text(i, 5);
    optionalDate(r, i, 6, d.due);
    optionalDate(r, i, 7, d.doneOn);
    d.institutions = text::splitList(r.text(i, 8));
    optionalDate(r, i, 9, d.takenOn);
    return d;
}

Params meetingFields(const Meeting& m) {
    return Params()
        .text(m.date.iso())
        .text(m.time)
        .text(m.place)
        .text(m.facilitators)
        .text(m.notes)
        .optionalText(isoOrNull(m.nextMeeting))
        .text(std::string(code(m.state)))
        .text(m.createdAt)
        .text(m.updatedAt);
}

// The eight columns insert and update share, in the order both statements list them.
Params decisionFields(const Decision& d) {
    return Params()
        .integer(d.meeting)
        .integer(d.report)
        .text(std::string(code(d.kind)))
        .text(d.text)
        .text(d.owner)
        .optionalText(isoOrNull(d.due))
        .optionalText(isoOrNull(d.doneOn))
        .text(text::join(d.institutions, "|"));
}

const std::string kMeetingColumns =
    "SELECT id, date, time, place, facilitators, notes, next_date, state, created_at, "
    "updated_at, version FROM meetings ";

// The decisions of the session's site: those taken at its meetings.
const std::string kDecisionColumns = fmt::format(
    "SELECT d.id, d.meeting_id, d.report_id, d.kind, d.text, d.owner, d.due, d.done_on, "
    "d.institutions, m.date FROM decisions d JOIN meetings m ON m.id = d.meeting_id AND m.site = "
    "{} ",
    kSite);

} // namespace

void PgMeetings::writeParts(Meeting& m) {
    for (const char* table : {"meeting_bodies", "meeting_people", "agenda_items"}) {
        s_.db().exec(fmt::format("DELETE FROM {} WHERE meeting_id = $1", table),
                     Params().integer(m.id));
    }
    int position = 0;
    auto bodies = [&](const std::vector<std::string>& codes, const char* presence) {
        for (const auto& c : codes) {
            auto id = s_.db().exec(fmt::format("SELECT id FROM institutions WHERE code_key = $1 AND "
                                               "(site IS NULL OR site = {}) ORDER BY site NULLS "
                                               "LAST LIMIT 1",
                                               kSite),
                                   Params().text(codeKey(c)));
            if (id.rows() == 0) {
                throw StorageError(Kind::Failed, fmt::format("unknown institution code '{}'", c));
            }
            // A body both present and excused is counted present (written first).
            s_.db().exec("INSERT INTO meeting_bodies(meeting_id, institution_id, presence, "
                         "position) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                         Params().integer(m.id).text(id.text(0, 0)).text(presence).integer(++position));
        }
    };
    bodies(m.presentBodies, "present");
    bodies(m.excusedBodies, "excused");
    auto people = [&](const std::vector<std::string>& names, const char* presence) {
        for (const auto& n : names) {
            s_.db().exec("INSERT INTO meeting_people(meeting_id, name, presence, position) VALUES "
                         "($1, $2, $3, $4) ON CONFLICT DO NOTHING",
                         Params().integer(m.id).text(n).text(presence).integer(++position));
        }
    };
    people(m.presentPeople, "present");
    people(m.excusedPeople, "excused");
    position = 0;
    for (auto& item : m.agenda) {
        item.id = s_.db()
                      .exec("INSERT INTO agenda_items(meeting_id, position, kind, report_id, "
                            "decision_id, title, minutes) VALUES ($1, $2, $3, $4, $5, $6, $7) "
                            "RETURNING id",
                            Params()
                                .integer(m.id)
                                .integer(++position)
                                .text(std::string(code(item.kind)))
                                .optionalText(item.report ? std::optional<std::string>(
                                                                std::to_string(*item.report))
                                                          : std::nullopt)
                                .optionalText(item.decision ? std::optional<std::string>(
                                                                  std::to_string(*item.decision))
                                                            : std::nullopt)
                                .text(item.title)
                                .text(item.minutes))
                      .integer(0, 0);
    }
}

void PgMeetings::insert(Meeting& meeting) {
    meeting.id = s_.db()
                     .exec("INSERT INTO meetings(date, time, place, facilitators, notes, "
                           "next_date, state, created_at, updated_at) VALUES ($1, $2, $3, $4, "
                           "$5, $6, $7, $8, $9) RETURNING id",
                           meetingFields(meeting))
                     .integer(0, 0);
    meeting.version = 1;
    writeParts(meeting);
}

void PgMeetings::update(Meeting& meeting) {
    Params p = meetingFields(meeting);
    p.integer(meeting.id).integer(meeting.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE meetings SET date = $1, time = $2, place = $3, facilitators = $4, "
                    "notes = $5, next_date = $6, state = $7, created_at = $8, updated_at = $9, "
                    "version = version + 1 WHERE id = $10 AND version = $11 AND site = {}",
                    kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "meetings", meeting.id);
    }
    ++meeting.version;
    writeParts(meeting);
}

void PgMeetings::removeMeeting(MeetingId id) {
    s_.db().exec(fmt::format("DELETE FROM meetings WHERE id = $1 AND site = {}", kSite),
                 Params().integer(id));
}

void PgMeetings::readAttendance(Meeting& m) {
    auto b = s_.db().exec("SELECT i.code, b.presence FROM meeting_bodies b JOIN institutions i ON "
                          "i.id = b.institution_id WHERE b.meeting_id = $1 ORDER BY b.position",
                          Params().integer(m.id));
    for (int i = 0; i < b.rows(); ++i) {
        (b.text(i, 1) == "present" ? m.presentBodies : m.excusedBodies).push_back(b.text(i, 0));
    }
    auto p = s_.db().exec("SELECT name, presence FROM meeting_people WHERE meeting_id = $1 ORDER "
                          "BY position",
                          Params().integer(m.id));
    for (int i = 0; i < p.rows(); ++i) {
        (p.text(i, 1) == "present" ? m.presentPeople : m.excusedPeople).push_back(p.text(i, 0));
    }
}

void PgMeetings::readAgenda(Meeting& m) {
    auto a = s_.db().exec("SELECT id, kind, report_id, decision_id, title, minutes FROM "
                          "agenda_items WHERE meeting_id = $1 ORDER BY position",
                          Params().integer(m.id));
    for (int i = 0; i < a.rows(); ++i) {
        AgendaItem item;
        item.id = a.integer(i, 0);
        item.kind = agendaKind(a.text(i, 1));
        if (!a.isNull(i, 2)) {
            item.report = a.integer(i, 2);
        }
        if (!a.isNull(i, 3)) {
            item.decision = a.integer(i, 3);
        }
        item.title = a.text(i, 4);
        item.minutes = a.text(i, 5);
        m.agenda.push_back(std::move(item));
    }
}

std::vector<Meeting> PgMeetings::select(const std::string& where, const Params& params) {
    auto r = s_.db().exec(fmt::format("{} WHERE site = {} {} ORDER BY date, time", kMeetingColumns,
                                      kSite, where),
                          params);
    std::vector<Meeting> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(readMeeting(r, i));
    }
    for (auto& m : out) {
        readAttendance(m);
    }
    return out;
}

std::optional<Meeting> PgMeetings::find(MeetingId id) {
    auto found = select("AND id = $1", Params().integer(id));
    if (found.empty()) {
        return std::nullopt;
    }
    readAgenda(found.front());
    return found.front();
}

std::optional<Meeting> PgMeetings::findByKey(const Date& date, const std::string& time) {
    auto found = select("AND date = $1 AND time = $2", Params().text(date.iso()).text(time));
    if (found.empty()) {
        return std::nullopt;
    }
    readAgenda(found.front());
    return found.front();
}

std::vector<Meeting> PgMeetings::onDate(const Date& date) {
    return select("AND date = $1", Params().text(date.iso()));
}

std::vector<Meeting> PgMeetings::list(const std::optional<Period>& period) {
    if (!period) {
        return select("", Params());
    }
    return select("AND date BETWEEN $1 AND $2",
                  Params().text(period->first.iso()).text(period->last.iso()));
}

void PgMeetings::forEach(const std::function<void(const Meeting&)>& visit) {
    for (const auto& m : list(std::nullopt)) {
        visit(m);
    }
}

std::optional<Date> PgMeetings::lastMeetingBefore(const Date& date) {
    auto r = s_.db().exec(fmt::format("SELECT max(date) FROM meetings WHERE date < $1 AND site = {}",
                                      kSite),
                          Params().text(date.iso()));
    if (r.isNull(0, 0)) {
        return std::nullopt;
    }
    return Date::fromIso(r.text(0, 0));
}

long long PgMeetings::countHeld(const Period& period, const Date& today) {
    return s_.db()
        .exec(fmt::format("SELECT count(*) FROM meetings WHERE site = {} AND date BETWEEN $1 AND "
                          "$2 AND (state <> 'planned' OR date < $3)",
                          kSite),
              Params().text(period.first.iso()).text(period.last.iso()).text(today.iso()))
        .integer(0, 0);
}

void PgMeetings::insert(Decision& d) {
    d.id = s_.db()
               .exec("INSERT INTO decisions(meeting_id, report_id, kind, text, owner, due, "
                     "done_on, institutions) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
                     decisionFields(d))
               .integer(0, 0);
}

void PgMeetings::update(const Decision& d) {
    Params p = decisionFields(d);
    p.integer(d.id);
    s_.db().exec(fmt::format("UPDATE decisions SET meeting_id = $1, report_id = $2, kind = $3, "
                             "text = $4, owner = $5, due = $6, done_on = $7, institutions = $8 "
                             "WHERE id = $9 AND meeting_id IN (SELECT id FROM meetings WHERE "
                             "site = {})",
                             kSite),
                 p);
}

void PgMeetings::removeDecision(DecisionId id) {
    s_.db().exec(fmt::format("DELETE FROM decisions WHERE id = $1 AND meeting_id IN (SELECT id "
                             "FROM meetings WHERE site = {})",
                             kSite),
                 Params().integer(id));
}

std::vector<Decision> PgMeetings::decisions(const std::string& where, const Params& params) {
    auto r = s_.db().exec(kDecisionColumns + where, params);
    std::vector<Decision> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(readDecision(r, i));
    }
    return out;
}

std::optional<Decision> PgMeetings::findDecision(DecisionId id) {
    auto found = decisions("WHERE d.id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<Decision>(found.front());
}

std::vector<Decision> PgMeetings::decisionsOfMeeting(MeetingId id) {
    return decisions("WHERE d.meeting_id = $1 ORDER BY d.id", Params().integer(id));
}

std::vector<Decision> PgMeetings::decisionsOfReport(ReportId id) {
    return decisions("WHERE d.report_id = $1 ORDER BY m.date, m.time, d.id", Params().integer(id));
}

std::vector<Decision> PgMeetings::openDecisionsBefore(const Date& date) {
    return decisions("WHERE m.date < $1 AND d.done_on IS NULL AND d.kind <> 'no_follow_up' ORDER "
                     "BY m.date, m.time, d.id",
                     Params().text(date.iso()));
}

std::vector<Decision> PgMeetings::decisionsToFollow(const Date& date, const Date& doneSince) {
    return decisions("WHERE m.date < $1 AND d.kind <> 'no_follow_up' AND (d.done_on IS NULL OR "
                     "d.done_on >= $2) ORDER BY m.date, m.time, d.id",
                     Params().text(date.iso()).text(doneSince.iso()));
}

std::vector<AgendaCandidate> PgMeetings::agendaCandidates(const std::optional<Date>& since) {
    auto r = s_.db().exec(
        fmt::format("SELECT id, ref_year, ref_seq, received_on, status, (SELECT max(m.date) FROM "
                    "agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE a.report_id = "
                    "reports.id), (SELECT max(s.answered_on) FROM solicitation_reports sr JOIN "
                    "solicitations s ON s.id = sr.solicitation_id WHERE sr.report_id = "
                    "reports.id) FROM reports WHERE site = {} AND (status IN ('recue', "
                    "'a_l_ordre_du_jour', 'suivi_en_cours') OR received_on > $1) ORDER BY "
                    "received_on, ref_year, ref_seq",
                    kSite),
        Params().text(since ? since->iso() : std::string("0000-00-00")));
    std::vector<AgendaCandidate> out;
    for (int i = 0; i < r.rows(); ++i) {
        AgendaCandidate c{r.integer(i, 0),
                          {static_cast<int>(r.integer(i, 1)), static_cast<int>(r.integer(i, 2))},
                          Date::fromIso(r.text(i, 3)).value_or(Date()),
                          parseStatus(r.text(i, 4)).value_or(ReportStatus::Received),
                          std::nullopt,
                          std::nullopt};
        optionalDate(r, i, 5, c.lastOnAgenda);
        optionalDate(r, i, 6, c.latestAnswer);
        out.push_back(std::move(c));
    }
    return out;
}

bool PgMeetings::isOnAnAgenda(ReportId id) {
    return s_.db()
               .exec("SELECT EXISTS (SELECT 1 FROM agenda_items WHERE report_id = $1)",
                     Params().integer(id))
               .text(0, 0) == "t";
}

std::vector<DecisionFacts> PgMeetings::decisionFacts(const Period& period) {
    auto r = s_.db().exec(fmt::format("SELECT d.kind, m.date, d.report_id FROM decisions d JOIN "
                                      "meetings m ON m.id = d.meeting_id WHERE m.site = {} AND "
                                      "m.date BETWEEN $1 AND $2",
                                      kSite),
                          Params().text(period.first.iso()).text(period.last.iso()));
    std::vector<DecisionFacts> out;
    for (int i = 0; i < r.rows(); ++i) {
        DecisionFacts d;
        d.kind = parseDecisionKind(r.text(i, 0)).value_or(DecisionKind::NoFollowUp);
        d.takenOn = Date::fromIso(r.text(i, 1)).value_or(Date());
        d.report = r.integer(i, 2);
        out.push_back(d);
    }
    return out;
}

} // namespace vigie::storage::pg
