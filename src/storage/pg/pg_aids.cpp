#include "pg_aids.h"

#include <unordered_map>

#include <fmt/format.h>


namespace vigie::storage::pg {


namespace {

constexpr const char* kSite = "current_setting('vigie.site')";

constexpr const char* kSelect = R"sql(
SELECT a.id, a.granted_on, a.cents, a.kind, coalesce(r.code, ''), a.non_take_up,
       coalesce(i.code, ''), a.notes, a.created_at, a.updated_at, a.version
FROM aids a LEFT JOIN rights r ON r.id = a.right_id
     LEFT JOIN institutions i ON i.id = a.institution_id
)sql";

constexpr const char* kColumns = "granted_on, cents, kind, right_id, non_take_up, institution_id, "
                                 "notes, created_at, updated_at";
constexpr const char* kValues = "$1, $2, $3, $4, $5, $6, $7, $8, $9";

EmergencyAid read(const Result& r, int i) {
    EmergencyAid a;
    a.id = r.integer(i, 0);
    a.grantedOn = Date::fromIso(r.text(i, 1)).value_or(Date());
    a.cents = r.integer(i, 2);
    if (!r.isNull(i, 3)) {
        a.kind = parseAidKind(r.text(i, 3));
    }
    a.right = r.text(i, 4);
    if (!r.isNull(i, 5)) {
        a.nonTakeUp = parseNonTakeUp(r.text(i, 5));
    }
    a.institution = r.text(i, 6);
    a.notes = r.text(i, 7);
    a.createdAt = r.text(i, 8);
    a.updatedAt = r.text(i, 9);
    a.version = r.integer(i, 10);
    return a;
}


} // namespace

Params PgAids::fields(const EmergencyAid& a) {
    auto optionalId = [&](const char* table, const std::string& code) {
        return code.empty() ? std::nullopt
                            : std::optional<std::string>(referenceId(s_.db(), table, code));
    };
    return Params()
        .text(a.grantedOn.iso())
        .integer(a.cents)
        .optionalText(a.kind ? std::optional<std::string>(code(*a.kind)) : std::nullopt)
        .optionalText(optionalId("rights", a.right))
        .optionalText(a.nonTakeUp ? std::optional<std::string>(code(*a.nonTakeUp)) : std::nullopt)
        .optionalText(optionalId("institutions", a.institution))
        .text(a.notes)
        .text(a.createdAt)
        .text(a.updatedAt);
}

void PgAids::writeReports(const EmergencyAid& a) {
    s_.db().exec("DELETE FROM aid_reports WHERE aid_id = $1", Params().integer(a.id));
    int position = 0;
    for (auto report : a.reports) {
        s_.db().exec("INSERT INTO aid_reports(aid_id, position, report_id) VALUES ($1, $2, $3) "
                     "ON CONFLICT DO NOTHING",
                     Params().integer(a.id).integer(++position).integer(report));
    }
}

void PgAids::insert(EmergencyAid& a) {
    Params p = fields(a);
    if (a.id) {
        p.integer(a.id);
        s_.db().exec(fmt::format("INSERT INTO aids({}, id) VALUES ({}, $10)", kColumns, kValues), p);
        s_.db().exec("SELECT setval(pg_get_serial_sequence('aids', 'id'), GREATEST((SELECT "
                     "max(id) FROM aids), 1))");
    } else {
        a.id = s_.db()
                   .exec(fmt::format("INSERT INTO aids({}) VALUES ({}) RETURNING id", kColumns,
                                     kValues),
                         p)
                   .integer(0, 0);
    }
    a.version = 1;
    writeReports(a);
}

void PgAids::update(EmergencyAid& a) {
    Params p = fields(a);
    p.integer(a.id).integer(a.version);
    const auto changed = s_.db().exec(
        fmt::format("UPDATE aids SET ({}) = ({}), version = version + 1 WHERE id = $10 AND "
                    "version = $11 AND site = {}",
                    kColumns, kValues, kSite),
        p);
    if (changed.affected() != 1) {
        throw notUpdated(s_.db(), "aids", a.id);
    }
    ++a.version;
    writeReports(a);
}

void PgAids::remove(AidId id) {
    s_.db().exec(fmt::format("DELETE FROM aids WHERE id = $1 AND site = {}", kSite),
                 Params().integer(id));
}

std::vector<EmergencyAid> PgAids::select(const std::string& where, const Params& params) {
    const std::string scoped = fmt::format("WHERE a.site = {} {}", kSite, where);
    auto r = s_.db().exec(std::string(kSelect) + scoped + " ORDER BY a.granted_on, a.id", params);
    std::vector<EmergencyAid> out;
    std::unordered_map<AidId, std::size_t> index;
    for (int i = 0; i < r.rows(); ++i) {
        out.push_back(read(r, i));
        index.emplace(out.back().id, out.size() - 1);
    }
    if (out.empty()) {
        return out;
    }
    auto links = s_.db().exec("SELECT a.id, l.report_id FROM aids a JOIN aid_reports l ON "
                              "l.aid_id = a.id " +
                                  scoped + " ORDER BY a.id, l.position",
                              params);
    for (int i = 0; i < links.rows(); ++i) {
        if (auto it = index.find(links.integer(i, 0)); it != index.end()) {
            out[it->second].reports.push_back(links.integer(i, 1));
        }
    }
    return out;
}

std::optional<EmergencyAid> PgAids::find(AidId id) {
    auto found = select("AND a.id = $1", Params().integer(id));
    return found.empty() ? std::nullopt : std::optional<EmergencyAid>(found.front());
}

std::vector<EmergencyAid> PgAids::list(const std::optional<Period>& period) {
    if (!period) {
        return select("", Params());
    }
    return select("AND a.granted_on BETWEEN $1 AND $2",
                  Params().text(period->first.iso()).text(period->last.iso()));
}

} // namespace vigie::storage::pg
