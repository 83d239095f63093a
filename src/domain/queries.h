// What a user asks to see: the reports or solicitations a filter selects, in an order.
// Plain values that the window and the command line build and the back ends answer.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

// A report being written, compared with those stored: the words of its description
// (ranked by FTS5 bm25 on SQLite, ts_rank on PostgreSQL) and the codes it names (a report
// sharing a right or an institution comes higher). Withdrawn reports never answer.
struct SimilarQuery {
    std::string text;                      // the description as typed so far
    std::vector<std::string> rights;       // right codes ticked
    std::vector<std::string> institutions; // institution codes ticked
    ReportId excluded = 0;                 // the report being edited (0: a new one)
    int limit = 5;
};

// A stored report found close to a SimilarQuery, closest first.
struct SimilarReport {
    ReportId id = 0;
    ReportReference reference;
    Date receivedOn;
    std::string description;
    std::vector<std::string> sharedRights;       // its codes the query names too
    std::vector<std::string> sharedInstitutions;
    double score = 0; // higher is closer; compares the reports of one answer only
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
