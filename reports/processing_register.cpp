// The register of processing activities (GDPR art. 30) for Vigie's processing: what a CCAS
// shows the CNIL, one section per heading of the CNIL's model register.
#include "documents.h"
#include "platform/i18n.h"

namespace vigie::reports {

void writeProcessingRegister(const RegisterData& data, const std::filesystem::path& file) {
    pdf::Document doc({data.title, data.heading.letterhead.organisation, data.subtitle,
                       data.heading.generatedOn, data.heading.letterhead});
    doc.title(data.title);
    doc.paragraph(data.subtitle, 10.0f, true);
    for (const auto& section : data.sections) {
        // A heading alone at the foot of a page reads as a section left empty.
        doc.keepTogether(80.0f);
        doc.heading(section.title);
        for (const auto& [label, value] : section.fields) {
            doc.field(label, value, 150.0f);
        }
        if (!section.items.empty()) {
            doc.bullets(section.items);
        }
        if (!section.note.empty()) {
            doc.italic(section.note);
        }
    }
    if (!data.footnote.empty()) {
        doc.space(8.0f);
        doc.italic(data.footnote);
    }
    doc.save(file);
}

} // namespace vigie::reports
