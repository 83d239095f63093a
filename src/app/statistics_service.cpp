#include "statistics_service.h"

#include <nlohmann/json.hpp>

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

PeriodFigures figuresOf(storage::Store& store, int year, const std::vector<RightFamily>& families) {
    const Period period = Period::year(year);
    PeriodFigures f = computeFigures(period, store.reports().facts(period), families,
                                     store.meetings().countHeld(period, Date::today()));
    storage::SolicitationFilter sent;
    sent.period = period;
    f.solicitations = computeSolicitationFigures(store.solicitations().list(sent), period);
    return f;
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
    const auto& sf = f.solicitations;
    Json solicitations;
    solicitations["total"] = sf.total;
    solicitations["answered"] = sf.answered;
    Json sets = Json::array();
    for (const auto& row : sf.byAddressees) {
        Json r;
        r["addressees"] = row.addressees;
        r["label"] = row.label;
        r["count"] = row.count;
        r["answered"] = row.answered;
        r["answered_by"] = row.answeredBy;
        r["subjects"] = row.subjects;
        sets.push_back(r);
    }
    solicitations["by_addressees"] = sets;
    Json institutions = Json::array();
    for (const auto& row : sf.byInstitution) {
        Json r;
        r["institution"] = row.institution;
        r["count"] = row.count;
        r["answered"] = row.answered;
        r["alone"] = row.alone;
        r["jointly"] = row.jointly;
        r["answer_rate"] = row.answerRate ? Json(row.answerRate->value()) : Json(nullptr);
        r["median_delay_days"] = row.medianDelayDays ? Json(*row.medianDelayDays) : Json(nullptr);
        institutions.push_back(r);
    }
    solicitations["by_institution"] = institutions;
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
