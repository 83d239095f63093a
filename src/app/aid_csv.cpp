// Aids CSV: id, date, montant, nature, droit, non_recours, institution, fiches, notes.
#include "aid_csv.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "aid_service.h"
#include "domain/text.h"
#include "imported_rows.h"
#include "platform/i18n.h"
#include "reference_codes.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    EmergencyAid aid;
    bool existing = false;
    bool keepsId() const { return aid.id != 0; }
};

class AidRows {
public:
    AidRows(storage::Store& store, CsvTable& table, ReferenceCodes& codes,
            const ImportOptions& options, std::vector<Problem>& problems)
        : store_(store), table_(table), codes_(codes), options_(options), problems_(problems) {}

    Row read(const csv::Record& rec) {
        Row row;
        row.line = rec.line;
        EmergencyAid& a = row.aid;
        ids_.read(
            table_, rec, options_, problems_,
            [&](AidId id) { return store_.aids().find(id); }, row.aid, row.existing);
        if (auto d = table_.date(rec, "date", true, problems_)) {
            a.grantedOn = *d;
        }
        amount(rec, a);
        // A column the file does not have leaves the stored value as it is (--update).
        auto has = [&](const char* column) { return table_.hasColumn(column); };
        if (has("nature")) {
            a.kind = kind(rec);
        }
        if (has("droit")) {
            a.right = single(codes_.rights(table_.cell(rec, "droit"), rec.line, "droit", problems_),
                             rec.line, "droit", tr("one right only"));
        }
        if (has("non_recours")) {
            a.nonTakeUp = nonTakeUp(rec);
        }
        if (has("institution")) {
            a.institution = single(codes_.institutions(table_.cell(rec, "institution"), rec.line,
                                                       "institution", problems_),
                                   rec.line, "institution", tr("one institution only"));
        }
        if (has("fiches")) {
            a.reports =
                linkedReports(store_, table_.cell(rec, "fiches"), rec.line, problems_, a.reports);
        }
        if (has("notes")) {
            a.notes = table_.cell(rec, "notes");
            addPrivacyNotices(problems_, rec.line, "notes", a.notes);
        }
        return row;
    }

private:
    void error(int line, const char* column, std::string message) {
        problems_.push_back({line, column, Severity::Error, std::move(message)});
    }

    void amount(const csv::Record& rec, EmergencyAid& a) {
        const std::string cell = table_.cell(rec, "montant");
        if (cell.empty()) {
            error(rec.line, "montant", tr("the amount is required"));
            return;
        }
        const auto cents = parseCents(cell);
        if (!cents) {
            error(rec.line, "montant",
                  fmt::format(fmt::runtime(tr("\"{}\" is not an amount in euros (write 120, "
                                              "120,50 or 1 234,50)")),
                              cell));
            return;
        }
        a.cents = *cents;
        for (const auto& problem : problemsOf(a)) {
            error(rec.line, "montant", problem);
        }
    }

    std::optional<AidKind> kind(const csv::Record& rec) {
        const std::string cell = table_.cell(rec, "nature");
        if (cell.empty()) {
            return std::nullopt;
        }
        auto k = parseAidKind(cell);
        if (!k) {
            std::vector<std::string> known;
            for (auto each : kAllAidKinds) {
                known.emplace_back(code(each));
            }
            error(rec.line, "nature",
                  fmt::format(fmt::runtime(tr("unknown kind of aid \"{}\" (expected {})")), cell,
                              text::join(known, ", ")));
        }
        return k;
    }

    std::optional<NonTakeUp> nonTakeUp(const csv::Record& rec) {
        const std::string cell = table_.cell(rec, "non_recours");
        if (cell.empty()) {
            return std::nullopt;
        }
        auto type = parseNonTakeUp(cell);
        if (!type) {
            error(rec.line, "non_recours",
                  fmt::format(fmt::runtime(tr("unknown non-take-up type \"{}\" (expected "
                                              "non_connaissance, non_demande, "
                                              "non_reception or non_proposition)")),
                              cell));
        }
        return type;
    }

    std::string single(const std::vector<std::string>& codes, int line, const char* column,
                       std::string tooMany) {
        if (codes.size() > 1) {
            error(line, column, std::move(tooMany));
        }
        return codes.empty() ? std::string() : codes.front();
    }

    storage::Store& store_;
    CsvTable& table_;
    ReferenceCodes& codes_;
    const ImportOptions& options_;
    std::vector<Problem>& problems_;
    IdColumn ids_{{tr_noop("\"{}\" is not an aid id (a whole number)"),
                   tr_noop("aid {} already appears on line {}"),
                   tr_noop("aid {} already exists (use --update to replace it)")}};
};

} // namespace

const std::vector<ColumnSpec>& aidColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"id", false},          {"date", true},    {"montant", true},
        {"nature", false},      {"droit", false},  {"non_recours", false},
        {"institution", false}, {"fiches", false}, {"notes", false},
    };
    return columns;
}

ImportSummary importAids(storage::Store& store, const Actor& actor, std::istream& in,
                         const ImportOptions& options) {
    AidService service(store, actor);
    return importKeyedById<AidRows>(
        store, actor, in, aidColumns(), options, [&](Row& row, const std::string& note) {
            service.saveIn(std::move(row.aid), row.existing ? "import_update" : "import", note);
        });
}

ImportSummary importAids(storage::Store& store, const Actor& actor, std::string_view bytes,
                         const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importAids(store, actor, in, options);
}

std::string exportAids(storage::Store& store, const std::optional<Period>& period,
                       bool withWithdrawn) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    writer.row(headerOf(aidColumns()));
    auto aids = store.aids().list(period);
    // The contract's order: by date, then id.
    std::stable_sort(aids.begin(), aids.end(), [](const EmergencyAid& a, const EmergencyAid& b) {
        return a.grantedOn != b.grantedOn ? a.grantedOn < b.grantedOn : a.id < b.id;
    });
    LinkedReferences references(store, withWithdrawn);
    for (const auto& a : aids) {
        writer.row({std::to_string(a.id), a.grantedOn.iso(), csvAmount(a.cents),
                    a.kind ? std::string(code(*a.kind)) : "", a.right,
                    a.nonTakeUp ? std::string(code(*a.nonTakeUp)) : "", a.institution,
                    text::join(references.of(a.reports), "|"), a.notes});
    }
    return writer.bytes();
}

} // namespace vigie::app
