// One difficulty report on paper (for the file or a partner), and the blank form that
// field groups fill in by hand.
#include <fmt/format.h>

#include "documents.h"
#include "platform/i18n.h"
#include "domain/report.h"

namespace vigie::reports {

void writeReportSheet(const Heading& h, const ReportLine& r, const std::vector<DecisionLine>& decisions,
                      const std::filesystem::path& file) {
    const std::string title = fmt::format(fmt::runtime(tr("Difficulty report {}")), r.reference);
    pdf::Document doc({title, h.letterhead.organisation, tr("Access-to-rights watch group"),
                       h.generatedOn, h.letterhead});
    doc.title(title);
    doc.field(tr("Received on"), r.receivedOn);
    doc.field(tr("Source"), r.source);
    doc.field(tr("Author"), r.author);
    doc.field(tr("Categories"), r.categories);
    doc.field(tr("Rights"), r.rights);
    doc.field(tr("Institutions"), r.institutions);
    doc.field(tr("Non-take-up"), r.nonTakeUp);
    doc.field(tr("Status"), r.status);
    doc.heading(tr("Situation"));
    doc.paragraph(r.description);
    if (!r.proposals.empty()) {
        doc.heading(tr("Proposals"));
        doc.paragraph(r.proposals);
    }
    if (!decisions.empty()) {
        doc.heading(tr("Follow-up decided by the watch group"));
        std::vector<std::vector<std::string>> rows;
        for (const auto& d : decisions) {
            rows.push_back({d.takenOn, d.kind, d.text, d.state});
        }
        doc.table({{tr("Decided on"), 0.14f}, {tr("Follow-up"), 0.3f}, {tr("What"), 0.36f},
                   {tr("State"), 0.2f}},
                  rows);
    }
    doc.italic(tr("This report describes a situation; it must never identify a person."));
    doc.save(file);
}

void writeBlankForm(const Heading& h, const std::vector<std::string>& rights,
                    const std::filesystem::path& file) {
    const std::string title = tr("Difficulty report \u2014 form to fill in");
    pdf::Document doc({title, h.letterhead.organisation, tr("Access-to-rights watch group"),
                       h.generatedOn, h.letterhead});
    doc.title(title);
    doc.italic(tr("Describe the situation, never the person: no name, social security number, "
                  "phone, e-mail, address or date of birth."));
    doc.writingLines(tr("Date:"), 1);
    doc.writingLines(tr("Field group or professional raising the difficulty:"), 1);
    doc.subheading(tr("Kind of difficulty (tick one or more)"));
    std::vector<std::string> categories;
    for (auto c : kAllCategories) {
        categories.push_back(label(c));
    }
    doc.checkboxes(categories);
    doc.space(6.0f);
    doc.subheading(tr("Rights concerned"));
    doc.checkboxes(rights);
    doc.writingLines(tr("Other right:"), 1);
    doc.subheading(tr("Why the right is not received (if known)"));
    std::vector<std::string> nonTakeUp;
    for (auto n : kAllNonTakeUps) {
        nonTakeUp.push_back(label(n));
    }
    doc.checkboxes(nonTakeUp);
    doc.space(6.0f);
    doc.writingLines(tr("The situation:"), 9);
    doc.writingLines(tr("Institutions concerned:"), 1);
    doc.writingLines(tr("Proposals for improvement:"), 4);
    doc.save(file);
}

} // namespace vigie::reports
