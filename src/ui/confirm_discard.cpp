#include "confirm_discard.h"

#include <wx/msgdlg.h>

namespace vigie::ui {

bool confirmDiscard(wxWindow* parent) {
    wxMessageDialog ask(parent, _("What you typed in this form has not been saved."),
                        _("Discard the changes?"), wxYES_NO | wxNO_DEFAULT | wxICON_QUESTION);
    ask.SetYesNoLabels(_("&Discard"), _("&Keep editing"));
    return ask.ShowModal() == wxID_YES;
}

void askBeforeDiscarding(wxDialog* dialog, std::function<bool()> changed) {
    dialog->Bind(
        wxEVT_BUTTON,
        [dialog, changed = std::move(changed)](wxCommandEvent& event) {
            if (!changed() || confirmDiscard(dialog)) {
                event.Skip();
            }
        },
        wxID_CANCEL);
}

} // namespace vigie::ui
