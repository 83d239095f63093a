#include "statistics_service.h"

#include <set>

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "platform/i18n.h"
#include "domain/text.h"
#include "faq_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// Counted data when there is some; for a whole year without any, the entered figures.
PeriodFigures figuresOf(storage::Store& store, const PeriodFacts& facts,
                        const StatisticsReference& reference) {
    PeriodFigures counted = computeFigures(facts, reference);
    if (!counted.hasData() && isCalendarYear(facts.period)) {
        if (auto entered = store.enteredFigures().find(facts.period.first.year())) {
            return figuresFromEntered(*entered, reference.families);
        }
    }
    return counted;
}

Json share(const Share& s) {
    Json j;
    j["count"] = s.count;
    j["percent"] = s.percent ? Json(s.percent->value()) : Json(nullptr);
    return j;
}

Json named(const std::vector<NamedShare>& rows, const char* key) {
    Json out = Json::array();
    for (const auto& r : rows) {
        Json j;
        j[key] = r.key;
        j["count"] = r.share.count;
        j["percent"] = r.share.percent ? Json(r.share.percent->value()) : Json(nullptr);
        out.push_back(j);
    }
    return out;
}

Json solicitationsJson(const SolicitationFigures& sf) {
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
        r["waiting"] = row.waiting;
        r["answer_rate"] = row.answerRate ? Json(row.answerRate->value()) : Json(nullptr);
        r["median_delay_days"] = row.medianDelayDays ? Json(*row.medianDelayDays) : Json(nullptr);
        r["subjects"] = row.subjects; // one per solicitation naming the body, in order sent
        institutions.push_back(r);
    }
    solicitations["by_institution"] = institutions;
    return solicitations;
}

Json rowsJson(const std::vector<OutreachRow>& rows, const char* key, bool withNew) {
    Json out = Json::array();
    for (const auto& r : rows) {
        Json j;
        j[key] = r.key;
        j["sessions"] = r.sessions;
        j["people"] = r.people;
        if (withNew) {
            j["new_people"] = r.newPeople;
            j["rights_appointments"] = r.rightsAppointments;
        }
        out.push_back(j);
    }
    return out;
}

// FORMATS.md, "Outreach sessions"; `by_partner` and `monthly` added.
Json outreachJson(const OutreachFigures& o) {
    auto shareOf = [](long long count, const std::optional<Percent>& p) {
        return Json{{"count", count}, {"percent", p ? Json(p->value()) : Json(nullptr)}};
    };
    Json j;
    j["sessions"] = o.sessions;
    j["people"] = o.people;
    j["new_people"] = shareOf(o.newPeople, o.newPeopleShare);
    j["informed"] = shareOf(o.informed, o.informedShare);
    j["people_per_session"] = o.peoplePerSession ? Json(*o.peoplePerSession) : Json(nullptr);
    j["hours"] = o.hours;
    j["rights_appointments"] = o.rightsAppointments;
    j["applications"] = o.applications;
    j["referrals"] = o.referrals;
    j["reminders"] = o.reminders;
    j["reports_raised"] = o.reportsRaised;
    j["by_scheme"] = rowsJson(o.byScheme, "scheme", true);
    j["by_district"] = rowsJson(o.byDistrict, "district", false);
    j["by_partner"] = rowsJson(o.byPartner, "partner", false);
    Json themes = Json::object();
    for (const auto& t : o.themes) {
        themes[t.family] = shareOf(t.sessions, t.percent);
    }
    j["themes"] = themes;
    Json monthly = Json::array();
    for (const auto& m : o.monthly) {
        monthly.push_back({{"month", fmt::format("{:04}-{:02}", m.year, m.month)},
                           {"sessions", m.sessions},
                           {"people", m.people}});
    }
    j["monthly"] = monthly;
    return j;
}

// Euros with two decimals, from exact cents.
Json euros(long long cents) {
    return Json(static_cast<double>(cents) / 100.0);
}

Json amountJson(const AidAmount& a) {
    return {{"count", a.count}, {"amount", euros(a.cents)}};
}

Json aidRowsJson(const std::vector<AidRow>& rows, const char* key) {
    Json out = Json::array();
    for (const auto& r : rows) {
        out.push_back({{key, r.key}, {"count", r.count}, {"amount", euros(r.cents)}});
    }
    return out;
}

// FORMATS.md, "Emergency aid".
Json aidJson(const AidFigures& a) {
    Json j;
    j["aids"] = a.aids;
    j["total"] = euros(a.totalCents);
    j["linked"] = {{"count", a.linked.count},
                   {"amount", euros(a.linked.cents)},
                   {"percent", a.linkedShare ? Json(a.linkedShare->value()) : Json(nullptr)}};
    j["by_right"] = aidRowsJson(a.byRight, "right");
    j["by_institution"] = aidRowsJson(a.byInstitution, "institution");
    Json types = Json::object();
    for (const auto& [type, amount] : a.byType) {
        types[std::string(code(type))] = amountJson(amount);
    }
    j["by_type"] = types;
    Json kinds = Json::object();
    for (const auto& [kind, amount] : a.byKind) {
        kinds[std::string(code(kind))] = amountJson(amount);
    }
    j["by_nature"] = kinds;
    return j;
}

// The partners at the meetings held (issue 18): one row per body, most present first.
Json attendanceJson(const std::vector<BodyAttendance>& rows) {
    Json list = Json::array();
    for (const auto& b : rows) {
        list.push_back({{"institution", b.institution},
                        {"held", b.held},
                        {"attended", b.attended},
                        {"excused", b.excused},
                        {"absent", b.absent},
                        {"percent", b.rate ? Json(b.rate->value()) : Json(nullptr)}});
    }
    return list;
}

Json figuresJson(const PeriodFigures& f) {
    Json j;
    j["year"] = f.period.first.year();
    j["period"] = {{"from", f.period.first.iso()}, {"to", f.period.last.iso()}};
    j["entered"] = f.entered;
    j["meetings"] = f.meetings;
    j["reports"] = f.reports;
    Json categories = Json::object();
    for (auto c : kAllCategories) {
        categories[jsonKey(c)] = share(f.category(c));
    }
    j["categories"] = categories;
    Json families = Json::object();
    for (const auto& [family, s] : f.rightFamilies) {
        families[family.code] = share(s);
    }
    j["right_families"] = families;
    j["rights"] = named(f.rights, "right");
    Json nonTakeUp = Json::object();
    for (const auto& [type, s] : f.nonTakeUp) {
        nonTakeUp[std::string(code(type))] = share(s);
    }
    nonTakeUp["not_said"] = share(f.nonTakeUpNotSaid);
    j["non_take_up"] = nonTakeUp;
    j["sources"] = named(f.sources, "source");
    j["institutions"] = named(f.institutions, "institution");
    Json followUps = Json::object();
    for (const auto& [kind, n] : f.followUps) {
        followUps[std::string(code(kind))] = n;
    }
    j["follow_ups"] = followUps;
    j["reports_with_follow_up"] = f.reportsWithFollowUp;
    const auto& o = f.outcomes;
    j["outcomes"] = {{"resolved", share(o.resolved)},
                     {"unresolved", share(o.unresolved)},
                     {"referred_national", share(o.referredNational)},
                     {"open", share(o.open)},
                     {"median_days_to_resolution",
                      o.medianDaysToResolution ? Json(*o.medianDaysToResolution) : Json(nullptr)}};
    Json monthly = Json::array();
    for (const auto& m : f.monthly) {
        monthly.push_back(
            {{"month", fmt::format("{:04}-{:02}", m.year, m.month)}, {"reports", m.reports}});
    }
    j["monthly"] = monthly;
    j["solicitations"] = solicitationsJson(f.solicitations);
    j["outreach"] = outreachJson(f.outreach);
    j["non_take_up_cost"] = aidJson(f.nonTakeUpCost);
    j["attendance"] = attendanceJson(f.attendance);
    return j;
}

Json percentOrNull(const std::optional<Percent>& p) {
    return p ? Json(p->value()) : Json(nullptr);
}

// A share's change: `count` in % of the earlier count, `points` between the percentages.
Json shareChange(const Share& before, const Share& now) {
    return {{"count", percentOrNull(countChange(before.count, now.count))},
            {"points", percentOrNull(pointsChange(before.percent, now.percent))}};
}

// The changes the tables print beside N-1 and N: counts in %, percentages in points;
// null where the earlier figure is zero or unknown (a year typed in knows fewer).
Json changesJson(const PeriodFigures& before, const PeriodFigures& now) {
    Json j;
    j["meetings"] = percentOrNull(countChange(before.meetings, now.meetings));
    j["reports"] = percentOrNull(countChange(before.reports, now.reports));
    Json categories = Json::object();
    for (auto c : kAllCategories) {
        categories[jsonKey(c)] = shareChange(before.category(c), now.category(c));
    }
    j["categories"] = categories;
    Json families = Json::object();
    for (const auto& [family, share] : now.rightFamilies) {
        Share earlier;
        for (const auto& [f, s] : before.rightFamilies) {
            if (f.code == family.code) {
                earlier = s;
            }
        }
        families[family.code] = shareChange(earlier, share);
    }
    j["right_families"] = families;
    j["solicitations"] = {
        {"total", percentOrNull(countChange(before.solicitations.total, now.solicitations.total))},
        {"answered",
         percentOrNull(countChange(before.solicitations.answered, now.solicitations.answered))}};
    return j;
}

std::string figuresText(const EnteredFigures& e) {
    Json j;
    j["meetings"] = e.meetings;
    j["reports"] = e.reports;
    for (const auto& [c, n] : e.categories) {
        j["categories"][jsonKey(c)] = n;
    }
    for (const auto& [family, n] : e.rightFamilies) {
        j["right_families"][family] = n;
    }
    for (const auto& s : e.solicitations) {
        j["solicitations"].push_back(
            {{"addressees", s.addressees}, {"count", s.count}, {"answered", s.answered}});
    }
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

} // namespace

StatisticsReference referenceOf(storage::Store& store) {
    return {store.reference().rightFamilies(), store.reference().rights(),
            store.reference().institutions()};
}

PeriodFacts countedFacts(storage::Store& store, const Period& period) {
    PeriodFacts facts;
    facts.period = period;
    facts.reports = store.reports().facts(period);
    facts.decisions = store.meetings().decisionFacts(period);
    SolicitationFilter sent;
    sent.period = period;
    facts.solicitations = store.solicitations().list(sent);
    const Date today = Date::today();
    facts.meetingsHeld = store.meetings().countHeld(period, today);
    for (auto& m : store.meetings().list(period)) {
        if (m.held(today)) {
            facts.meetings.push_back(std::move(m));
        }
    }
    SessionFilter held;
    held.period = period;
    facts.sessions = store.outreach().list(held);
    facts.aids = store.aids().list(period);
    return facts;
}

bool Statistics::calendarYear() const {
    return isCalendarYear(period);
}

Statistics periodStatistics(storage::Store& store, const Period& period) {
    const auto reference = referenceOf(store);
    Statistics stats;
    stats.period = period;
    const PeriodFacts now = countedFacts(store, period);
    stats.current = figuresOf(store, now, reference);
    PeriodFacts before;
    if (period.first.year() > 1) {
        before = countedFacts(store, previousYear(period));
        PeriodFigures previous = figuresOf(store, before, reference);
        if (previous.hasData()) {
            stats.previous = std::move(previous);
        }
    }
    stats.recurring = recurringProblems(now.reports, before.reports);
    const auto faq = faqReview(store, Date::today());
    stats.faqToReview = faq.toReview;
    stats.faqPublished = faq.published;
    return stats;
}

Statistics yearStatistics(storage::Store& store, int year) {
    return periodStatistics(store, Period::year(year));
}

// FORMATS.md, "Recurring problems".
Json recurringJson(const std::vector<RecurringProblem>& problems) {
    Json out = Json::array();
    for (const auto& p : problems) {
        std::vector<std::string> references;
        for (const auto& r : p.references) {
            references.push_back(r.text());
        }
        out.push_back({{"institution", p.institution},
                       {"right", p.right},
                       {"category", std::string(jsonKey(p.category))},
                       {"count", p.count},
                       {"previous_count", p.previousCount},
                       {"first", p.first.iso()},
                       {"last", p.last.iso()},
                       {"references", references}});
    }
    return out;
}

// FORMATS.md, "FAQ".
Json faqJson(const Statistics& stats) {
    Json toReview = Json::array();
    for (const auto& e : stats.faqToReview) {
        toReview.push_back({{"id", e.id},
                            {"question", e.question},
                            {"date_revision", e.checkedOn ? Json(e.checkedOn->iso()) : Json(nullptr)}});
    }
    return {{"to_review", toReview}, {"published", stats.faqPublished}};
}

std::string statisticsJson(const Statistics& stats) {
    Json j = figuresJson(stats.current);
    j["recurring"] = recurringJson(stats.recurring);
    j["faq"] = faqJson(stats);
    j["changes"] = stats.previous ? changesJson(*stats.previous, stats.current) : Json(nullptr);
    j["previous"] = stats.previous ? figuresJson(*stats.previous) : Json(nullptr);
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace);
}

Period periodToCount(storage::Store& store, const Period& chosen, const Date& today) {
    if (isCalendarYear(chosen)) {
        const auto entered = store.enteredFigures().years();
        if (std::find(entered.begin(), entered.end(), chosen.first.year() - 1) != entered.end()) {
            return chosen;
        }
    }
    return elapsedPart(chosen, today);
}

bool hasCountedData(storage::Store& store, int year) {
    return computeFigures(countedFacts(store, Period::year(year)), referenceOf(store)).hasData();
}

void EnteredFiguresService::save(EnteredFigures figures) {
    if (figures.year < 1 || figures.year > 9999) {
        throw std::runtime_error(tr("The year is not valid."));
    }
    if (const auto problems = problemsOf(figures); !problems.empty()) {
        throw std::runtime_error(fmt::format(fmt::runtime(tr("The figures do not add up: {}.")),
                                             text::join(problems, " ; ")));
    }
    if (hasCountedData(store_, figures.year)) {
        throw std::runtime_error(fmt::format(
            fmt::runtime(tr("Vigie already counts reports, meetings or solicitations for {}: "
                            "figures typed in are only for the years before Vigie.")),
            figures.year));
    }
    figures.enteredAt = actor_.now();
    figures.enteredBy = actor_.user;
    auto work = store_.begin();
    const auto before = store_.enteredFigures().find(figures.year);
    store_.enteredFigures().save(figures);
    store_.audit().record({0, actor_.now(), actor_.user, "entered_figures", figures.year,
                           before ? "update" : "create", before ? figuresText(*before) : "",
                           figuresText(figures), ""});
    work->commit();
}

void EnteredFiguresService::remove(int year) {
    auto work = store_.begin();
    const auto before = store_.enteredFigures().find(year);
    if (!before) {
        return;
    }
    store_.enteredFigures().remove(year);
    store_.audit().record({0, actor_.now(), actor_.user, "entered_figures", year, "delete",
                           figuresText(*before), "", ""});
    work->commit();
}

std::optional<EnteredFigures> EnteredFiguresService::find(int year) {
    return store_.enteredFigures().find(year);
}

std::vector<int> EnteredFiguresService::years() {
    return store_.enteredFigures().years();
}

std::vector<int> yearsWithFigures(storage::Store& store) {
    std::set<int> years;
    for (int y : store.reports().years()) {
        years.insert(y);
    }
    for (int y : store.enteredFigures().years()) {
        years.insert(y);
    }
    return {years.begin(), years.end()};
}

} // namespace vigie::app
