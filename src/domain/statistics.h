// Figures of a period computed from plain facts: pure functions, no storage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "evaluation.h"
#include "meeting.h"
#include "aid.h"
#include "outreach.h"
#include "percent.h"
#include "reference_data.h"
#include "report.h"
#include "solicitation.h"

namespace vigie {

// What the statistics need of one report.
struct ReportFacts {
    ReportId id = 0;
    ReportReference reference;
    Date receivedOn;
    CategorySet categories;
    std::vector<std::string> rights;        // codes, as written
    std::vector<std::string> rightFamilies; // distinct family codes of its rights
    std::vector<std::string> institutions;  // codes
    std::string source;
    std::optional<NonTakeUp> nonTakeUp;
    ReportStatus status = ReportStatus::Received;
    std::optional<Date> closedOn;
};

// What the statistics need of one decision: its kind and the day it was taken.
struct DecisionFacts {
    DecisionKind kind = DecisionKind::IndividualAlert;
    Date takenOn; // the meeting's date
    ReportId report = 0;
};

struct Share {
    long long count = 0;
    std::optional<Percent> percent; // over the reports received; none when there are none
};

// One line of a table keyed by a code or a name: a right, a source, an institution.
struct NamedShare {
    std::string key;   // code or name, as the CSV and the filters know it
    std::string label; // what the reader sees
    Share share;
};

// Where the reports of the period ended.
struct Outcomes {
    Share resolved, unresolved, referredNational, open; // open: neither of the three yet
    std::optional<double> medianDaysToResolution;       // from receipt to resolution
};

struct MonthCount {
    int year = 0;
    int month = 0; // 1..12
    long long reports = 0;
};

struct PeriodFigures {
    Period period;
    // Typed in from a report made before Vigie: only the key figures, categories, right
    // families and solicitations per addressee set are known.
    bool entered = false;
    long long meetings = 0;
    long long reports = 0; // received in the period, withdrawn ones excluded
    std::map<Category, Share> categories;
    // Every family given, in their order, even when no report concerns it.
    std::vector<std::pair<RightFamily, Share>> rightFamilies;
    // The rights named at least once, in the order of their family, then most named first.
    std::vector<NamedShare> rights;
    // Every type of non-take-up, then the reports where none was said ("not said").
    std::vector<std::pair<NonTakeUp, Share>> nonTakeUp;
    Share nonTakeUpNotSaid;
    std::vector<NamedShare> sources;      // most reports first
    std::vector<NamedShare> institutions; // most reports first
    // Decisions taken at meetings of the period, every kind listed.
    std::vector<std::pair<DecisionKind, long long>> followUps;
    long long reportsWithFollowUp = 0; // reports of the period with at least one decision
    Outcomes outcomes;
    std::vector<MonthCount> monthly; // every month the period touches, in order
    SolicitationFigures solicitations;
    OutreachFigures outreach; // the sessions held in the period
    AidFigures nonTakeUpCost; // the emergency aid granted in the period
    std::vector<BodyAttendance> attendance; // the partners at the meetings held in it

    bool hasData() const {
        return reports > 0 || meetings > 0 || solicitations.total > 0 || outreach.hasData() ||
               nonTakeUpCost.aids > 0;
    }
    const Share& category(Category c) const;
};

// The labels the tables print, and the order of families and rights.
struct StatisticsReference {
    std::vector<RightFamily> families;
    std::vector<Right> rights;
    std::vector<Institution> institutions;
};

struct PeriodFacts {
    Period period;
    std::vector<ReportFacts> reports; // at least those received in the period
    std::vector<DecisionFacts> decisions;
    std::vector<Solicitation> solicitations;
    std::vector<OutreachSession> sessions;
    std::vector<EmergencyAid> aids;
    long long meetingsHeld = 0;
    std::vector<Meeting> meetings; // those held in the period (the partners' attendance)
};

// Counts the reports received in the period (withdrawn ones never count), the decisions
// taken at its meetings and the solicitations sent in it.
PeriodFigures computeFigures(const PeriodFacts& facts, const StatisticsReference& reference);

// The same period one year earlier (29 February gives 28 February).
Period previousYear(const Period& p);

// 1 January to 31 December of one year.
bool isCalendarYear(const Period& p);

// The period as far as it has happened: one still running on `today` (this year, this
// quarter) stops at today. Counted to its end, eleven months would be compared with the
// twelve of the year before.
Period elapsedPart(const Period& p, const Date& today);

// Figures a director typed in for a year before Vigie (the N-1 column of the first annual
// report made with it).
struct EnteredFigures {
    int year = 0;
    long long meetings = 0;
    long long reports = 0;
    std::map<Category, long long> categories;
    std::map<std::string, long long> rightFamilies; // family code -> reports
    struct Solicitations {
        std::vector<std::string> addressees; // codes in the order written, or {"PIO"}
        long long count = 0;
        long long answered = 0;
        std::vector<std::string> subjects;
    };
    std::vector<Solicitations> solicitations;
    std::string enteredAt, enteredBy;
};

// Checks what was typed: counts not negative, a category or family not above the reports,
// answers not above the solicitations. Empty when fine; the problems otherwise.
std::vector<std::string> problemsOf(const EnteredFigures& e);
PeriodFigures figuresFromEntered(const EnteredFigures& e, const std::vector<RightFamily>& families);

// How a figure moved from the previous period: counts in percent of the previous count
// (none when it was 0), percentages in points.
std::optional<Percent> countChange(long long before, long long now);
std::optional<Percent> pointsChange(const std::optional<Percent>& before,
                                    const std::optional<Percent>& now);
// "+12,50 %", "−3,00 %", "0,00 %", or "—".
std::string frenchCountChange(const std::optional<Percent>& change);
// "+4,50 pts", "−0,25 pt", or "—".
std::string frenchPointsChange(const std::optional<Percent>& change);
// "27,5 j", "3 j": a median number of days, or "—".
std::string frenchDays(const std::optional<double>& days);

} // namespace vigie
