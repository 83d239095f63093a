// Import of difficulty reports: parse and check every row against the database, then
// write everything in one unit of work, or nothing.
#include <map>
#include <set>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "reference_codes.h"
#include "domain/privacy.h"
#include "report_csv.h"
#include "report_service.h"
#include "privacy_guard.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    DifficultyReport report;
    std::optional<DifficultyReport> existing; // --update of a stored report
    std::string personalData;                 // the guard's kinds found ("name, health")
};

class ReportRowReader {
public:
    ReportRowReader(storage::Store& store, const CsvTable& table, const ImportOptions& options,
                    std::vector<Problem>& problems)
        : store_(store), table_(table), options_(options), problems_(problems), codes_(store),
          known_(knownNames(store)) {}

    std::vector<Row> readAll() {
        std::vector<Row> rows;
        rows.reserve(table_.records().size());
        for (const auto& record : table_.records()) {
            rows.push_back(read(record));
        }
        return rows;
    }

    const ReferenceCodes& codes() const { return codes_; }

private:
    void error(int line, const char* column, std::string message) {
        problems_.push_back({line, column, Severity::Error, std::move(message)});
    }
    void notice(int line, const char* column, std::string message) {
        problems_.push_back({line, column, Severity::Notice, std::move(message)});
    }

    std::optional<Date> date(const csv::Record& rec, const char* column, bool required) {
        return table_.date(rec, column, required, problems_);
    }

    Row read(const csv::Record& rec) {
        Row row;
        row.line = rec.line;
        const std::string refText = table_.cell(rec, "reference");
        std::optional<ReportReference> ref;
        if (!refText.empty()) {
            ref = ReportReference::parse(refText);
            if (!ref) {
                error(rec.line, "reference",
                      fmt::format(fmt::runtime(tr("\"{}\" is not a reference of the form "
                                                  "YYYY-NNN (for example 2015-007)")),
                                  refText));
            } else if (auto [it, fresh] = seenRefs_.emplace(*ref, rec.line); !fresh) {
                error(rec.line, "reference",
                      fmt::format(fmt::runtime(tr("reference {} already appears on line {}")),
                                  ref->text(), it->second));
            } else if (auto stored = store_.reports().findByReference(*ref)) {
                if (options_.update) {
                    row.existing = std::move(stored);
                } else {
                    error(rec.line, "reference",
                          fmt::format(fmt::runtime(tr("report {} already exists (use --update "
                                                      "to replace it)")),
                                      ref->text()));
                }
            }
        }

        // An update keeps the fields whose column is absent from the file.
        DifficultyReport& r = row.report;
        if (row.existing) {
            r = *row.existing;
        }
        if (ref) {
            r.reference = *ref;
        }
        if (auto d = date(rec, "date_reception", true)) {
            r.receivedOn = *d;
        }
        if (table_.hasColumn("source")) {
            r.source = codes_.sourceGroup(table_.cell(rec, "source"));
        }
        if (table_.hasColumn("redacteur")) {
            r.author = table_.cell(rec, "redacteur");
        }
        r.description = table_.cell(rec, "description");
        if (r.description.empty()) {
            error(rec.line, "description", tr("the description is required"));
        }
        addPrivacyNotices(problems_, rec.line, "description", r.description, known_);
        r.categories = {};
        const auto categoryTexts = text::splitList(table_.cell(rec, "categories"));
        std::vector<std::string> unknownCategories;
        for (const auto& c : categoryTexts) {
            if (auto category = parseCategory(c)) {
                r.categories.add(*category);
            } else {
                unknownCategories.push_back(quotedValue(c));
            }
        }
        if (!unknownCategories.empty()) {
            error(rec.line, "categories",
                  fmt::format(fmt::runtime(trn("unknown category {} (expected non_acces, delai or "
                                               "precarite)",
                                               "unknown categories {} (expected non_acces, delai "
                                               "or precarite)",
                                               unknownCategories.size())),
                              text::join(unknownCategories, ", ")));
        } else if (categoryTexts.empty()) {
            error(rec.line, "categories", tr("at least one category is required"));
        }
        if (table_.hasColumn("droits")) {
            r.rights = codes_.rights(table_.cell(rec, "droits"), rec.line, "droits", problems_);
        }
        if (table_.hasColumn("institutions")) {
            r.institutions =
                codes_.institutions(table_.cell(rec, "institutions"), rec.line, "institutions",
                                    problems_);
        }
        if (table_.hasColumn("non_recours")) {
            const std::string value = table_.cell(rec, "non_recours");
            r.nonTakeUp.reset();
            if (!value.empty()) {
                r.nonTakeUp = parseNonTakeUp(value);
                if (!r.nonTakeUp) {
                    error(rec.line, "non_recours",
                          fmt::format(fmt::runtime(tr("unknown non-take-up type \"{}\" (expected "
                                                      "non_connaissance, non_demande, "
                                                      "non_reception or non_proposition)")),
                                      value));
                }
            }
        }
        if (table_.hasColumn("propositions")) {
            r.proposals = table_.cell(rec, "propositions");
            addPrivacyNotices(problems_, rec.line, "propositions", r.proposals, known_);
        }
        if (table_.hasColumn("statut")) {
            const std::string value = table_.cell(rec, "statut");
            r.status = ReportStatus::Received;
            if (!value.empty()) {
                if (auto s = parseStatus(value)) {
                    r.status = *s;
                } else {
                    error(rec.line, "statut",
                          fmt::format(fmt::runtime(tr("unknown status \"{}\" (expected recue, "
                                                      "a_l_ordre_du_jour, suivi_en_cours, "
                                                      "resolue, non_resolue, remontee_nationale "
                                                      "or annulee)")),
                                      value));
                }
            }
        }
        if (table_.hasColumn("date_cloture")) {
            r.closedOn = date(rec, "date_cloture", false);
            if (r.closedOn && !table_.cell(rec, "date_reception").empty() &&
                *r.closedOn < r.receivedOn) {
                error(rec.line, "date_cloture", tr("the closing date is before the date received"));
            }
        }
        return row;
    }

    storage::Store& store_;
    const CsvTable& table_;
    const ImportOptions& options_;
    std::vector<Problem>& problems_;
    ReferenceCodes codes_;
    KnownNames known_; // institutions and sources: never a person's name
    std::map<ReportReference, int> seenRefs_;
};

// What the history says of a report imported with personal data, as the form says it.
std::string privacyNote(const Row& row) {
    return row.personalData.empty()
               ? std::string()
               : fmt::format(fmt::runtime(tr("imported despite the privacy warning ({})")),
                             row.personalData);
}

void write(storage::Store& store, const Actor& actor, const ReportRowReader& reader,
           std::vector<Row>& rows, ImportSummary& summary) {
    auto work = store.begin();
    reader.codes().createMissing(store, actor);

    // New references continue after the highest of the database and of the file.
    std::map<int, int> lastUsed;
    auto last = [&](int year) -> int& {
        auto [it, fresh] = lastUsed.try_emplace(year, 0);
        if (fresh) {
            it->second = store.reports().lastSequence(year);
        }
        return it->second;
    };
    for (const auto& row : rows) {
        if (row.report.reference.assigned()) {
            int& l = last(row.report.reference.year);
            l = std::max(l, row.report.reference.sequence);
        }
    }
    ReportService service(store, actor);
    for (auto& row : rows) {
        if (row.existing) {
            // Read again inside the unit of work: the history's "before" is what is
            // replaced, and a change saved since the file was checked is refused (the
            // version read with the check) rather than lost.
            const auto before = store.reports().find(row.existing->id);
            if (!before) {
                throw StorageError(StorageError::Kind::NotFound,
                                   fmt::format(fmt::runtime(tr("Report {} was deleted during "
                                                               "the import: nothing was "
                                                               "imported.")),
                                               row.report.reference.text()));
            }
            service.updateIn(std::move(row.report), *before, "import_update", privacyNote(row));
            ++summary.updated;
            continue;
        }
        if (!row.report.reference.assigned()) {
            const int year = row.report.receivedOn.year();
            row.report.reference = {year, ++last(year)};
        }
        service.createIn(std::move(row.report), "import", privacyNote(row));
        ++summary.created;
    }
    work->commit();
    summary.written = true;
}

} // namespace

const std::vector<ColumnSpec>& reportColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"reference", false},    {"date_reception", true}, {"source", false},
        {"redacteur", false},    {"description", true},    {"categories", true},
        {"droits", false},       {"institutions", false},  {"non_recours", false},
        {"propositions", false}, {"statut", false},        {"date_cloture", false},
    };
    return columns;
}

ImportSummary importReports(storage::Store& store, const Actor& actor, std::string_view bytes,
                            const ImportOptions& options) {
    ImportSummary summary;
    CsvTable table(bytes, reportColumns(), summary.problems);
    if (!table.usable()) {
        sortByLine(summary.problems);
        return summary;
    }
    ReportRowReader reader(store, table, options, summary.problems);
    std::vector<Row> rows = reader.readAll();
    sortByLine(summary.problems);
    if (hasErrors(summary.problems)) {
        return summary;
    }
    std::map<int, std::string> kindsByLine;
    for (const auto& p : summary.problems) {
        if (p.severity == Severity::Privacy) {
            // The history speaks French ("nom d'une personne"), the CSV notice in codes.
            const auto kind = kindOfCode(p.message);
            const std::string said = kind ? label(*kind) : p.message;
            std::string& kinds = kindsByLine[p.line];
            if (kinds.find(said) == std::string::npos) {
                kinds += (kinds.empty() ? "" : ", ") + said;
            }
        }
    }
    for (auto& row : rows) {
        if (auto it = kindsByLine.find(row.line); it != kindsByLine.end()) {
            row.personalData = it->second;
            ++summary.withPersonalData;
        }
    }
    if (options.dryRun) {
        for (const auto& row : rows) {
            ++(row.existing ? summary.updated : summary.created);
        }
        return summary;
    }
    if (summary.withPersonalData > 0 && !options.acceptPersonalData) {
        summary.personalDataRefused = true;
        return summary;
    }
    write(store, actor, reader, rows, summary);
    return summary;
}

} // namespace vigie::app
