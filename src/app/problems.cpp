#include "problems.h"

#include <algorithm>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/privacy.h"

namespace vigie::app {

std::string formatProblem(const std::string& file, const Problem& p) {
    const char* tag = p.severity == Severity::Notice    ? "notice: "
                      : p.severity == Severity::Privacy ? "privacy: "
                                                        : "";
    return fmt::format("{}:{}: {}: {}{}", file, p.line, p.column, tag, p.message);
}

std::string quotedValue(std::string_view value) {
    return fmt::format(fmt::runtime(tr("\"{}\"")), value);
}

void addPrivacyNotices(std::vector<Problem>& problems, int line, const std::string& column,
                       std::string_view cellText, const KnownNames& known) {
    std::vector<PersonalDataKind> seen;
    for (const auto& finding : findPersonalData(cellText, known)) {
        if (std::find(seen.begin(), seen.end(), finding.kind) == seen.end()) {
            seen.push_back(finding.kind);
            problems.push_back({line, column, Severity::Privacy, std::string(code(finding.kind))});
        }
    }
}

bool hasErrors(const std::vector<Problem>& problems) {
    return std::any_of(problems.begin(), problems.end(),
                       [](const Problem& p) { return p.severity == Severity::Error; });
}

void sortByLine(std::vector<Problem>& problems) {
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return a.line < b.line; });
}

namespace {

void addKind(std::string& kinds, const Problem& p) {
    // The history speaks French ("nom d'une personne"), the CSV notice in codes.
    const auto kind = kindOfCode(p.message);
    const std::string said = kind ? label(*kind) : p.message;
    if (kinds.find(said) == std::string::npos) {
        kinds += (kinds.empty() ? "" : ", ") + said;
    }
}

} // namespace

std::string personalDataIn(const std::vector<Problem>& problems, std::size_t from) {
    std::string kinds;
    for (std::size_t i = from; i < problems.size(); ++i) {
        if (problems[i].severity == Severity::Privacy) {
            addKind(kinds, problems[i]);
        }
    }
    return kinds;
}

std::map<int, std::string> personalDataByLine(const std::vector<Problem>& problems) {
    std::map<int, std::string> byLine;
    for (const auto& p : problems) {
        if (p.severity == Severity::Privacy) {
            addKind(byLine[p.line], p);
        }
    }
    return byLine;
}

std::string importedDespiteNote(const std::string& kinds) {
    return kinds.empty() ? std::string()
                         : fmt::format(fmt::runtime(tr("imported despite the privacy warning ({})")),
                                       kinds);
}

} // namespace vigie::app
