// A small layout library over libharu: A4 pages with the organisation's letterhead,
// headings, wrapped paragraphs, tables that break across pages and repeat their header,
// boxes to tick and lines to write on, "Page n / N" footers, and a file that is written
// whole or not at all. Knows nothing of wx or SQL.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "pdf_error.h"

namespace vigie::pdf {

struct Letterhead {
    std::string organisation; // "CCAS de Bourg-en-Bresse"
    std::string logo;         // PNG or JPEG bytes, empty when none
};

struct DocumentInfo {
    std::string title;       // shown in the header and the PDF properties
    std::string author;      // the organisation, usually
    std::string subject;
    std::string generatedOn; // "22/11/2026", printed in the footer
    Letterhead letterhead;
};

enum class Align { Left, Right, Center };

struct Column {
    std::string title;
    float width; // share of the text width; the shares of a table add up to 1
    Align align = Align::Left;
};

struct Bar {
    std::string label;
    double value = 0;
};

class Document {
public:
    explicit Document(DocumentInfo info);
    ~Document();
    Document(const Document&) = delete;
    Document& operator=(const Document&) = delete;

    void title(const std::string& text);
    // A cover page: the logo large, the organisation, the title and subtitle in the middle
    // of the page, a line at the bottom; the next content starts on a new page.
    void cover(const std::string& title, const std::string& subtitle,
               const std::string& bottomLine);
    void heading(const std::string& text);
    void subheading(const std::string& text);
    void paragraph(const std::string& text, float size = 10.0f, bool bold = false,
                   float indent = 0.0f);
    void italic(const std::string& text, float size = 9.0f); // small grey note
    // "Label: value" with the label in bold, the value wrapped beside it.
    void field(const std::string& label, const std::string& value, float labelWidth = 120.0f);
    // `numbered`: "1.", "2."... in place of the bullets (an agenda).
    void bullets(const std::vector<std::string>& items, float size = 10.0f, bool numbered = false);
    void table(const std::vector<Column>& columns,
               const std::vector<std::vector<std::string>>& rows, float size = 9.0f,
               float minRowHeight = 0.0f);
    // Square boxes to tick on paper, one per label, on one line when they fit.
    void checkboxes(const std::vector<std::string>& labels);
    // Ruled lines to write on, under a label.
    void writingLines(const std::string& label, int count);
    // A horizontal bar chart; the values print beside the bars (readable in black and
    // white). `pairs` draws two bars per label: the previous period hatched, this one full.
    void barChart(const std::string& caption, const std::vector<Bar>& bars,
                  const std::vector<Bar>& previous = {}, const std::string& legendPrevious = {},
                  const std::string& legendCurrent = {});
    void space(float points);
    void pageBreak();
    // Starts a new page unless `points` remain on this one.
    void keepTogether(float points);

    int pageCount() const;
    // Footers, metadata, then the file: written to a temporary name and renamed, so a
    // failure never leaves half a document.
    void save(const std::filesystem::path& file);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Text fit for libharu: characters outside the Basic Multilingual Plane (emoji), which
// it would drop silently, become U+FFFD; control characters other than line breaks go.
std::string printable(const std::string& utf8);

} // namespace vigie::pdf
