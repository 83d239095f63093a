// A small bar chart drawn with wxGraphicsContext: one line per label, this period's bar
// full and the previous period's hatched above it (readable without colour, like the
// PDF's). A click on a line reports its link (the reports behind it).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/panel.h>

namespace vigie::ui {

struct ChartLine {
    wxString label;
    double current = 0;
    double previous = 0;
    std::string link; // empty when the line opens nothing
};

class BarChart : public wxPanel {
public:
    explicit BarChart(wxWindow* parent, const wxString& name);
    // `hasPrevious` false: one bar per line, no legend for the previous period.
    void setData(const wxString& caption, std::vector<ChartLine> lines, bool hasPrevious,
                 const wxString& legendPrevious, const wxString& legendCurrent);
    std::function<void(const std::string& link, const wxString& label)> onClick;

    const std::vector<ChartLine>& lines() const { return lines_; }
    wxSize DoGetBestClientSize() const override;

private:
    void onPaint(wxPaintEvent&);
    int lineAt(const wxPoint& p) const;
    int rowHeight() const;
    int top() const;

    wxString caption_, legendPrevious_, legendCurrent_;
    std::vector<ChartLine> lines_;
    bool hasPrevious_ = false;
};

} // namespace vigie::ui
