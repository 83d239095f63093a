#include "evaluation_report.h"

#include <map>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "stat_values.h"
#include "storage/store.h"

namespace vigie::app {

using namespace cells;

reports::StatTable attendanceTable(storage::Store& store, const PeriodFigures& now,
                                   const PeriodFigures* before, const std::string& nowLabel,
                                   const std::string& beforeLabel) {
    std::map<std::string, std::string> names;
    for (const auto& i : store.reference().institutions()) {
        names[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    std::map<std::string, std::optional<Percent>> earlier;
    const bool withBefore = before && !before->attendance.empty();
    if (withBefore) {
        for (const auto& b : before->attendance) {
            earlier[codeKey(b.institution)] = b.rate;
        }
    }
    reports::StatTable t{"attendance", tr("The partners at the meetings"), tr("Attendance"),
                         {tr("Institution"), tr("Present"), tr("Excused"), tr("Absent"),
                          fmt::format(fmt::runtime(tr("Attendance {}")), nowLabel)},
                         {0.40f, 0.12f, 0.12f, 0.12f, 0.24f}, {}, {}};
    if (withBefore) {
        t.columns.push_back(fmt::format(fmt::runtime(tr("Attendance {}")), beforeLabel));
        t.widths = {0.34f, 0.10f, 0.10f, 0.10f, 0.18f, 0.18f};
    }
    for (const auto& b : now.attendance) {
        const auto named = names.find(codeKey(b.institution));
        reports::StatRow row{named != names.end() ? named->second : b.institution,
                             {count(b.attended), count(b.excused), count(b.absent),
                              percent(b.rate)},
                             ""};
        if (withBefore) {
            const auto was = earlier.find(codeKey(b.institution));
            row.values.push_back(was != earlier.end() ? percent(was->second) : dash());
        }
        t.rows.push_back(std::move(row));
    }
    const auto held = static_cast<unsigned long>(now.meetings);
    t.note = fmt::format(fmt::runtime(trn("Out of {} meeting held; the rate is the share of "
                                          "meetings the body attended.",
                                          "Out of {} meetings held; the rate is the share of "
                                          "meetings the body attended.",
                                          held)),
                         held);
    return t;
}

} // namespace vigie::app
