#include "site_statistics.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "annual_report.h"
#include "output_guard.h"
#include "platform/i18n.h"
#include "sites.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// Works on each site in turn and comes back to the store's own site, whatever happens.
class SiteTour {
public:
    explicit SiteTour(storage::SiteDirectory& sites) : sites_(sites), home_(sites.current()) {}
    ~SiteTour() {
        try {
            sites_.use(home_);
        } catch (...) {
            // The connection is gone; the next command reconnects and chooses again.
        }
    }
    void visit(const std::string& code) { sites_.use(code); }

private:
    storage::SiteDirectory& sites_;
    std::string home_;
};

void append(PeriodFacts& all, PeriodFacts&& site) {
    std::move(site.reports.begin(), site.reports.end(), std::back_inserter(all.reports));
    std::move(site.decisions.begin(), site.decisions.end(), std::back_inserter(all.decisions));
    std::move(site.solicitations.begin(), site.solicitations.end(),
              std::back_inserter(all.solicitations));
    std::move(site.sessions.begin(), site.sessions.end(), std::back_inserter(all.sessions));
    std::move(site.aids.begin(), site.aids.end(), std::back_inserter(all.aids));
    std::move(site.meetings.begin(), site.meetings.end(), std::back_inserter(all.meetings));
    all.meetingsHeld += site.meetingsHeld;
}

// The rights and institutions of every site: the département's shared ones and each
// site's additions, once per code.
void merge(StatisticsReference& all, StatisticsReference&& site) {
    if (all.families.empty()) {
        all.families = std::move(site.families);
    }
    for (auto& r : site.rights) {
        if (std::none_of(all.rights.begin(), all.rights.end(),
                         [&](const Right& known) { return known.code == r.code; })) {
            all.rights.push_back(std::move(r));
        }
    }
    for (auto& i : site.institutions) {
        if (std::none_of(all.institutions.begin(), all.institutions.end(),
                         [&](const Institution& known) { return known.code == i.code; })) {
            all.institutions.push_back(std::move(i));
        }
    }
}

void add(EnteredFigures& sum, const EnteredFigures& site) {
    sum.meetings += site.meetings;
    sum.reports += site.reports;
    for (const auto& [category, n] : site.categories) {
        sum.categories[category] += n;
    }
    for (const auto& [family, n] : site.rightFamilies) {
        sum.rightFamilies[family] += n;
    }
    for (const auto& row : site.solicitations) {
        auto same = std::find_if(sum.solicitations.begin(), sum.solicitations.end(),
                                 [&](const auto& r) { return r.addressees == row.addressees; });
        if (same == sum.solicitations.end()) {
            sum.solicitations.push_back(row);
        } else {
            same->count += row.count;
            same->answered += row.answered;
            same->subjects.insert(same->subjects.end(), row.subjects.begin(), row.subjects.end());
        }
    }
}

struct Gathered {
    PeriodFacts facts;
    std::optional<EnteredFigures> entered; // the sites' typed-in figures of that year, added
};

// One period on every site: the facts together, and each site's own figures.
Gathered gather(storage::Store& store, SiteTour& tour, const std::vector<storage::Site>& sites,
                const Period& period, StatisticsReference& reference,
                std::vector<SiteFigures>* bySite) {
    Gathered all;
    all.facts.period = period;
    for (const auto& site : sites) {
        tour.visit(site.code);
        auto siteReference = referenceOf(store);
        auto facts = countedFacts(store, period);
        PeriodFigures own = computeFigures(facts, siteReference);
        if (!own.hasData() && isCalendarYear(period)) {
            if (auto entered = store.enteredFigures().find(period.first.year())) {
                own = figuresFromEntered(*entered, siteReference.families);
                if (!all.entered) {
                    all.entered = EnteredFigures{};
                    all.entered->year = entered->year;
                }
                add(*all.entered, *entered);
            }
        }
        if (bySite) {
            bySite->push_back({site.code, site.name, std::move(own)});
        }
        append(all.facts, std::move(facts));
        merge(reference, std::move(siteReference));
    }
    return all;
}

PeriodFigures together(Gathered&& gathered, const StatisticsReference& reference) {
    PeriodFigures counted = computeFigures(gathered.facts, reference);
    if (!counted.hasData() && gathered.entered) {
        return figuresFromEntered(*gathered.entered, reference.families);
    }
    return counted;
}

} // namespace

AllSitesStatistics allSitesStatistics(storage::Store& store, const Period& period) {
    auto* directory = store.sites();
    if (!directory) {
        throw SiteRefused(tr("This database is a file of one CCAS: it has no sites to "
                                    "count together. --all-sites is for a shared database on "
                                    "a server."));
    }
    const auto sites = directory->list();
    AllSitesStatistics stats;
    stats.together.period = period;
    const auto snapshot = store.readSnapshot();
    SiteTour tour(*directory);
    StatisticsReference reference;
    auto current = gather(store, tour, sites, period, reference, &stats.bySite);
    stats.together.current = together(std::move(current), reference);
    if (period.first.year() > 1) {
        auto earlier = gather(store, tour, sites, previousYear(period), reference, nullptr);
        PeriodFigures previous = together(std::move(earlier), reference);
        if (previous.hasData()) {
            stats.together.previous = std::move(previous);
        }
    }
    return stats;
}

namespace {

reports::StatValue count(long long n) {
    return {reports::StatValue::Kind::Count, static_cast<double>(n), frenchNumber(n)};
}

reports::StatTable sitesTable(const AllSitesStatistics& stats) {
    reports::StatTable t;
    t.id = "sites";
    t.title = tr("By site");
    t.sheet = tr("By site");
    t.columns = {tr("Site"), tr("Reports"), tr("Meetings")};
    for (auto c : kAllCategories) {
        t.columns.push_back(std::string(label(c)));
    }
    t.widths = {0.34f, 0.11f, 0.11f, 0.15f, 0.15f, 0.14f};
    for (const auto& site : stats.bySite) {
        reports::StatRow row;
        row.label = site.name.empty() ? site.site : site.name;
        row.values = {count(site.figures.reports), count(site.figures.meetings)};
        for (auto c : kAllCategories) {
            row.values.push_back(count(site.figures.category(c).count));
        }
        t.rows.push_back(std::move(row));
    }
    t.note = tr("Each site's reports of the period; a report may fall into several categories.");
    return t;
}

} // namespace

reports::AnnualReportData allSitesDocument(storage::Store& store, const Period& period) {
    const auto stats = allSitesStatistics(store, period);
    auto d = statisticsDocument(store, stats.together, false);
    d.title = stats.together.calendarYear()
                  ? fmt::format(fmt::runtime(tr("Report of every watch group {}")),
                                stats.together.year())
                  : tr("Report of every watch group");
    d.introduction.clear(); // a site's own words
    // The summary speaks of one watch group; the table by site says each one's part.
    d.summary = {fmt::format(
        fmt::runtime(trn("The {} site of the shared database counted together; its own "
                         "figures are in the table « By site ».",
                         "The {} sites of the shared database counted together; each one's "
                         "own figures are in the table « By site ».",
                         static_cast<unsigned long>(stats.bySite.size()))),
        stats.bySite.size())};
    for (auto& table : d.tables) {
        for (auto& row : table.rows) {
            row.link.clear(); // the reports behind a figure are each site's
        }
    }
    // After the key figures: the first table.
    d.tables.insert(d.tables.begin() + std::min<std::size_t>(1, d.tables.size()), sitesTable(stats));
    return d;
}

int writeAllSitesReport(storage::Store& store, const Period& period,
                        const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    return reports::writeAnnualReport(allSitesDocument(store, period), file);
}

void writeAllSitesWorkbook(storage::Store& store, const Period& period,
                           const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    reports::writeWorkbook(allSitesDocument(store, period), file);
}

std::string allSitesJson(const AllSitesStatistics& stats) {
    Json j = Json::parse(statisticsJson(stats.together));
    Json bySite = Json::array();
    for (const auto& site : stats.bySite) {
        Json categories = Json::object();
        for (auto c : kAllCategories) {
            const auto& share = site.figures.category(c);
            categories[jsonKey(c)] = {
                {"count", share.count},
                {"percent", share.percent ? Json(share.percent->value()) : Json(nullptr)}};
        }
        bySite.push_back({{"site", site.site},
                          {"name", site.name},
                          {"reports", site.figures.reports},
                          {"meetings", site.figures.meetings},
                          {"categories", categories}});
    }
    j["by_site"] = bySite;
    return j.dump(2, ' ', false, Json::error_handler_t::replace);
}

} // namespace vigie::app
