// The statistics as an Excel workbook (libxlsxwriter): a summary sheet, then one sheet
// per table, with numbers stored as numbers and percentages as percentages so that the
// director can rework them.
#include <xlsxwriter.h>

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "annual.h"
#include "platform/i18n.h"
#include "domain/text.h"

namespace vigie::reports {

namespace {

// Excel refuses some characters in sheet names, and more than 31 characters.
std::string sheetName(const std::string& wanted, std::set<std::string>& used) {
    std::string name;
    for (char c : wanted) {
        name += std::string("[]:*?/\\").find(c) == std::string::npos ? c : '-';
    }
    name = text::ellipsis(name, 28);
    std::string unique = name;
    for (int n = 2; used.count(text::foldAccents(unique)); ++n) {
        unique = fmt::format("{} {}", name, n);
    }
    used.insert(text::foldAccents(unique));
    return unique;
}

struct Formats {
    lxw_format* title;
    lxw_format* header;
    lxw_format* count;
    lxw_format* percent;
    lxw_format* change;
    lxw_format* points;
    lxw_format* days;
    lxw_format* amount;
    lxw_format* note;
    lxw_format* wrap;
};

Formats formatsOf(lxw_workbook* book) {
    Formats f{};
    f.title = workbook_add_format(book);
    format_set_bold(f.title);
    format_set_font_size(f.title, 14);
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    f.count = workbook_add_format(book);
    format_set_num_format(f.count, "#,##0");
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0.00%");
    f.change = workbook_add_format(book);
    format_set_num_format(f.change, "+0.00%;-0.00%;0.00%");
    f.points = workbook_add_format(book);
    format_set_num_format(f.points, "+0.00\" pts\";-0.00\" pts\";0.00\" pt\"");
    f.days = workbook_add_format(book);
    format_set_num_format(f.days, "0.0");
    f.amount = workbook_add_format(book);
    format_set_num_format(f.amount, "#,##0.00\\ \"€\"");
    f.note = workbook_add_format(book);
    format_set_italic(f.note);
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    format_set_align(f.wrap, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

void writeValue(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const StatValue& v,
                const Formats& f) {
    using Kind = StatValue::Kind;
    switch (v.kind) {
    case Kind::Empty:
        break;
    case Kind::Count:
        worksheet_write_number(sheet, row, col, v.number, f.count);
        break;
    case Kind::Percent:
        worksheet_write_number(sheet, row, col, v.number / 100.0, f.percent);
        break;
    case Kind::Change:
        worksheet_write_number(sheet, row, col, v.number / 100.0, f.change);
        break;
    case Kind::Points:
        worksheet_write_number(sheet, row, col, v.number, f.points);
        break;
    case Kind::Days:
        worksheet_write_number(sheet, row, col, v.number, f.days);
        break;
    case Kind::Amount:
        worksheet_write_number(sheet, row, col, v.number, f.amount);
        break;
    case Kind::Text:
        worksheet_write_string(sheet, row, col, v.text.c_str(), f.wrap);
        break;
    }
}

} // namespace

void writeWorkbook(const AnnualReportData& data, const std::filesystem::path& file) {
    // Written beside the target and renamed: never half a workbook under the real name.
    std::filesystem::path partial = file;
    partial += ".partial";
    lxw_workbook* book = workbook_new(reinterpret_cast<const char*>(partial.u8string().c_str()));
    if (!book) {
        throw pdf::PdfError(fmt::format(fmt::runtime(tr("The workbook {} could not be created.")),
                                        file.string()));
    }
    const Formats f = formatsOf(book);
    std::set<std::string> used;

    lxw_worksheet* summary = workbook_add_worksheet(book, sheetName(tr("Summary"), used).c_str());
    worksheet_set_column(summary, 0, 0, 110, f.wrap);
    worksheet_write_string(summary, 0, 0, data.title.c_str(), f.title);
    worksheet_write_string(summary, 1, 0, data.subtitle.c_str(), nullptr);
    lxw_row_t row = 3;
    for (const auto& p : data.summary) {
        worksheet_write_string(summary, row++, 0, p.c_str(), f.wrap);
    }
    ++row;
    for (const auto& n : data.notes) {
        worksheet_write_string(summary, row++, 0, n.c_str(), f.note);
    }

    for (const auto& table : data.tables) {
        lxw_worksheet* sheet =
            workbook_add_worksheet(book, sheetName(table.sheet.empty() ? table.title : table.sheet, used).c_str());
        worksheet_set_column(sheet, 0, 0, 42, nullptr);
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(std::max<std::size_t>(1, table.columns.size())), 14,
                             nullptr);
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.columns[c].c_str(),
                                   f.header);
        }
        lxw_row_t r = 1;
        for (const auto& line : table.rows) {
            worksheet_write_string(sheet, r, 0, line.label.c_str(), nullptr);
            for (std::size_t c = 0; c < line.values.size(); ++c) {
                writeValue(sheet, r, static_cast<lxw_col_t>(c + 1), line.values[c], f);
            }
            ++r;
        }
        worksheet_freeze_panes(sheet, 1, 1);
        if (!table.note.empty()) {
            worksheet_write_string(sheet, r + 1, 0, table.note.c_str(), f.note);
        }
    }
    // libxlsxwriter takes non-const strings but only reads them.
    std::string title = data.title, company = data.heading.letterhead.organisation;
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.company = company.data();
    workbook_set_properties(book, &properties);
    const lxw_error error = workbook_close(book);
    std::error_code ec;
    if (error != LXW_NO_ERROR) {
        std::filesystem::remove(partial, ec);
        throw pdf::PdfError(fmt::format(fmt::runtime(tr("The workbook {} could not be written ({}).")),
                                        file.string(), lxw_strerror(error)));
    }
    std::filesystem::rename(partial, file, ec);
    if (ec) {
        std::filesystem::remove(partial, ec);
        throw pdf::PdfError(fmt::format(fmt::runtime(tr("The workbook {} could not be written ({}).")),
                                        file.string(), ec.message()));
    }
}

} // namespace vigie::reports
