#include "arguments.h"

#include <charconv>
#include <functional>
#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/date.h"
#include "platform/i18n.h"

namespace vigie::cli {

namespace {

template <class T> T number(const std::string& option, const std::string& value) {
    T n{};
    auto [ptr, ec] = std::from_chars(value.data(), value.data() + value.size(), n);
    if (ec != std::errc() || ptr != value.data() + value.size()) {
        throw UsageError{
            fmt::format(fmt::runtime(tr("{} expects a number, not \"{}\"")), option, value)};
    }
    return n;
}

std::string isoDay(const std::string& option, const std::string& value) {
    if (!Date::fromIso(value)) {
        throw UsageError{fmt::format(
            fmt::runtime(tr("{} expects a day written YYYY-MM-DD, not \"{}\"")), option, value)};
    }
    return value;
}

// The options that take a value, other than --db and --site; false for any other word.
bool takeValueOption(Arguments& a, const std::string& arg,
                     const std::function<std::string()>& value) {
    if (arg == "--year") {
        const std::string v = value();
        a.year = number<int>(arg, v);
        if (*a.year < 1 || *a.year > 9999) {
            throw UsageError{fmt::format(fmt::runtime(tr("{} is not a year")), v)};
        }
    } else if (arg == "--from") {
        a.from = isoDay(arg, value());
    } else if (arg == "--to") {
        a.to = isoDay(arg, value());
    } else if (arg == "--closed-before") {
        a.closedBefore = isoDay(arg, value());
    } else if (arg == "--out") {
        a.out = value();
    } else if (arg == "--meeting") {
        a.meeting = value();
    } else if (arg == "--scheme") {
        a.scheme = value();
    } else if (arg == "--role") {
        a.role = value();
    } else if (arg == "--login") {
        a.login = value();
    } else if (arg == "--reports") {
        a.reports = number<long long>(arg, value());
        if (*a.reports < 0) {
            throw UsageError{tr("--reports expects a positive number")};
        }
    } else if (arg == "--seed") {
        a.seed = number<unsigned long long>(arg, value());
    } else {
        return false;
    }
    return true;
}

// --from and --to go together, in order, and never with --year.
void checkPeriod(const Arguments& a) {
    if ((a.from || a.to) && a.year) {
        throw UsageError{tr("--from and --to name a period: --year cannot be given with them")};
    }
    if (a.from.has_value() != a.to.has_value()) {
        throw UsageError{tr("--from and --to go together")};
    }
    if (a.from && *a.to < *a.from) {
        throw UsageError{tr("--to is before --from")};
    }
}

} // namespace

Arguments parseArguments(const std::vector<std::string>& args) {
    Arguments a;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string arg = args[i];
        std::optional<std::string> inlineValue;
        if (arg.rfind("--", 0) == 0) {
            if (auto eq = arg.find('='); eq != std::string::npos) {
                inlineValue = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
            }
        }
        auto value = [&]() -> std::string {
            if (inlineValue) {
                return *inlineValue;
            }
            if (i + 1 >= args.size()) {
                throw UsageError{fmt::format(fmt::runtime(tr("{} expects a value")), arg)};
            }
            return args[++i];
        };
        auto flag = [&](bool& target) {
            if (inlineValue) {
                throw UsageError{fmt::format(fmt::runtime(tr("{} takes no value")), arg)};
            }
            target = true;
        };
        const bool option = arg.rfind("--", 0) == 0 && arg.size() > 2;
        // A second value would silently replace the first: say so instead.
        if (option && arg != "--help" && arg != "--version" && !seen.insert(arg).second) {
            throw UsageError{
                fmt::format(fmt::runtime(tr("option {} is given more than once")), arg)};
        }
        if (option && arg != "--db" && arg != "--site" && arg != "--help" && arg != "--version") {
            a.given.push_back(arg);
        }
        if (arg == "--db") {
            a.db = value();
            if (a.db->empty()) {
                throw UsageError{tr("--db expects a file name")};
            }
        } else if (arg == "--site") {
            a.site = value();
            if (a.site->empty()) {
                throw UsageError{tr("--site expects a site's code")};
            }
        } else if (arg == "--help" || arg == "-h") {
            flag(a.help);
        } else if (arg == "--version") {
            flag(a.version);
        } else if (takeValueOption(a, arg, value)) {
        } else if (arg == "--json") {
            flag(a.json);
        } else if (arg == "--dry-run") {
            flag(a.dryRun);
        } else if (arg == "--update") {
            flag(a.update);
        } else if (arg == "--all") {
            flag(a.all);
        } else if (arg == "--all-sites") {
            flag(a.allSites);
        } else if (arg == "--no-annex") {
            flag(a.noAnnex);
        } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
            throw UsageError{fmt::format(fmt::runtime(tr("unknown option {}")), arg)};
        } else if (a.command.empty()) {
            a.command = arg;
        } else {
            a.operands.push_back(arg);
        }
    }
    checkPeriod(a);
    return a;
}

void checkOptionsFor(const Arguments& a) {
    static const std::map<std::string, std::set<std::string>> allowed = {
        {"init", {}},
        {"import", {"--dry-run", "--update"}},
        {"export", {"--year", "--all"}},
        {"stats", {"--year", "--from", "--to", "--json", "--all-sites"}},
        {"report", {"--year", "--out", "--no-annex", "--meeting", "--from", "--to", "--scheme"}},
        // Each document its own options: a --meeting given to the annual report is a
        // mistake to point out, not to ignore.
        {"report annual", {"--year", "--out", "--no-annex"}},
        {"report minutes", {"--meeting", "--out"}},
        {"report outreach", {"--from", "--to", "--scheme", "--out"}},
        {"backup", {"--out"}},
        {"demo", {"--reports", "--seed"}},
        {"site", {"--all"}},
        {"copy-from", {}},
        {"purge", {"--closed-before", "--dry-run"}},
        {"person", {"--out", "--login", "--role", "--dry-run"}},
        {"publish", {"--out"}},
        {"register", {"--out"}},
    };
    const std::string command =
        a.command == "report" && !a.operands.empty() && allowed.count("report " + a.operands.front())
            ? "report " + a.operands.front()
            : a.command;
    auto it = allowed.find(command);
    if (it == allowed.end()) {
        return; // an unknown command is reported as such
    }
    for (const auto& option : a.given) {
        if (!it->second.count(option)) {
            throw UsageError{fmt::format(fmt::runtime(tr("{} does not apply to the {} command")),
                                         option, command)};
        }
    }
}

std::string usageText() {
    return tr("Usage: vigie-cli [--db FILE|URI] [--site CODE] COMMAND [ARGS]\n"
              "\n"
              "Commands:\n"
              "  init                                  create or upgrade the database\n"
              "  import KIND FILE.csv [--dry-run] [--update]\n"
              "  export KIND FILE.csv [--year YYYY] [--all]\n"
              "                                        KIND: reports, meetings, solicitations, "
              "sessions, aids or faq\n"
              "  stats --year YYYY [--json]            the figures of a year, with the year "
              "before\n"
              "  stats --from YYYY-MM-DD --to YYYY-MM-DD [--json]\n"
              "                                        the figures of any period, with the same "
              "dates a year earlier\n"
              "  stats --all-sites [--year YYYY] [--json]\n"
              "                                        every site of a shared database together, "
              "and a row per site\n"
              "  report annual --year YYYY --out FILE.pdf [--no-annex]\n"
              "  report minutes --meeting YYYY-MM-DD[THH:MM] --out FILE.pdf\n"
              "  report outreach --from YYYY-MM-DD --to YYYY-MM-DD --out FILE.pdf|.xlsx|.csv "
              "[--scheme CODE]\n"
              "                                        the partners' report of outreach sessions\n"
              "  publish faq --out DIR                 the published FAQ answers as one web page "
              "(DIR/index.html)\n"
              "  backup --out FILE                     copy the database while it is in use\n"
              "  purge --closed-before YYYY-MM-DD [--dry-run]\n"
              "                                        erase the text and author of the reports "
              "closed before that day\n"
              "  person extract \"NAME\" [--login LOGIN] [--out FILE.pdf|FILE.json]\n"
              "                                        everything that names a member of staff "
              "(right of access)\n"
              "  person erase \"NAME\" [--role \"ROLE\"] [--dry-run]\n"
              "                                        replace their name everywhere by their "
              "role (right to erasure)\n"
              "  register --out FILE.pdf               the register of processing activities "
              "(GDPR art. 30)\n"
              "  demo [--reports N] [--seed S]         fill an empty database with realistic "
              "synthetic data\n"
              "  site add CODE \"Name\" | site list     the sites of a shared database\n"
              "  site grant CODE ROLE | site grant --all ROLE\n"
              "                                        let a server login role work on one site, "
              "or read them all\n"
              "  copy-from FILE.sqlite                 move a database file into an empty site of "
              "a shared database\n"
              "  --help, --version\n"
              "\n"
              "The database is --db FILE, else the VIGIE_DB environment variable, else the "
              "default file in your data folder.\n"
              "A shared database is a PostgreSQL URI (postgresql://…); --site CODE, else the "
              "VIGIE_SITE variable, says which watch group's data a command works on (the only "
              "one when the database has one site).\n"
              "Exit status: 0 success; 1 bad input or failed operation (nothing written); 2 "
              "wrong usage.\n");
}

} // namespace vigie::cli
