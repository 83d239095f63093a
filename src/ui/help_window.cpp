#include "help_window.h"

#include <algorithm>
#include <cmath>

#include <wx/button.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/html/htmlproc.h>
#include <wx/settings.h>
#include <wx/sizer.h>

#include "platform/system.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {
HelpWindow* instance = nullptr;

// WCAG relative luminance and contrast ratio: a link colour must stay readable on the page.
double luminance(const wxColour& c) {
    auto channel = [](unsigned char v) {
        const double x = v / 255.0;
        return x <= 0.03928 ? x / 12.92 : std::pow((x + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.Red()) + 0.7152 * channel(c.Green()) + 0.0722 * channel(c.Blue());
}

double contrast(const wxColour& a, const wxColour& b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// wxHTML paints black text on its own background whatever the theme: under a dark theme
// the guide was the one black-on-white window. Every page goes through this processor,
// which gives its <body> the system's colours, read afresh at each page.
class SystemColours : public wxHtmlProcessor {
public:
    wxString Process(const wxString& text) const override {
        const auto body = text.Lower().find("<body");
        if (body == wxString::npos) {
            return text;
        }
        const HelpColours c = HelpWindow::colours();
        const wxString attributes = wxString::Format(
            " bgcolor=\"%s\" text=\"%s\" link=\"%s\"", c.background.GetAsString(wxC2S_HTML_SYNTAX),
            c.text.GetAsString(wxC2S_HTML_SYNTAX), c.link.GetAsString(wxC2S_HTML_SYNTAX));
        // Placed first: wxHTML reads the first of repeated attributes.
        wxString out = text;
        out.insert(body + 5, attributes);
        return out;
    }
};
} // namespace

HelpColours HelpWindow::colours() {
    HelpColours c;
    c.background = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW);
    c.text = wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT);
    c.link = wxSystemSettings::GetColour(wxSYS_COLOUR_HOTLIGHT);
    // The theme's link colour when it reads well (4.5:1, WCAG AA), else GNOME's blues: the
    // dark one on a light page, the light one on a dark page.
    if (!c.link.IsOk() || contrast(c.link, c.background) < 4.5) {
        c.link = luminance(c.background) > 0.18 ? wxColour(0x1A, 0x5F, 0xB4)
                                                : wxColour(0x99, 0xC1, 0xF1);
    }
    return c;
}

double HelpWindow::contrastRatio(const wxColour& a, const wxColour& b) {
    return contrast(a, b);
}

HelpWindow::HelpWindow(wxWindow* parent)
    : wxFrame(parent, wxID_ANY, _("Vigie user guide"), wxDefaultPosition,
              wxSize(FromDIP(760), FromDIP(640))) {
    SetName("help_window");
    auto* panel = new wxPanel(this);
    auto* buttons = new wxBoxSizer(wxHORIZONTAL);
    auto add = [&](const wxString& label, std::function<void()> action) {
        auto* b = new wxButton(panel, wxID_ANY, label);
        b->Bind(wxEVT_BUTTON, [action](wxCommandEvent&) { action(); });
        buttons->Add(b, 0, wxRIGHT, 6);
        return b;
    };
    html_ = new wxHtmlWindow(panel, wxID_ANY);
    html_->SetName("help_page");
    html_->SetHTMLBackgroundColour(colours().background);
    html_->AddProcessor(new SystemColours); // owned by the window
    add(_("&Contents"), [this] { load("index.html"); });
    add(_("&Back"), [this] { html_->HistoryBack(); });
    add(_("&Forward"), [this] { html_->HistoryForward(); });
    buttons->AddStretchSpacer();
    add(_("C&lose"), [this] { Close(); });
    auto* sizer = new wxBoxSizer(wxVERTICAL);
    sizer->Add(buttons, 0, wxEXPAND | wxALL, 6);
    sizer->Add(html_, 1, wxEXPAND);
    panel->SetSizer(sizer);
    // Escape closes the guide, Alt+Left goes back, as in a browser.
    wxAcceleratorEntry keys[] = {{wxACCEL_NORMAL, WXK_ESCAPE, wxID_CLOSE},
                                 {wxACCEL_ALT, WXK_LEFT, wxID_BACKWARD},
                                 {wxACCEL_ALT, WXK_RIGHT, wxID_FORWARD}};
    SetAcceleratorTable(wxAcceleratorTable(3, keys));
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { Close(); }, wxID_CLOSE);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { html_->HistoryBack(); }, wxID_BACKWARD);
    Bind(wxEVT_MENU, [this](wxCommandEvent&) { html_->HistoryForward(); }, wxID_FORWARD);
    wxConfigBase* config = wxConfigBase::Get();
    SetSize(config->ReadLong("/Help/Width", FromDIP(760)), config->ReadLong("/Help/Height", FromDIP(640)));
    Bind(wxEVT_CLOSE_WINDOW, [this](wxCloseEvent& e) {
        if (!IsMaximized()) {
            wxConfigBase::Get()->Write("/Help/Width", GetSize().x);
            wxConfigBase::Get()->Write("/Help/Height", GetSize().y);
        }
        e.Skip();
    });
}

HelpWindow::~HelpWindow() {
    if (instance == this) {
        instance = nullptr;
    }
}

HelpWindow* HelpWindow::current() {
    return instance;
}

void HelpWindow::load(const std::string& page) {
    const auto file = platform::helpDirectory() / page;
    if (!html_->LoadFile(wxFileName(wx(platform::utf8(file))))) {
        html_->SetPage(wxString::Format("<html><body><p>%s</p><p><tt>%s</tt></p></body></html>",
                                        _("This page of the guide is missing from the installation:"),
                                        wx(platform::utf8(file))));
    }
}

HelpWindow* HelpWindow::show(wxWindow* parent, const std::string& page) {
    if (!instance) {
        instance = new HelpWindow(parent);
        instance->CentreOnParent(); // over the program, not in a corner of the screen
    }
    instance->load(page);
    instance->Show();
    instance->Raise();
    return instance;
}

} // namespace vigie::ui
