#include "person_command.h"

#include <filesystem>
#include <stdexcept>

#include <fmt/format.h>

#include "app/output_guard.h"
#include "app/people.h"
#include "domain/reference_data.h"
#include "platform/system.h"
#include "platform/i18n.h"

namespace vigie::cli {

namespace fs = std::filesystem;

namespace {

int extract(const Arguments& a, const std::string& name, app::Workspace& workspace,
            std::ostream& out) {
    app::People people(workspace);
    const auto x = people.extract(name, a.login.value_or(""));
    if (!a.out) {
        out << app::personExtractJson(x); // for a pipe: the JSON itself
        return 0;
    }
    const fs::path file = fs::u8path(*a.out);
    if (codeKey(file.extension().string()) == ".json") {
        app::writeExport(workspace.store(), file, app::personExtractJson(x));
    } else {
        app::writePersonExtract(workspace.store(), x, file);
    }
    const auto n = static_cast<unsigned long>(x.placeCount());
    out << fmt::format(fmt::runtime(trn("Extract written: {} ({} place names the person)",
                                        "Extract written: {} ({} places name the person)", n)),
                       *a.out, n)
        << "\n";
    return 0;
}

int erase(const Arguments& a, const std::string& name, app::Workspace& workspace,
          std::ostream& out, std::ostream& err) {
    app::People people(workspace);
    const std::string role = a.role ? *a.role : people.defaultRole(name);
    if (a.dryRun) {
        const auto x = people.extract(name);
        for (const auto& place : x.places) {
            out << place.record << " \u2014 " << place.field << "\n";
        }
        const auto n = static_cast<unsigned long>(x.placeCount());
        out << fmt::format(fmt::runtime(trn("{} place would be erased, the name replaced by "
                                            "\"{}\"; nothing was changed.",
                                            "{} places would be erased, the name replaced by "
                                            "\"{}\"; nothing was changed.",
                                            n)),
                           n, role)
            << "\n";
        return 0;
    }
    app::PersonErasure result;
    try {
        result = people.erase(name, role);
    } catch (const std::invalid_argument& e) {
        throw UsageError{e.what()};
    }
    const auto n = static_cast<unsigned long>(result.replaced);
    out << fmt::format(fmt::runtime(trn("{} mention erased, replaced by \"{}\".",
                                        "{} mentions erased, replaced by "
                                        "\"{}\".",
                                        n)),
                       n, role)
        << "\n";
    tellScrub(result.scrub, out, err);
    return 0;
}

} // namespace

void tellScrub(const app::ScrubResult& result, std::ostream& out, std::ostream& err) {
    for (const auto& copy : result.copiesRemoved) {
        out << fmt::format(fmt::runtime(tr("Automatic copy removed: {}")), platform::utf8(copy))
            << "\n";
    }
    if (result.freshCopy) {
        out << fmt::format(fmt::runtime(tr("New copy, without the erased texts: {}")),
                           platform::utf8(*result.freshCopy))
            << "\n";
    }
    for (const auto& copy : result.otherCopies) {
        out << fmt::format(fmt::runtime(tr("A copy made by hand still holds the erased "
                                           "texts: {}")),
                           platform::utf8(copy))
            << "\n";
    }
    for (const auto& line : result.undone) {
        err << "vigie-cli: " << line << "\n";
    }
}

int personCommand(const Arguments& a, const std::function<app::Workspace&(bool)>& open,
                  std::ostream& out, std::ostream& err) {
    if (a.operands.size() < 2) {
        throw UsageError{tr("person needs extract or erase, then the person's name")};
    }
    if (a.operands.size() > 2) {
        throw UsageError{
            fmt::format(fmt::runtime(tr("unexpected argument \"{}\"")), a.operands[2])};
    }
    const std::string& what = a.operands[0];
    const std::string& name = a.operands[1];
    if (what == "extract") {
        if (a.role || a.dryRun) {
            throw UsageError{tr("--role and --dry-run belong to person erase")};
        }
        return extract(a, name, open(false), out);
    }
    if (what == "erase") {
        if (a.out || a.login) {
            throw UsageError{tr("--out and --login belong to person extract")};
        }
        return erase(a, name, open(false), out, err);
    }
    throw UsageError{fmt::format(
        fmt::runtime(tr("unknown person command \"{}\" (expected extract or erase)")), what)};
}

} // namespace vigie::cli
