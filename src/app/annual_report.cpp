#include "annual_report.h"
#include "output_guard.h"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include <fmt/format.h>

#include "documents.h"
#include "aid_report.h"
#include "evaluation_report.h"
#include "observatory_report.h"
#include "outreach_report.h"
#include "stat_values.h"
#include "platform/i18n.h"
#include "domain/text.h"
#include "csv/csv.h"
#include "platform/files.h"
#include "storage/store.h"
#include "domain/percent.h"

namespace vigie::app {

namespace {

using reports::StatRow;
using reports::StatTable;
using reports::StatValue;
using Kind = StatValue::Kind;
using namespace cells;

// What the tables compare: this period, and the previous one when it has the figure.
struct Columns {
    std::string now, before;
    bool hasBefore = false;
    std::string beforeHeader; // "2014*" when that year was typed in (the note says so)
};

std::vector<std::string> shareColumns(const std::string& what, const Columns& c) {
    return {what, c.beforeHeader, "%", c.now, "%", tr("Change")};
}
const std::vector<float> kShareWidths = {0.40f, 0.11f, 0.11f, 0.11f, 0.11f, 0.16f};

// One line of a table of shares: counts and percentages of both periods, the change in
// points. `before` is null when the previous period does not have this figure.
StatRow shareRow(const std::string& label, const Share* before, const Share& now,
                 std::string link) {
    StatRow row{label, {}, std::move(link)};
    if (before) {
        row.values = {count(before->count), percent(before->percent), count(now.count),
                      percent(now.percent), pointsValue(before->percent, now.percent)};
    } else {
        row.values = {dash(), dash(), count(now.count), percent(now.percent), dash()};
    }
    return row;
}

StatRow countRow(const std::string& label, std::optional<long long> before, long long now,
                 std::string link) {
    StatRow row{label, {}, std::move(link)};
    row.values = {before ? count(*before) : dash(), StatValue{}, count(now), StatValue{},
                  before ? countChangeValue(*before, now) : dash()};
    return row;
}

const char* categoryCode(Category c) {
    return code(c).data();
}

// Lines keyed by code or name, this period's first (by count), then those only the
// previous period had.
StatTable namedTable(const std::string& id, const std::string& title, const std::string& sheet,
                     const std::string& what, const std::vector<NamedShare>& now,
                     const std::vector<NamedShare>* before, long long beforeTotal,
                     long long nowTotal, const Columns& c, const std::string& linkPrefix) {
    StatTable t{id, title, sheet, shareColumns(what, c), kShareWidths, {}, {}};
    std::map<std::string, const NamedShare*> previous;
    if (before) {
        for (const auto& s : *before) {
            previous[codeKey(s.key)] = &s;
        }
    }
    std::set<std::string> shown;
    for (const auto& s : now) {
        if (before) {
            // A line the previous period did not have: 0 of its reports.
            const Share none{0, Percent::of(0, beforeTotal)};
            auto it = previous.find(codeKey(s.key));
            t.rows.push_back(shareRow(s.label, it != previous.end() ? &it->second->share : &none,
                                      s.share, linkPrefix + s.key));
        } else {
            t.rows.push_back(shareRow(s.label, nullptr, s.share, linkPrefix + s.key));
        }
        shown.insert(codeKey(s.key));
    }
    if (before) {
        for (const auto& s : *before) {
            if (!shown.count(codeKey(s.key))) {
                // Only the previous period had it: 0 this period.
                t.rows.push_back(shareRow(s.label, &s.share, Share{0, Percent::of(0, nowTotal)},
                                          linkPrefix + s.key));
            }
        }
    }
    return t;
}

// "mars" within a year (the columns name the years), "mars 2025" over any other period.
std::string monthLabel(const MonthCount& m, bool withYear) {
    return withYear ? fmt::format("{} {}", monthName(m.month), m.year) : monthName(m.month);
}

// "Prise de RDV (3) ; Imprimé PCH": each subject once, with how many times it was asked.
std::string subjectsText(const std::vector<std::string>& subjects) {
    std::vector<std::pair<std::string, int>> counted;
    for (const auto& s : subjects) {
        auto it = std::find_if(counted.begin(), counted.end(), [&](const auto& c) {
            return text::foldAccents(c.first) == text::foldAccents(s);
        });
        if (it == counted.end()) {
            counted.emplace_back(s, 1);
        } else {
            ++it->second;
        }
    }
    std::vector<std::string> parts;
    for (const auto& [s, n] : counted) {
        parts.push_back(n > 1 ? fmt::format("{} ({})", s, n) : s);
    }
    return text::join(parts, " ; ");
}

std::string statusCode(ReportStatus s) {
    return std::string(code(s));
}

std::vector<std::string> summaryOf(const Statistics& stats, const Columns& c) {
    const PeriodFigures& now = stats.current;
    const PeriodFigures* before = stats.previous ? &*stats.previous : nullptr;
    std::vector<std::string> out;
    const std::string when =
        stats.calendarYear()
            ? fmt::format(fmt::runtime(tr("In {}")), stats.year())
            : fmt::format(fmt::runtime(tr("From {} to {}")), stats.period.first.french(),
                          stats.period.last.french());
    // "(8 in 2023)" for a year; "(8 from 01/03/2023 to 31/05/2023)" for any other period.
    const Period earlier = previousYear(stats.period);
    auto previously = [&](long long figure) {
        return stats.calendarYear()
                   ? fmt::format(fmt::runtime(tr(" ({} in {})")), frenchNumber(figure), c.before)
                   : fmt::format(fmt::runtime(tr(" ({} from {} to {})")), frenchNumber(figure),
                                 earlier.first.french(), earlier.last.french());
    };
    std::string received = fmt::format(
        fmt::runtime(trn("{}, the watch group received {} report", "{}, the watch group received {} reports",
                         static_cast<unsigned long>(now.reports))),
        when, frenchNumber(now.reports));
    if (before) {
        received += previously(before->reports);
    }
    if (now.reports > 0) {
        received += fmt::format(
            fmt::runtime(tr("; {} concern a non-access to rights, {} abnormally long delays and "
                            "{} precariousness (a report may fall into several categories).")),
            frenchPercentForText(now.category(Category::NonAccess).count, now.reports),
            frenchPercentForText(now.category(Category::Delay).count, now.reports),
            frenchPercentForText(now.category(Category::Precarity).count, now.reports));
    } else {
        received += ".";
    }
    out.push_back(received);

    std::string met = fmt::format(
        fmt::runtime(trn("The group met {} time", "The group met {} times",
                         static_cast<unsigned long>(now.meetings))),
        frenchNumber(now.meetings));
    if (before) {
        met += previously(before->meetings);
    }
    out.push_back(met + ".");

    if (now.reports > 0) {
        const auto top = std::max_element(now.rightFamilies.begin(), now.rightFamilies.end(),
                                          [](const auto& a, const auto& b) {
                                              return a.second.count < b.second.count;
                                          });
        if (top != now.rightFamilies.end() && top->second.count > 0) {
            out.push_back(fmt::format(
                fmt::runtime(tr("The rights most concerned belong to the family \u00AB\u00A0{}\u00A0\u00BB "
                                "({} of the reports).")),
                top->first.label, frenchPercentForText(top->second.count, now.reports)));
        }
    }
    if (now.reports > 0 && !now.entered) {
        const auto& o = now.outcomes;
        std::string outcome = fmt::format(
            fmt::runtime(tr("{} resolved, {} unresolved, {} referred nationally, {} still being "
                            "followed")),
            frenchNumber(o.resolved.count), frenchNumber(o.unresolved.count),
            frenchNumber(o.referredNational.count), frenchNumber(o.open.count));
        if (o.medianDaysToResolution) {
            outcome += fmt::format(fmt::runtime(tr("; median time to resolution: {}")),
                                   frenchDays(o.medianDaysToResolution));
        }
        out.push_back(outcome + ".");
    }
    const auto& sf = now.solicitations;
    if (sf.total > 0) {
        out.push_back(fmt::format(
            fmt::runtime(trn("The watch group solicited the inter-organisation partnership {} "
                             "time; {} answered.",
                             "The watch group solicited the inter-organisation partnership {} "
                             "times; {} answered.",
                             static_cast<unsigned long>(sf.total))),
            frenchNumber(sf.total), frenchNumber(sf.answered)));
    } else {
        out.push_back(tr("The watch group did not solicit the inter-organisation partnership "
                         "over the period."));
    }
    return out;
}

} // namespace

namespace {
std::string introductionKey(int year) {
    return fmt::format("annual_report.introduction.{}", year);
}
} // namespace

std::string annualIntroduction(storage::Store& store, int year) {
    return store.settings().get(introductionKey(year)).value_or("");
}

void saveAnnualIntroduction(storage::Store& store, const Actor& actor, int year,
                            const std::string& text, PersonalData personalData) {
    auto work = store.begin();
    const std::string note =
        guardPersonalData(store, {{tr("Introduction"), text, {}}}, personalData);
    const std::string before = annualIntroduction(store, year);
    const std::string after = text::trimmed(text);
    store.settings().set(introductionKey(year), after);
    store.audit().record({0, actor.now(), actor.user, "annual_introduction", year, "update",
                          before, after, note});
    work->commit();
}

std::string periodLabel(const Period& p) {
    if (isCalendarYear(p)) {
        return std::to_string(p.first.year());
    }
    return p.first.french() + " \u2013 " + p.last.french();
}

reports::AnnualReportData statisticsDocument(storage::Store& store, const Statistics& stats,
                                             bool withAnnex) {
    const PeriodFigures& now = stats.current;
    const PeriodFigures* before = stats.previous ? &*stats.previous : nullptr;
    // Entered figures only know the key figures, categories, families and solicitations.
    const PeriodFigures* detailed = before && !before->entered ? before : nullptr;
    Columns c{periodLabel(stats.period), periodLabel(previousYear(stats.period)), before != nullptr,
              {}};
    c.beforeHeader = before && before->entered ? c.before + "*" : c.before;

    reports::AnnualReportData d;
    d.heading = documentHeading(store);
    d.title = stats.calendarYear()
                  ? fmt::format(fmt::runtime(tr("Watch group report {}")), stats.year())
                  : fmt::format(fmt::runtime(tr("Watch group report, {}")), c.now);
    d.subtitle = before ? fmt::format(fmt::runtime(tr("{}, compared with {}")), c.now, c.before)
                        : c.now;
    d.summary = summaryOf(stats, c);
    if (stats.calendarYear()) {
        // Paragraphs as typed: separated by a blank line.
        std::string paragraph;
        std::istringstream lines(annualIntroduction(store, stats.year()));
        for (std::string line; std::getline(lines, line);) {
            if (text::trimmed(line).empty()) {
                if (!paragraph.empty()) {
                    d.introduction.push_back(paragraph);
                }
                paragraph.clear();
            } else {
                paragraph += (paragraph.empty() ? "" : " ") + text::trimmed(line);
            }
        }
        if (!paragraph.empty()) {
            d.introduction.push_back(paragraph);
        }
    }

    // Key figures: the seed's table.
    StatTable key{"key_figures", tr("Key figures"), tr("Key figures"),
                  shareColumns("", c), kShareWidths, {}, {}};
    key.rows.push_back(countRow(tr("Meetings held"),
                                before ? std::optional<long long>(before->meetings) : std::nullopt,
                                now.meetings, ""));
    key.rows.push_back(countRow(tr("Reports received"),
                                before ? std::optional<long long>(before->reports) : std::nullopt,
                                now.reports, "all"));
    // The categories and the families have their tables just after: not repeated here.
    if (!now.entered) {
        key.rows.push_back(countRow(tr("Reports with a follow-up decided"),
                                    detailed ? std::optional<long long>(detailed->reportsWithFollowUp)
                                             : std::nullopt,
                                    now.reportsWithFollowUp, ""));
    }
    key.rows.push_back(countRow(tr("Solicitations of the partnership"),
                                before ? std::optional<long long>(before->solicitations.total)
                                       : std::nullopt,
                                now.solicitations.total, ""));
    key.rows.push_back(countRow(tr("Answers received"),
                                before ? std::optional<long long>(before->solicitations.answered)
                                       : std::nullopt,
                                now.solicitations.answered, ""));
    if (before && before->entered) {
        key.note = fmt::format(fmt::runtime(tr("* {}: figures typed in from the report published "
                                               "that year, before Vigie.")),
                               c.before);
    }
    d.tables.push_back(std::move(key));

    StatTable categories{"categories", tr("Categories of difficulty"), tr("Categories"),
                         shareColumns(tr("Category"), c), kShareWidths, {}, {}};
    for (auto cat : kAllCategories) {
        categories.rows.push_back(shareRow(label(cat), before ? &before->category(cat) : nullptr,
                                           now.category(cat),
                                           std::string("category:") + categoryCode(cat)));
    }
    categories.note = tr("A report may fall into several categories: the percentages do not add "
                         "up to 100 %.");
    d.tables.push_back(std::move(categories));
    reports::ChartData categoryChart;
    categoryChart.caption = tr("Reports per category");
    for (auto cat : kAllCategories) {
        categoryChart.current.push_back({label(cat), static_cast<double>(now.category(cat).count)});
        if (before) {
            categoryChart.previous.push_back(
                {label(cat), static_cast<double>(before->category(cat).count)});
        }
    }
    categoryChart.legendPrevious = c.before;
    categoryChart.legendCurrent = c.now;
    d.charts.push_back(std::move(categoryChart));
    d.chartAfter.push_back("categories");

    StatTable families{"right_families", tr("Rights concerned, by family"), tr("Right families"),
                       shareColumns(tr("Family"), c), kShareWidths, {}, {}};
    for (std::size_t i = 0; i < now.rightFamilies.size(); ++i) {
        const auto& [family, share] = now.rightFamilies[i];
        const Share* b = nullptr;
        if (before) {
            for (const auto& [f, s] : before->rightFamilies) {
                if (f.code == family.code) {
                    b = &s;
                }
            }
        }
        families.rows.push_back(shareRow(family.label, b, share, "family:" + family.code));
    }
    families.note = tr("A report may concern rights of several families.");
    d.tables.push_back(std::move(families));

    d.tables.push_back(namedTable("rights", tr("Rights concerned"), tr("Rights"), tr("Right"),
                                  now.rights, detailed ? &detailed->rights : nullptr,
                                  detailed ? detailed->reports : 0, now.reports, c, "right:"));

    StatTable nonTakeUp{"non_take_up", tr("Non-take-up (ODENORE typology)"), tr("Non-take-up"),
                        shareColumns(tr("Type"), c), kShareWidths, {}, {}};
    for (std::size_t i = 0; i < now.nonTakeUp.size(); ++i) {
        const auto& [type, share] = now.nonTakeUp[i];
        const Share* b = detailed && i < detailed->nonTakeUp.size() ? &detailed->nonTakeUp[i].second
                                                                    : nullptr;
        nonTakeUp.rows.push_back(
            shareRow(label(type), b, share, "nontakeup:" + std::string(code(type))));
    }
    nonTakeUp.rows.push_back(shareRow(tr("Not said"), detailed ? &detailed->nonTakeUpNotSaid : nullptr,
                                      now.nonTakeUpNotSaid, "nontakeup:"));
    d.tables.push_back(std::move(nonTakeUp));

    d.tables.push_back(namedTable("sources", tr("Where the reports came from"), tr("Sources"),
                                  tr("Source"), now.sources, detailed ? &detailed->sources : nullptr,
                                  detailed ? detailed->reports : 0, now.reports, c, "source:"));
    d.tables.push_back(namedTable("institutions", tr("Institutions concerned"),
                                  tr("Institutions concerned"), tr("Institution"), now.institutions,
                                  detailed ? &detailed->institutions : nullptr,
                                  detailed ? detailed->reports : 0, now.reports, c,
                                  "institution:"));

    StatTable followUps{"follow_ups", tr("Follow-ups decided at the meetings"), tr("Follow-ups"),
                        {tr("Follow-up"), c.before, c.now, tr("Change")},
                        {0.55f, 0.15f, 0.15f, 0.15f}, {}, {}};
    for (std::size_t i = 0; i < now.followUps.size(); ++i) {
        const auto& [kind, n] = now.followUps[i];
        StatRow row{label(kind), {}, ""};
        if (detailed && i < detailed->followUps.size()) {
            const long long b = detailed->followUps[i].second;
            row.values = {count(b), count(n), countChangeValue(b, n)};
        } else {
            row.values = {dash(), count(n), dash()};
        }
        followUps.rows.push_back(std::move(row));
    }
    {
        StatRow row{tr("Reports with at least one follow-up"), {}, ""};
        row.values = {detailed ? count(detailed->reportsWithFollowUp) : dash(),
                      count(now.reportsWithFollowUp),
                      detailed ? countChangeValue(detailed->reportsWithFollowUp, now.reportsWithFollowUp)
                               : dash()};
        followUps.rows.push_back(std::move(row));
    }
    d.tables.push_back(std::move(followUps));

    StatTable outcomes{"outcomes", tr("What became of the reports"), tr("Outcomes"),
                       shareColumns(tr("Outcome"), c), kShareWidths, {}, {}};
    const Outcomes* bo = detailed ? &detailed->outcomes : nullptr;
    outcomes.rows.push_back(shareRow(label(ReportStatus::Resolved), bo ? &bo->resolved : nullptr,
                                     now.outcomes.resolved, "status:" + statusCode(ReportStatus::Resolved)));
    outcomes.rows.push_back(shareRow(label(ReportStatus::Unresolved), bo ? &bo->unresolved : nullptr,
                                     now.outcomes.unresolved,
                                     "status:" + statusCode(ReportStatus::Unresolved)));
    outcomes.rows.push_back(shareRow(label(ReportStatus::ReferredNational),
                                     bo ? &bo->referredNational : nullptr,
                                     now.outcomes.referredNational,
                                     "status:" + statusCode(ReportStatus::ReferredNational)));
    outcomes.rows.push_back(shareRow(tr("Still being followed"), bo ? &bo->open : nullptr,
                                     now.outcomes.open, ""));
    {
        StatRow row{tr("Median time from receipt to resolution"), {}, ""};
        row.values = {bo ? days(bo->medianDaysToResolution) : dash(), StatValue{},
                      days(now.outcomes.medianDaysToResolution), StatValue{}, StatValue{}};
        outcomes.rows.push_back(std::move(row));
    }
    d.tables.push_back(std::move(outcomes));

    std::map<std::string, std::string> bodyNames;
    for (const auto& i : store.reference().institutions()) {
        bodyNames[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    auto bodyLabels = [&](const std::vector<std::string>& codes) {
        std::vector<std::string> out;
        for (const auto& code : codes) {
            const auto named = bodyNames.find(codeKey(code));
            out.push_back(named != bodyNames.end() ? named->second : code);
        }
        return text::join(out, ", ");
    };
    // The seed's solicitation table: one line per set of addressees, beside the year before.
    const bool withBefore = before != nullptr;
    std::vector<std::string> setHeaders = {tr("Addressees")};
    std::vector<float> setWidths = {0.18f};
    if (withBefore) {
        setHeaders.push_back(fmt::format(fmt::runtime(tr("Number {}")), c.beforeHeader));
        setWidths.push_back(0.11f);
    }
    setHeaders.insert(setHeaders.end(), {fmt::format(fmt::runtime(tr("Number {}")), c.now),
                                         tr("Answers"), tr("Answered by"), tr("Subjects")});
    setWidths.insert(setWidths.end(), {0.11f, 0.10f, 0.14f, withBefore ? 0.36f : 0.47f});
    StatTable sets{"solicitations", tr("Solicitations of the inter-organisation partnership"),
                   tr("Solicitations"), setHeaders, setWidths, {}, {}};
    auto setLabel = [](const AddresseeSetFigures& row) {
        return row.addressees == std::vector<std::string>{std::string(kPartnershipCode)}
                   ? wholePartnershipName()
                   : row.label;
    };
    auto beforeCount = [&](const AddresseeSetFigures& row) -> long long {
        for (const auto& b : before->solicitations.byAddressees) {
            if (codeKey(b.label) == codeKey(row.label)) {
                return b.count;
            }
        }
        return 0;
    };
    for (const auto& row : now.solicitations.byAddressees) {
        StatRow r{setLabel(row), {}, ""};
        if (withBefore) {
            r.values.push_back(count(beforeCount(row)));
        }
        r.values.insert(r.values.end(), {count(row.count), count(row.answered),
                                         textValue(bodyLabels(row.answeredBy)),
                                         textValue(subjectsText(row.subjects))});
        sets.rows.push_back(std::move(r));
    }
    // Written to the year before only: a line too, with nothing this year.
    for (const auto& b : withBefore ? before->solicitations.byAddressees
                                    : std::vector<AddresseeSetFigures>{}) {
        const bool listed = std::any_of(
            now.solicitations.byAddressees.begin(), now.solicitations.byAddressees.end(),
            [&](const AddresseeSetFigures& n) { return codeKey(n.label) == codeKey(b.label); });
        if (!listed) {
            sets.rows.push_back({setLabel(b),
                                 {count(b.count), count(0), count(0), textValue(""), textValue("")},
                                 ""});
        }
    }
    sets.note = fmt::format(
        fmt::runtime(trn("The watch group solicited the inter-organisation partnership {} time.",
                         "The watch group solicited the inter-organisation partnership {} times.",
                         static_cast<unsigned long>(now.solicitations.total))),
        frenchNumber(now.solicitations.total));
    d.tables.push_back(std::move(sets));

    // Sent per institution, beside the year before when it is known.
    std::vector<std::string> bodyHeaders = {tr("Institution")};
    std::vector<float> bodyWidths = {withBefore ? 0.17f : 0.18f};
    if (withBefore) {
        bodyHeaders.push_back(fmt::format(fmt::runtime(tr("Sent {}")), c.beforeHeader));
        bodyWidths.push_back(0.10f);
    }
    bodyHeaders.insert(bodyHeaders.end(),
                       {withBefore ? fmt::format(fmt::runtime(tr("Sent {}")), c.now) : tr("Sent"),
                        tr("Alone"), tr("Jointly"), tr("Answers"), tr("Answer rate"),
                        tr("Median delay")});
    if (withBefore) {
        bodyWidths.insert(bodyWidths.end(), {0.10f, 0.10f, 0.11f, 0.11f, 0.15f, 0.16f});
    } else {
        bodyWidths.insert(bodyWidths.end(), {0.13f, 0.11f, 0.14f, 0.13f, 0.15f, 0.16f});
    }
    StatTable perBody{"solicitations_by_institution", tr("Answers per institution"),
                      tr("Answers per institution"), bodyHeaders, bodyWidths, {}, {}};
    auto sentBefore = [&](const std::string& institution) -> long long {
        for (const auto& b : before->solicitations.byInstitution) {
            if (codeKey(b.institution) == codeKey(institution)) {
                return b.count;
            }
        }
        return 0;
    };
    for (const auto& row : now.solicitations.byInstitution) {
        const auto named = bodyNames.find(codeKey(row.institution));
        StatRow r{row.institution == kPartnershipCode ? wholePartnershipName()
                  : named != bodyNames.end()          ? named->second
                                                      : row.institution,
                  {}, ""};
        if (withBefore) {
            r.values.push_back(count(sentBefore(row.institution)));
        }
        r.values.insert(r.values.end(),
                        {count(row.count), count(row.alone), count(row.jointly),
                         count(row.answered), percent(row.answerRate), days(row.medianDelayDays)});
        perBody.rows.push_back(std::move(r));
    }
    perBody.note = tr("Each institution counts every solicitation that names it, alone or jointly.");
    d.tables.push_back(std::move(perBody));

    StatTable monthly{"monthly", tr("Reports received per month"), tr("Per month"),
                      {tr("Month"), c.before, c.now}, {0.50f, 0.25f, 0.25f}, {}, {}};
    reports::ChartData monthChart;
    monthChart.caption = tr("Reports received per month");
    monthChart.legendPrevious = c.before;
    monthChart.legendCurrent = c.now;
    for (std::size_t i = 0; i < now.monthly.size(); ++i) {
        const auto& m = now.monthly[i];
        const std::string month = monthLabel(m, !stats.calendarYear());
        StatRow r{month, {}, fmt::format("month:{:04}-{:02}", m.year, m.month)};
        const bool has = detailed && i < detailed->monthly.size();
        r.values = {has ? count(detailed->monthly[i].reports) : dash(), count(m.reports)};
        monthly.rows.push_back(std::move(r));
        monthChart.current.push_back({month, static_cast<double>(m.reports)});
        if (detailed) {
            monthChart.previous.push_back(
                {month, has ? static_cast<double>(detailed->monthly[i].reports) : 0.0});
        }
    }
    d.tables.push_back(std::move(monthly));
    d.charts.push_back(std::move(monthChart));
    d.chartAfter.push_back("monthly");

    if (!now.attendance.empty()) {
        d.tables.push_back(attendanceTable(store, now, detailed, c.now, c.before));
    }
    if (!stats.recurring.empty()) {
        d.tables.push_back(recurringTable(store, stats));
    }
    if (now.outreach.hasData()) {
        // The year's « Aller-vers » section: the same tables as the partners' report.
        for (auto& t : outreachTables(store, outreachComparison(store, stats.period))) {
            d.tables.push_back(std::move(t));
        }
    }
    if (now.nonTakeUpCost.aids > 0 || (before && before->nonTakeUpCost.aids > 0)) {
        // « Coût du non-recours »: a page of its own, for the director to hand out.
        d.pageBefore.push_back("non_take_up_cost");
        for (auto& t : nonTakeUpCostTables(store, aidComparison(store, stats.period))) {
            d.tables.push_back(std::move(t));
        }
    }
    if (now.entered) {
        // A year before Vigie shown as such: only what the published report gave is known.
        const std::set<std::string> unknown = {"rights", "non_take_up", "sources", "institutions",
                                               "follow_ups", "outcomes", "monthly"};
        std::erase_if(d.tables, [&](const StatTable& t) { return unknown.count(t.id) > 0; });
        for (std::size_t k = d.charts.size(); k-- > 0;) {
            if (unknown.count(d.chartAfter[k])) {
                d.charts.erase(d.charts.begin() + static_cast<long>(k));
                d.chartAfter.erase(d.chartAfter.begin() + static_cast<long>(k));
            }
        }
        d.notes.push_back(fmt::format(
            fmt::runtime(tr("The figures for {} were typed in from the report published that year "
                            "(before Vigie); only the key figures, categories, families and "
                            "solicitations are known for it.")),
            c.now));
    }
    if (!before) {
        d.notes.push_back(fmt::format(
            fmt::runtime(tr("Vigie holds no figures for {}: its column shows a dash (\u2014).")), c.before));
    } else if (before->entered) {
        d.notes.push_back(fmt::format(
            fmt::runtime(tr("The figures for {} were typed in from the report published that year "
                            "(before Vigie); only the key figures, categories, families and "
                            "solicitations are known for it.")),
            c.before));
    }
    d.notes.push_back(tr("Withdrawn reports are never counted. Percentages are rounded half up: "
                         "to two decimals in the tables, to one in the sentences."));

    d.withAnnex = withAnnex;
    if (withAnnex) {
        const auto rights = store.reference().rights();
        const auto institutions = store.reference().institutions();
        ReportFilter f;
        f.period = stats.period;
        store.reports().forEach(f, [&](const DifficultyReport& r) {
            d.annex.push_back(reportLine(r, rights, institutions));
        });
    }
    return d;
}

int writeAnnualReport(storage::Store& store, const Period& period,
                      const std::filesystem::path& file, bool withAnnex) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    return reports::writeAnnualReport(
        statisticsDocument(store, periodStatistics(store, period), withAnnex), file);
}

void writeStatisticsWorkbook(storage::Store& store, const Period& period,
                             const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    reports::writeWorkbook(statisticsDocument(store, periodStatistics(store, period), false), file);
}

std::string statisticsCsv(const reports::AnnualReportData& data) {
    csv::Writer out; // ';', BOM, CRLF: what French spreadsheets expect
    auto number = [](const StatValue& v) -> std::string {
        switch (v.kind) {
        case Kind::Empty:
            return "";
        case Kind::Text:
            return csv::forSpreadsheet(v.text);
        case Kind::Count:
            return fmt::format("{}", static_cast<long long>(v.number));
        case Kind::Days:
            return frenchDecimal(v.number, 1);
        default:
            return frenchDecimal(v.number, 2);
        }
    };
    for (const auto& t : data.tables) {
        // The changes stay numbers; a last column says whether each is in % or in points.
        bool changes = false;
        for (const auto& r : t.rows) {
            for (const auto& v : r.values) {
                changes = changes || v.kind == Kind::Change || v.kind == Kind::Points;
            }
        }
        out.row({csv::forSpreadsheet(t.title)});
        std::vector<std::string> header;
        for (const auto& column : t.columns) {
            header.push_back(csv::forSpreadsheet(column));
        }
        if (changes) {
            header.push_back(tr("Change in"));
        }
        out.row(header);
        for (const auto& r : t.rows) {
            std::vector<std::string> cells = {csv::forSpreadsheet(r.label)};
            std::string unit;
            for (const auto& v : r.values) {
                cells.push_back(number(v));
                if (v.kind == Kind::Change) {
                    unit = "%";
                } else if (v.kind == Kind::Points) {
                    unit = tr("points");
                }
            }
            if (changes) {
                cells.push_back(unit);
            }
            out.row(cells);
        }
        out.row({});
    }
    return out.bytes();
}

std::optional<ReportFilter> filterOfLink(const std::string& link, const Period& period) {
    if (link.empty()) {
        return std::nullopt;
    }
    ReportFilter f;
    f.period = period;
    const auto colon = link.find(':');
    const std::string kind = link.substr(0, colon);
    const std::string value = colon == std::string::npos ? "" : link.substr(colon + 1);
    if (kind == "all") {
        return f;
    }
    if (kind == "category") {
        f.category = parseCategory(value);
        return f.category ? std::optional(f) : std::nullopt;
    }
    if (kind == "family") {
        f.rightFamily = value;
    } else if (kind == "right") {
        f.rightCode = value;
    } else if (kind == "institution") {
        f.institutionCode = value;
    } else if (kind == "source") {
        f.source = value;
    } else if (kind == "nontakeup") {
        f.nonTakeUp = value;
    } else if (kind == "status") {
        f.status = parseStatus(value);
        if (!f.status) {
            return std::nullopt;
        }
    } else if (kind == "month") {
        const auto first = Date::fromIso(value + "-01");
        if (!first) {
            return std::nullopt;
        }
        const Date last(first->year(), first->month(), Date::daysInMonth(first->year(), first->month()));
        f.period = Period{std::max(first.value(), period.first), std::min(last, period.last)};
    } else {
        return std::nullopt;
    }
    return f;
}

} // namespace vigie::app
