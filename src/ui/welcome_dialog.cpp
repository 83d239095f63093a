#include "welcome_dialog.h"

#include <wx/commandlinkbutton.h>
#include <wx/sizer.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/workspace.h"
#include "platform/system.h"
#include "ui_text.h"

namespace vigie::ui {

WelcomeDialog::WelcomeDialog(wxWindow* parent) {
    wxXmlResource::Get()->LoadDialog(this, parent, "Welcome");
    auto* title = XRCCTRL(*this, "title", wxStaticText);
    title->SetFont(title->GetFont().Scaled(1.5f).Bold());
    const std::pair<const char*, int> buttons[] = {
        {"create", CreateEmpty}, {"open", OpenExisting}, {"demo", TryDemo}};
    for (const auto& [name, choice] : buttons) {
        XRCCTRL(*this, name, wxCommandLinkButton)
            ->Bind(wxEVT_BUTTON, [this, choice = choice](wxCommandEvent&) { EndModal(choice); });
    }
    // Where the new file goes, said before it is made (found again later from that path).
    XRCCTRL(*this, "create", wxCommandLinkButton)
        ->SetNote(wxString::Format(_("Start the group's file on this computer: %s"),
                                   wxPath(app::defaultDatabase())));
    SetEscapeId(wxID_CANCEL);
    GetSizer()->Fit(this);
    Centre();
}

} // namespace vigie::ui
