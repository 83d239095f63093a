#include "outreach_report.h"

#include <algorithm>
#include <map>

#include <fmt/format.h>

#include "annual_report.h"
#include "documents.h"
#include "domain/text.h"
#include "output_guard.h"
#include "platform/i18n.h"
#include "stat_values.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using reports::StatRow;
using reports::StatTable;
using namespace cells;

// "T-1 (01/10/2024 – 31/12/2024)" headers are too wide for a column: the dates go under
// the table, the columns say what they are.
std::vector<std::string> keyColumns() {
    return {tr("Figure"), tr("Period before"), tr("A year earlier"), tr("This period"),
            tr("Change over a year")};
}

StatRow countLine(const std::string& label, long long before, long long yearEarlier,
                  long long now) {
    return {label,
            {count(before), count(yearEarlier), count(now), countChangeValue(yearEarlier, now)},
            ""};
}

StatRow shareLine(const std::string& label, const std::optional<Percent>& before,
                  const std::optional<Percent>& yearEarlier, const std::optional<Percent>& now) {
    return {label, {percent(before), percent(yearEarlier), percent(now), pointsValue(yearEarlier, now)}, ""};
}

StatValue decimal(const std::optional<double>& v) {
    return v ? StatValue{Kind::Days, *v, frenchDecimal(*v, 2)} : dash();
}

StatTable keyFigures(const OutreachComparison& c) {
    const auto &b = c.before, &y = c.yearEarlier, &n = c.current;
    StatTable t{"outreach", tr("Outreach: key figures"), tr("Outreach"), keyColumns(),
                {0.36f, 0.16f, 0.16f, 0.16f, 0.16f}, {}, {}};
    t.rows.push_back(countLine(tr("Sessions"), b.sessions, y.sessions, n.sessions));
    t.rows.push_back(countLine(tr("People met"), b.people, y.people, n.people));
    t.rows.push_back(countLine(tr("New people (unknown to the CCAS)"), b.newPeople, y.newPeople,
                               n.newPeople));
    t.rows.push_back(shareLine(tr("Share of new people"), b.newPeopleShare, y.newPeopleShare,
                               n.newPeopleShare));
    t.rows.push_back(countLine(tr("People informed of a precise right"), b.informed, y.informed,
                               n.informed));
    t.rows.push_back(shareLine(tr("Share of people informed"), b.informedShare, y.informedShare,
                               n.informedShare));
    t.rows.push_back({tr("People per session"),
                      {decimal(b.peoplePerSession), decimal(y.peoplePerSession),
                       decimal(n.peoplePerSession), dash()},
                      ""});
    t.rows.push_back({tr("Hours on the ground"),
                      {decimal(b.hours), decimal(y.hours), decimal(n.hours), dash()}, ""});
    t.rows.push_back(countLine(tr("Rights appointments"), b.rightsAppointments,
                               y.rightsAppointments, n.rightsAppointments));
    t.rows.push_back(countLine(tr("Applications filed on the spot"), b.applications,
                               y.applications, n.applications));
    t.rows.push_back(countLine(tr("People referred"), b.referrals, y.referrals, n.referrals));
    t.rows.push_back(countLine(tr("Reminder letters"), b.reminders, y.reminders, n.reminders));
    t.rows.push_back(countLine(tr("Difficulty reports raised"), b.reportsRaised, y.reportsRaised,
                               n.reportsRaised));
    t.note = fmt::format(fmt::runtime(tr("This period: {} to {}. Period before: {} to {}. A year "
                                         "earlier: {} to {}.")),
                         n.period.first.french(), n.period.last.french(),
                         b.period.first.french(), b.period.last.french(),
                         y.period.first.french(), y.period.last.french());
    return t;
}

// Per scheme, district or partner, this period only.
StatTable breakdown(const std::string& id, const std::string& title, const std::string& sheet,
                    const std::string& what, const std::vector<OutreachRow>& rows,
                    const std::function<std::string(const std::string&)>& label) {
    StatTable t{id, title, sheet,
                {what, tr("Sessions"), tr("People met"), tr("New people"),
                 tr("Rights appointments")},
                {0.40f, 0.15f, 0.15f, 0.15f, 0.15f}, {}, {}};
    for (const auto& r : rows) {
        t.rows.push_back({label(r.key),
                          {count(r.sessions), count(r.people), count(r.newPeople),
                           count(r.rightsAppointments)},
                          ""});
    }
    return t;
}

std::map<std::string, std::string> schemeLabels(storage::Store& store) {
    std::map<std::string, std::string> labels;
    for (const auto& s : store.outreach().schemes()) {
        labels[codeKey(s.code)] = s.label;
    }
    return labels;
}

std::string labelOf(const std::map<std::string, std::string>& labels, const std::string& code) {
    auto it = labels.find(codeKey(code));
    return it == labels.end() ? code : it->second;
}

} // namespace

std::vector<StatTable> outreachTables(storage::Store& store, const OutreachComparison& c) {
    std::vector<StatTable> tables{keyFigures(c)};
    const auto schemes = schemeLabels(store);
    std::map<std::string, std::string> partners, families;
    for (const auto& i : store.reference().institutions()) {
        partners[codeKey(i.code)] = institutionLabel(i.code, i.name);
    }
    for (const auto& f : store.reference().rightFamilies()) {
        families[f.code] = f.label;
    }
    const auto& n = c.current;
    tables.push_back(breakdown("outreach_schemes", tr("Outreach by scheme"), tr("Schemes"),
                               tr("Scheme"), n.byScheme,
                               [&](const std::string& k) { return labelOf(schemes, k); }));
    tables.push_back(breakdown("outreach_districts", tr("Outreach by district"), tr("Districts"),
                               tr("District"), n.byDistrict, [](const std::string& k) {
                                   return k.empty() ? std::string(tr("(not said)")) : k;
                               }));
    tables.push_back(breakdown("outreach_partners", tr("Outreach by partner"), tr("Partners"),
                               tr("Partner"), n.byPartner,
                               [&](const std::string& k) { return labelOf(partners, k); }));
    StatTable themes{"outreach_themes", tr("Themes of the questions raised"), tr("Themes"),
                     {tr("Family of rights"), tr("Sessions"), "%"}, {0.60f, 0.20f, 0.20f}, {}, {}};
    for (const auto& t : n.themes) {
        if (t.sessions > 0) {
            themes.rows.push_back({families[t.family], {count(t.sessions), percent(t.percent)}, ""});
        }
    }
    themes.note = tr("A session counts once for each family its questions concerned; the "
                     "percentages are of the sessions.");
    tables.push_back(std::move(themes));
    return tables;
}

reports::AnnualReportData outreachDocument(storage::Store& store, const Period& period,
                                           const std::string& scheme) {
    const auto comparison = outreachComparison(store, period, scheme);
    reports::AnnualReportData d;
    d.heading = documentHeading(store);
    d.title = scheme.empty() ? std::string(tr("Outreach: report to the partners"))
                             : fmt::format(fmt::runtime(tr("Outreach: {}")),
                                           labelOf(schemeLabels(store), scheme));
    d.subtitle = fmt::format(fmt::runtime(tr("From {} to {}, beside the period before and the "
                                             "same period a year earlier")),
                             period.first.french(), period.last.french());
    const auto& n = comparison.current;
    std::vector<std::string> partners;
    for (const auto& r : n.byPartner) {
        partners.push_back(r.key);
    }
    if (!partners.empty()) {
        d.introduction.push_back(fmt::format(fmt::runtime(tr("With our partners: {}.")),
                                             text::join(partners, ", ")));
    }
    d.summary.push_back(fmt::format(
        fmt::runtime(tr("{} sessions met {} people, {} of them unknown to the CCAS ({}); {} rights "
                        "appointments were held or booked and {} difficulty reports raised.")),
        frenchNumber(n.sessions), frenchNumber(n.people), frenchNumber(n.newPeople),
        frenchPercent(n.newPeopleShare), frenchNumber(n.rightsAppointments),
        frenchNumber(n.reportsRaised)));
    d.tables = outreachTables(store, comparison);

    reports::ChartData chart;
    chart.caption = tr("People met per month");
    for (const auto& m : n.monthly) {
        chart.current.push_back({monthName(m.month), static_cast<double>(m.people)});
    }
    d.charts.push_back(std::move(chart));
    d.chartAfter.push_back("outreach");

    // The sessions' notes, then the difficulties they raised.
    SessionFilter filter;
    filter.period = period;
    filter.scheme = scheme;
    std::vector<ReportId> raised;
    std::vector<std::string> notes;
    for (const auto& s : store.outreach().list(filter)) {
        if (!s.notes.empty()) {
            if (notes.empty()) {
                notes.push_back(tr("What the teams noted:"));
            }
            const std::string where = s.place.empty() ? s.district : s.place;
            notes.push_back(fmt::format("{}{} : {}", s.heldOn.french(),
                                        where.empty() ? "" : " \u2014 " + where, s.notes));
        }
        for (auto id : s.reports) {
            if (std::find(raised.begin(), raised.end(), id) == raised.end()) {
                raised.push_back(id);
            }
        }
    }
    d.summary.insert(d.summary.end(), notes.begin(), notes.end());
    const auto rights = store.reference().rights();
    const auto institutions = store.reference().institutions();
    for (const auto& r : store.reports().load(raised)) {
        d.annex.push_back(reportLine(r, rights, institutions));
    }
    d.withAnnex = !d.annex.empty();
    return d;
}

int writeOutreachReport(storage::Store& store, const Period& period, const std::string& scheme,
                        const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    return reports::writeAnnualReport(outreachDocument(store, period, scheme), file);
}

void writeOutreachWorkbook(storage::Store& store, const Period& period, const std::string& scheme,
                           const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot();
    checkOutputTarget(store, file);
    reports::writeWorkbook(outreachDocument(store, period, scheme), file);
}

} // namespace vigie::app
