// The minutes of a meeting (compte rendu) and what goes out before it: the invitation
// with the agenda, and the attendance sheet to sign.
#include <fmt/format.h>

#include "documents.h"
#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::reports {

namespace {

pdf::DocumentInfo infoFor(const Heading& h, const std::string& title, const std::string& subject) {
    return {title, h.letterhead.organisation, subject, h.generatedOn, h.letterhead};
}

std::string joined(const std::vector<std::string>& items) {
    return items.empty() ? std::string("\u2014") : text::join(items, ", ");
}

void reportBlock(pdf::Document& doc, const ReportLine& r) {
    doc.field(tr("Received on"), r.receivedOn);
    if (!r.source.empty()) {
        doc.field(tr("Source"), r.source);
    }
    doc.field(tr("Categories"), r.categories);
    if (!r.rights.empty()) {
        doc.field(tr("Rights"), r.rights);
    }
    if (!r.institutions.empty()) {
        doc.field(tr("Institutions"), r.institutions);
    }
    if (!r.nonTakeUp.empty()) {
        doc.field(tr("Non-take-up"), r.nonTakeUp);
    }
    doc.field(tr("Situation"), r.description);
    if (!r.proposals.empty()) {
        doc.field(tr("Proposals"), r.proposals);
    }
}

void decisionsTable(pdf::Document& doc, const std::vector<DecisionLine>& decisions,
                    bool withReference, bool withMeeting) {
    // Dates need their width whatever else is shown; the text columns share the rest.
    const float dateWidth = 0.115f;
    std::vector<pdf::Column> columns;
    float rest = 1.0f - 2 * dateWidth;
    if (withReference) {
        columns.push_back({tr("Report"), 0.1f});
        rest -= 0.1f;
    }
    if (withMeeting) {
        columns.push_back({tr("Decided on"), dateWidth});
        rest -= dateWidth;
    }
    columns.push_back({tr("Follow-up"), rest * 0.34f});
    columns.push_back({tr("What"), rest * 0.46f});
    columns.push_back({tr("Who"), rest * 0.20f});
    columns.push_back({tr("By"), dateWidth});
    columns.push_back({tr("State"), dateWidth});
    std::vector<std::vector<std::string>> rows;
    for (const auto& d : decisions) {
        std::vector<std::string> row;
        if (withReference) {
            row.push_back(d.reference);
        }
        if (withMeeting) {
            row.push_back(d.takenOn);
        }
        row.insert(row.end(), {d.kind, d.text, d.owner, d.due, d.state});
        rows.push_back(std::move(row));
    }
    doc.table(columns, rows, 8.5f);
}

} // namespace

void writeMinutes(const MinutesData& m, const std::filesystem::path& file) {
    const std::string title = fmt::format(fmt::runtime(tr("Minutes of the meeting of {}")), m.date);
    pdf::Document doc(infoFor(m.heading, title, tr("Access-to-rights watch group")));
    doc.title(title);
    doc.italic(m.final ? tr("Final minutes.") : tr("Draft minutes (not final yet)."));
    doc.field(tr("Date"), m.time.empty() ? m.date : m.date + " \u2014 " + m.time);
    doc.field(tr("Place"), m.place);
    doc.field(tr("Facilitation"), m.facilitators);
    doc.field(tr("Bodies present"), joined(m.presentBodies));
    doc.field(tr("Bodies excused"), joined(m.excusedBodies));
    if (!m.presentPeople.empty() || !m.excusedPeople.empty()) {
        doc.field(tr("Members present"), joined(m.presentPeople));
        doc.field(tr("Members excused"), joined(m.excusedPeople));
    }
    // Beside the date rather than alone at the end, where it could fill a page by itself.
    doc.field(tr("Next meeting"), m.nextMeeting.empty() ? tr("To be set.") : m.nextMeeting);

    doc.heading(tr("Agenda"));
    std::vector<std::string> titles;
    for (std::size_t i = 0; i < m.agenda.size(); ++i) {
        titles.push_back(m.agenda[i].title);
    }
    doc.bullets(titles, 10.0f, true);

    for (std::size_t i = 0; i < m.agenda.size(); ++i) {
        const auto& item = m.agenda[i];
        // A report's heading and its first lines stay together on a page.
        doc.keepTogether(item.report ? 140.0f : 70.0f);
        doc.heading(fmt::format("{}. {}", i + 1, item.title));
        if (item.report) {
            reportBlock(doc, *item.report);
        }
        if (!item.followed.empty()) {
            doc.italic(item.followed);
        }
        if (!item.minutes.empty()) {
            doc.subheading(tr("Discussion"));
            doc.paragraph(item.minutes);
        }
        if (!item.decisions.empty()) {
            doc.subheading(tr("Decisions"));
            decisionsTable(doc, item.decisions, false, false);
        }
    }

    if (!m.followUps.empty() || m.otherOpenFollowUps > 0) {
        doc.heading(tr("Follow-up of earlier decisions"));
        std::vector<DecisionLine> done;
        std::vector<std::vector<std::string>> late;
        for (const auto& d : m.followUps) {
            if (d.late) {
                late.push_back({d.reference, d.takenOn, d.text, d.owner, d.due, d.state});
            } else {
                done.push_back(d);
            }
        }
        if (!late.empty()) {
            // One line each as far as possible: what, who, by when, how late.
            doc.subheading(tr("Late"));
            doc.table({{tr("Report"), 0.09f},
                       {tr("Decided on"), 0.115f},
                       {tr("What"), 0.41f},
                       {tr("Who"), 0.13f},
                       {tr("By"), 0.115f},
                       {tr("Late by"), 0.14f}},
                      late, 8.0f);
        }
        if (!done.empty()) {
            doc.subheading(tr("Done since the previous meeting"));
            decisionsTable(doc, done, true, true);
        }
        if (m.otherOpenFollowUps > 0) {
            doc.paragraph(fmt::format(
                fmt::runtime(trn("{} other decision of earlier meetings is in progress, not due "
                                 "yet.",
                                 "{} other decisions of earlier meetings are in progress, not due "
                                 "yet.",
                                 m.otherOpenFollowUps)),
                m.otherOpenFollowUps));
        }
    }
    doc.heading(tr("Solicitations of the partnership since the previous meeting"));
    if (m.solicitations.empty()) {
        doc.paragraph(tr("None."));
    } else {
        std::vector<std::vector<std::string>> rows;
        for (const auto& s : m.solicitations) {
            rows.push_back({s.sentOn, s.addressees, s.subject, s.reports, s.answer});
        }
        doc.table({{tr("Sent on"), 0.12f},
                   {tr("To"), 0.16f},
                   {tr("Subject"), 0.27f},
                   {tr("Reports"), 0.13f},
                   {tr("Answer"), 0.32f}},
                  rows, 8.5f);
    }
    if (!m.notes.empty()) {
        doc.heading(tr("Other points"));
        doc.paragraph(m.notes);
    }
    doc.save(file);
}

void writeInvitation(const InvitationData& d, const std::filesystem::path& file) {
    const std::string title =
        fmt::format(fmt::runtime(tr("Invitation to the meeting of {}")), d.date);
    pdf::Document doc(infoFor(d.heading, title, tr("Access-to-rights watch group")));
    doc.title(title);
    doc.paragraph(fmt::format(
        fmt::runtime(tr("The members of the access-to-rights watch group are invited to its next "
                        "meeting, on {date}{time}, {place}.")),
        fmt::arg("date", d.date), fmt::arg("time", d.time.empty() ? "" : tr(" at ") + d.time),
        fmt::arg("place", d.place.empty() ? tr("at the usual place") : d.place)));
    doc.heading(tr("Agenda"));
    // Numbered once, as in the minutes (not a bullet and a number: "• 1.").
    doc.bullets(d.agenda, 10.0f, true);
    doc.paragraph(tr("Please let us know if you cannot come. Reports to be examined can still be "
                     "sent until the day before the meeting."));
    doc.save(file);
}

void writeAttendanceSheet(const InvitationData& d, const std::filesystem::path& file) {
    const std::string title = fmt::format(fmt::runtime(tr("Attendance sheet \u2014 {}")), d.date);
    pdf::Document doc(infoFor(d.heading, title, tr("Access-to-rights watch group")));
    doc.title(title);
    doc.paragraph(d.place.empty() ? d.date : d.date + " \u2014 " + d.place);
    std::vector<std::vector<std::string>> rows;
    for (const auto& [name, body] : d.invited) {
        rows.push_back({name, body, ""});
    }
    // Blank lines for people who come without being on the list.
    for (int i = 0; i < 6; ++i) {
        rows.push_back({"", "", ""});
    }
    doc.table({{tr("Name"), 0.38f}, {tr("Body"), 0.30f}, {tr("Signature"), 0.32f}}, rows, 10.0f,
              30.0f);
    doc.save(file);
}

} // namespace vigie::reports
