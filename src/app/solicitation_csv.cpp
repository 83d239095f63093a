// Solicitations CSV: id, date_envoi, destinataires, objet, fiches, date_reponse,
// repondant, reponse.
#include "solicitation_csv.h"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "imported_rows.h"
#include "reference_codes.h"
#include "solicitation_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    Solicitation solicitation;
    bool existing = false;
};

} // namespace

const std::vector<ColumnSpec>& solicitationColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"id", false},    {"date_envoi", true},    {"destinataires", true}, {"objet", true},
        {"fiches", false}, {"date_reponse", false}, {"repondant", false},     {"reponse", false},
    };
    return columns;
}

ImportSummary importSolicitations(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options) {
    ImportSummary summary;
    auto& problems = summary.problems;
    CsvTable table(in, solicitationColumns(), problems);
    if (!table.usable()) {
        sortByLine(problems);
        return summary;
    }
    ReferenceCodes codes(store);
    SolicitationService service(store, actor);
    const int delay = service.answerDelayDays();
    std::vector<Row> rows;
    std::map<SolicitationId, int> seen;
    auto error = [&](int line, const char* column, std::string message) {
        problems.push_back({line, column, Severity::Error, std::move(message)});
    };
    auto date = [&](const csv::Record& rec, const char* column, bool required) {
        return table.date(rec, column, required, problems);
    };
    for (const auto& rec : table.records()) {
        Row row;
        row.line = rec.line;
        Solicitation& s = row.solicitation;
        if (const std::string idText = table.cell(rec, "id"); !idText.empty()) {
            SolicitationId id = 0;
            auto [ptr, ec] = std::from_chars(idText.data(), idText.data() + idText.size(), id);
            if (ec != std::errc() || ptr != idText.data() + idText.size() || id <= 0) {
                error(rec.line, "id",
                      fmt::format(fmt::runtime(tr("\"{}\" is not a solicitation id (a whole "
                                                  "number)")),
                                  idText));
            } else if (auto [it, fresh] = seen.emplace(id, rec.line); !fresh) {
                error(rec.line, "id",
                      fmt::format(fmt::runtime(tr("solicitation {} already appears on line {}")),
                                  id, it->second));
            } else if (auto stored = store.solicitations().find(id)) {
                if (options.update) {
                    s = *stored;
                    row.existing = true;
                } else {
                    error(rec.line, "id",
                          fmt::format(fmt::runtime(tr("solicitation {} already exists (use "
                                                      "--update to replace it)")),
                                      id));
                }
            } else {
                s.id = id; // kept: the file is an export of another database
            }
        }
        if (auto d = date(rec, "date_envoi", true)) {
            s.sentOn = *d;
        }
        s.addressees = codes.institutions(table.cell(rec, "destinataires"), rec.line,
                                          "destinataires", problems);
        if (s.addressees.empty()) {
            error(rec.line, "destinataires", tr("at least one addressee is required (or PIO)"));
        } else if (mixesPartnershipWithBodies(s.addressees)) {
            error(rec.line, "destinataires",
                  tr("PIO, the whole partnership, is written alone, not with institution codes"));
        }
        s.subject = table.cell(rec, "objet");
        if (s.subject.empty()) {
            error(rec.line, "objet", tr("the subject is required"));
        }
        addPrivacyNotices(problems, rec.line, "objet", s.subject);
        if (table.hasColumn("fiches")) {
            s.reports = linkedReports(store, table.cell(rec, "fiches"), rec.line, problems,
                                      s.reports);
        }
        if (table.hasColumn("date_reponse")) {
            s.answeredOn = date(rec, "date_reponse", false);
            if (s.answeredOn && *s.answeredOn < s.sentOn) {
                error(rec.line, "date_reponse", tr("the answer is dated before the solicitation"));
            }
        }
        if (table.hasColumn("repondant")) {
            const auto by = codes.institutions(table.cell(rec, "repondant"), rec.line, "repondant",
                                               problems);
            if (by.size() > 1) {
                error(rec.line, "repondant", tr("one body only answers"));
            }
            s.answeredBy = by.empty() ? std::string() : by.front();
        }
        if (table.hasColumn("reponse")) {
            s.answer = table.cell(rec, "reponse");
            addPrivacyNotices(problems, rec.line, "reponse", s.answer);
            if (!s.answer.empty() && !s.answeredOn) {
                problems.push_back({rec.line, "reponse", Severity::Notice,
                                    tr("an answer without date_reponse is kept but not counted as "
                                       "answered")});
            }
        }
        if (!row.existing) {
            s.expectedBy = s.sentOn.addDays(delay);
        }
        rows.push_back(std::move(row));
    }
    // Rows keeping their id are written first: a row without one then takes the next free
    // id, never one a later line of the file asks for.
    std::stable_partition(rows.begin(), rows.end(),
                          [](const Row& row) { return row.existing || row.solicitation.id != 0; });
    writeImportedRows(store, actor, codes, rows, options, summary, [&](Row& row, const std::string& note) {
        service.saveIn(std::move(row.solicitation), row.existing ? "import_update" : "import",
                       !row.existing, note);
    });
    return summary;
}

std::string exportSolicitations(storage::Store& store, const std::optional<Period>& period,
                                bool withWithdrawn) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    std::vector<std::string> header;
    for (const auto& c : solicitationColumns()) {
        header.emplace_back(c.key);
    }
    writer.row(header);
    SolicitationFilter filter;
    filter.period = period;
    LinkedReferences references(store, withWithdrawn);
    for (const auto& s : store.solicitations().list(filter)) {
        writer.row({std::to_string(s.id), s.sentOn.iso(), text::join(s.addressees, "|"), s.subject,
                    text::join(references.of(s.reports), "|"), s.answeredOn ? s.answeredOn->iso() : std::string(),
                    s.answeredBy, s.answer});
    }
    return writer.bytes();
}

ImportSummary importSolicitations(storage::Store& store, const Actor& actor, std::string_view bytes,
                             const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importSolicitations(store, actor, in, options);
}

} // namespace vigie::app
