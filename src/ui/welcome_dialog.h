// The first-start dialog (forms/welcome.xrc).
#pragma once

#include <wx/dialog.h>

namespace vigie::ui {

class WelcomeDialog : public wxDialog {
public:
    enum Choice { Quit = wxID_CANCEL, CreateEmpty = wxID_HIGHEST + 100, OpenExisting, TryDemo };
    explicit WelcomeDialog(wxWindow* parent);
};

} // namespace vigie::ui
