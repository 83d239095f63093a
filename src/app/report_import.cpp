// Import of difficulty reports: parse and check every row against the database, then
// write everything in one unit of work, or nothing.
#include <algorithm>
#include <istream>
#include <map>

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

// The references the file gives, read in a first pass over it: a report without one
// takes the next number after the highest of the database *and of the file*, and a
// reference given twice is refused on its second line. Sorted numbers, not a map: a
// million lines cost 12 MB here.
class FileReferences {
public:
    FileReferences() = default;
    explicit FileReferences(std::istream& in) {
        std::vector<Problem> ignored; // the second pass reports them, with the rest
        csv::Reader reader(in);
        CsvTable table(reader, reportColumns(), ignored);
        if (!table.usable() || !table.hasColumn("reference")) {
            return;
        }
        csv::Record record;
        while (table.next(record, ignored)) {
            if (auto ref = ReportReference::parse(table.cell(record, "reference"))) {
                refs_.push_back({key(*ref), record.line});
                int& last = lastOfYear_[ref->year];
                last = std::max(last, ref->sequence);
            }
        }
        // Stable: of two equal references, the first line stays first.
        std::stable_sort(refs_.begin(), refs_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
    }

    // The line where `ref` first appears in the file.
    int firstLine(const ReportReference& ref) const {
        auto it = std::lower_bound(refs_.begin(), refs_.end(), std::make_pair(key(ref), 0),
                                   [](const auto& a, const auto& b) { return a.first < b.first; });
        return it != refs_.end() && it->first == key(ref) ? it->second : 0;
    }
    int lastOfYear(int year) const {
        auto it = lastOfYear_.find(year);
        return it == lastOfYear_.end() ? 0 : it->second;
    }

private:
    static std::int64_t key(const ReportReference& ref) {
        return std::int64_t(ref.year) * 100'000'000 + ref.sequence;
    }
    std::vector<std::pair<std::int64_t, int>> refs_;
    std::map<int, int> lastOfYear_;
};

class ReportRowReader {
public:
    ReportRowReader(storage::Store& store, const CsvTable& table, const ImportOptions& options,
                    const FileReferences& fileRefs, std::vector<Problem>& problems)
        : store_(store), table_(table), options_(options), fileRefs_(fileRefs),
          problems_(problems), codes_(store), known_(knownNames(store)) {}

    ReferenceCodes& codes() { return codes_; }

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

    // A reference above its year's highest when the import began is not in the database:
    // no need to look it up (what this import writes never repeats a line's reference,
    // and the import's unit of work keeps other writers out). A new site or file imports
    // without one query per line.
    bool mayBeStored(const ReportReference& ref) {
        auto [it, fresh] = highest_.try_emplace(ref.year, 0);
        if (fresh) {
            it->second = store_.reports().lastSequence(ref.year);
        }
        return ref.sequence <= it->second;
    }

public:
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
            } else if (const int first = fileRefs_.firstLine(*ref); first != rec.line) {
                error(rec.line, "reference",
                      fmt::format(fmt::runtime(tr("reference {} already appears on line {}")),
                                  ref->text(), first));
            } else if (auto stored = mayBeStored(*ref) ? store_.reports().findByReference(*ref)
                                                        : std::nullopt) {
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

private:
    storage::Store& store_;
    const CsvTable& table_;
    const ImportOptions& options_;
    const FileReferences& fileRefs_;
    std::vector<Problem>& problems_;
    ReferenceCodes codes_;
    KnownNames known_; // institutions and sources: never a person's name
    std::map<int, int> highest_; // the highest sequence of each year, when first asked
};

// Writes the rows as they are read, all in one unit of work: committed at the end when
// nothing was wrong, rolled back otherwise, so that nothing is written from a bad file.
class RowWriter {
public:
    RowWriter(storage::Store& store, const Actor& actor, const FileReferences& fileRefs,
              bool dryRun)
        : store_(store), actor_(actor), fileRefs_(fileRefs), service_(store, actor) {
        if (!dryRun) {
            work_ = store.begin();
        }
    }

    void write(Row& row, ReferenceCodes& codes) {
        if (!work_) {
            return;
        }
        codes.createMissing(store_, actor_);
        if (row.existing) {
            // Read inside the unit of work, the version checked by the update: a change
            // saved since the file was checked is refused rather than lost.
            service_.updateIn(std::move(row.report), *row.existing, "import_update",
                              importedDespiteNote(row.personalData));
            return;
        }
        if (!row.report.reference.assigned()) {
            const int year = row.report.receivedOn.year();
            row.report.reference = {year, ++last(year)};
        }
        service_.createIn(std::move(row.report), "import", importedDespiteNote(row.personalData));
    }

    void commit() { work_->commit(); }

private:
    // New references continue after the highest of the database and of the file.
    int& last(int year) {
        auto [it, fresh] = lastUsed_.try_emplace(year, 0);
        if (fresh) {
            it->second = std::max(store_.reports().lastSequence(year), fileRefs_.lastOfYear(year));
        }
        return it->second;
    }

    storage::Store& store_;
    const Actor& actor_;
    const FileReferences& fileRefs_;
    ReportService service_;
    std::unique_ptr<storage::UnitOfWork> work_;
    std::map<int, int> lastUsed_;
};

void rewind(std::istream& in) {
    in.clear();
    in.seekg(0);
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

void listWithin(ImportSummary& summary, std::size_t from) {
    auto& problems = summary.problems;
    summary.errors += std::count_if(problems.begin() + static_cast<long>(from), problems.end(),
                                    [](const Problem& p) { return p.severity == Severity::Error; });
    if (problems.size() > kProblemsListed) {
        summary.notListed += static_cast<long long>(problems.size() - kProblemsListed);
        problems.resize(kProblemsListed);
    }
}

ImportSummary importReports(storage::Store& store, const Actor& actor, std::istream& in,
                            const ImportOptions& options) {
    ImportSummary summary;
    const FileReferences fileRefs(in);
    rewind(in);
    csv::Reader csvReader(in);
    CsvTable table(csvReader, reportColumns(), summary.problems);
    listWithin(summary, 0);
    if (!table.usable()) {
        sortByLine(summary.problems);
        return summary;
    }
    ReportRowReader reader(store, table, options, fileRefs, summary.problems);
    RowWriter writer(store, actor, fileRefs, options.dryRun);
    csv::Record record;
    for (std::size_t from = summary.problems.size(); table.next(record, summary.problems);
         from = summary.problems.size()) {
        Row row = reader.read(record);
        row.personalData = personalDataIn(summary.problems, from);
        listWithin(summary, from);
        ++(row.existing ? summary.updated : summary.created);
        if (!row.personalData.empty()) {
            ++summary.withPersonalData;
        }
        // Once anything is wrong, the rest is only checked: all is rolled back anyway.
        if (!summary.hasErrors() && (summary.withPersonalData == 0 || options.acceptPersonalData)) {
            writer.write(row, reader.codes());
        }
    }
    sortByLine(summary.problems);
    if (summary.hasErrors() || options.dryRun) {
        if (summary.hasErrors()) {
            summary.created = summary.updated = 0;
        }
        return summary;
    }
    if (summary.withPersonalData > 0 && !options.acceptPersonalData) {
        summary.personalDataRefused = true;
        summary.created = summary.updated = 0;
        return summary;
    }
    writer.commit();
    summary.written = true;
    return summary;
}

ImportSummary importReports(storage::Store& store, const Actor& actor, std::string_view bytes,
                            const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importReports(store, actor, in, options);
}

} // namespace vigie::app
