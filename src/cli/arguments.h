// The command line of vigie-cli (FORMATS.md), parsed without side effects.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vigie::cli {

struct Arguments {
    std::optional<std::string> db;   // --db FILE or a postgresql:// URI
    std::optional<std::string> site; // --site CODE, on a shared database
    bool help = false;
    bool version = false;
    std::string command;               // init, import, export, stats, report, backup, demo
    std::vector<std::string> operands; // positional words after the command
    std::optional<int> year;
    // --from/--to: any period, both days included (FORMATS.md, "Any period").
    std::optional<std::string> from, to; // YYYY-MM-DD, checked when parsed
    std::optional<std::string> closedBefore; // purge --closed-before YYYY-MM-DD
    std::optional<std::string> out;
    std::optional<std::string> meeting;
    std::optional<long long> reports;
    std::optional<unsigned long long> seed;
    std::optional<std::string> scheme; // report outreach --scheme CODE
    std::optional<std::string> role;   // person erase --role "…"
    std::optional<std::string> login;  // person extract --login LOGIN
    bool json = false;
    bool dryRun = false;
    bool update = false;
    bool all = false;
    bool allSites = false;
    bool noAnnex = false;
    std::vector<std::string> given; // the command's options as written, for checking
};

struct UsageError {
    std::string message;
};

// Throws UsageError (exit status 2) on anything it cannot make sense of.
Arguments parseArguments(const std::vector<std::string>& args);
// Throws UsageError when an option given does not belong to the command.
void checkOptionsFor(const Arguments& a);

std::string usageText();

} // namespace vigie::cli
