// What a user asks to see: the reports or solicitations a filter selects, in an order.
// Plain values that the window and the command line build and the back ends answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "domain/date.h"
#include "domain/report.h"
#include "domain/solicitation.h"

namespace vigie {

struct ReportFilter {
    std::optional<Period> period;
    std::optional<Category> category;
    std::optional<ReportStatus> status;
    bool includeWithdrawn = false; // withdrawn reports are hidden unless asked for
    std::string institutionCode;
    std::string rightCode;
    std::string rightFamily; // a family code: reports naming one of its rights
    std::optional<std::string> nonTakeUp; // a non-take-up code, or "" for none said
    std::string source;
    std::string search; // words to find in the text, accents ignored, as-you-type prefixes
    std::optional<std::int64_t> solicitation; // the reports a solicitation concerns
};

enum class ReportOrder { ReceivedOn, Reference, Source, Categories, Rights, Status };

// How many reports a filter selects, and of what kind (for the status bar).
struct ReportTally {
    long long total = 0;
    long long nonAccess = 0;
    long long delay = 0;
    long long precarity = 0;
    long long awaitingFollowUp = 0; // still at status "recue"
};

struct SolicitationFilter {
    std::optional<Period> period; // sent in
    std::string institution;      // named among the addressees
    std::optional<SolicitationState> state;
    bool overdueOnly = false;
    Date today = Date::today();
    std::optional<ReportId> report; // concerning this report
};

} // namespace vigie
