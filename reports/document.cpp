// Our own layout over libharu. libharu's errors are recorded by its error handler and
// turned into PdfError here, never thrown through its C frames.
#include "document.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <fstream>
#include <random>

#include <fmt/format.h>
#include <hpdf.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "fonts.h"
#include "platform/system.h"
#include "domain/percent.h"

namespace vigie::pdf {

namespace fs = std::filesystem;

namespace {

constexpr float kPageWidth = 595.276f; // A4 in points
constexpr float kPageHeight = 841.89f;
constexpr float kMarginLeft = 56.0f;
constexpr float kMarginRight = 56.0f;
constexpr float kHeaderTop = 36.0f;   // from the top edge
constexpr float kBodyTop = 96.0f;     // first line of text, from the top edge
constexpr float kBodyBottom = 60.0f;  // last line of text, from the bottom edge
constexpr float kFooterY = 30.0f;
constexpr float kTextWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr float kCellPad = 4.0f;

float leadingOf(float size) {
    return size * 1.32f;
}

} // namespace

std::string printable(const std::string& utf8) {
    const std::string_view in = text::isValidUtf8(utf8) ? std::string_view(utf8) : std::string_view();
    std::string out;
    out.reserve(in.size());
    std::size_t pos = 0;
    while (pos < in.size()) {
        const char32_t cp = text::decodeUtf8(in, pos);
        if (cp == '\t') {
            out.push_back(' ');
        } else if (cp == '\n') {
            out.push_back('\n');
        } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            continue;
        } else if (cp > 0xFFFF) {
            text::appendUtf8(out, 0xFFFD);
        } else {
            text::appendUtf8(out, cp);
        }
    }
    return out;
}

struct Document::Impl {
    DocumentInfo info;
    HPDF_Doc pdf = nullptr;
    HPDF_Font regular = nullptr;
    HPDF_Font bold = nullptr;
    HPDF_Image logo = nullptr;
    std::vector<HPDF_Page> pages;
    HPDF_Page page = nullptr;
    float y = 0; // baseline of the next line, from the bottom edge
    HPDF_STATUS error = HPDF_OK;
    HPDF_STATUS detail = 0;

    static void onError(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
        auto* self = static_cast<Impl*>(user);
        if (self->error == HPDF_OK) {
            self->error = error;
            self->detail = detail;
        }
    }

    void check(const char* doing) {
        if (error != HPDF_OK) {
            const auto e = error;
            const auto d = detail;
            error = HPDF_OK;
            HPDF_ResetError(pdf);
            throw PdfError(fmt::format(fmt::runtime(tr("The PDF document could not be made "
                                                       "(libharu error {:#06x}/{} while {}).")),
                                       static_cast<unsigned>(e), static_cast<unsigned>(d),
                                       doing));
        }
    }

    float width(const std::string& s, HPDF_Font font, float size) {
        HPDF_Page_SetFontAndSize(page, font, size);
        return HPDF_Page_TextWidth(page, s.c_str());
    }

    // The columns' shares of the width, widened where a word would not fit whole (a date,
    // a reference, a header cut in the middle reads badly): what they need is taken from
    // the columns that have room to spare, in proportion to that room.
    std::vector<float> fitColumns(const std::vector<Column>& columns,
                                  const std::vector<std::vector<std::string>>& rows, float size) {
        std::vector<float> widths, needed;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            widths.push_back(columns[c].width * kTextWidth);
            float longest = longestWord(columns[c].title, bold, size);
            for (const auto& row : rows) {
                if (c < row.size()) {
                    longest = std::max(longest, longestWord(row[c], regular, size));
                }
            }
            needed.push_back(longest + 2 * kCellPad + 0.5f);
        }
        float missing = 0, spare = 0;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            missing += std::max(0.0f, needed[c] - widths[c]);
            spare += std::max(0.0f, widths[c] - needed[c]);
        }
        if (missing <= 0 || spare < missing) {
            return widths; // nothing to do, or no room: words break by characters as before
        }
        const float take = missing / spare;
        for (std::size_t c = 0; c < widths.size(); ++c) {
            widths[c] = needed[c] > widths[c] ? needed[c] : widths[c] - (widths[c] - needed[c]) * take;
        }
        return widths;
    }

    float longestWord(const std::string& text, HPDF_Font font, float size) {
        float longest = 0;
        std::size_t i = 0;
        const std::string s = printable(text);
        while (i < s.size()) {
            std::size_t j = s.find_first_of(" \n", i);
            if (j == std::string::npos) {
                j = s.size();
            }
            if (j > i) {
                longest = std::max(longest, width(s.substr(i, j - i), font, size));
            }
            i = j + 1;
        }
        return longest;
    }

    // Greedy wrapping measured with the font: libharu's own TextRect wraps badly.
    std::vector<std::string> wrap(const std::string& raw, HPDF_Font font, float size,
                                  float maxWidth) {
        const std::string s = printable(raw);
        std::vector<std::string> lines;
        std::size_t start = 0;
        while (start <= s.size()) {
            std::size_t end = s.find('\n', start);
            if (end == std::string::npos) {
                end = s.size();
            }
            const std::string para = s.substr(start, end - start);
            std::string line;
            std::size_t i = 0;
            bool any = false;
            while (i < para.size()) {
                while (i < para.size() && para[i] == ' ') {
                    ++i;
                }
                std::size_t j = para.find(' ', i);
                if (j == std::string::npos) {
                    j = para.size();
                }
                if (i >= j) {
                    break;
                }
                std::string word = para.substr(i, j - i);
                i = j;
                const std::string candidate = line.empty() ? word : line + " " + word;
                if (width(candidate, font, size) <= maxWidth) {
                    line = candidate;
                    continue;
                }
                if (!line.empty()) {
                    lines.push_back(line);
                    any = true;
                    line.clear();
                }
                // A word wider than the line (a long reference, a URL) breaks by characters.
                while (width(word, font, size) > maxWidth) {
                    std::size_t cut = 0, pos = 0;
                    while (pos < word.size()) {
                        std::size_t next = pos;
                        text::decodeUtf8(word, next);
                        if (width(word.substr(0, next), font, size) > maxWidth && cut > 0) {
                            break;
                        }
                        cut = pos = next;
                    }
                    if (cut == 0 || cut >= word.size()) {
                        break;
                    }
                    lines.push_back(word.substr(0, cut));
                    any = true;
                    word = word.substr(cut);
                }
                line = word;
            }
            if (!line.empty() || !any) {
                lines.push_back(line);
            }
            start = end + 1;
        }
        return lines;
    }

    void text(float x, float baseline, const std::string& s, HPDF_Font font, float size) {
        HPDF_Page_BeginText(page);
        HPDF_Page_SetFontAndSize(page, font, size);
        HPDF_Page_TextOut(page, x, baseline, s.c_str());
        HPDF_Page_EndText(page);
    }

    void alignedText(float left, float cellWidth, float baseline, const std::string& s,
                     HPDF_Font font, float size, Align align) {
        float x = left;
        if (align != Align::Left) {
            const float w = width(s, font, size);
            x = align == Align::Right ? left + cellWidth - w : left + (cellWidth - w) / 2;
        }
        text(x, baseline, s, font, size);
    }

    void rule(float x1, float y1, float x2, float y2, float gray = 0.55f, float lineWidth = 0.5f) {
        HPDF_Page_SetGrayStroke(page, gray);
        HPDF_Page_SetLineWidth(page, lineWidth);
        HPDF_Page_MoveTo(page, x1, y1);
        HPDF_Page_LineTo(page, x2, y2);
        HPDF_Page_Stroke(page);
    }

    void newPage() {
        page = HPDF_AddPage(pdf);
        HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        pages.push_back(page);
        drawLetterhead();
        y = kPageHeight - kBodyTop;
        check("adding a page");
    }

    void drawLetterhead() {
        const float top = kPageHeight - kHeaderTop;
        float x = kMarginLeft;
        if (logo) {
            const float h = 34.0f;
            const float w = std::min(120.0f, h * static_cast<float>(HPDF_Image_GetWidth(logo)) /
                                                 std::max(1u, HPDF_Image_GetHeight(logo)));
            const float hh = w * static_cast<float>(HPDF_Image_GetHeight(logo)) /
                             std::max(1u, HPDF_Image_GetWidth(logo));
            HPDF_Page_DrawImage(page, logo, x, top - hh, w, hh);
            x += w + 10.0f;
        }
        HPDF_Page_SetGrayFill(page, 0.0f);
        if (!info.letterhead.organisation.empty()) {
            text(x, top - 14.0f, printable(info.letterhead.organisation), bold, 11.0f);
        }
        const std::string t = printable(info.title);
        text(kPageWidth - kMarginRight - width(t, regular, 8.5f), top - 14.0f, t, regular, 8.5f);
        rule(kMarginLeft, top - 42.0f, kPageWidth - kMarginRight, top - 42.0f, 0.4f, 0.8f);
    }

    void ensure(float points) {
        if (y - points < kBodyBottom) {
            newPage();
        }
    }

    // Lines of text at the cursor, breaking pages as they fill.
    void lines(const std::vector<std::string>& ls, HPDF_Font font, float size, float x) {
        const float lead = leadingOf(size);
        for (const auto& l : ls) {
            ensure(lead);
            y -= size;
            text(x, y, l, font, size);
            y -= lead - size;
        }
    }
};

Document::Document(DocumentInfo info) : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.info = std::move(info);
    const FontFiles fonts = findFonts();
    d.pdf = HPDF_New(&Impl::onError, impl_.get());
    if (!d.pdf) {
        throw PdfError(tr("The PDF library could not start (out of memory?)."));
    }
    HPDF_SetCompressionMode(d.pdf, HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(d.pdf);
    HPDF_SetCurrentEncoder(d.pdf, "UTF-8");
    const char* regularName =
        HPDF_LoadTTFontFromFile(d.pdf, fileNameForC(fonts.regular).c_str(), HPDF_TRUE);
    const char* boldName = HPDF_LoadTTFontFromFile(d.pdf, fileNameForC(fonts.bold).c_str(), HPDF_TRUE);
    d.check("loading the DejaVu Sans font");
    d.regular = HPDF_GetFont(d.pdf, regularName, "UTF-8");
    d.bold = HPDF_GetFont(d.pdf, boldName, "UTF-8");
    d.check("loading the DejaVu Sans font");
    const std::string& logo = d.info.letterhead.logo;
    if (logo.size() > 8) {
        const auto* bytes = reinterpret_cast<const HPDF_BYTE*>(logo.data());
        const auto size = static_cast<HPDF_UINT>(logo.size());
        if (logo.compare(0, 4, "\x89PNG") == 0) {
            d.logo = HPDF_LoadPngImageFromMem(d.pdf, bytes, size);
        } else if (logo.compare(0, 2, "\xFF\xD8") == 0) {
            d.logo = HPDF_LoadJpegImageFromMem(d.pdf, bytes, size);
        }
        if (d.error != HPDF_OK) {
            // A logo libharu cannot read (interlaced PNG, CMYK JPEG...) is left out.
            d.error = HPDF_OK;
            HPDF_ResetError(d.pdf);
            d.logo = nullptr;
        }
    }
    d.newPage();
}

Document::~Document() {
    if (impl_->pdf) {
        HPDF_Free(impl_->pdf);
    }
}

void Document::title(const std::string& text) {
    Impl& d = *impl_;
    const auto ls = d.wrap(text, d.bold, 16.0f, kTextWidth);
    d.lines(ls, d.bold, 16.0f, kMarginLeft);
    d.y -= 6.0f;
}

void Document::cover(const std::string& title, const std::string& subtitle,
                     const std::string& bottomLine) {
    Impl& d = *impl_;
    auto centred = [&](const std::string& text, HPDF_Font font, float size, float& y) {
        for (const auto& line : d.wrap(text, font, size, kTextWidth)) {
            d.text((kPageWidth - d.width(line, font, size)) / 2.0f, y, line, font, size);
            y -= size * 1.35f;
        }
    };
    float y = kPageHeight * 0.66f;
    if (d.logo) {
        const float maxW = 180.0f, maxH = 110.0f;
        const float iw = static_cast<float>(std::max(1u, HPDF_Image_GetWidth(d.logo)));
        const float ih = static_cast<float>(std::max(1u, HPDF_Image_GetHeight(d.logo)));
        const float scale = std::min(maxW / iw, maxH / ih);
        HPDF_Page_DrawImage(d.page, d.logo, (kPageWidth - iw * scale) / 2.0f, y, iw * scale,
                            ih * scale);
        y -= 30.0f;
    }
    HPDF_Page_SetGrayFill(d.page, 0.0f);
    if (!d.info.letterhead.organisation.empty()) {
        centred(printable(d.info.letterhead.organisation), d.bold, 18.0f, y);
        y -= 24.0f;
    }
    centred(printable(title), d.bold, 26.0f, y);
    y -= 8.0f;
    HPDF_Page_SetGrayFill(d.page, 0.3f);
    centred(printable(subtitle), d.regular, 13.0f, y);
    float bottom = kBodyBottom + 40.0f;
    centred(printable(bottomLine), d.regular, 10.0f, bottom);
    HPDF_Page_SetGrayFill(d.page, 0.0f);
    d.check("drawing the cover");
    d.newPage();
}

void Document::heading(const std::string& text) {
    Impl& d = *impl_;
    d.ensure(100.0f); // never a heading alone at the bottom of a page, nor with a bare header
    d.y -= 8.0f;
    d.lines(d.wrap(text, d.bold, 13.0f, kTextWidth), d.bold, 13.0f, kMarginLeft);
    d.rule(kMarginLeft, d.y + 2.0f, kMarginLeft + kTextWidth, d.y + 2.0f, 0.7f, 0.5f);
    d.y -= 4.0f;
}

void Document::subheading(const std::string& text) {
    Impl& d = *impl_;
    d.ensure(40.0f);
    d.y -= 4.0f;
    d.lines(d.wrap(text, d.bold, 11.0f, kTextWidth), d.bold, 11.0f, kMarginLeft);
    d.y -= 2.0f;
}

void Document::paragraph(const std::string& text, float size, bool bold, float indent) {
    Impl& d = *impl_;
    HPDF_Font font = bold ? d.bold : d.regular;
    d.lines(d.wrap(text, font, size, kTextWidth - indent), font, size, kMarginLeft + indent);
    d.y -= size * 0.4f;
}

void Document::italic(const std::string& text, float size) {
    Impl& d = *impl_;
    HPDF_Page_SetGrayFill(d.page, 0.3f);
    d.lines(d.wrap(text, d.regular, size, kTextWidth), d.regular, size, kMarginLeft);
    HPDF_Page_SetGrayFill(d.page, 0.0f);
    d.y -= size * 0.4f;
}

void Document::field(const std::string& label, const std::string& value, float labelWidth) {
    Impl& d = *impl_;
    const float size = 10.0f;
    const auto labelLines = d.wrap(label, d.bold, size, labelWidth - 6.0f);
    const auto valueLines = d.wrap(value.empty() ? "\u2014" : value, d.regular, size,
                                   kTextWidth - labelWidth);
    const float lead = leadingOf(size);
    const std::size_t n = std::max(labelLines.size(), valueLines.size());
    for (std::size_t i = 0; i < n; ++i) {
        d.ensure(lead);
        d.y -= size;
        if (i < labelLines.size()) {
            d.text(kMarginLeft, d.y, labelLines[i], d.bold, size);
        }
        if (i < valueLines.size()) {
            d.text(kMarginLeft + labelWidth, d.y, valueLines[i], d.regular, size);
        }
        d.y -= lead - size;
    }
    d.y -= 2.0f;
}

void Document::bullets(const std::vector<std::string>& items, float size, bool numbered) {
    Impl& d = *impl_;
    // Room for the widest marker ("13." on an agenda of thirteen items), and a space.
    const float indent =
        numbered ? std::max(14.0f, 3.0f + d.width(fmt::format("{}.", items.size()), d.regular,
                                                  size) + 5.0f)
                 : 14.0f;
    int number = 0;
    for (const auto& item : items) {
        const std::string marker = numbered ? fmt::format("{}.", ++number) : "\u2022";
        const auto ls = d.wrap(item, d.regular, size, kTextWidth - indent);
        const float lead = leadingOf(size);
        for (std::size_t i = 0; i < ls.size(); ++i) {
            d.ensure(lead);
            d.y -= size;
            if (i == 0) {
                d.text(kMarginLeft + 3.0f, d.y, marker, d.regular, size);
            }
            d.text(kMarginLeft + indent, d.y, ls[i], d.regular, size);
            d.y -= lead - size;
        }
    }
    d.y -= size * 0.4f;
}

void Document::table(const std::vector<Column>& columns,
                     const std::vector<std::vector<std::string>>& rows, float size,
                     float minRowHeight) {
    Impl& d = *impl_;
    if (columns.empty()) {
        return;
    }
    const float lead = leadingOf(size);
    const std::vector<float> widths = d.fitColumns(columns, rows, size);
    std::vector<float> xs{kMarginLeft};
    for (float w : widths) {
        xs.push_back(xs.back() + w);
    }
    auto cellLines = [&](const std::vector<std::string>& cells, HPDF_Font font) {
        std::vector<std::vector<std::string>> out;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const std::string value = c < cells.size() ? cells[c] : std::string();
            out.push_back(d.wrap(value, font, size, widths[c] - 2 * kCellPad));
        }
        return out;
    };
    std::vector<std::string> titles;
    for (const auto& c : columns) {
        titles.push_back(c.title);
    }
    const auto headerLines = cellLines(titles, d.bold);
    std::size_t headerCount = 1;
    for (const auto& l : headerLines) {
        headerCount = std::max(headerCount, l.size());
    }
    const float headerHeight = headerCount * lead + 2 * kCellPad;

    auto drawRow = [&](const std::vector<std::vector<std::string>>& cells, std::size_t from,
                       std::size_t count, float height, HPDF_Font font, bool shaded) {
        const float top = d.y;
        if (shaded) {
            HPDF_Page_SetGrayFill(d.page, 0.88f);
            HPDF_Page_Rectangle(d.page, xs.front(), top - height, xs.back() - xs.front(), height);
            HPDF_Page_Fill(d.page);
            HPDF_Page_SetGrayFill(d.page, 0.0f);
        }
        for (std::size_t c = 0; c < columns.size(); ++c) {
            float baseline = top - kCellPad - size;
            for (std::size_t i = from; i < from + count && i < cells[c].size(); ++i) {
                d.alignedText(xs[c] + kCellPad, widths[c] - 2 * kCellPad, baseline, cells[c][i],
                              font, size, columns[c].align);
                baseline -= lead;
            }
        }
        HPDF_Page_SetGrayStroke(d.page, 0.55f);
        HPDF_Page_SetLineWidth(d.page, 0.5f);
        HPDF_Page_Rectangle(d.page, xs.front(), top - height, xs.back() - xs.front(), height);
        for (std::size_t c = 1; c < columns.size(); ++c) {
            HPDF_Page_MoveTo(d.page, xs[c], top);
            HPDF_Page_LineTo(d.page, xs[c], top - height);
        }
        HPDF_Page_Stroke(d.page);
        d.y -= height;
    };
    auto header = [&] { drawRow(headerLines, 0, headerCount, headerHeight, d.bold, true); };

    // The header never stands alone: room for it and the first row (kept whole below).
    std::size_t firstLines = 1;
    if (!rows.empty()) {
        for (const auto& l : cellLines(rows.front(), d.regular)) {
            firstLines = std::max(firstLines, l.size());
        }
    }
    d.ensure(headerHeight + static_cast<float>(std::min<std::size_t>(firstLines, 6)) * lead +
             2 * kCellPad);
    header();
    for (const auto& row : rows) {
        const auto cells = cellLines(row, d.regular);
        std::size_t total = 1;
        for (const auto& l : cells) {
            total = std::max(total, l.size());
        }
        std::size_t done = 0;
        while (done < total) {
            const float room = d.y - kBodyBottom - 2 * kCellPad;
            std::size_t fit = room > 0 ? static_cast<std::size_t>(room / lead) : 0;
            const std::size_t left = total - done;
            const float wanted = std::max(left * lead + 2 * kCellPad, minRowHeight);
            // Keep short rows whole; split only a row taller than what is left.
            if (fit < left && (left <= 6 || fit < 2) ) {
                d.newPage();
                header();
                continue;
            }
            const std::size_t count = std::min(fit, left);
            const float height = count == left ? wanted : count * lead + 2 * kCellPad;
            drawRow(cells, done, count, height, d.regular, false);
            done += count;
            if (done < total) {
                d.newPage();
                header();
            }
        }
    }
    d.y -= 8.0f;
    d.check("drawing a table");
}

void Document::checkboxes(const std::vector<std::string>& labels) {
    Impl& d = *impl_;
    const float size = 10.0f, box = 10.0f;
    d.ensure(leadingOf(size) + 4.0f);
    float x = kMarginLeft;
    d.y -= size + 2.0f;
    for (const auto& label : labels) {
        const std::string l = printable(label);
        const float w = box + 6.0f + d.width(l, d.regular, size) + 18.0f;
        if (x + w > kMarginLeft + kTextWidth && x > kMarginLeft) {
            x = kMarginLeft;
            d.y -= leadingOf(size) + 4.0f;
            d.ensure(leadingOf(size));
        }
        HPDF_Page_SetGrayStroke(d.page, 0.0f);
        HPDF_Page_SetLineWidth(d.page, 0.8f);
        HPDF_Page_Rectangle(d.page, x, d.y - 1.5f, box, box);
        HPDF_Page_Stroke(d.page);
        d.text(x + box + 6.0f, d.y, l, d.regular, size);
        x += w;
    }
    d.y -= leadingOf(size);
}

void Document::writingLines(const std::string& label, int count) {
    Impl& d = *impl_;
    d.ensure(leadingOf(10.0f) + 22.0f * std::min(count, 3));
    d.lines(d.wrap(label, d.bold, 10.0f, kTextWidth), d.bold, 10.0f, kMarginLeft);
    for (int i = 0; i < count; ++i) {
        d.ensure(22.0f);
        d.y -= 22.0f;
        d.rule(kMarginLeft, d.y, kMarginLeft + kTextWidth, d.y, 0.6f, 0.5f);
    }
    d.y -= 8.0f;
}

void Document::barChart(const std::string& caption, const std::vector<Bar>& bars,
                        const std::vector<Bar>& previous, const std::string& legendPrevious,
                        const std::string& legendCurrent) {
    Impl& d = *impl_;
    const float size = 8.5f;
    const bool pairs = !previous.empty();
    const float barHeight = 9.0f;
    const float rowHeight = pairs ? 2 * barHeight + 6.0f : barHeight + 6.0f;
    const float labelWidth = 150.0f;
    const float valueWidth = 40.0f;
    const float plotWidth = kTextWidth - labelWidth - valueWidth;
    double maximum = 0;
    for (const auto& b : bars) {
        maximum = std::max(maximum, b.value);
    }
    for (const auto& b : previous) {
        maximum = std::max(maximum, b.value);
    }
    if (maximum <= 0) {
        maximum = 1;
    }
    // A chart of up to a year of months stays on one page; longer ones may break.
    d.ensure(40.0f + rowHeight * static_cast<float>(std::min<std::size_t>(bars.size(), 14)));
    d.lines(d.wrap(caption, d.bold, 10.0f, kTextWidth), d.bold, 10.0f, kMarginLeft);
    d.y -= 4.0f;
    auto value = [](double v) {
        const bool whole = std::abs(v - std::round(v)) < 1e-9;
        return frenchDecimal(v, whole ? 0 : 1);
    };
    auto drawBar = [&](float top, double v, bool hatched) {
        const float w = static_cast<float>(v / maximum) * plotWidth;
        const float x = kMarginLeft + labelWidth;
        if (w > 0.5f) {
            if (hatched) {
                // Outlined and hatched: tells the two years apart without colour.
                HPDF_Page_SetGrayStroke(d.page, 0.0f);
                HPDF_Page_SetLineWidth(d.page, 0.6f);
                HPDF_Page_Rectangle(d.page, x, top - barHeight, w, barHeight);
                HPDF_Page_Stroke(d.page);
                HPDF_Page_SetLineWidth(d.page, 0.4f);
                for (float hx = x + 3.0f; hx < x + w + barHeight; hx += 4.0f) {
                    const float x1 = std::max(x, hx - barHeight);
                    const float y1 = top - barHeight + (x1 - (hx - barHeight));
                    const float x2 = std::min(hx, x + w);
                    const float y2 = top - (hx - x2);
                    HPDF_Page_MoveTo(d.page, x1, y1);
                    HPDF_Page_LineTo(d.page, x2, y2);
                }
                HPDF_Page_Stroke(d.page);
            } else {
                HPDF_Page_SetGrayFill(d.page, 0.25f);
                HPDF_Page_Rectangle(d.page, x, top - barHeight, w, barHeight);
                HPDF_Page_Fill(d.page);
                HPDF_Page_SetGrayFill(d.page, 0.0f);
            }
        }
        d.text(x + w + 4.0f, top - barHeight + 1.5f, value(v), d.regular, size);
    };
    for (std::size_t i = 0; i < bars.size(); ++i) {
        d.ensure(rowHeight);
        const float top = d.y;
        const auto label = d.wrap(bars[i].label, d.regular, size, labelWidth - 8.0f);
        d.text(kMarginLeft, top - barHeight + 1.5f, label.empty() ? "" : label[0], d.regular, size);
        if (pairs) {
            drawBar(top, i < previous.size() ? previous[i].value : 0, true);
            drawBar(top - barHeight - 1.0f, bars[i].value, false);
        } else {
            drawBar(top, bars[i].value, false);
        }
        d.y -= rowHeight;
    }
    if (pairs) {
        d.ensure(16.0f);
        d.y -= 12.0f;
        const float x = kMarginLeft + labelWidth;
        HPDF_Page_SetGrayStroke(d.page, 0.0f);
        HPDF_Page_SetLineWidth(d.page, 0.6f);
        HPDF_Page_Rectangle(d.page, x, d.y, 14.0f, 8.0f);
        HPDF_Page_Stroke(d.page);
        d.text(x + 18.0f, d.y + 1.0f, printable(legendPrevious), d.regular, size);
        const float x2 = x + 40.0f + d.width(printable(legendPrevious), d.regular, size);
        HPDF_Page_SetGrayFill(d.page, 0.25f);
        HPDF_Page_Rectangle(d.page, x2, d.y, 14.0f, 8.0f);
        HPDF_Page_Fill(d.page);
        HPDF_Page_SetGrayFill(d.page, 0.0f);
        d.text(x2 + 18.0f, d.y + 1.0f, printable(legendCurrent), d.regular, size);
    }
    d.y -= 10.0f;
    d.check("drawing a chart");
}

void Document::space(float points) {
    Impl& d = *impl_;
    d.y -= points;
    if (d.y < kBodyBottom) {
        d.newPage();
    }
}

void Document::pageBreak() {
    impl_->newPage();
}

void Document::keepTogether(float points) {
    impl_->ensure(points);
}

int Document::pageCount() const {
    return static_cast<int>(impl_->pages.size());
}

void Document::save(const fs::path& file) {
    Impl& d = *impl_;
    const int total = pageCount();
    for (int i = 0; i < total; ++i) {
        d.page = d.pages[static_cast<std::size_t>(i)];
        HPDF_Page_SetGrayFill(d.page, 0.35f);
        const std::string pageText =
            fmt::format(fmt::runtime(tr("Page {} / {}")), i + 1, total);
        d.text(kPageWidth - kMarginRight - d.width(pageText, d.regular, 8.0f), kFooterY, pageText,
               d.regular, 8.0f);
        if (!d.info.generatedOn.empty()) {
            d.text(kMarginLeft, kFooterY,
                   fmt::format(fmt::runtime(tr("Made with Vigie on {}")), d.info.generatedOn),
                   d.regular, 8.0f);
        }
        HPDF_Page_SetGrayFill(d.page, 0.0f);
    }
    HPDF_SetInfoAttr(d.pdf, HPDF_INFO_TITLE, printable(d.info.title).c_str());
    HPDF_SetInfoAttr(d.pdf, HPDF_INFO_AUTHOR, printable(d.info.author).c_str());
    HPDF_SetInfoAttr(d.pdf, HPDF_INFO_SUBJECT, printable(d.info.subject).c_str());
    HPDF_SetInfoAttr(d.pdf, HPDF_INFO_CREATOR, "Vigie");
    const std::tm local = platform::localCalendarTime(std::time(nullptr));
    HPDF_Date date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour,
                   local.tm_min, local.tm_sec, ' ', 0, 0};
    HPDF_SetInfoDateAttr(d.pdf, HPDF_INFO_CREATION_DATE, date);
    d.check("finishing the document");

    std::error_code ec;
    const fs::path folder = file.has_parent_path() ? file.parent_path() : fs::path(".");
    if (!fs::is_directory(folder, ec)) {
        throw PdfError(fmt::format(fmt::runtime(tr("Cannot write {}: the folder {} does not "
                                                   "exist.")),
                                   file.string(), folder.string()));
    }
    std::random_device random;
    fs::path temporary = file;
    temporary += fmt::format(".{:08x}.partial", random());
    // Saved through memory and written by the C++ library: libharu's fopen takes names in
    // the Windows ANSI code page, where a folder named with accents may not exist.
    HPDF_SaveToStream(d.pdf);
    std::string bytes(HPDF_GetStreamSize(d.pdf), '\0');
    HPDF_UINT32 size = static_cast<HPDF_UINT32>(bytes.size());
    if (d.error == HPDF_OK && size > 0) {
        HPDF_ReadFromStream(d.pdf, reinterpret_cast<HPDF_BYTE*>(bytes.data()), &size);
        bytes.resize(size);
    }
    if (d.error == HPDF_OK || d.error == HPDF_STREAM_EOF) {
        d.error = HPDF_OK;
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) {
            d.error = HPDF_FILE_IO_ERROR;
        }
    }
    if (d.error != HPDF_OK) {
        fs::remove(temporary, ec);
        d.error = HPDF_OK;
        HPDF_ResetError(d.pdf);
        throw PdfError(fmt::format(fmt::runtime(tr("Cannot write {}: the folder cannot be "
                                                   "written to, or the disk is full.")),
                                   file.string()));
    }
    fs::rename(temporary, file, ec);
    if (ec) {
        fs::remove(temporary, ec);
        throw PdfError(fmt::format(fmt::runtime(tr("Cannot write {}: {}")), file.string(),
                                   ec.message()));
    }
}

} // namespace vigie::pdf
