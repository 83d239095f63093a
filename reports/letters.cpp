// Letters to institutions: a solicitation, or its reminder. A joint solicitation gives one
// letter per addressee, one after the other in the same file.
#include <fmt/format.h>

#include "documents.h"
#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::reports {

void writeLetters(const std::vector<LetterData>& letters, const std::filesystem::path& file) {
    if (letters.empty()) {
        throw pdf::PdfError(tr("There is nobody to write to."));
    }
    const auto& first = letters.front();
    pdf::Document doc({first.subject, first.heading.letterhead.organisation,
                       tr("Access-to-rights watch group"), first.heading.generatedOn,
                       first.heading.letterhead});
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const auto& l = letters[i];
        if (i > 0) {
            doc.pageBreak();
        }
        // The addressee's block sits on the right, as French letters have it.
        doc.space(6.0f);
        for (const auto& line : l.recipient) {
            doc.paragraph(line, 10.0f, &line == &l.recipient.front(), 260.0f);
        }
        doc.space(10.0f);
        doc.paragraph(l.place.empty() ? fmt::format(fmt::runtime(tr("On {}")), l.date)
                                      : fmt::format(fmt::runtime(tr("{}, on {}")), l.place, l.date),
                      10.0f, false, 260.0f);
        doc.space(14.0f);
        doc.paragraph(fmt::format(fmt::runtime(tr("Subject: {}")), l.subject), 10.0f, true);
        if (!l.reference.empty()) {
            doc.paragraph(l.reference, 9.0f);
        }
        doc.space(10.0f);
        for (const auto& p : l.paragraphs) {
            doc.paragraph(p);
        }
        if (!l.reports.empty()) {
            doc.subheading(tr("The situations concerned"));
            std::vector<std::vector<std::string>> rows;
            for (const auto& r : l.reports) {
                rows.push_back({r.reference, r.receivedOn, r.categories + (r.rights.empty() ? "" : "\n" + r.rights),
                                text::ellipsis(r.description, 420)});
            }
            doc.table({{tr("Report"), 0.11f}, {tr("Received on"), 0.12f},
                       {tr("Categories and rights"), 0.25f}, {tr("Situation"), 0.52f}},
                      rows, 8.5f);
        }
        doc.space(8.0f);
        doc.paragraph(tr("We thank you in advance for your answer, which the watch group will "
                         "pass on to the professionals concerned."));
        // The courtesy formula a French administrative letter ends with.
        doc.paragraph(tr("Please accept, Madam, Sir, the expression of our kind regards."));
        doc.space(12.0f);
        doc.paragraph(l.closing, 10.0f, true, 260.0f);
    }
    doc.save(file);
}

} // namespace vigie::reports
