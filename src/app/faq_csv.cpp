// FAQ CSV: id, question, reponse, droits, institutions, fiches, date_revision, publiee.
#include "faq_csv.h"

#include <fmt/format.h>

#include "domain/text.h"
#include "faq_service.h"
#include "imported_rows.h"
#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    FaqEntry entry;
    bool existing = false;
    bool keepsId() const { return entry.id != 0; }
};

class FaqRows {
public:
    FaqRows(storage::Store& store, CsvTable& table, ReferenceCodes& codes,
            const ImportOptions& options, std::vector<Problem>& problems)
        : store_(store), table_(table), codes_(codes), options_(options), problems_(problems) {}

    Row read(const csv::Record& rec) {
        Row row;
        row.line = rec.line;
        FaqEntry& e = row.entry;
        ids_.read(
            table_, rec, options_, problems_, [&](FaqId id) { return store_.faq().find(id); },
            row.entry, row.existing);
        e.question = text(rec, "question", tr("the question is required"));
        e.answer = text(rec, "reponse", tr("the answer is required"));
        // A column the file does not have leaves the stored value as it is (--update).
        auto has = [&](const char* column) { return table_.hasColumn(column); };
        if (has("droits")) {
            e.rights = codes_.rights(table_.cell(rec, "droits"), rec.line, "droits", problems_);
        }
        if (has("institutions")) {
            e.institutions = codes_.institutions(table_.cell(rec, "institutions"), rec.line,
                                                 "institutions", problems_);
        }
        if (has("fiches")) {
            e.reports =
                linkedReports(store_, table_.cell(rec, "fiches"), rec.line, problems_, e.reports);
        }
        if (has("date_revision")) {
            e.checkedOn = table_.date(rec, "date_revision", false, problems_);
            if (e.checkedOn && Date::today() < *e.checkedOn) {
                error(rec.line, "date_revision",
                      tr("the day the answer was checked cannot be in the future"));
            }
        }
        if (has("publiee")) {
            published(rec, e);
        }
        return row;
    }

private:
    void error(int line, const char* column, std::string message) {
        problems_.push_back({line, column, Severity::Error, std::move(message)});
    }

    std::string text(const csv::Record& rec, const char* column, std::string missing) {
        std::string cell = table_.cell(rec, column);
        if (cell.empty()) {
            error(rec.line, column, std::move(missing));
        }
        addPrivacyNotices(problems_, rec.line, column, cell);
        return cell;
    }

    void published(const csv::Record& rec, FaqEntry& e) {
        const std::string cell = table_.cell(rec, "publiee");
        const std::string key = codeKey(cell);
        if (key.empty() || key == "non") {
            e.published = false;
        } else if (key == "oui") {
            e.published = true;
        } else {
            error(rec.line, "publiee",
                  fmt::format(fmt::runtime(tr("\"{}\" is neither oui nor non")), cell));
        }
    }

    storage::Store& store_;
    CsvTable& table_;
    ReferenceCodes& codes_;
    const ImportOptions& options_;
    std::vector<Problem>& problems_;
    IdColumn ids_{{tr_noop("\"{}\" is not a FAQ entry id (a whole number)"),
                   tr_noop("FAQ entry {} already appears on line {}"),
                   tr_noop("FAQ entry {} already exists (use --update to replace it)")}};
};

} // namespace

const std::vector<ColumnSpec>& faqColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"id", false},           {"question", true}, {"reponse", true},        {"droits", false},
        {"institutions", false}, {"fiches", false},  {"date_revision", false}, {"publiee", false},
    };
    return columns;
}

ImportSummary importFaq(storage::Store& store, const Actor& actor, std::istream& in,
                        const ImportOptions& options) {
    FaqService service(store, actor);
    return importKeyedById<FaqRows>(
        store, actor, in, faqColumns(), options, [&](Row& row, const std::string& note) {
            service.saveIn(std::move(row.entry), row.existing ? "import_update" : "import", note);
        });
}

ImportSummary importFaq(storage::Store& store, const Actor& actor, std::string_view bytes,
                        const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importFaq(store, actor, in, options);
}

std::string exportFaq(storage::Store& store, bool withWithdrawn) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    writer.row(headerOf(faqColumns()));
    LinkedReferences references(store, withWithdrawn);
    for (const auto& e : store.faq().list()) {
        writer.row({std::to_string(e.id), e.question, e.answer, text::join(e.rights, "|"),
                    text::join(e.institutions, "|"), text::join(references.of(e.reports), "|"),
                    e.checkedOn ? e.checkedOn->iso() : "", e.published ? "oui" : "non"});
    }
    return writer.bytes();
}

} // namespace vigie::app
