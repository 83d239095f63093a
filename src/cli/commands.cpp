// Each command opens the database itself: read-only commands never create a file, and
// every change goes through one unit of work in the app layer.
#include "commands.h"

#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <optional>

#include <fmt/format.h>

#include "app/annual_report.h"
#include "app/output_guard.h"
#include "app/processing_register.h"
#include "app/actor.h"
#include "app/demo.h"
#include "app/documents.h"
#include "app/meeting_csv.h"
#include "app/outreach_report.h"
#include "app/aid_csv.h"
#include "app/faq_csv.h"
#include "app/faq_page.h"
#include "app/retention.h"
#include "app/session_csv.h"
#include "app/solicitation_csv.h"
#include "app/report_csv.h"
#include "app/report_browser.h"
#include "app/meeting_service.h"
#include "app/backups.h"
#include "app/statistics_service.h"
#include "app/database_copy.h"
#include "app/sites.h"
#include "app/workspace.h"
#include "arguments.h"
#include "person_command.h"
#include "platform/i18n.h"
#include "stats_text.h"
#include "platform/files.h"
#include "platform/system.h"
#include "reports/pdf_error.h"

#ifndef VIGIE_VERSION
#define VIGIE_VERSION "0.0.0"
#endif

namespace vigie::cli {

namespace fs = std::filesystem;

namespace {

enum Exit { kSuccess = 0, kFailure = 1, kUsage = 2 };

// A failure already explained to the user: exit 1.
struct Failure {
    std::string message;
};

fs::path databasePath(const Arguments& a) {
    return app::locateDatabase(a.db ? std::optional(fs::u8path(*a.db)) : std::nullopt);
}

class Session {
public:
    Session(const Arguments& a, std::ostream& out, std::ostream& err)
        : a_(a), out_(out), err_(err) {}

    // `create`: commands that write may create the database (FORMATS.md); the others
    // must not leave an empty file behind a typo.
    app::Workspace& open(bool create, bool siteRequired = true) {
        app::OpenRequest request;
        request.createIfMissing = create;
        request.site = app::namedSite(a_.site);
        request.siteRequired = siteRequired;
        workspace_ = app::Workspace::open(databasePath(a_), request);
        const auto& info = workspace_->info();
        if (info.migrated && info.migrationBackup) {
            err_ << "vigie-cli: notice: "
                 << fmt::format(fmt::runtime(tr("the database was upgraded to version {}; the "
                                                "previous version was saved as {}")),
                                info.schemaVersion, platform::utf8(*info.migrationBackup))
                 << "\n";
        }
        if (info.onNetworkShare && !info.readOnly) {
            err_ << "vigie-cli: notice: "
                 << tr("the database is on a network share: Vigie uses SQLite's rollback "
                       "journal there (WAL is unsafe on network file systems)")
                 << "\n";
        }
        if (info.readOnly) {
            err_ << "vigie-cli: notice: "
                 << tr("the database cannot be written: it is open read-only") << "\n";
        }
        return *workspace_;
    }

    // site list | site add CODE "Name" | site grant [--all] ...
    int site() {
        const std::string what = operand(0, tr("what to do with sites (add, list or grant)"));
        if (what == "list") {
            noMoreOperands(1);
            for (const auto& site : app::listSites(open(false, false))) {
                out_ << (site.current ? "* " : "  ") << site.code << "\t" << site.name << "\n";
            }
            return kSuccess;
        }
        if (what == "add") {
            const std::string code = operand(1, tr("the site's code"));
            const std::string name = operand(2, tr("the site's name"));
            noMoreOperands(3);
            app::addSite(open(false, false), code, name);
            out_ << fmt::format(fmt::runtime(tr("Site {} declared: {}")), code, name) << "\n";
            return kSuccess;
        }
        if (what == "grant") {
            return grant();
        }
        throw UsageError{fmt::format(fmt::runtime(tr("unknown site command \"{}\"")), what)};
    }

    // site grant CODE ROLE | site grant --all ROLE
    int grant() {
        const std::string code = a_.all ? std::string() : operand(1, tr("the site's code"));
        const std::string role = operand(a_.all ? 1 : 2, tr("the server's login role"));
        noMoreOperands(a_.all ? 2 : 3);
        app::grantSite(open(false, false), code, role);
        out_ << (code.empty()
                     ? fmt::format(fmt::runtime(tr("The role {} may read every site and write "
                                                   "none.")),
                                   role)
                     : fmt::format(fmt::runtime(tr("The role {} may read and write the site {} "
                                                   "and nothing else.")),
                                   role, code))
             << "\n";
        return kSuccess;
    }

    const std::string& operand(std::size_t i, const char* what) const {
        if (i >= a_.operands.size()) {
            throw UsageError{fmt::format(fmt::runtime(tr("missing {}")), what)};
        }
        return a_.operands[i];
    }

    void noMoreOperands(std::size_t count) const {
        if (a_.operands.size() > count) {
            throw UsageError{
                fmt::format(fmt::runtime(tr("unexpected argument \"{}\"")), a_.operands[count])};
        }
    }

    int init() {
        noMoreOperands(0);
        const auto& info = open(true, false).info();
        out_ << fmt::format(fmt::runtime(info.created ? tr("Database created: {} (version {})")
                                                      : tr("Database ready: {} (version {})")),
                            platform::utf8(info.location), info.schemaVersion)
             << "\n";
        return kSuccess;
    }

    int importCommand() {
        const std::string kind = operand(0, tr("what to import (reports, meetings, "
                                               "solicitations, sessions, aids or faq)"));
        const std::string file = operand(1, tr("the CSV file to import"));
        noMoreOperands(2);
        const auto importer = importerFor(kind);
        // Read as it is needed: a million lines must not sit in memory (nor /dev/zero).
        std::ifstream in = platform::openForReading(fs::u8path(file));
        auto fromStart = [&]() -> std::istream& {
            in.clear();
            in.seekg(0);
            return in;
        };
        app::ImportOptions options;
        options.dryRun = a_.dryRun;
        options.update = a_.update;
        // A command typed on purpose: the notices are printed and the reports written
        // (FORMATS.md), each flagged report's history saying so.
        options.acceptPersonalData = true;
        app::ImportSummary summary;
        std::error_code ec;
        if (!app::isSharedDatabase(databasePath(a_)) && !fs::exists(databasePath(a_), ec)) {
            // No database yet: check against a scratch one, so that a bad file (or a dry
            // run) leaves no new database behind.
            const fs::path scratch =
                fs::temp_directory_path() / ("vigie-check-" + platform::fileTimestamp() + "-" +
                                             std::to_string(reinterpret_cast<std::uintptr_t>(&ec)));
            {
                auto probe = app::Workspace::open(scratch / "check.sqlite");
                app::ImportOptions check = options;
                check.dryRun = true;
                summary = importer(probe->store(), probe->actor(), fromStart(), check);
            }
            fs::remove_all(scratch, ec);
            if (!options.dryRun && !summary.hasErrors()) {
                auto& workspace = open(true);
                summary = importer(workspace.store(), workspace.actor(), fromStart(), options);
            }
        } else {
            auto& workspace = open(true);
            summary = importer(workspace.store(), workspace.actor(), fromStart(), options);
        }
        for (const auto& p : summary.problems) {
            err_ << app::formatProblem(file, p) << "\n";
        }
        if (summary.notListed > 0) {
            const auto more = static_cast<unsigned long>(summary.notListed);
            err_ << fmt::format(fmt::runtime(trn("{}: and {} more problem, not listed",
                                                 "{}: and {} more problems, not listed", more)),
                                file, more)
                 << "\n";
        }
        if (summary.hasErrors()) {
            const auto errors = std::max<long long>(
                summary.errors,
                std::count_if(summary.problems.begin(), summary.problems.end(),
                              [](const app::Problem& p) { return p.severity == app::Severity::Error; }));
            out_ << fmt::format(fmt::runtime(trn("Import refused: {} error; nothing was written.",
                                                 "Import refused: {} errors; nothing was written.",
                                                 static_cast<unsigned long>(errors))),
                                errors)
                 << "\n";
            return kFailure;
        }
        // Each count takes its own plural form (French: 0 and 1 are singular).
        const auto created = static_cast<unsigned long>(summary.created);
        const auto updated = static_cast<unsigned long>(summary.updated);
        if (a_.dryRun) {
            out_ << fmt::format(
                        fmt::runtime(tr("Check passed: {} and {} would be imported; nothing "
                                        "was written.")),
                        fmt::format(fmt::runtime(trn("{} new record", "{} new records", created)),
                                    created),
                        fmt::format(fmt::runtime(trn("{} update", "{} updates", updated)), updated))
                 << "\n";
        } else {
            out_ << fmt::format("{}, {}.",
                                fmt::format(fmt::runtime(trn("{} record imported",
                                                             "{} records imported", created)),
                                            created),
                                fmt::format(fmt::runtime(trn("{} updated", "{} updated", updated)),
                                            updated))
                 << "\n";
        }
        return kSuccess;
    }

    int exportCommand() {
        const std::string kind = operand(0, tr("what to export (reports, meetings, "
                                               "solicitations, sessions, aids or faq)"));
        const std::string file = operand(1, tr("the CSV file to write"));
        noMoreOperands(2);
        const auto table = knownTable(kind);
        auto& store = open(false).store();
        std::optional<Period> period;
        if (a_.year) {
            period = Period::year(*a_.year);
        }
        std::string bytes;
        if (table == Table::Reports) {
            ReportFilter filter;
            filter.includeWithdrawn = a_.all;
            filter.period = period;
            bytes = app::exportReports(store, filter);
        } else if (table == Table::Meetings) {
            bytes = app::exportMeetings(store, period);
        } else if (table == Table::Sessions) {
            bytes = app::exportSessions(store, period, a_.all);
        } else if (table == Table::Aids) {
            bytes = app::exportAids(store, period, a_.all);
        } else if (table == Table::Faq) {
            bytes = app::exportFaq(store, a_.all); // every entry: an answer has no date of its own
        } else {
            bytes = app::exportSolicitations(store, period, a_.all);
        }
        if (file == "-") {
            out_ << bytes;
        } else {
            app::writeExport(store, fs::u8path(file), bytes);
        }
        return kSuccess;
    }

    // --from/--to, else --year, else the latest year holding reports, else this year.
    Period statisticsPeriod(storage::Store& store) {
        if (a_.from) {
            return {*Date::fromIso(*a_.from), *Date::fromIso(*a_.to)};
        }
        if (a_.year) {
            return Period::year(*a_.year);
        }
        const auto years = app::ReportBrowser(store).years();
        return Period::year(years.empty() ? Date::today().year() : years.back());
    }

    int stats() {
        noMoreOperands(0);
        auto& store = open(false, !a_.allSites).store();
        const Period period = statisticsPeriod(store);
        if (a_.allSites) {
            const auto stats = app::allSitesStatistics(store, period);
            out_ << (a_.json ? app::allSitesJson(stats) + "\n" : allSitesText(stats));
            return kSuccess;
        }
        const auto stats = app::periodStatistics(store, period);
        out_ << (a_.json ? app::statisticsJson(stats) + "\n" : statisticsText(stats));
        return kSuccess;
    }

    int backup() {
        noMoreOperands(0);
        if (!a_.out) {
            throw UsageError{tr("backup needs --out FILE")};
        }
        app::backupTo(open(false), fs::u8path(*a_.out));
        out_ << fmt::format(fmt::runtime(tr("Backup written: {}")), *a_.out) << "\n";
        return kSuccess;
    }

    // copy-from FILE.sqlite: a CCAS's file into its empty site of a shared database.
    int copyFrom() {
        const std::string file = operand(0, tr("the database file to copy"));
        noMoreOperands(1);
        const auto copied = app::copyFromFile(open(false), fs::u8path(file));
        out_ << fmt::format(fmt::runtime(tr("Copied from {}: {} reports, {} meetings, {} "
                                            "solicitations, {} outreach sessions, {} years of "
                                            "figures typed in.")),
                            file, copied.reports, copied.meetings, copied.solicitations,
                            copied.sessions, copied.enteredYears)
             << "\n";
        return kSuccess;
    }

    int demo() {
        noMoreOperands(0);
        auto& workspace = open(true);
        app::DemoOptions options;
        if (a_.reports) {
            options.reports = static_cast<int>(std::min<long long>(*a_.reports, 10'000'000));
        }
        if (a_.seed) {
            options.seed = *a_.seed;
        }
        try {
            const int created =
                app::fillWithDemoData(workspace.store(), workspace.actor(), options);
            out_ << fmt::format(fmt::runtime(tr("{} demo reports created in {}")), created,
                                platform::utf8(workspace.info().location))
                 << "\n";
        } catch (const StorageError&) {
            throw;
        } catch (const std::runtime_error& e) {
            throw Failure{e.what()};
        }
        return kSuccess;
    }

    // The register of processing activities (GDPR art. 30), as Settings › « Registre »
    // prints it.
    int registerSheet() {
        noMoreOperands(0);
        if (!a_.out) {
            throw UsageError{tr("register needs --out FILE.pdf")};
        }
        app::ProcessingRegister(open(false)).write(fs::u8path(*a_.out), Date::today());
        out_ << fmt::format(fmt::runtime(tr("Register written: {}")), *a_.out) << "\n";
        return kSuccess;
    }

    // FORMATS.md, "Retention (CNIL)".
    int purge() {
        noMoreOperands(0);
        if (!a_.closedBefore) {
            throw UsageError{tr("purge needs --closed-before YYYY-MM-DD")};
        }
        const Date day = *Date::fromIso(*a_.closedBefore);
        auto& workspace = open(!a_.dryRun);
        if (a_.dryRun) {
            const auto items = app::purgePreview(workspace.store(), day);
            for (const auto& item : items) {
                out_ << fmt::format(fmt::runtime(tr("{}  received {}  {}{}")), item.reference,
                                    item.receivedOn.french(), label(item.status),
                                    item.closedOn ? " " + item.closedOn->french() : "")
                     << "\n";
            }
            const auto n = static_cast<unsigned long>(items.size());
            out_ << fmt::format(fmt::runtime(trn("{} report would be erased; nothing was changed.",
                                                 "{} reports would be erased; nothing was "
                                                 "changed.",
                                                 n)),
                                n)
                 << "\n";
            return kSuccess;
        }
        const auto result = app::purge(workspace, day);
        const auto n = static_cast<unsigned long>(result.erased);
        out_ << fmt::format(fmt::runtime(trn("{} report erased.", "{} reports erased.", n)), n)
             << "\n";
        tellScrub(result, out_, err_);
        return kSuccess;
    }

    // FORMATS.md, "FAQ": the published answers as one page for the city's site.
    int publish() {
        const std::string what = operand(0, tr("what to publish (faq)"));
        noMoreOperands(1);
        if (what != "faq") {
            throw UsageError{
                fmt::format(fmt::runtime(tr("unknown publication \"{}\" (expected faq)")), what)};
        }
        if (!a_.out) {
            throw UsageError{tr("publish faq needs --out DIR")};
        }
        auto& store = open(false).store();
        const fs::path dir = fs::u8path(*a_.out);
        std::error_code ec;
        if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
            throw Failure{fmt::format(fmt::runtime(tr("{} is a file, not a folder")), *a_.out)};
        }
        const long long count = app::publishFaq(store, dir, Date::today());
        const auto n = static_cast<unsigned long>(count);
        out_ << fmt::format(fmt::runtime(trn("FAQ page written: {} ({} answer)",
                                             "FAQ page written: {} ({} answers)", n)),
                            platform::utf8(dir / "index.html"), count)
             << "\n";
        return kSuccess;
    }

    // A member of staff's extract or erasure (README, "vigie-cli").
    int person() {
        return personCommand(
            a_, [this](bool create) -> app::Workspace& { return open(create); }, out_, err_);
    }

    int report() {
        const std::string which = operand(0, tr("which document (annual or minutes)"));
        noMoreOperands(1);
        if (!a_.out) {
            throw UsageError{tr("report needs --out FILE.pdf")};
        }
        if (which == "minutes") {
            return minutes();
        }
        if (which == "annual") {
            return annual();
        }
        if (which == "outreach") {
            return outreach();
        }
        throw UsageError{fmt::format(
            fmt::runtime(tr("unknown document \"{}\" (expected annual, minutes or outreach)")),
            which)};
    }

    // The partners' report of a period: a PDF, or the same tables as a workbook (.xlsx)
    // or a CSV file (.csv).
    int outreach() {
        if (!a_.from) {
            throw UsageError{tr("report outreach needs --from YYYY-MM-DD --to YYYY-MM-DD")};
        }
        auto& workspace = open(false);
        auto& store = workspace.store();
        const Period period{*Date::fromIso(*a_.from), *Date::fromIso(*a_.to)};
        const std::string scheme = a_.scheme.value_or("");
        if (!scheme.empty() && !app::isOutreachScheme(store, scheme)) {
            throw Failure{fmt::format(fmt::runtime(tr("unknown outreach scheme \"{}\"")), scheme)};
        }
        const fs::path file = fs::u8path(*a_.out);
        const std::string extension = codeKey(file.extension().string());
        if (extension == ".xlsx") {
            app::writeOutreachWorkbook(store, period, scheme, file);
        } else if (extension == ".csv") {
            app::writeExport(store, file,
                             app::statisticsCsv(app::outreachDocument(store, period, scheme)));
        } else {
            app::writeOutreachReport(store, period, scheme, file);
        }
        out_ << fmt::format(fmt::runtime(tr("Outreach report written: {}")), *a_.out) << "\n";
        return kSuccess;
    }

    int annual() {
        if (!a_.year) {
            throw UsageError{tr("report annual needs --year YYYY")};
        }
        auto& store = open(false).store();
        const int pages = app::writeAnnualReport(store, Period::year(*a_.year),
                                                 fs::u8path(*a_.out), !a_.noAnnex);
        out_ << fmt::format(fmt::runtime(trn("Annual report written: {} ({} page)",
                                             "Annual report written: {} ({} pages)",
                                             static_cast<unsigned long>(pages))),
                            *a_.out, pages)
             << "\n";
        return kSuccess;
    }

    int minutes() {
        if (!a_.meeting) {
            throw UsageError{tr("report minutes needs --meeting YYYY-MM-DD[THH:MM]")};
        }
        const std::string key = *a_.meeting;
        const auto t = key.find('T');
        const auto date = Date::fromIso(key.substr(0, t));
        // The time as the meetings file accepts it ("9:30", "14h"); "T" alone names the
        // meeting of that day that has no time.
        const auto time = t == std::string::npos ? std::optional<std::string>()
                                                 : app::normaliseTime(key.substr(t + 1));
        if (!date || (t != std::string::npos && !time)) {
            throw UsageError{fmt::format(
                fmt::runtime(tr("\"{}\" is not a meeting date (expected YYYY-MM-DD or "
                                "YYYY-MM-DDTHH:MM)")),
                key)};
        }
        auto& store = open(false).store();
        const auto found = app::MeetingService(store, app::Actor::current()).meetingsAt(*date, time);
        if (found.empty()) {
            throw Failure{fmt::format(fmt::runtime(tr("No meeting on {}.")), key)};
        }
        if (found.size() > 1) {
            std::string keys;
            for (const auto& m : found) {
                // What to type to name exactly this one: "2015-03-05T" for the untimed one.
                keys += "\n  --meeting " + m.date.iso() + "T" + m.time;
            }
            throw Failure{fmt::format(
                fmt::runtime(tr("Several meetings on {}; name one with its time:{}")), key, keys)};
        }
        app::writeMinutes(store, found.front().id, fs::u8path(*a_.out));
        out_ << fmt::format(fmt::runtime(tr("Minutes written: {}")), *a_.out) << "\n";
        return kSuccess;
    }

private:
    enum class Table { Reports, Meetings, Solicitations, Sessions, Aids, Faq };
    using Importer = app::ImportSummary (*)(storage::Store&, const app::Actor&, std::istream&,
                                            const app::ImportOptions&);

    Importer importerFor(const std::string& kind) const {
        switch (knownTable(kind)) {
        case Table::Reports: return &app::importReports;
        case Table::Meetings: return &app::importMeetings;
        case Table::Solicitations: return &app::importSolicitations;
        case Table::Sessions: return &app::importSessions;
        case Table::Aids: return &app::importAids;
        case Table::Faq: return &app::importFaq;
        }
        return &app::importReports;
    }

    Table knownTable(const std::string& kind) const {
        if (kind == "reports") {
            return Table::Reports;
        }
        if (kind == "meetings") {
            return Table::Meetings;
        }
        if (kind == "solicitations") {
            return Table::Solicitations;
        }
        if (kind == "sessions") {
            return Table::Sessions;
        }
        if (kind == "aids") {
            return Table::Aids;
        }
        if (kind == "faq") {
            return Table::Faq;
        }
        throw UsageError{
            fmt::format(fmt::runtime(tr("unknown table \"{}\" (expected reports, meetings, "
                                        "solicitations, sessions, aids or faq)")),
                        kind)};
    }

    const Arguments& a_;
    std::ostream& out_;
    std::ostream& err_;
    std::unique_ptr<app::Workspace> workspace_;
};

} // namespace

namespace {
int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);
} // namespace

int run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const int status = runCommand(args, out, err);
    // What was printed must have reached its destination: `stats > /dev/full`, `export -`
    // to a full disk would otherwise say nothing and exit 0.
    out.flush();
    if (!out) {
        err << "vigie-cli: " << tr("the output could not be written (disk full, or the reader "
                                   "closed it): it is incomplete")
            << "\n";
        return status == kSuccess ? kFailure : status;
    }
    return status;
}

namespace {

// The command named, run; none when the name is no command's.
std::optional<int> dispatch(Session& session, const Arguments& a) {
    if (a.command == "init") {
        return session.init();
    }
    if (a.command == "import") {
        return session.importCommand();
    }
    if (a.command == "export") {
        return session.exportCommand();
    }
    if (a.command == "stats") {
        return session.stats();
    }
    if (a.command == "backup") {
        return session.backup();
    }
    if (a.command == "demo") {
        return session.demo();
    }
    if (a.command == "report") {
        return session.report();
    }
    if (a.command == "publish") {
        return session.publish();
    }
    if (a.command == "site") {
        return session.site();
    }
    if (a.command == "copy-from") {
        return session.copyFrom();
    }
    if (a.command == "purge") {
        return session.purge();
    }
    if (a.command == "register") {
        return session.registerSheet();
    }
    if (a.command == "person") {
        return session.person();
    }
    return std::nullopt;
}

int runCommand(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    try {
        const Arguments a = parseArguments(args);
        if (a.help) {
            out << usageText();
            return kSuccess;
        }
        if (a.version) {
            out << "vigie-cli " << VIGIE_VERSION << "\n";
            return kSuccess;
        }
        checkOptionsFor(a);
        // A command the server rolled back because it crossed another writer's (a
        // deadlock, a serialisation failure) wrote nothing: it runs again, whole, from a
        // fresh connection.
        for (int attempt = 1;; ++attempt) {
            try {
                Session session(a, out, err);
                if (const auto status = dispatch(session, a)) {
                    return *status;
                }
                break;
            } catch (const StorageError& e) {
                if (e.kind() != StorageError::Kind::Crossed || attempt == 3) {
                    throw;
                }
            }
        }
        if (a.command.empty()) {
            throw UsageError{tr("a command is required")};
        }
        throw UsageError{fmt::format(fmt::runtime(tr("unknown command \"{}\"")), a.command)};
    } catch (const UsageError& e) {
        err << "vigie-cli: " << e.message << "\n"
            << tr("Try 'vigie-cli --help' for the list of commands.") << "\n";
        return kUsage;
    } catch (const Failure& e) {
        err << "vigie-cli: " << e.message << "\n";
        return kFailure;
    } catch (const StorageError& e) {
        err << "vigie-cli: " << e.what() << "\n";
        return kFailure;
    } catch (const pdf::PdfError& e) {
        err << "vigie-cli: " << e.what() << "\n";
        return kFailure;
    } catch (const app::SiteRefused& e) {
        err << "vigie-cli: " << e.what() << "\n";
        return kFailure;
    } catch (const app::OutputRefused& e) {
        err << "vigie-cli: " << e.what() << "\n";
        return kFailure;
    } catch (const std::exception& e) {
        err << "vigie-cli: " << tr("unexpected error: ") << e.what() << "\n";
        return kFailure;
    }
}

} // namespace

} // namespace vigie::cli
