// The figures of a period beside those of the same period a year earlier, as `stats`, the
// Statistics section and the annual report show them; and the figures typed in for the
// years before Vigie.
#pragma once

#include <optional>
#include <string>

#include "actor.h"
#include "domain/faq.h"
#include "domain/observatory.h"
#include "domain/statistics.h"
#include "store_ref.h"

namespace vigie::app {

struct Statistics {
    Period period;
    PeriodFigures current;
    std::optional<PeriodFigures> previous; // none when that period has no data at all
    // What keeps coming back in the period, beside the same period a year earlier.
    std::vector<RecurringProblem> recurring;
    // The FAQ as it stands today, whatever the period: the published answers due for
    // review (FORMATS.md, `faq.to_review`) and how many answers are published.
    std::vector<FaqEntry> faqToReview;
    long long faqPublished = 0;

    bool calendarYear() const;
    int year() const { return period.first.year(); }
};

// A calendar year before Vigie with no counted data uses its entered figures, if any.
Statistics periodStatistics(storage::Store& store, const Period& period);
Statistics yearStatistics(storage::Store& store, int year);

// The period to count for a year, quarter or month chosen on `today`: its elapsed part,
// except a calendar year whose year before was typed in (the first year with Vigie),
// kept whole because typed-in figures are a whole year's and the comparison needs them.
Period periodToCount(storage::Store& store, const Period& chosen, const Date& today);

// What the figures are computed from: the period's reports, decisions, solicitations and
// meetings held, as Vigie counts them (figures typed in for earlier years aside), and the
// reference they are labelled with.
PeriodFacts countedFacts(storage::Store& store, const Period& period);
StatisticsReference referenceOf(storage::Store& store);

// `stats --json` (FORMATS.md): one object, `previous` the same object or null.
std::string statisticsJson(const Statistics& stats);

// True when Vigie holds reports, meetings held or solicitations sent that year.
bool hasCountedData(storage::Store& store, int year);
// Years with reports counted by Vigie or figures typed in, ascending.
std::vector<int> yearsWithFigures(storage::Store& store);

class EnteredFiguresService {
public:
    EnteredFiguresService(storage::Store& store, Actor actor)
        : store_(store), actor_(std::move(actor)) {}
    // Refused (std::runtime_error, in French) when the figures do not add up, or when
    // Vigie already counts data for that year: entered and counted never mix.
    void save(EnteredFigures figures);
    void remove(int year);
    std::optional<EnteredFigures> find(int year);
    // Years with figures typed in, ascending.
    std::vector<int> years();

private:
    storage::Store& store_;
    Actor actor_;
};

} // namespace vigie::app
