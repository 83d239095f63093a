#include "aid_report.h"

#include <functional>
#include <map>

#include <fmt/format.h>

#include "domain/reference_data.h"
#include "platform/i18n.h"
#include "stat_values.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using reports::StatRow;
using reports::StatTable;
using namespace cells;

StatTable keyFigures(const AidComparison& c) {
    const auto &y = c.yearEarlier, &n = c.current;
    StatTable t{"non_take_up_cost",
                tr("The cost of non-take-up"),
                tr("Cost of non-take-up"),
                {tr("Figure"), tr("A year earlier"), tr("This period"), tr("Change over a year")},
                {0.46f, 0.18f, 0.18f, 0.18f},
                {},
                {}};
    t.rows.push_back({tr("Emergency aids granted"),
                      {count(y.aids), count(n.aids), countChangeValue(y.aids, n.aids)},
                      ""});
    t.rows.push_back(
        {tr("Amount granted"),
         {amount(y.totalCents), amount(n.totalCents), countChangeValue(y.totalCents, n.totalCents)},
         ""});
    t.rows.push_back({tr("Aids making up for a right not received"),
                      {count(y.linked.count), count(n.linked.count),
                       countChangeValue(y.linked.count, n.linked.count)},
                      ""});
    t.rows.push_back({tr("Their amount: the cost of non-take-up"),
                      {amount(y.linked.cents), amount(n.linked.cents),
                       countChangeValue(y.linked.cents, n.linked.cents)},
                      ""});
    t.rows.push_back({tr("Share of the amount granted"),
                      {percent(y.linkedShare), percent(n.linkedShare),
                       pointsValue(y.linkedShare, n.linkedShare)},
                      ""});
    t.note = fmt::format(
        fmt::runtime(tr("An aid counts in the cost of non-take-up when it names the right it "
                        "made up for or the type of non-take-up. This period: {} to {}; a year "
                        "earlier: {} to {}.")),
        n.period.first.french(), n.period.last.french(), y.period.first.french(),
        y.period.last.french());
    return t;
}

using Label = std::function<std::string(const std::string&)>;

// This period's aids per right or institution, the amount a year earlier beside them.
StatTable perCode(const std::string& id, const std::string& title, const std::string& sheet,
                  const std::string& what, const std::vector<AidRow>& now,
                  const std::vector<AidRow>& before, const Label& label) {
    StatTable t{id,
                title,
                sheet,
                {what, tr("A year earlier"), tr("Aids"), tr("Amount")},
                {0.46f, 0.18f, 0.18f, 0.18f},
                {},
                {}};
    for (const auto& r : now) {
        long long earlier = 0;
        for (const auto& b : before) {
            earlier += codeKey(b.key) == codeKey(r.key) ? b.cents : 0;
        }
        t.rows.push_back({label(r.key), {amount(earlier), count(r.count), amount(r.cents)}, ""});
    }
    return t;
}

// Per type of non-take-up or kind of aid: each one either period has.
template <class Key>
StatTable perKey(const std::string& id, const std::string& title, const std::string& sheet,
                 const std::string& what, const std::map<Key, AidAmount>& now,
                 const std::map<Key, AidAmount>& before) {
    StatTable t{id,
                title,
                sheet,
                {what, tr("A year earlier"), tr("Aids"), tr("Amount")},
                {0.46f, 0.18f, 0.18f, 0.18f},
                {},
                {}};
    for (const auto& [key, a] : now) {
        const auto b = before.find(key);
        const long long earlier = b == before.end() ? 0 : b->second.cents;
        if (a.count > 0 || earlier > 0) {
            t.rows.push_back({label(key), {amount(earlier), count(a.count), amount(a.cents)}, ""});
        }
    }
    return t;
}

std::string nameOf(const std::map<std::string, std::string>& names, const std::string& code) {
    auto it = names.find(codeKey(code));
    return it == names.end() ? code : it->second;
}

} // namespace

std::vector<StatTable> nonTakeUpCostTables(storage::Store& store, const AidComparison& c) {
    std::map<std::string, std::string> institutions, rights;
    for (const auto& i : store.reference().institutions()) {
        institutions[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    for (const auto& r : store.reference().rights()) {
        rights[codeKey(r.code)] = shortName(r.code, r.label);
    }
    const auto &n = c.current, &y = c.yearEarlier;
    std::vector<StatTable> tables{keyFigures(c)};
    tables.push_back(perCode("cost_rights", tr("Cost of non-take-up by right"), tr("Cost by right"),
                             tr("Right not received"), n.byRight, y.byRight,
                             [&](const std::string& k) { return nameOf(rights, k); }));
    tables.push_back(perCode("cost_institutions", tr("Cost of non-take-up by institution"),
                             tr("Cost by institution"), tr("Institution providing the right"),
                             n.byInstitution, y.byInstitution,
                             [&](const std::string& k) { return nameOf(institutions, k); }));
    tables.push_back(perKey("cost_types", tr("Cost by type of non-take-up"), tr("Cost by type"),
                            tr("Type of non-take-up"), n.byType, y.byType));
    tables.push_back(perKey("cost_kinds", tr("Emergency aid by kind"), tr("Aid by kind"),
                            tr("Kind of aid"), n.byKind, y.byKind));
    return tables;
}

} // namespace vigie::app
