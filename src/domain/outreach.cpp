#include "outreach.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "platform/i18n.h"

namespace vigie {

std::vector<OutreachScheme> defaultOutreachSchemes() {
    // The kinds the field documents describe (seeds 000, 002, 003).
    return {
        {0, "caravane", tr("Social rights caravan"), true},
        {0, "equipe_mobile", tr("Mobile team"), true},
        {0, "permanence", tr("Permanence in a partner's premises"), true},
        {0, "porte_a_porte", tr("Door to door"), true},
    };
}

std::optional<TimeOfDay> TimeOfDay::parse(std::string_view text) {
    while (!text.empty() && text.front() == ' ') {
        text.remove_prefix(1);
    }
    while (!text.empty() && text.back() == ' ') {
        text.remove_suffix(1);
    }
    // "9:30", "09:30", "14h", "14h30", "14H30"
    std::size_t i = 0;
    int hours = 0, digits = 0;
    while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) && digits < 2) {
        hours = hours * 10 + (text[i++] - '0');
        ++digits;
    }
    if (digits == 0 || i == text.size()) {
        return std::nullopt;
    }
    const char separator = text[i++];
    const bool h = separator == 'h' || separator == 'H';
    if (separator != ':' && !h) {
        return std::nullopt;
    }
    int minutes = 0;
    const std::string_view rest = text.substr(i);
    if (rest.empty() && h) {
        minutes = 0;
    } else if (rest.size() == 2 && std::isdigit(static_cast<unsigned char>(rest[0])) &&
               std::isdigit(static_cast<unsigned char>(rest[1]))) {
        minutes = (rest[0] - '0') * 10 + (rest[1] - '0');
    } else {
        return std::nullopt;
    }
    if (hours > 23 || minutes > 59) {
        return std::nullopt;
    }
    return TimeOfDay{hours * 60 + minutes};
}

std::string TimeOfDay::text() const {
    return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
}

std::optional<double> OutreachSession::hours() const {
    if (!startsAt || !endsAt || endsAt->minutes <= startsAt->minutes) {
        return std::nullopt;
    }
    return (endsAt->minutes - startsAt->minutes) / 60.0;
}

std::vector<SessionProblem> problemsOf(const OutreachSession& s) {
    std::vector<SessionProblem> problems;
    if (s.scheme.empty()) {
        problems.push_back({"dispositif", tr("the outreach scheme is missing")});
    }
    if (s.people < 0) {
        problems.push_back({"personnes", tr("a count cannot be negative")});
    }
    auto partOfPeople = [&](const std::optional<long long>& n, const char* column) {
        if (n && *n > s.people) {
            problems.push_back(
                {column, fmt::format(fmt::runtime(tr("{} is more than the {} people met")),
                                     *n, s.people)});
        }
    };
    partOfPeople(s.newPeople, "nouvelles");
    partOfPeople(s.informed, "informees");
    const std::pair<const std::optional<long long>*, const char*> counts[] = {
        {&s.newPeople, "nouvelles"},       {&s.informed, "informees"},
        {&s.rightsAppointments, "rdv_droits"}, {&s.applications, "demandes"},
        {&s.referrals, "orientations"},    {&s.reminders, "relances"}};
    for (const auto& [n, column] : counts) {
        if (*n && **n < 0) {
            problems.push_back({column, tr("a count cannot be negative")});
        }
    }
    if (s.startsAt && s.endsAt && s.endsAt->minutes <= s.startsAt->minutes) {
        problems.push_back({"heure_fin", tr("the session ends before it starts")});
    }
    return problems;
}

double roundHalfUp2(double value) {
    // Through hundredths with a small margin, so that 2.675 (2.67499999...) gives 2.68.
    return std::floor(value * 100.0 + 0.5 + 1e-9) / 100.0;
}

namespace {

void addTo(std::map<std::string, OutreachRow>& rows, const std::string& key,
           const OutreachSession& s) {
    auto& row = rows[key];
    row.key = key;
    ++row.sessions;
    row.people += s.people;
    row.newPeople += s.newPeople.value_or(0);
    row.rightsAppointments += s.rightsAppointments.value_or(0);
}

std::vector<OutreachRow> ordered(const std::map<std::string, OutreachRow>& rows) {
    std::vector<OutreachRow> out;
    for (const auto& [key, row] : rows) {
        out.push_back(row);
    }
    std::stable_sort(out.begin(), out.end(), [](const OutreachRow& a, const OutreachRow& b) {
        return a.sessions != b.sessions ? a.sessions > b.sessions : a.key < b.key;
    });
    return out;
}

std::vector<OutreachMonth> monthsOf(const Period& period) {
    std::vector<OutreachMonth> months;
    int y = period.first.year(), m = period.first.month();
    while (y < period.last.year() || (y == period.last.year() && m <= period.last.month())) {
        months.push_back({y, m, 0, 0});
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return months;
}

} // namespace

OutreachFigures computeOutreachFigures(const Period& period,
                                       const std::vector<OutreachSession>& sessions,
                                       const std::vector<RightFamily>& families) {
    OutreachFigures f;
    f.period = period;
    f.monthly = monthsOf(period);
    std::map<std::string, OutreachRow> schemes, districts, partners;
    std::map<std::string, long long> themeSessions;
    std::set<ReportId> reports;
    double hours = 0;
    for (const auto& s : sessions) {
        if (!period.contains(s.heldOn)) {
            continue;
        }
        ++f.sessions;
        f.people += s.people;
        f.newPeople += s.newPeople.value_or(0);
        f.informed += s.informed.value_or(0);
        f.rightsAppointments += s.rightsAppointments.value_or(0);
        f.applications += s.applications.value_or(0);
        f.referrals += s.referrals.value_or(0);
        f.reminders += s.reminders.value_or(0);
        hours += s.hours().value_or(0);
        reports.insert(s.reports.begin(), s.reports.end());
        addTo(schemes, s.scheme, s);
        addTo(districts, s.district, s);
        if (!s.partner.empty()) {
            addTo(partners, s.partner, s);
        }
        std::set<std::string> named; // a theme written twice counts once
        for (const auto& t : s.themes) {
            if (named.insert(codeKey(t)).second) {
                ++themeSessions[codeKey(t)];
            }
        }
        for (auto& month : f.monthly) {
            if (month.year == s.heldOn.year() && month.month == s.heldOn.month()) {
                ++month.sessions;
                month.people += s.people;
            }
        }
    }
    f.newPeopleShare = Percent::of(f.newPeople, f.people);
    f.informedShare = Percent::of(f.informed, f.people);
    if (f.sessions > 0) {
        f.peoplePerSession = roundHalfUp2(static_cast<double>(f.people) / f.sessions);
    }
    f.hours = roundHalfUp2(hours);
    f.reportsRaised = static_cast<long long>(reports.size());
    f.byScheme = ordered(schemes);
    f.byDistrict = ordered(districts);
    f.byPartner = ordered(partners);
    for (const auto& family : families) {
        const auto it = themeSessions.find(codeKey(family.code));
        const long long n = it == themeSessions.end() ? 0 : it->second;
        f.themes.push_back({family.code, n, Percent::of(n, f.sessions)});
    }
    return f;
}

namespace {

bool startsAMonth(const Date& d) {
    return d.day() == 1;
}
bool endsAMonth(const Date& d) {
    return d.day() == Date::daysInMonth(d.year(), d.month());
}

Date monthsEarlier(const Date& firstOfMonth, int months) {
    int index = firstOfMonth.year() * 12 + (firstOfMonth.month() - 1) - months;
    return Date(index / 12, index % 12 + 1, 1);
}

} // namespace

Period periodBefore(const Period& p) {
    if (startsAMonth(p.first) && endsAMonth(p.last)) {
        const int months = (p.last.year() - p.first.year()) * 12 + p.last.month() -
                           p.first.month() + 1;
        const Date first = monthsEarlier(p.first, months);
        return {first, p.first.addDays(-1)};
    }
    const long days = daysBetween(p.first, p.last) + 1;
    return {p.first.addDays(-days), p.first.addDays(-1)};
}

} // namespace vigie
