// Realistic synthetic data for trying Vigie and for measuring it: anonymised French
// situations, the category mix of the Bourg-en-Bresse table, several years of dates.
#pragma once

#include <cstdint>
#include <vector>

#include "actor.h"
#include "domain/date.h"
#include "domain/report.h"
#include "store_ref.h"

namespace vigie::app {

struct DemoOptions {
    int reports = 150;
    std::uint64_t seed = 1;
    Date today = Date::today(); // reports span `years` years, this one the last
    int years = 3;
};

// The same options always give the same reports (on every platform).
std::vector<DifficultyReport> generateDemoReports(const DemoOptions& options);

// A year of outreach per year of reports: a caravan's weekly half-days rotating between
// three districts, a mobile team at the employment agency every other week, a monthly
// permanence; fewer people in summer, none in August nor at Christmas; three in four
// people unknown to the CCAS, as the seeds report; some sessions linked to the reports
// received in the days after them. Inside the caller's unit of work.
void addDemoOutreach(storage::Store& store, const Actor& actor, const DemoOptions& options,
                     const std::vector<DifficultyReport>& reports);

// Emergency aid consistent with the reports: about two reports in five naming a type of
// non-take-up needed aid in the weeks after it (linked, with its right, institution and
// type; the kind of aid follows the right's family), and ordinary aid naming no right
// about three times a month. Inside the caller's unit of work.
void addDemoAids(storage::Store& store, const Actor& actor, const DemoOptions& options,
                 const std::vector<DifficultyReport>& reports);

// A handful of FAQ answers on the demo's rights, each linked to a report naming its right:
// most published and checked in the last months, one published but last checked more than
// a year ago (due for review), one still a draft. Inside the caller's unit of work.
void addDemoFaq(storage::Store& store, const Actor& actor, const DemoOptions& options,
                const std::vector<DifficultyReport>& reports);

// Fills an empty database; refuses one that already holds reports (a real group's data
// must never be mixed with invented ones). Returns the number of reports created.
int fillWithDemoData(storage::Store& store, const Actor& actor, const DemoOptions& options);

} // namespace vigie::app
