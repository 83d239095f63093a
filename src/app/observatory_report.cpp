#include "observatory_report.h"

#include <map>

#include <fmt/format.h>

#include "domain/text.h"
#include "platform/i18n.h"
#include "stat_values.h"
#include "storage/store.h"

namespace vigie::app {

using namespace cells;

reports::StatTable recurringTable(storage::Store& store, const Statistics& stats) {
    std::map<std::string, std::string> institutions, rights;
    for (const auto& i : store.reference().institutions()) {
        institutions[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    for (const auto& r : store.reference().rights()) {
        rights[codeKey(r.code)] = shortName(r.code, r.label);
    }
    auto named = [](const std::map<std::string, std::string>& names, const std::string& code) {
        auto it = names.find(codeKey(code));
        return it == names.end() ? code : it->second;
    };
    reports::StatTable t{"recurring",
                         tr("Recurring problems"),
                         tr("Recurring problems"),
                         {tr("Institution, right and category"), tr("A year earlier"),
                          tr("Reports"), tr("Change"), tr("First and last")},
                         {0.46f, 0.12f, 0.10f, 0.12f, 0.20f},
                         {},
                         {}};
    for (const auto& p : stats.recurring) {
        const std::string label = fmt::format("{} \u2014 {} \u2014 {}", named(institutions, p.institution),
                                              named(rights, p.right), vigie::label(p.category));
        t.rows.push_back({label,
                          {count(p.previousCount), count(p.count),
                           countChangeValue(p.previousCount, p.count),
                           textValue(p.first.french() + " \u2013 " + p.last.french())},
                          ""});
    }
    t.note = fmt::format(
        fmt::runtime(tr("The same institution, right and category in at least {} reports of "
                        "the period; a report counts once for each such combination it makes.")),
        kRecurringThreshold);
    return t;
}

} // namespace vigie::app
