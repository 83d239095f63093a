// Solicitations of the inter-organisation partnership (PIO): a question sent to one body,
// several jointly, or the whole partnership, its answer, its reminders; and the figures a
// director reads per addressee set and per institution.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "meeting.h"
#include "percent.h"
#include "report.h"

namespace vigie {

using SolicitationId = std::int64_t;

enum class SolicitationChannel { Mail, Letter, PartnershipMeeting };
enum class SolicitationState { Waiting, Answered, Chased, ClosedWithoutAnswer };

struct Chase {
    Date on;
    std::string note;
};

struct Solicitation {
    SolicitationId id = 0;
    Date sentOn;
    std::vector<std::string> addressees; // institution codes in the order written; {"PIO"}
    std::string subject;
    std::vector<ReportId> reports;
    SolicitationChannel channel = SolicitationChannel::Mail;
    std::string contact;
    Date expectedBy;
    std::optional<Date> answeredOn;
    std::string answer;
    std::string answeredBy; // the body that answered, for a joint or PIO solicitation
    bool closedWithoutAnswer = false;
    std::vector<Chase> chases;
    std::optional<DecisionId> decision; // the meeting decision it comes from
    std::string createdAt, updatedAt;
    // As stored: each update adds one, and an update from an older version is refused
    // (someone saved in between). 0 before the first save.
    std::int64_t version = 0;

    SolicitationState state() const;
    bool answered() const { return answeredOn.has_value(); }
    // Past the expected date without an answer (and not closed): to chase.
    bool overdue(const Date& today) const;
    bool toWholePartnership() const;
    // "MDPH-CAF-CPAM", "PIO": the addressees as the seed's table names them.
    std::string addresseesLabel() const;
};

std::string_view code(SolicitationChannel c);
std::string_view code(SolicitationState s);
std::optional<SolicitationChannel> parseChannel(std::string_view text);
std::string label(SolicitationChannel c);
std::string label(SolicitationState s);

// The whole partnership (PIO) is written alone: "CAF|PIO" names no set of bodies that a
// letter could go to, and would count as a set "CAF-PIO" in the figures.
bool mixesPartnershipWithBodies(const std::vector<std::string>& addressees);

// The median of whole numbers; the mean of the two middle values for an even count.
std::optional<double> median(std::vector<long> values);

// One row per addressee *set* (order-insensitive), labelled in the order first seen.
struct AddresseeSetFigures {
    std::vector<std::string> addressees;
    std::string label;
    long long count = 0;
    long long answered = 0;
    std::vector<std::string> answeredBy; // distinct, in the order the answers came
    std::vector<std::string> subjects;   // one per solicitation, in order sent
};

// One row per institution, counted in every solicitation that names it.
struct InstitutionFigures {
    std::string institution;
    long long count = 0;   // alone + jointly
    long long alone = 0;
    long long jointly = 0;
    long long answered = 0;
    long long waiting = 0; // neither answered nor closed
    std::optional<Percent> answerRate;
    std::optional<double> medianDelayDays; // from sending to answer
    std::vector<std::string> subjects;
};

struct SolicitationFigures {
    long long total = 0;
    long long answered = 0;
    std::vector<AddresseeSetFigures> byAddressees; // by count (most first), then label
    std::vector<InstitutionFigures> byInstitution; // by count (most first), then code
};

// Solicitations count in the period they were sent; an answer counts whenever it came.
SolicitationFigures computeSolicitationFigures(const std::vector<Solicitation>& all,
                                               const Period& period);

} // namespace vigie
