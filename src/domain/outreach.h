// Outreach ("aller-vers"): the half-days a team spends where people are (a caravan's
// street stop, a mobile team at a France Travail agency, a permanence in a partner's
// premises), what came of them, and the figures partners read every quarter. Counts only,
// never people: a session says how many were met, not who.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "percent.h"
#include "reference_data.h"
#include "report.h"

namespace vigie {

using SessionId = std::int64_t;

// A kind of outreach a CCAS runs, editable like the other reference data.
struct OutreachScheme {
    std::int64_t id = 0;
    std::string code; // caravane, equipe_mobile, ... (case-insensitive)
    std::string label;
    bool active = true;
};

// What a new database starts with.
std::vector<OutreachScheme> defaultOutreachSchemes();

// A time of day as people type it: "9:30", "09:30", "14h", "14h30". None when empty.
struct TimeOfDay {
    int minutes = 0; // since midnight
    static std::optional<TimeOfDay> parse(std::string_view text);
    std::string text() const; // "09:30"
    auto operator<=>(const TimeOfDay&) const = default;
};

struct OutreachSession {
    SessionId id = 0;
    Date heldOn;
    std::optional<TimeOfDay> startsAt, endsAt;
    std::string scheme; // its code
    std::string place;
    std::string district;
    std::string partner; // institution code, may be empty
    std::string staff;   // professionals present, as written
    long long people = 0;
    // Counts left empty stay empty (a CSV round trip keeps them so); figures read 0.
    std::optional<long long> newPeople, informed, rightsAppointments, applications, referrals,
        reminders;
    std::vector<std::string> themes; // right family codes, in the order written
    std::vector<ReportId> reports;   // the difficulty reports it raised
    std::string notes;
    std::string createdAt, updatedAt;
    std::int64_t version = 0; // the same rule as reports: a stale save is refused

    // Hours between the two times, when both are given and the end is after the start.
    std::optional<double> hours() const;
};

// What a session cannot be, in French, one problem per field ("nouvelles" above
// "personnes", an end before the start). Empty when fine.
struct SessionProblem {
    std::string field; // the CSV column it concerns
    std::string message;
};
std::vector<SessionProblem> problemsOf(const OutreachSession& session);

struct SessionFilter {
    std::optional<Period> period;
    std::string scheme;   // code; empty: every scheme
    std::string district; // empty: every district
};

// One row of a breakdown: a scheme, a district or a partner.
struct OutreachRow {
    std::string key; // code, or the district as written ("" when not said)
    long long sessions = 0;
    long long people = 0;
    long long newPeople = 0;
    long long rightsAppointments = 0;
};

struct ThemeShare {
    std::string family; // code
    long long sessions = 0;
    std::optional<Percent> percent; // over the sessions
};

struct OutreachMonth {
    int year = 0;
    int month = 0;
    long long sessions = 0;
    long long people = 0;
};

// The figures of a period (FORMATS.md, "Outreach sessions": `stats --json` `outreach`).
struct OutreachFigures {
    Period period;
    long long sessions = 0;
    long long people = 0;
    long long newPeople = 0;
    std::optional<Percent> newPeopleShare; // over people; none without people
    long long informed = 0;
    std::optional<Percent> informedShare;
    std::optional<double> peoplePerSession; // rounded half up to two decimals
    double hours = 0;                       // rounded half up to two decimals
    long long rightsAppointments = 0;
    long long applications = 0;
    long long referrals = 0;
    long long reminders = 0;
    long long reportsRaised = 0; // distinct reports linked to the period's sessions
    std::vector<OutreachRow> byScheme, byDistrict, byPartner; // by sessions, then key
    std::vector<ThemeShare> themes; // every family given, in its order
    std::vector<OutreachMonth> monthly; // every month the period touches

    bool hasData() const { return sessions > 0; }
};

// Counts the sessions held in the period (others are ignored); `families` gives the
// themes' order and makes every family appear.
OutreachFigures computeOutreachFigures(const Period& period,
                                       const std::vector<OutreachSession>& sessions,
                                       const std::vector<RightFamily>& families);

// The period just before, of the same kind: the quarter before a calendar quarter, the
// months before whole months, else as many days just before (T-1 of a partners' report).
Period periodBefore(const Period& p);

// Half up to two decimals, as every figure of the contract.
double roundHalfUp2(double value);

} // namespace vigie
