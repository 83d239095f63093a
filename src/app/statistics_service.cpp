#include "statistics_service.h"

#include <nlohmann/json.hpp>

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

PeriodFigures figuresOf(storage::Store& store, int year, const std::vector<RightFamily>& families) {
    const Period period = Period::year(year);
    return computeFigures(period, store.reports().facts(period), families,
                          store.meetings().countHeld(period, Date::today()));
}

Json share(const Share& s) {
    Json j;
    j["count"] = s.count;
    j["percent"] = s.percent ? Json(s.percent->value()) : Json(nullptr);
    return j;
}

const char* categoryKey(Category c) {
    switch (c) {
    case Category::NonAccess:
        return "non_access";
    case Category::Delay:
        return "delay";
    case Category::Precarity:
        return "precarity";
    }
    return "";
}

Json figuresJson(int year, const PeriodFigures& f) {
    Json j;
    j["year"] = year;
    j["meetings"] = f.meetings;
    j["reports"] = f.reports;
    Json categories = Json::object();
    for (auto c : kAllCategories) {
        categories[categoryKey(c)] = share(f.categories.at(c));
    }
    j["categories"] = categories;
    Json families = Json::object();
    for (const auto& [family, s] : f.rightFamilies) {
        families[family.code] = share(s);
    }
    j["right_families"] = families;
    Json solicitations;
    solicitations["total"] = 0;
    solicitations["answered"] = 0;
    solicitations["by_addressees"] = Json::array();
    solicitations["by_institution"] = Json::array();
    j["solicitations"] = solicitations;
    return j;
}

} // namespace

YearStatistics yearStatistics(storage::Store& store, int year) {
    const auto families = store.reference().rightFamilies();
    YearStatistics stats;
    stats.year = year;
    stats.current = figuresOf(store, year, families);
    if (year > 1) {
        PeriodFigures previous = figuresOf(store, year - 1, families);
        if (previous.hasData()) {
            stats.previous = std::move(previous);
        }
    }
    return stats;
}

std::string statisticsJson(const YearStatistics& stats) {
    Json j = figuresJson(stats.year, stats.current);
    j["previous"] = stats.previous ? figuresJson(stats.year - 1, *stats.previous) : Json(nullptr);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

} // namespace vigie::app
