// A report counts once per category and once per right family it concerns, so the
// shares of a period add up to more than 100 % (DOMAIN.md).
#include "statistics.h"

#include <algorithm>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "text.h"

namespace vigie {

namespace {

Share shareOf(long long n, long long total) {
    return Share{n, Percent::of(n, total)};
}

struct Name {
    std::string code, label;
};

// Lines sorted by count (most first), then by label, for the tables a reader scans.
// `counts` are keyed by matching key; `names` give the code and label to show.
std::vector<NamedShare> byCount(const std::map<std::string, long long>& counts,
                                const std::map<std::string, Name>& names, long long total) {
    std::vector<NamedShare> out;
    for (const auto& [key, n] : counts) {
        const auto name = names.find(key);
        if (name != names.end()) {
            out.push_back({name->second.code, name->second.label, shareOf(n, total)});
        } else {
            out.push_back({key, key, shareOf(n, total)});
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const NamedShare& a, const NamedShare& b) {
        if (a.share.count != b.share.count) {
            return a.share.count > b.share.count;
        }
        // Ties by code: the order stats --json gave before rights were named for people.
        return a.key < b.key;
    });
    return out;
}

std::vector<MonthCount> monthsOf(const Period& p) {
    std::vector<MonthCount> out;
    if (p.last < p.first) {
        return out;
    }
    int y = p.first.year(), m = p.first.month();
    while (y < p.last.year() || (y == p.last.year() && m <= p.last.month())) {
        out.push_back({y, m, 0});
        if (++m > 12) {
            m = 1;
            ++y;
        }
    }
    return out;
}

// Signed hundredths of a percent, rounded half away from zero.
long long roundedHundredths(long long numerator, long long denominator) {
    const long long sign = (numerator < 0) != (denominator < 0) ? -1 : 1;
    const long long n = std::llabs(numerator), d = std::llabs(denominator);
    return sign * ((n * 20000 + d) / (2 * d));
}

std::string signedFrench(long long hundredths, const std::string& unit) {
    const long long a = std::llabs(hundredths);
    const char* sign = hundredths > 0 ? "+" : hundredths < 0 ? "\u2212" : "";
    return fmt::format("{}{},{:02}\u00A0{}", sign, frenchNumber(a / 100), a % 100, unit);
}

} // namespace

const Share& PeriodFigures::category(Category c) const {
    static const Share none;
    const auto it = categories.find(c);
    return it == categories.end() ? none : it->second;
}

namespace {

// What the reports of a period add up to, before shares are taken.
struct ReportTallies {
    std::map<Category, long long> perCategory;
    std::map<std::string, long long> perFamily, perRight, perSource, perInstitution;
    std::map<NonTakeUp, long long> perNonTakeUp;
    long long notSaid = 0, resolved = 0, unresolved = 0, national = 0;
    std::vector<long> daysToResolution;
    std::set<ReportId> counted;
    std::map<std::string, Name> rightNames, institutionNames; // code key -> name
};

// Each right, body and family once per report, however often the report names it.
void tallyLinks(const ReportFacts& f, ReportTallies& t) {
    for (const auto& family : std::set<std::string>(f.rightFamilies.begin(), f.rightFamilies.end())) {
        ++t.perFamily[family];
    }
    std::set<std::string> rights, bodies;
    for (const auto& r : f.rights) {
        rights.insert(codeKey(r));
        t.rightNames.try_emplace(codeKey(r), Name{r, r});
    }
    for (const auto& i : f.institutions) {
        bodies.insert(codeKey(i));
        t.institutionNames.try_emplace(codeKey(i), Name{i, i});
    }
    for (const auto& r : rights) {
        ++t.perRight[r];
    }
    for (const auto& i : bodies) {
        ++t.perInstitution[i];
    }
}

void tallyOutcome(const ReportFacts& f, ReportTallies& t) {
    switch (f.status) {
    case ReportStatus::Resolved:
        ++t.resolved;
        if (f.closedOn && f.receivedOn <= *f.closedOn) {
            t.daysToResolution.push_back(daysBetween(f.receivedOn, *f.closedOn));
        }
        break;
    case ReportStatus::Unresolved: ++t.unresolved; break;
    case ReportStatus::ReferredNational: ++t.national; break;
    default: break;
    }
}

void tallyReport(const ReportFacts& f, ReportTallies& t, std::vector<MonthCount>& months) {
    t.counted.insert(f.id);
    for (auto c : f.categories.list()) {
        ++t.perCategory[c];
    }
    tallyLinks(f, t);
    if (!f.source.empty()) {
        ++t.perSource[f.source];
    }
    if (f.nonTakeUp) {
        ++t.perNonTakeUp[*f.nonTakeUp];
    } else {
        ++t.notSaid;
    }
    tallyOutcome(f, t);
    for (auto& m : months) {
        if (m.year == f.receivedOn.year() && m.month == f.receivedOn.month()) {
            ++m.reports;
            break;
        }
    }
}

// Families in their order (minima sociaux first), the rights grouped by family.
void addRightShares(PeriodFigures& figures, const ReportTallies& t,
                    const StatisticsReference& reference) {
    const long long total = figures.reports;
    std::map<std::string, std::string> rightFamilyOf;
    for (const auto& r : reference.rights) {
        rightFamilyOf[codeKey(r.code)] = r.familyCode;
    }
    std::vector<RightFamily> families = reference.families;
    std::stable_sort(families.begin(), families.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    std::map<std::string, int> familyRank;
    for (const auto& family : families) {
        familyRank[family.code] = static_cast<int>(familyRank.size());
        const auto n = t.perFamily.find(family.code);
        figures.rightFamilies.emplace_back(family,
                                           shareOf(n == t.perFamily.end() ? 0 : n->second, total));
    }
    auto rank = [&](const NamedShare& s) {
        const auto family = rightFamilyOf.find(codeKey(s.key));
        const auto r = family == rightFamilyOf.end() ? familyRank.end()
                                                     : familyRank.find(family->second);
        return r == familyRank.end() ? static_cast<int>(familyRank.size()) : r->second;
    };
    figures.rights = byCount(t.perRight, t.rightNames, total);
    std::stable_sort(figures.rights.begin(), figures.rights.end(),
                     [&](const NamedShare& a, const NamedShare& b) { return rank(a) < rank(b); });
}

// Decisions taken at the period's meetings; "no follow-up needed" is a decision, not a
// follow-up given.
void addFollowUps(PeriodFigures& figures, const PeriodFacts& facts,
                  const std::set<ReportId>& counted) {
    std::map<DecisionKind, long long> perKind;
    std::set<ReportId> followed;
    for (const auto& d : facts.decisions) {
        if (!facts.period.contains(d.takenOn)) {
            continue;
        }
        ++perKind[d.kind];
        if (d.kind != DecisionKind::NoFollowUp && counted.count(d.report)) {
            followed.insert(d.report);
        }
    }
    for (auto k : kAllDecisionKinds) {
        figures.followUps.emplace_back(k, perKind[k]);
    }
    figures.reportsWithFollowUp = static_cast<long long>(followed.size());
}

} // namespace

PeriodFigures computeFigures(const PeriodFacts& facts, const StatisticsReference& reference) {
    PeriodFigures figures;
    const Period& period = facts.period;
    figures.period = period;
    figures.meetings = facts.meetingsHeld;
    figures.outreach = computeOutreachFigures(period, facts.sessions, reference.families);
    figures.nonTakeUpCost = computeAidFigures(period, facts.aids);
    figures.attendance = attendanceOf(facts.meetings, reference.institutions);

    ReportTallies t;
    for (const auto& r : reference.rights) {
        t.rightNames[codeKey(r.code)] = {r.code, displayName(r.code, r.label)};
    }
    for (const auto& i : reference.institutions) {
        t.institutionNames[codeKey(i.code)] = {i.code, institutionLabel(i.code, i.name)};
    }
    auto months = monthsOf(period);
    for (const auto& f : facts.reports) {
        if (f.status != ReportStatus::Withdrawn && period.contains(f.receivedOn)) {
            ++figures.reports;
            tallyReport(f, t, months);
        }
    }
    const long long total = figures.reports;
    for (auto c : kAllCategories) {
        figures.categories[c] = shareOf(t.perCategory[c], total);
    }
    addRightShares(figures, t, reference);
    for (auto n : kAllNonTakeUps) {
        figures.nonTakeUp.emplace_back(n, shareOf(t.perNonTakeUp[n], total));
    }
    figures.nonTakeUpNotSaid = shareOf(t.notSaid, total);
    figures.sources = byCount(t.perSource, {}, total);
    figures.institutions = byCount(t.perInstitution, t.institutionNames, total);
    addFollowUps(figures, facts, t.counted);

    figures.outcomes.resolved = shareOf(t.resolved, total);
    figures.outcomes.unresolved = shareOf(t.unresolved, total);
    figures.outcomes.referredNational = shareOf(t.national, total);
    figures.outcomes.open = shareOf(total - t.resolved - t.unresolved - t.national, total);
    figures.outcomes.medianDaysToResolution = median(std::move(t.daysToResolution));
    figures.monthly = std::move(months);
    figures.solicitations = computeSolicitationFigures(facts.solicitations, period);
    return figures;
}

bool isCalendarYear(const Period& p) {
    return p.first == Date(p.first.year(), 1, 1) && p.last == Date(p.first.year(), 12, 31);
}

Period elapsedPart(const Period& p, const Date& today) {
    if (!(today < p.first) && today < p.last) {
        return Period{p.first, today};
    }
    return p;
}

Period previousYear(const Period& p) {
    auto back = [](const Date& d) {
        const int y = d.year() - 1;
        return Date(y, d.month(), std::min(d.day(), Date::daysInMonth(y, d.month())));
    };
    Period before{back(p.first), back(p.last)};
    // A period ending with its month ends with the same month a year earlier: February
    // 2025 is compared with the whole of February 2024, 29th included.
    if (p.last.day() == Date::daysInMonth(p.last.year(), p.last.month())) {
        const int y = p.last.year() - 1;
        before.last = Date(y, p.last.month(), Date::daysInMonth(y, p.last.month()));
    }
    return before;
}

std::vector<std::string> problemsOf(const EnteredFigures& e) {
    std::vector<std::string> out;
    if (e.meetings < 0 || e.reports < 0) {
        out.push_back(tr("a count cannot be negative"));
    }
    for (const auto& [category, n] : e.categories) {
        if (n < 0 || n > e.reports) {
            out.push_back(fmt::format(fmt::runtime(tr("{}: {} reports, out of {} received")),
                                      label(category), n, e.reports));
        }
    }
    for (const auto& [family, n] : e.rightFamilies) {
        if (n < 0 || n > e.reports) {
            out.push_back(fmt::format(fmt::runtime(tr("{}: {} reports, out of {} received")),
                                      family, n, e.reports));
        }
    }
    for (const auto& s : e.solicitations) {
        if (s.addressees.empty()) {
            out.push_back(tr("a line of solicitations names no addressee"));
        }
        if (s.count < 0 || s.answered < 0 || s.answered > s.count) {
            out.push_back(fmt::format(fmt::runtime(tr("{}: {} answers to {} solicitations")),
                                      text::join(s.addressees, "-"), s.answered, s.count));
        }
    }
    return out;
}

PeriodFigures figuresFromEntered(const EnteredFigures& e,
                                 const std::vector<RightFamily>& families) {
    PeriodFigures f;
    f.period = Period::year(e.year);
    f.entered = true;
    f.meetings = e.meetings;
    f.reports = e.reports;
    for (auto c : kAllCategories) {
        const auto it = e.categories.find(c);
        f.categories[c] = shareOf(it == e.categories.end() ? 0 : it->second, e.reports);
    }
    std::vector<RightFamily> ordered = families;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.position < b.position; });
    for (const auto& family : ordered) {
        const auto it = e.rightFamilies.find(family.code);
        f.rightFamilies.emplace_back(
            family, shareOf(it == e.rightFamilies.end() ? 0 : it->second, e.reports));
    }
    // The published table as if each solicitation had been recorded: the same grouping,
    // order and per-institution counts as counted years. Who answered and how fast are
    // not known for them.
    std::vector<Solicitation> asRecorded;
    for (const auto& row : e.solicitations) {
        for (long long k = 0; k < row.count; ++k) {
            Solicitation s;
            s.id = static_cast<SolicitationId>(asRecorded.size() + 1);
            s.sentOn = Date(e.year, 1, 1);
            s.addressees = row.addressees;
            if (k < row.answered) {
                s.answeredOn = s.sentOn;
            }
            asRecorded.push_back(std::move(s));
        }
    }
    f.solicitations = computeSolicitationFigures(asRecorded, f.period);
    for (auto& line : f.solicitations.byAddressees) {
        line.answeredBy.clear();
        line.subjects.clear();
        for (const auto& row : e.solicitations) {
            if (row.addressees == line.addressees) {
                line.subjects = row.subjects;
            }
        }
    }
    for (auto& inst : f.solicitations.byInstitution) {
        inst.medianDelayDays.reset();
        inst.subjects.clear();
    }
    return f;
}

std::optional<Percent> countChange(long long before, long long now) {
    if (before <= 0) {
        return std::nullopt;
    }
    return Percent::fromHundredths(roundedHundredths(now - before, before));
}

std::optional<Percent> pointsChange(const std::optional<Percent>& before,
                                    const std::optional<Percent>& now) {
    if (!before || !now) {
        return std::nullopt;
    }
    return Percent::fromHundredths(now->hundredths() - before->hundredths());
}

std::string frenchCountChange(const std::optional<Percent>& change) {
    return change ? signedFrench(change->hundredths(), "%") : std::string("\u2014");
}

std::string frenchPointsChange(const std::optional<Percent>& change) {
    if (!change) {
        return "\u2014";
    }
    const bool plural = std::llabs(change->hundredths()) >= 200;
    return signedFrench(change->hundredths(), plural ? tr("pts") : tr("pt"));
}

std::string frenchDays(const std::optional<double>& days) {
    if (!days) {
        return "\u2014";
    }
    const long long tenths = static_cast<long long>(*days * 10.0 + 0.5);
    // French keeps the singular below two: "1,5 jour", "2 jours".
    const std::string number = tenths % 10 == 0
                                   ? frenchNumber(tenths / 10)
                                   : fmt::format("{},{}", frenchNumber(tenths / 10), tenths % 10);
    return fmt::format(fmt::runtime(trn("{} day", "{} days", tenths < 20 ? 1 : 2)), number);
}

} // namespace vigie
