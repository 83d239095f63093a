#include "documents.h"
#include "output_guard.h"

#include <map>
#include <set>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "reference_service.h"
#include "solicitation_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

std::string withNames(const std::vector<std::string>& codes, const std::map<std::string, std::string>& names) {
    std::vector<std::string> out;
    for (const auto& c : codes) {
        auto it = names.find(codeKey(c));
        out.push_back(it == names.end() ? c : displayName(c, it->second));
    }
    return text::join(out, ", ");
}

std::string categoriesText(const CategorySet& categories) {
    std::vector<std::string> out;
    for (auto c : kAllCategories) {
        if (categories.has(c)) {
            out.push_back(label(c));
        }
    }
    return text::join(out, ", ");
}

std::map<std::string, std::string> institutionNames(storage::Store& store) {
    std::map<std::string, std::string> names;
    for (const auto& i : store.reference().institutions()) {
        names[codeKey(i.code)] = i.name;
    }
    return names;
}

// The state of a decision on `asOf` (the day of the meeting for its minutes): minutes
// printed again later say what was known that day, not what happened since.
std::string decisionState(const Decision& d, const std::optional<Date>& asOf) {
    if (d.kind == DecisionKind::NoFollowUp) {
        return tr("nothing to do");
    }
    const bool done = asOf ? d.doneBy(*asOf) : d.doneOn.has_value();
    return done ? fmt::format(fmt::runtime(tr("done on {}")), d.doneOn->french())
                : std::string(tr("in progress"));
}

// "12 days", "3 weeks", "4 months": how long past a due date, as a reader takes it in.
std::string lateBy(long days) {
    if (days < 14) {
        return fmt::format(fmt::runtime(trn("{} day", "{} days", days)), days);
    }
    if (days < 61) {
        const long weeks = days / 7;
        return fmt::format(fmt::runtime(trn("{} week", "{} weeks", weeks)), weeks);
    }
    const long months = days / 30;
    return fmt::format(fmt::runtime(trn("{} month", "{} months", months)), months);
}

std::string howLate(long days) {
    return fmt::format(fmt::runtime(tr("{} late")), lateBy(days));
}

// "Decided on 13/10/2026 (FAQ answer), due 12/11/2026: 3 weeks late."
std::string followedDecision(storage::Store& store, const AgendaItem& item, const Date& asOf) {
    const auto d = item.decision ? store.meetings().findDecision(*item.decision) : std::nullopt;
    const auto taken = d ? store.meetings().find(d->meeting) : std::nullopt;
    if (!d || !taken) {
        return {};
    }
    std::string state = decisionState(*d, asOf);
    if (!d->doneBy(asOf) && d->due && *d->due < asOf) {
        state = howLate(daysBetween(*d->due, asOf));
    }
    return d->due ? fmt::format(fmt::runtime(tr("Decided on {} ({}), due {}: {}.")),
                                taken->date.french(), label(d->kind), d->due->french(), state)
                  : fmt::format(fmt::runtime(tr("Decided on {} ({}): {}.")), taken->date.french(),
                                label(d->kind), state);
}

reports::DecisionLine decisionLine(const Decision& d, const std::string& reference,
                                   const std::string& takenOn,
                                   const std::map<std::string, std::string>& names,
                                   const std::optional<Date>& asOf = std::nullopt) {
    std::string what = d.text;
    if (!d.institutions.empty()) {
        what += (what.empty() ? "" : " \u2014 ") + withNames(d.institutions, names);
    }
    return {reference,
            label(d.kind),
            what,
            d.owner,
            d.due ? d.due->french() : std::string(),
            decisionState(d, asOf),
            takenOn};
}

} // namespace

reports::Heading documentHeading(storage::Store& store) {
    const auto profile = ReferenceService(store, Actor{}).organisation();
    const std::string name =
        profile.name.empty() ? std::string(tr("Access-to-rights watch group")) : profile.name;
    return {{name, profile.logo}, Date::today().french()};
}

reports::ReportLine reportLine(const DifficultyReport& r, const std::vector<Right>& rights,
                               const std::vector<Institution>& institutions) {
    std::map<std::string, std::string> rightNames, institutionNames;
    for (const auto& x : rights) {
        rightNames[codeKey(x.code)] = x.label;
    }
    for (const auto& x : institutions) {
        institutionNames[codeKey(x.code)] = x.name;
    }
    return {r.reference.text(),
            r.receivedOn.french(),
            r.source,
            categoriesText(r.categories),
            withNames(r.rights, rightNames),
            withNames(r.institutions, institutionNames),
            r.nonTakeUp ? label(*r.nonTakeUp) : std::string(),
            label(r.status) + (r.closedOn ? " (" + r.closedOn->french() + ")" : std::string()),
            r.description,
            r.proposals,
            r.author};
}

namespace {

using InstitutionNames = std::map<std::string, std::string>; // code key -> name

// The agenda as treated: each report's line, what was decided on it, the decisions followed.
void addAgenda(storage::Store& store, const Meeting& meeting, const InstitutionNames& names,
               reports::MinutesData& m) {
    const auto rights = store.reference().rights();
    const auto institutions = store.reference().institutions();
    const auto decisions = store.meetings().decisionsOfMeeting(meeting.id);
    for (const auto& item : meeting.agenda) {
        reports::AgendaEntry entry;
        entry.title = item.title;
        entry.minutes = item.minutes;
        if (item.report) {
            if (auto r = store.reports().find(*item.report)) {
                const std::string what = item.kind == AgendaKind::OpenFollowUp
                                             ? tr("Follow-up of report")
                                             : tr("Report");
                entry.title = fmt::format("{} {} \u2014 {}", what, r->reference.text(),
                                          categoriesText(r->categories));
                if (item.kind == AgendaKind::DecisionFollowUp) {
                    entry.title = fmt::format(fmt::runtime(tr("Follow-up of a decision on report "
                                                              "{}: {}")),
                                              r->reference.text(), item.title);
                    entry.followed = followedDecision(store, item, meeting.date);
                } else {
                    entry.report = reportLine(*r, rights, institutions);
                }
                for (const auto& d : decisions) {
                    if (d.report == r->id && item.kind != AgendaKind::DecisionFollowUp) {
                        entry.decisions.push_back(
                            decisionLine(d, r->reference.text(), "", names, meeting.date));
                    }
                }
            }
        }
        m.agenda.push_back(std::move(entry));
    }
}

// Solicitations sent, answered or closed without an answer since the previous meeting.
void addSolicitations(storage::Store& store, const Meeting& meeting, const Date& since,
                      reports::MinutesData& m) {
    std::map<ReportId, std::string> referenceOf;
    for (const auto& s : store.solicitations().list({})) {
        const bool sent = since < s.sentOn && !(meeting.date < s.sentOn);
        const bool answered =
            s.answeredOn && since < *s.answeredOn && !(meeting.date < *s.answeredOn);
        // Closed without an answer: the group stopped waiting, which is news too.
        const auto closedOn = s.closedWithoutAnswer && !s.answeredOn
                                  ? closedWithoutAnswerOn(store, s.id)
                                  : std::nullopt;
        const bool closedThen = closedOn && !(meeting.date < *closedOn);
        if (!sent && !answered && !(closedThen && since < *closedOn)) {
            continue;
        }
        std::vector<std::string> refs;
        for (auto reportId : s.reports) {
            if (!referenceOf.count(reportId)) {
                auto r = store.reports().find(reportId);
                referenceOf[reportId] = r ? r->reference.text() : std::string();
            }
            refs.push_back(referenceOf[reportId]);
        }
        // An answer that came after the meeting is not in its minutes.
        const bool answeredThen = s.answeredOn && !(meeting.date < *s.answeredOn);
        std::string answer = std::string(tr("no answer yet"));
        if (answeredThen) {
            answer = fmt::format(fmt::runtime(tr("Answer on {}{}: {}")), s.answeredOn->french(),
                                 s.answeredBy.empty() ? "" : " (" + s.answeredBy + ")", s.answer);
        } else if (closedThen) {
            answer = fmt::format(fmt::runtime(tr("closed without an answer on {}")),
                                 closedOn->french());
        } else if (s.closedWithoutAnswer && !s.answeredOn && !closedOn) {
            // Closed before Vigie kept the day (an imported or older file).
            answer = tr("closed without an answer");
        }
        m.solicitations.push_back({s.sentOn.french(),
                                   s.toWholePartnership() ? wholePartnershipName()
                                                          : s.addresseesLabel(),
                                   s.subject, text::join(refs, ", "), answer});
    }
}

// Earlier decisions: the late ones, those done since the previous meeting, a count of the
// rest; those on this agenda are in the body already.
void addFollowUps(storage::Store& store, const Meeting& meeting,
                  const std::optional<Date>& previous, const InstitutionNames& names,
                  reports::MinutesData& m) {
    std::set<DecisionId> onAgenda;
    for (const auto& item : meeting.agenda) {
        if (item.decision) {
            onAgenda.insert(*item.decision);
        }
    }
    std::map<MeetingId, std::string> meetingDates;
    std::vector<std::pair<long, reports::DecisionLine>> late;
    std::vector<reports::DecisionLine> done;
    for (const auto& d : store.meetings().decisionsToFollow(meeting.date,
                                                             previous.value_or(meeting.date))) {
        if (onAgenda.count(d.id)) {
            continue;
        }
        const bool doneThen = d.doneBy(meeting.date);
        const long daysLate = d.due ? daysBetween(*d.due, meeting.date) : 0;
        if (!doneThen && daysLate <= 0) {
            ++m.otherOpenFollowUps;
            continue;
        }
        auto report = store.reports().find(d.report);
        if (!meetingDates.count(d.meeting)) {
            auto mm = store.meetings().find(d.meeting);
            meetingDates[d.meeting] = mm ? mm->date.french() : std::string();
        }
        auto line = decisionLine(d, report ? report->reference.text() : std::string(),
                                 meetingDates[d.meeting], names, meeting.date);
        if (doneThen) {
            done.push_back(std::move(line));
        } else {
            line.state = lateBy(daysLate);
            line.late = true;
            late.emplace_back(daysLate, std::move(line));
        }
    }
    std::stable_sort(late.begin(), late.end(),
                     [](const auto& a, const auto& b) { return a.first > b.first; });
    for (auto& [days, line] : late) {
        m.followUps.push_back(std::move(line));
    }
    m.followUps.insert(m.followUps.end(), done.begin(), done.end());
}

} // namespace

reports::MinutesData minutesData(storage::Store& store, MeetingId id) {
    auto meeting = store.meetings().find(id);
    if (!meeting) {
        throw StorageError(StorageError::Kind::Failed, tr("This meeting no longer exists."));
    }
    const auto names = institutionNames(store);
    reports::MinutesData m;
    m.heading = documentHeading(store);
    m.date = meeting->date.longFrench();
    m.time = meeting->time;
    m.place = meeting->place;
    m.facilitators = meeting->facilitators;
    auto bodies = [&](const std::vector<std::string>& codes) {
        std::vector<std::string> out;
        for (const auto& c : codes) {
            auto it = names.find(codeKey(c));
            out.push_back(it == names.end() || it->second == c ? c : it->second + " (" + c + ")");
        }
        return out;
    };
    m.presentBodies = bodies(meeting->presentBodies);
    m.excusedBodies = bodies(meeting->excusedBodies);
    m.presentPeople = meeting->presentPeople;
    m.excusedPeople = meeting->excusedPeople;
    m.notes = meeting->notes;
    m.final = meeting->locked();
    m.nextMeeting = meeting->nextMeeting ? meeting->nextMeeting->longFrench() : std::string();

    addAgenda(store, *meeting, names, m);
    const auto previous = store.meetings().lastMeetingBefore(meeting->date);
    addSolicitations(store, *meeting, previous.value_or(Date(1, 1, 1)), m);
    addFollowUps(store, *meeting, previous, names, m);
    return m;
}

reports::InvitationData invitationData(storage::Store& store, MeetingId id) {
    auto meeting = store.meetings().find(id);
    if (!meeting) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This meeting no longer exists."));
    }
    reports::InvitationData d;
    d.heading = documentHeading(store);
    d.date = meeting->date.longFrench();
    d.time = meeting->time;
    d.place = meeting->place;
    for (const auto& item : meeting->agenda) {
        std::string title = item.title;
        if (item.report) {
            if (auto r = store.reports().find(*item.report)) {
                title = fmt::format(fmt::runtime(tr("Report {} ({})")), r->reference.text(),
                                    categoriesText(r->categories));
            }
        }
        d.agenda.push_back(title);
    }
    const auto names = institutionNames(store);
    for (const auto& p : store.reference().people()) {
        if (p.active) {
            auto it = names.find(codeKey(p.institutionCode));
            d.invited.emplace_back(p.name, it == names.end() ? p.institutionCode : it->second);
        }
    }
    return d;
}

void writeMinutes(storage::Store& store, MeetingId meeting, const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    reports::writeMinutes(minutesData(store, meeting), file);
}

void writeInvitation(storage::Store& store, MeetingId meeting, const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    reports::writeInvitation(invitationData(store, meeting), file);
}

void writeAttendanceSheet(storage::Store& store, MeetingId meeting,
                          const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    reports::writeAttendanceSheet(invitationData(store, meeting), file);
}

void writeReportSheet(storage::Store& store, ReportId id, const std::filesystem::path& file) {
    const auto snapshot = store.readSnapshot(); // one state of the database throughout
    checkOutputTarget(store, file);
    auto report = store.reports().find(id);
    if (!report) {
        throw StorageError(StorageError::Kind::Failed,
                                    tr("This report no longer exists."));
    }
    const auto names = institutionNames(store);
    std::vector<reports::DecisionLine> decisions;
    for (const auto& d : store.meetings().decisionsOfReport(id)) {
        auto m = store.meetings().find(d.meeting);
        decisions.push_back(decisionLine(d, report->reference.text(),
                                         m ? m->date.french() : std::string(), names));
    }
    reports::writeReportSheet(documentHeading(store),
                              reportLine(*report, store.reference().rights(),
                                         store.reference().institutions()),
                              decisions, file);
}

void writeBlankForm(storage::Store& store, const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    // The rights people meet most, as boxes to tick.
    std::vector<std::string> rights;
    for (const char* code : {"RSA", "AAH", "APL", "CSS", "IJ", "PCH", "ASPA", "RETRAITE", "PA",
                             "ARE", "AF", "FSL"}) {
        rights.emplace_back(code);
    }
    reports::writeBlankForm(documentHeading(store), rights, file);
}

} // namespace vigie::app
