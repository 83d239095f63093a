// Meetings CSV: date, heure, lieu, presents, excuses, notes. A meeting whose date is past
// counts as held.
#include "meeting_csv.h"

#include <map>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "imported_rows.h"
#include "meeting_service.h"
#include "reference_codes.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct Row {
    int line = 0;
    Meeting meeting;
    bool existing = false;
};

} // namespace

const std::vector<ColumnSpec>& meetingColumns() {
    static const std::vector<ColumnSpec> columns = {
        {"date", true}, {"heure", false}, {"lieu", false},
        {"presents", false}, {"excuses", false}, {"notes", false},
    };
    return columns;
}

std::optional<std::string> normaliseTime(std::string_view value) {
    value = text::trim(value);
    if (value.empty()) {
        return std::string();
    }
    std::size_t sep = value.find_first_of(":hH");
    if (sep == std::string_view::npos || sep == 0 || sep > 2) {
        return std::nullopt;
    }
    const std::string_view hours = value.substr(0, sep);
    std::string_view minutes = value.substr(sep + 1);
    if (minutes.empty() && value[sep] != ':') {
        minutes = "00"; // "14h"
    }
    if (minutes.size() != 2) {
        return std::nullopt;
    }
    std::string t = fmt::format("{:0>2}:{}", hours, minutes);
    return isValidTime(t) ? std::optional<std::string>(t) : std::nullopt;
}

ImportSummary importMeetings(storage::Store& store, const Actor& actor, std::istream& in,
                             const ImportOptions& options) {
    ImportSummary summary;
    auto& problems = summary.problems;
    CsvTable table(in, meetingColumns(), problems);
    if (!table.usable()) {
        sortByLine(problems);
        return summary;
    }
    ReferenceCodes codes(store);
    const Date today = Date::today();
    std::vector<Row> rows;
    std::map<std::string, int> seen;
    for (const auto& rec : table.records()) {
        Row row;
        row.line = rec.line;
        Meeting& m = row.meeting;
        const auto date = table.date(rec, "date", true, problems);
        auto time = normaliseTime(table.cell(rec, "heure"));
        if (!time) {
            problems.push_back(
                {rec.line, "heure", Severity::Error,
                 fmt::format(fmt::runtime(tr("\"{}\" is not a time (expected HH:MM)")),
                             table.cell(rec, "heure"))});
        }
        if (date && time) {
            m.date = *date;
            m.time = *time;
            if (auto [it, fresh] = seen.emplace(m.key(), rec.line); !fresh) {
                problems.push_back(
                    {rec.line, "date", Severity::Error,
                     fmt::format(fmt::runtime(tr("meeting {} already appears on line {}")),
                                 m.key(), it->second)});
            } else if (auto stored = store.meetings().findByKey(m.date, m.time)) {
                if (options.update && stored->locked()) {
                    // Found here, on its line, rather than halfway through writing.
                    problems.push_back(
                        {rec.line, "date", Severity::Error,
                         fmt::format(fmt::runtime(tr("the minutes of meeting {} are final: "
                                                     "reopen it in Vigie before changing it")),
                                     m.key())});
                } else if (options.update) {
                    m = *stored;
                    row.existing = true;
                } else {
                    problems.push_back(
                        {rec.line, "date", Severity::Error,
                         fmt::format(fmt::runtime(tr("meeting {} already exists (use --update "
                                                     "to replace it)")),
                                     m.key())});
                }
            }
        }
        if (!row.existing) {
            m.state = m.date < today ? MeetingState::Held : MeetingState::Planned;
        }
        if (table.hasColumn("lieu")) {
            m.place = table.cell(rec, "lieu");
        }
        if (table.hasColumn("presents")) {
            m.presentBodies = codes.institutions(table.cell(rec, "presents"), rec.line, "presents",
                                                 problems);
        }
        if (table.hasColumn("excuses")) {
            m.excusedBodies = codes.institutions(table.cell(rec, "excuses"), rec.line, "excuses",
                                                 problems);
        }
        if (table.hasColumn("notes")) {
            m.notes = table.cell(rec, "notes");
            addPrivacyNotices(problems, rec.line, "notes", m.notes);
        }
        rows.push_back(std::move(row));
    }
    MeetingService service(store, actor);
    writeImportedRows(store, actor, codes, rows, options, summary, [&](Row& row, const std::string& note) {
        service.saveIn(std::move(row.meeting), row.existing ? "import_update" : "import", note);
    });
    return summary;
}

std::string exportMeetings(storage::Store& store, const std::optional<Period>& period) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    csv::Writer writer;
    std::vector<std::string> header;
    for (const auto& c : meetingColumns()) {
        header.emplace_back(c.key);
    }
    writer.row(header);
    for (const auto& m : store.meetings().list(period)) {
        writer.row({m.date.iso(), m.time, m.place, text::join(m.presentBodies, "|"),
                    text::join(m.excusedBodies, "|"), m.notes});
    }
    return writer.bytes();
}

ImportSummary importMeetings(storage::Store& store, const Actor& actor, std::string_view bytes,
                             const ImportOptions& options) {
    csv::BytesStream in(bytes);
    return importMeetings(store, actor, in, options);
}

} // namespace vigie::app
