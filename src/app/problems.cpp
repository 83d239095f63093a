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

} // namespace vigie::app
