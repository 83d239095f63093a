#include "pg_outreach.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "domain/text.h"

namespace vigie::storage::pg {


namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

constexpr const char* kSelect = R"sql(
SELECT s.id, s.held_on, s.starts_at, s.ends_at, o.code, s.place, s.district,
       coalesce(i.code, ''), s.staff, s.people, s.new_people, s.informed,
       s.rights_appointments, s.applications, s.referrals, s.reminders, s.themes, s.notes,
       s.created_at, s.updated_at, s.version
FROM outreach_sessions s JOIN outreach_schemes o ON o.id = s.scheme_id
     LEFT JOIN institutions i ON i.id = s.partner_id
)sql";

std::optional<long long> optionalCount(const Result& r, int i, int column) {
    return r.isNull(i, column) ? std::nullopt : std::optional<long long>(r.integer(i, column));
}

std::optional<TimeOfDay> optionalTime(const Result& r, int i, int column) {
    return r.isNull(i, column)
               ? std::nullopt
               : std::optional<TimeOfDay>(TimeOfDay{static_cast<int>(r.integer(i, column))});
}

OutreachSession read(const Result& r, int i) {
    OutreachSession s;
    s.id = r.integer(i, 0);
    s.heldOn = Date::fromIso(r.text(i, 1)).value_or(Date());
    s.startsAt = optionalTime(r, i, 2);
    s.endsAt = optionalTime(r, i, 3);
    s.scheme = r.text(i, 4);
    s.place = r.text(i, 5);
    s.district = r.text(i, 6);
    s.partner = r.text(i, 7);
    s.staff = r.text(i, 8);
    s.people = r.integer(i, 9);
    s.newPeople = optionalCount(r, i, 10);
    s.informed = optionalCount(r, i, 11);
    s.rightsAppointments = optionalCount(r, i, 12);
    s.applications = optionalCount(r, i, 13);
    s.referrals = optionalCount(r, i, 14);
    s.reminders = optionalCount(r, i, 15);
    if (const auto themes = r.text(i, 16); !themes.empty()) {
        s.themes = text::splitList(themes);
    }
    s.notes = r.text(i, 17);
    s.createdAt = r.text(i, 18);
    s.updatedAt = r.text(i, 19);
    s.version = r.integer(i, 20);
    return s;
}

std::optional<std::string> number(const std::optional<long long>& n) {
    return n ? std::optional<std::string>(std::to_string(*n)) : std::nullopt;
}

std::optional<std::string> minutes(const std::optional<TimeOfDay>& t) {
    return t ? std::optional<std::string>(std::to_string(t->minutes)) : std::nullopt;
}


} // namespace

std::vector<OutreachScheme> PgOutreach::schemes() {
    // A site's own row hides the département's row of the same code.
    auto r = s_.db().exec(fmt::format(
        "SELECT DISTINCT ON (code_key) id, code, label, active FROM outreach_schemes WHERE "
        "site IS NULL OR site = {} ORDER BY code_key, site NULLS LAST",
        kSite));
    std::vector<OutreachScheme> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back({r.integer(i, 0), r.text(i, 1), r.text(i, 2), r.text(i, 3) == "t"});
    }
    std::sort(out.begin(), out.end(), [](const OutreachScheme& a, const OutreachScheme& b) {
        return a.label != b.label ? a.label < b.label : a.code < b.code;
    });
    return out;
}

void PgOutreach::add(OutreachScheme& scheme) {
    scheme.id = s_.db()
                    .exec(fmt::format("INSERT INTO outreach_schemes(site, code, code_key, label, "
                                      "active) VALUES ({}, $1, $2, $3, $4) RETURNING id",
                                      kSite),
                          Params()
                              .text(scheme.code)
                              .text(codeKey(scheme.code))
                              .text(scheme.label)
                              .text(scheme.active ? "true" : "false"))
                    .integer(0, 0);
}

void PgOutreach::update(const OutreachScheme& scheme) {
    // A département's row is the département's: a site changing it gets its own copy.
    auto site = s_.db().exec("SELECT site IS NULL FROM outreach_schemes WHERE id = $1",
                             Params().integer(scheme.id));
    if (site.rows() > 0 && site.text(0, 0) == "t") {
        OutreachScheme own = scheme;
        add(own);
        return;
    }
    s_.db().exec("UPDATE outreach_schemes SET code = $1, code_key = $2, label = $3, active = $4 "
                 "WHERE id = $5",
                 Params()
                     .text(scheme.code)
                     .text(codeKey(scheme.code))
                     .text(scheme.label)
                     .text(scheme.active ? "true" : "false")
                     .integer(scheme.id));
}

Params PgOutreach::fields(const OutreachSession& s) {
    return Params()
        .text(s.heldOn.iso())
        .optionalText(minutes(s.startsAt))
        .optionalText(minutes(s.endsAt))
        .text(referenceId(s_.db(), "outreach_schemes", s.scheme))
        .text(s.place)
        .text(s.district)
        .optionalText(s.partner.empty() ? std::nullopt
                                        : std::optional<std::string>(referenceId(
                                              s_.db(), "institutions", s.partner)))
        .text(s.staff)
        .integer(s.people)
        .optionalText(number(s.newPeople))
        .optionalText(number(s.informed))
        .optionalText(number(s.rightsAppointments))
        .optionalText(number(s.applications))
        .optionalText(number(s.referrals))
        .optionalText(number(s.reminders))
        .text(text::join(s.themes, "|"))
        .text(s.notes)
        .text(s.createdAt)
        .text(s.updatedAt);
}

void PgOutreach::writeReports(const OutreachSession& s) {
    s_.db().exec("DELETE FROM session_reports WHERE session_id = $1", Params().integer(s.id));
    int position = 0;
    for (auto report : s.reports) {
        s_.db().exec("INSERT INTO session_reports(session_id, position, report_id) VALUES ($1, "
                     "$2, $3) ON CONFLICT DO NOTHING",
                     Params().integer(s.id).integer(++position).integer(report));
    }
}

constexpr const char* kColumns =
    "held_on, starts_at, ends_at, scheme_id, place, district, partner_id, staff, people, "
    "new_people, informed, rights_appointments, applications, referrals, reminders, themes, "
    "notes, created_at, updated_at";
constexpr const char* kValues =
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19";

void PgOutreach::insert(OutreachSession& s) {
    Params p = fields(s);
    if (s.id) {
        // A session keeps its id through the CSV round trip; the counter moves past it.
        p.integer(s.id);
        s_.db().exec(fmt::format("INSERT INTO outreach_sessions({}, id) VALUES ({}, $20)",
                                 kColumns, kValues),
                     p);
        s_.db().exec("SELECT setval(pg_get_serial_sequence('outreach_sessions', 'id'), "
                     "GREATEST((SELECT max(id) FROM outreach_sessions), 1))");
    } else {
        s.id = s_.db()
                   .exec(fmt::format("INSERT INTO outreach_sessions({}) VALUES ({}) RETURNING id",
                                     kColumns, kValues),
                         p)
                   .integer(0, 0);
    }
    s.version = 1;
    writeReports(s);
}

void PgOutreach::update(OutreachSession& s) {
    Params p = fields(s);
    p.integer(s.id).integer(s.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE outreach_sessions SET ({}) = ({}), version = version + 1 WHERE id = "
                    "$20 AND version = $21 AND site = {}",
                    kColumns, kValues, kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "outreach_sessions", s.id);
    }
    ++s.version;
    writeReports(s);
}

void PgOutreach::remove(SessionId id) {
    s_.db().exec(fmt::format("DELETE FROM outreach_sessions WHERE id = $1 AND site = {}", kSite),
                 Params().integer(id));
}

std::vector<OutreachSession> PgOutreach::select(const std::string& where, const Params& params) {
    const std::string scoped = fmt::format("WHERE s.site = {} {}", kSite, where);
    auto r = s_.db().exec(std::string(kSelect) + scoped +
                              " ORDER BY s.held_on, coalesce(s.starts_at, -1), s.id",
                          params);
    std::vector<OutreachSession> out;
    std::unordered_map<SessionId, std::size_t> index;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(read(r, i));
        index.emplace(out.back().id, out.size() - 1);
    }
    if (out.empty()) {
        return out;
    }
    auto links = s_.db().exec(
        "SELECT s.id, r.report_id FROM outreach_sessions s JOIN outreach_schemes o ON o.id = "
        "s.scheme_id JOIN session_reports r ON r.session_id = s.id " +
            scoped + " ORDER BY s.id, r.position",
        params);
    for (int i = 0; i < links.rows(); ++i) {
        if (auto it = index.find(links.integer(i, 0)); it != index.end()) {
            out[it->second].reports.push_back(links.integer(i, 1));
        }
    }
    return out;
}

std::optional<OutreachSession> PgOutreach::find(SessionId id) {
    auto found = select("AND s.id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<OutreachSession>(found.front());
}

std::vector<OutreachSession> PgOutreach::list(const SessionFilter& f) {
    std::string where;
    Params params;
    int n = 0;
    auto next = [&] { return fmt::format("${}", ++n); };
    if (f.period) {
        where += " AND s.held_on BETWEEN " + next();
        where += " AND " + next();
        params.text(f.period->first.iso()).text(f.period->last.iso());
    }
    if (!f.scheme.empty()) {
        where += " AND o.code_key = " + next();
        params.text(codeKey(f.scheme));
    }
    if (!f.district.empty()) {
        where += " AND s.district = " + next();
        params.text(f.district);
    }
    return select(where, params);
}

std::vector<OutreachSession> PgOutreach::ofReport(ReportId report) {
    return select("AND s.id IN (SELECT session_id FROM session_reports WHERE report_id = $1)",
                  Params().integer(report));
}

std::vector<std::string> PgOutreach::districts() {
    auto r = s_.db().exec(fmt::format("SELECT DISTINCT district FROM outreach_sessions WHERE "
                                      "site = {} AND district <> '' ORDER BY district",
                                      kSite));
    std::vector<std::string> out;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(r.text(i, 0));
    }
    return out;
}

} // namespace vigie::storage::pg
