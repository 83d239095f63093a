#include "pg_solicitations.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>


namespace vigie::storage::pg {


namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

constexpr const char* kSelect = R"sql(
SELECT s.id, s.sent_on, s.subject, s.channel, s.contact, s.expected_by, s.answered_on,
       s.answer, coalesce(i.code, ''), s.closed, s.decision_id, s.created_at, s.updated_at,
       s.version
FROM solicitations s LEFT JOIN institutions i ON i.id = s.answered_by_id
)sql";
// Each list for all the solicitations selected, in one ordered query each.
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

Solicitation read(const Result& r, int i) {
    Solicitation s;
    s.id = r.integer(i, 0);
    s.sentOn = Date::fromIso(r.text(i, 1)).value_or(Date());
    s.subject = r.text(i, 2);
    s.channel = parseChannel(r.text(i, 3)).value_or(SolicitationChannel::Mail);
    s.contact = r.text(i, 4);
    s.expectedBy = Date::fromIso(r.text(i, 5)).value_or(s.sentOn);
    if (!r.isNull(i, 6)) {
        s.answeredOn = Date::fromIso(r.text(i, 6));
    }
    s.answer = r.text(i, 7);
    s.answeredBy = r.text(i, 8);
    s.closedWithoutAnswer = r.text(i, 9) == "t";
    if (!r.isNull(i, 10)) {
        s.decision = r.integer(i, 10);
    }
    s.createdAt = r.text(i, 11);
    s.updatedAt = r.text(i, 12);
    s.version = r.integer(i, 13);
    return s;
}


} // namespace

Params PgSolicitations::fields(const Solicitation& s) {
    return Params()
        .text(s.sentOn.iso())
        .text(s.subject)
        .text(std::string(code(s.channel)))
        .text(s.contact)
        .text(s.expectedBy.iso())
        .optionalText(s.answeredOn ? std::optional<std::string>(s.answeredOn->iso()) : std::nullopt)
        .text(s.answer)
        .optionalText(s.answeredBy.empty() ? std::nullopt
                                           : std::optional<std::string>(
                                                 referenceId(s_.db(), "institutions", s.answeredBy)))
        .text(s.closedWithoutAnswer ? "true" : "false")
        .optionalText(s.decision ? std::optional<std::string>(std::to_string(*s.decision))
                                 : std::nullopt)
        .text(s.createdAt)
        .text(s.updatedAt);
}

void PgSolicitations::writeParts(const Solicitation& s) {
    for (const char* table :
         {"solicitation_addressees", "solicitation_reports", "solicitation_chases"}) {
        s_.db().exec(fmt::format("DELETE FROM {} WHERE solicitation_id = $1", table),
                     Params().integer(s.id));
    }
    int position = 0;
    for (const auto& code : s.addressees) {
        s_.db().exec("INSERT INTO solicitation_addressees(solicitation_id, institution_id, "
                     "position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                     Params().integer(s.id).text(referenceId(s_.db(), "institutions", code)).integer(++position));
    }
    position = 0;
    for (auto report : s.reports) {
        s_.db().exec("INSERT INTO solicitation_reports(solicitation_id, report_id, position) "
                     "VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                     Params().integer(s.id).integer(report).integer(++position));
    }
    for (const auto& chase : s.chases) {
        s_.db().exec("INSERT INTO solicitation_chases(solicitation_id, chased_on, note) VALUES "
                     "($1, $2, $3)",
                     Params().integer(s.id).text(chase.on.iso()).text(chase.note));
    }
}

void PgSolicitations::insert(Solicitation& s) {
    Params p = fields(s);
    if (s.id) {
        // A solicitation keeps its id through the CSV round trip; the counter moves past it.
        p.integer(s.id);
        s_.db().exec("INSERT INTO solicitations(sent_on, subject, channel, contact, expected_by, "
                     "answered_on, answer, answered_by_id, closed, decision_id, created_at, "
                     "updated_at, id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
                     "$13)",
                     p);
        s_.db().exec("SELECT setval(pg_get_serial_sequence('solicitations', 'id'), "
                     "GREATEST((SELECT max(id) FROM solicitations), 1))");
    } else {
        s.id = s_.db()
                   .exec("INSERT INTO solicitations(sent_on, subject, channel, contact, "
                         "expected_by, answered_on, answer, answered_by_id, closed, decision_id, "
                         "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
                         "$10, $11, $12) RETURNING id",
                         p)
                   .integer(0, 0);
    }
    s.version = 1;
    writeParts(s);
}

void PgSolicitations::remove(SolicitationId id) {
    // Addressees, reports and reminders go with it (ON DELETE CASCADE).
    s_.db().exec(fmt::format("DELETE FROM solicitations WHERE id = $1 AND site = {}", kSite),
                 Params().integer(id));
}

void PgSolicitations::update(Solicitation& s) {
    Params p = fields(s);
    p.integer(s.id).integer(s.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE solicitations SET sent_on = $1, subject = $2, channel = $3, contact "
                    "= $4, expected_by = $5, answered_on = $6, answer = $7, answered_by_id = $8, "
                    "closed = $9, decision_id = $10, created_at = $11, updated_at = $12, version "
                    "= version + 1 WHERE id = $13 AND version = $14 AND site = {}",
                    kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "solicitations", s.id);
    }
    ++s.version;
    writeParts(s);
}

std::vector<Solicitation> PgSolicitations::select(const std::string& where, const Params& params) {
    const std::string scoped = fmt::format("WHERE s.site = {} {}", kSite, where);
    auto r = s_.db().exec(std::string(kSelect) + scoped + " ORDER BY s.sent_on, s.id", params);
    std::vector<Solicitation> out;
    std::unordered_map<SolicitationId, std::size_t> index;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(read(r, i));
        index.emplace(out.back().id, out.size() - 1);
    }
    if (out.empty()) {
        return out;
    }
    auto each = [&](const char* query, const std::function<void(Solicitation&, const Result&, int)>& take) {
        auto list = s_.db().exec(fmt::format(fmt::runtime(query), scoped), params);
        for (int i = 0; i < list.rows(); ++i) {
            if (auto it = index.find(list.integer(i, 0)); it != index.end()) {
                take(out[it->second], list, i);
            }
        }
    };
    each(kAddressees, [](Solicitation& s, const Result& row, int i) {
        s.addressees.push_back(row.text(i, 1));
    });
    each(kReports, [](Solicitation& s, const Result& row, int i) {
        s.reports.push_back(row.integer(i, 1));
    });
    each(kChases, [](Solicitation& s, const Result& row, int i) {
        s.chases.push_back({Date::fromIso(row.text(i, 1)).value_or(Date()), row.text(i, 2)});
    });
    return out;
}

std::optional<Solicitation> PgSolicitations::find(SolicitationId id) {
    auto found = select("AND s.id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<Solicitation>(found.front());
}

std::optional<Solicitation> PgSolicitations::ofDecision(DecisionId id) {
    auto found = select("AND s.decision_id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<Solicitation>(found.front());
}

std::vector<Solicitation> PgSolicitations::list(const SolicitationFilter& f) {
    std::string where;
    Params params;
    int n = 0;
    auto next = [&] { return fmt::format("${}", ++n); };
    if (f.period) {
        where += " AND s.sent_on BETWEEN " + next();
        where += " AND " + next();
        params.text(f.period->first.iso()).text(f.period->last.iso());
    }
    if (!f.institution.empty()) {
        where += " AND EXISTS (SELECT 1 FROM solicitation_addressees a JOIN institutions x ON "
                 "x.id = a.institution_id WHERE a.solicitation_id = s.id AND x.code_key = " +
                 next() + ")";
        params.text(codeKey(f.institution));
    }
    if (f.report) {
        where += " AND EXISTS (SELECT 1 FROM solicitation_reports r WHERE r.solicitation_id = "
                 "s.id AND r.report_id = " +
                 next() + ")";
        params.integer(*f.report);
    }
    if (f.overdueOnly) {
        where += " AND s.answered_on IS NULL AND NOT s.closed AND s.expected_by < " + next();
        params.text(f.today.iso());
    }
    auto rows = select(where, params);
    if (f.state) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const Solicitation& s) { return s.state() != *f.state; }),
                   rows.end());
    }
    return rows;
}

long long PgSolicitations::overdueCount(const Date& today) {
    return s_.db()
        .exec(fmt::format("SELECT count(*) FROM solicitations WHERE site = {} AND answered_on IS "
                          "NULL AND NOT closed AND expected_by < $1",
                          kSite),
              Params().text(today.iso()))
        .integer(0, 0);
}

} // namespace vigie::storage::pg
