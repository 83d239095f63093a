#include "person_extract.h"

#include "platform/i18n.h"

namespace vigie::reports {

void writePersonExtract(const PersonExtractData& data, const std::filesystem::path& file) {
    pdf::Document doc({data.title, data.heading.letterhead.organisation,
                       tr("Access-to-rights watch group"), data.heading.generatedOn,
                       data.heading.letterhead});
    doc.title(data.title);
    for (const auto& [label, value] : data.fields) {
        doc.field(label, value, 150.0f);
    }
    doc.space(4.0f);
    doc.paragraph(data.introduction);
    if (!data.references.empty()) {
        doc.heading(tr("Entries among the people of the group"));
        doc.bullets(data.references);
    }
    for (const auto& group : data.groups) {
        doc.heading(group.title);
        doc.table({{tr("Record"), 0.28f}, {tr("Field"), 0.16f}, {tr("Date"), 0.12f},
                   {tr("Text"), 0.44f}},
                  group.rows, 8.5f);
    }
    if (!data.madeByLogin.empty()) {
        doc.heading(tr("Changes made under their login"));
        doc.table({{tr("When"), 0.24f}, {tr("Record"), 0.46f}, {tr("Action"), 0.3f}},
                  data.madeByLogin, 8.5f);
    }
    doc.space(6.0f);
    doc.italic(data.footnote);
    doc.save(file);
}

} // namespace vigie::reports
