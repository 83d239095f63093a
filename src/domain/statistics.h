// Figures of a period computed from plain facts: pure functions, no storage.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "percent.h"
#include "reference_data.h"
#include "report.h"
#include "solicitation.h"

namespace vigie {

// What the statistics need of one report.
struct ReportFacts {
    Date receivedOn;
    CategorySet categories;
    std::vector<std::string> rightFamilies; // distinct family codes of its rights
    ReportStatus status = ReportStatus::Received;
};

struct Share {
    long long count = 0;
    std::optional<Percent> percent; // over the reports received; none when there are none
};

struct PeriodFigures {
    Period period;
    long long meetings = 0;
    long long reports = 0; // received in the period, withdrawn ones excluded
    std::map<Category, Share> categories;
    // Every family given, in their order, even when no report concerns it.
    std::vector<std::pair<RightFamily, Share>> rightFamilies;
    SolicitationFigures solicitations;
    bool hasData() const { return reports > 0 || meetings > 0 || solicitations.total > 0; }
};

// Counts the reports of `facts` received in `period` (withdrawn ones never count).
PeriodFigures computeFigures(const Period& period, const std::vector<ReportFacts>& facts,
                             const std::vector<RightFamily>& families, long long meetingsHeld);

} // namespace vigie
