#include "privacy_guard.h"

#include <algorithm>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

PersonalDataFound::PersonalDataFound(std::vector<GuardedText> texts)
    : std::runtime_error(fmt::format(
          fmt::runtime(tr("This text seems to identify a person ({}): nothing was saved. A "
                          "report describes a situation, never a person.")),
          findingsSummary(texts))),
      texts_(std::move(texts)) {}

KnownNames knownNames(storage::Store& store) {
    KnownNames known;
    for (const auto& i : store.reference().institutions()) {
        known.phrases.push_back(i.name);
    }
    for (const auto& g : store.reference().sourceGroups()) {
        known.phrases.push_back(g.name);
    }
    return known;
}

std::vector<GuardedText> checkTexts(std::vector<GuardedText> texts, const KnownNames& known) {
    for (auto& t : texts) {
        t.findings = findPersonalData(t.text, known);
    }
    return texts;
}

std::string findingsSummary(const std::vector<GuardedText>& texts) {
    std::vector<PersonalDataKind> seen;
    std::string out;
    for (const auto& t : texts) {
        for (const auto& f : t.findings) {
            if (std::find(seen.begin(), seen.end(), f.kind) == seen.end()) {
                seen.push_back(f.kind);
                out += (out.empty() ? "" : ", ") + label(f.kind); // French, never a code
            }
        }
    }
    return out;
}

std::string guardPersonalData(storage::Store& store, std::vector<GuardedText> texts,
                              PersonalData answer) {
    texts = checkTexts(std::move(texts), knownNames(store));
    const std::string found = findingsSummary(texts);
    if (found.empty()) {
        return {};
    }
    if (answer != PersonalData::SaveAnyway) {
        throw PersonalDataFound(std::move(texts));
    }
    return fmt::format(fmt::runtime(tr("saved despite the privacy warning ({})")), found);
}

} // namespace vigie::app
