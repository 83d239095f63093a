#include "site_statistics.h"

#include <algorithm>
#include <stdexcept>

#include <nlohmann/json.hpp>

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
