#include "help_window.h"

#include <wx/button.h>
#include <wx/config.h>
#include <wx/filename.h>
#include <wx/sizer.h>

#include "storage/platform.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {
HelpWindow* instance = nullptr;
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
    const auto file = storage::helpDirectory() / page;
    if (!html_->LoadFile(wxFileName(wx(storage::utf8(file))))) {
        html_->SetPage(wxString::Format("<html><body><p>%s</p><p><tt>%s</tt></p></body></html>",
                                        _("This page of the guide is missing from the installation:"),
                                        wx(storage::utf8(file))));
    }
}

HelpWindow* HelpWindow::show(wxWindow* parent, const std::string& page) {
    if (!instance) {
        instance = new HelpWindow(parent);
    }
    instance->load(page);
    instance->Show();
    instance->Raise();
    return instance;
}

} // namespace vigie::ui
