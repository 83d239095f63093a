// The French user guide (assets/help), in a window of its own beside the program: one
// page per section and menu, with Contents, Back and Forward.
#pragma once

#include <string>

#include <wx/frame.h>
#include <wx/html/htmlwin.h>

namespace vigie::ui {

// The page's colours: the system's window background and text, and a readable link colour.
struct HelpColours {
    wxColour background, text, link;
};

class HelpWindow : public wxFrame {
public:
    // Shows `page` ("fiches.html") in the help window, opening it when needed.
    static HelpWindow* show(wxWindow* parent, const std::string& page);
    // The open help window, if any (for the tests).
    static HelpWindow* current();

    wxHtmlWindow* html() const { return html_; }
    void load(const std::string& page);
    // What every page is shown with, from the current system theme.
    static HelpColours colours();
    // WCAG contrast ratio of two colours (1 to 21).
    static double contrastRatio(const wxColour& a, const wxColour& b);

private:
    explicit HelpWindow(wxWindow* parent);
    ~HelpWindow() override;
    wxHtmlWindow* html_ = nullptr;
};

} // namespace vigie::ui
