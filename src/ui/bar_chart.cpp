#include "bar_chart.h"

#include "screen_reader.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include <wx/dcbuffer.h>
#include <wx/graphics.h>
#include <wx/settings.h>

namespace vigie::ui {

namespace {

wxString valueText(double v) {
    if (std::abs(v - std::round(v)) < 1e-9) {
        return wxString::Format("%lld", static_cast<long long>(std::llround(v)));
    }
    wxString s = wxString::Format("%.1f", v);
    s.Replace(".", ",");
    return s;
}

} // namespace

BarChart::BarChart(wxWindow* parent, const wxString& name)
    : wxPanel(parent, wxID_ANY, wxDefaultPosition, wxDefaultSize, wxFULL_REPAINT_ON_RESIZE) {
    SetName(name);
    SetBackgroundStyle(wxBG_STYLE_PAINT);
    Bind(wxEVT_PAINT, &BarChart::onPaint, this);
    Bind(wxEVT_LEFT_UP, [this](wxMouseEvent& e) {
        const int i = lineAt(e.GetPosition());
        if (i >= 0 && onClick && !lines_[static_cast<std::size_t>(i)].link.empty()) {
            onClick(lines_[static_cast<std::size_t>(i)].link, lines_[static_cast<std::size_t>(i)].label);
        }
    });
    Bind(wxEVT_MOTION, [this](wxMouseEvent& e) {
        const int i = lineAt(e.GetPosition());
        const bool link = i >= 0 && !lines_[static_cast<std::size_t>(i)].link.empty();
        SetCursor(link ? wxCursor(wxCURSOR_HAND) : wxNullCursor);
    });
}

void BarChart::setData(const wxString& caption, std::vector<ChartLine> lines, bool hasPrevious,
                       const wxString& legendPrevious, const wxString& legendCurrent) {
    caption_ = caption;
    lines_ = std::move(lines);
    hasPrevious_ = hasPrevious;
    legendPrevious_ = legendPrevious;
    legendCurrent_ = legendCurrent;
    // Drawn bars say nothing to a screen reader: it reads the same figures as words.
    wxString spokenText = caption_;
    for (const auto& line : lines_) {
        spokenText += (&line == &lines_.front() ? wxString(L" \u2014 ") : wxString("; ")) +
                      wxString::Format(_("%s: %s"), line.label, valueText(line.current));
        if (hasPrevious_) {
            spokenText += " (" +
                          wxString::Format(_("%s: %s"), legendPrevious_, valueText(line.previous)) +
                          ")";
        }
    }
    nameForScreenReaders(this, spokenText);
    InvalidateBestSize();
    Refresh();
}

int BarChart::rowHeight() const {
    const int bar = FromDIP(9);
    return hasPrevious_ ? 2 * bar + FromDIP(8) : bar + FromDIP(8);
}

int BarChart::top() const {
    return GetCharHeight() * 2;
}

wxSize BarChart::DoGetBestClientSize() const {
    // Narrow at best: the chart takes the width its parent gives it.
    // Room below for the legend on two lines (two long periods do not fit side by side).
    return wxSize(FromDIP(200), top() + rowHeight() * static_cast<int>(lines_.size()) +
                                    GetCharHeight() * (hasPrevious_ ? 4 : 2));
}

int BarChart::lineAt(const wxPoint& p) const {
    if (p.y < top()) {
        return -1;
    }
    const int i = (p.y - top()) / rowHeight();
    return i < static_cast<int>(lines_.size()) ? i : -1;
}

void BarChart::onPaint(wxPaintEvent&) {
    wxAutoBufferedPaintDC dc(this);
    const wxColour bg = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    const wxColour fg = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    dc.SetBackground(wxBrush(bg));
    dc.Clear();
    std::unique_ptr<wxGraphicsContext> gc(wxGraphicsContext::Create(dc));
    if (!gc) {
        return;
    }
    const wxSize size = GetClientSize();
    wxFont font = GetFont();
    wxFont bold = font.Bold();
    gc->SetFont(bold, fg);
    gc->DrawText(caption_, FromDIP(4), FromDIP(2));
    gc->SetFont(font, fg);

    double labelWidth = 0;
    for (const auto& l : lines_) {
        double w = 0, h = 0;
        gc->GetTextExtent(l.label, &w, &h);
        labelWidth = std::max(labelWidth, w);
    }
    labelWidth = std::min<double>(labelWidth + FromDIP(10), size.x * 0.5);
    const double valueWidth = FromDIP(40);
    const double plot = std::max<double>(10.0, size.x - labelWidth - valueWidth - FromDIP(8));
    double maximum = 1;
    for (const auto& l : lines_) {
        maximum = std::max({maximum, l.current, hasPrevious_ ? l.previous : 0.0});
    }
    const double bar = FromDIP(9);
    // This period in the theme's text colour, the previous one hatched: both read in
    // black and white, on light and dark themes.
    const wxBrush full(fg);
    const wxBrush hatched(fg, wxBRUSHSTYLE_BDIAGONAL_HATCH);
    const wxPen outline(fg, 1);
    auto drawBar = [&](double x, double y, double value, bool previous) {
        const double w = value / maximum * plot;
        if (w >= 0.5) {
            gc->SetPen(previous ? outline : *wxTRANSPARENT_PEN);
            gc->SetBrush(previous ? hatched : full);
            gc->DrawRectangle(x, y, w, bar);
        }
        double tw = 0, th = 0;
        gc->GetTextExtent(valueText(value), &tw, &th);
        gc->DrawText(valueText(value), x + w + FromDIP(4), y + (bar - th) / 2);
    };
    double y = top();
    for (const auto& l : lines_) {
        double tw = 0, th = 0;
        gc->GetTextExtent(l.label, &tw, &th);
        gc->DrawText(l.label, FromDIP(4), y + (rowHeight() - FromDIP(8) - th) / 2);
        double by = y;
        if (hasPrevious_) {
            drawBar(labelWidth, by, l.previous, true);
            by += bar + 1;
        }
        drawBar(labelWidth, by, l.current, false);
        y += rowHeight();
    }
    if (hasPrevious_) {
        y += FromDIP(6);
        const double box = FromDIP(12);
        gc->SetPen(outline);
        gc->SetBrush(hatched);
        double tw = 0, th = 0, tw2 = 0;
        gc->GetTextExtent(legendPrevious_, &tw, &th);
        gc->GetTextExtent(legendCurrent_, &tw2, &th);
        const double width = GetClientSize().x;
        const double gap = FromDIP(4);
        // Two periods ("01/01/2025 – 02/12/2025") may not fit side by side: one per line,
        // and from the left edge when even one does not fit after the labels.
        const double x1 = labelWidth + box + gap + tw <= width ? labelWidth : gap;
        gc->DrawRectangle(x1, y, box, box * 0.7);
        gc->DrawText(legendPrevious_, x1 + box + gap, y - FromDIP(2));
        double x2 = x1 + box + tw + FromDIP(24);
        double y2 = y;
        if (x2 + box + gap + tw2 > width) {
            x2 = x1;
            y2 = y + th + gap;
        }
        gc->SetPen(*wxTRANSPARENT_PEN);
        gc->SetBrush(full);
        gc->DrawRectangle(x2, y2, box, box * 0.7);
        gc->DrawText(legendCurrent_, x2 + box + gap, y2 - FromDIP(2));
    }
}

} // namespace vigie::ui
