// Sessions CSV: id, date, heure_debut, heure_fin, dispositif, lieu, quartier, partenaire,
// intervenants, personnes, nouvelles, informees, rdv_droits, demandes, orientations,
// relances, themes, fiches, notes.
#include "session_csv.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "domain/text.h"
#include "imported_rows.h"
#include "outreach_service.h"
#include "platform/i18n.h"
#include "reference_codes.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    OutreachSession session;
    bool existing = false;
    bool keepsId() const { return session.id != 0; }
};

using Count = std::optional<long long> OutreachSession::*;
constexpr std::pair<const char*, Count> kOptionalCounts[] = {
    {"nouvelles", &OutreachSession::newPeople},
    {"informees", &OutreachSession::informed},
    {"rdv_droits", &OutreachSession::rightsAppointments},
    {"demandes", &OutreachSession::applications},
    {"orientations", &OutreachSession::referrals},
    {"relances", &OutreachSession::reminders},
};

std::string countText(const std::optional<long long>& n) {
    return n ? std::to_string(*n) : std::string();
}

class SessionRows {
public:
    SessionRows(storage::Store& store, CsvTable& table, ReferenceCodes& codes,
                const ImportOptions& options, std::vector<Problem>& problems)
        : store_(store), table_(table), codes_(codes), options_(options), problems_(problems) {
        for (const auto& s : store.outreach().schemes()) {
            schemes_.emplace(codeKey(s.code), s.code);
        }
        for (const auto& f : store.reference().rightFamilies()) {
            families_.emplace(codeKey(f.code), f.code);
        }
    }

    Row read(const csv::Record& rec) {
        Row row;
        row.line = rec.line;
        OutreachSession& s = row.session;
        ids_.read(
            table_, rec, options_, problems_,
            [&](SessionId id) { return store_.outreach().find(id); }, row.session, row.existing);
        if (auto d = table_.date(rec, "date", true, problems_)) {
            s.heldOn = *d;
        }
        // A column the file does not have leaves the stored value as it is (--update).
        auto has = [&](const char* column) { return table_.hasColumn(column); };
        if (has("heure_debut")) {
            s.startsAt = time(rec, "heure_debut");
        }
        if (has("heure_fin")) {
            s.endsAt = time(rec, "heure_fin");
        }
        s.scheme = scheme(rec);
        for (auto [column, field] : {std::pair{"lieu", &s.place}, std::pair{"quartier", &s.district},
                                     std::pair{"intervenants", &s.staff},
                                     std::pair{"notes", &s.notes}}) {
            if (has(column)) {
                *field = table_.cell(rec, column);
            }
        }
        if (has("partenaire")) {
            s.partner = partner(rec);
        }
        if (auto people = count(rec, "personnes")) {
            s.people = *people;
        } else if (table_.cell(rec, "personnes").empty()) {
            error(rec.line, "personnes", tr("the number of people met is required"));
        }
        for (const auto& [column, member] : kOptionalCounts) {
            if (has(column)) {
                s.*member = count(rec, column);
            }
        }
        if (has("themes")) {
            s.themes = themes(rec);
        }
        if (has("fiches")) {
            s.reports = linkedReports(store_, table_.cell(rec, "fiches"), rec.line, problems_,
                                      s.reports);
        }
        for (const char* column : {"lieu", "intervenants", "notes"}) {
            addPrivacyNotices(problems_, rec.line, column, table_.cell(rec, column));
        }
        for (const auto& p : problemsOf(s)) {
            if (p.field != "personnes" && p.field != "dispositif") { // reported above
                error(rec.line, p.field.c_str(), p.message);
            }
        }
        return row;
    }

private:
    void error(int line, const char* column, std::string message) {
        problems_.push_back({line, column, Severity::Error, std::move(message)});
    }

    std::optional<TimeOfDay> time(const csv::Record& rec, const char* column) {
        const std::string cell = table_.cell(rec, column);
        if (cell.empty()) {
            return std::nullopt;
        }
        auto t = TimeOfDay::parse(cell);
        if (!t) {
            error(rec.line, column,
                  fmt::format(fmt::runtime(tr("\"{}\" is not a time (HH:MM)")), cell));
        }
        return t;
    }

    std::string scheme(const csv::Record& rec) {
        const std::string cell = table_.cell(rec, "dispositif");
        if (cell.empty()) {
            error(rec.line, "dispositif", tr("the outreach scheme is required"));
            return cell;
        }
        if (auto it = schemes_.find(codeKey(cell)); it != schemes_.end()) {
            return it->second;
        }
        schemes_.emplace(codeKey(cell), cell);
        problems_.push_back(
            {rec.line, "dispositif", Severity::Notice,
             fmt::format(fmt::runtime(tr("unknown outreach scheme \"{}\": it will be created")),
                         cell)});
        return cell;
    }

    std::optional<long long> count(const csv::Record& rec, const char* column) {
        const std::string cell = table_.cell(rec, column);
        if (cell.empty()) {
            return std::nullopt;
        }
        auto n = wholeNumber(cell);
        if (!n) {
            error(rec.line, column,
                  fmt::format(fmt::runtime(tr("\"{}\" is not a count (a whole number, 0 or "
                                              "more)")),
                              cell));
        }
        return n;
    }

    std::vector<std::string> themes(const csv::Record& rec) {
        std::vector<std::string> out, unknown;
        for (const auto& t : text::splitList(table_.cell(rec, "themes"))) {
            auto it = families_.find(codeKey(t));
            if (it == families_.end()) {
                unknown.push_back("\"" + t + "\"");
            } else if (std::find(out.begin(), out.end(), it->second) == out.end()) {
                out.push_back(it->second);
            }
        }
        if (!unknown.empty()) {
            std::vector<std::string> known;
            for (const auto& [key, code] : families_) {
                known.push_back(code);
            }
            error(rec.line, "themes",
                  fmt::format(fmt::runtime(tr("{} is not a family of rights (families: {})")),
                              text::join(unknown, ", "), text::join(known, ", ")));
        }
        return out;
    }

    std::string partner(const csv::Record& rec) {
        const auto partners =
            codes_.institutions(table_.cell(rec, "partenaire"), rec.line, "partenaire", problems_);
        if (partners.size() > 1) {
            error(rec.line, "partenaire", tr("one partner only"));
        }
        return partners.empty() ? std::string() : partners.front();
    }

    storage::Store& store_;
    CsvTable& table_;
    ReferenceCodes& codes_;
    const ImportOptions& options_;
    std::vector<Problem>& problems_;
    std::map<std::string, std::string> schemes_, families_; // key -> code
    IdColumn ids_{{tr_noop("\"{}\" is not a session id (a whole number)"),
                   tr_noop("session {} already appears on line {}"),
                   tr_noop("session {} already exists (use --update to replace it)")}};
};

} // namespace

const std::vector<ColumnSpec>& sessionColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"id", false},         {"date", true},          {"heure_debut", false},
        {"heure_fin", false},  {"dispositif", true},    {"lieu", false},
        {"quartier", false},   {"partenaire", false},   {"intervenants", false},
        {"personnes", true},   {"nouvelles", false},    {"informees", false},
        {"rdv_droits", false}, {"demandes", false},     {"orientations", false},
        {"relances", false},   {"themes", false},       {"fiches", false},
        {"notes", false},
    };
    return columns;
}

ImportSummary importSessions(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options) {
    OutreachService service(store, actor);
    return importKeyedById<SessionRows>(
        store, actor, in, sessionColumns(), options, [&](Row& row, const std::string& note) {
            service.saveIn(std::move(row.session), row.existing ? "import_update" : "import",
                           note);
        });
}

ImportSummary importSessions(storage::Store& store, const Actor& actor, std::string_view bytes,
                             const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importSessions(store, actor, in, options);
}

std::string exportSessions(storage::Store& store, const std::optional<Period>& period,
                           bool withWithdrawn) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    writer.row(headerOf(sessionColumns()));
    SessionFilter filter;
    filter.period = period;
    auto sessions = store.outreach().list(filter);
    // The contract's order: by date, then id.
    std::stable_sort(sessions.begin(), sessions.end(),
                     [](const OutreachSession& a, const OutreachSession& b) {
                         return a.heldOn != b.heldOn ? a.heldOn < b.heldOn : a.id < b.id;
                     });
    LinkedReferences references(store, withWithdrawn);
    for (const auto& s : sessions) {
        writer.row({std::to_string(s.id), s.heldOn.iso(), s.startsAt ? s.startsAt->text() : "",
                    s.endsAt ? s.endsAt->text() : "", s.scheme, s.place, s.district, s.partner,
                    s.staff, std::to_string(s.people), countText(s.newPeople),
                    countText(s.informed), countText(s.rightsAppointments),
                    countText(s.applications), countText(s.referrals), countText(s.reminders),
                    text::join(s.themes, "|"), text::join(references.of(s.reports), "|"), s.notes});
    }
    return writer.bytes();
}

} // namespace vigie::app
