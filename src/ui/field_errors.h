// Messages shown next to the field they are about, in a colour readable on light and
// dark themes, as the forms' *_error labels expect.
#pragma once

#include <wx/stattext.h>

namespace vigie::ui {

inline void showFieldError(wxStaticText* label, const wxString& message) {
    if (!label) {
        return;
    }
    label->SetForegroundColour(wxColour(0xE0, 0x1B, 0x24)); // GNOME's red, legible on both
    label->SetLabel(message);
    label->Show(!message.empty());
    if (label->GetParent()) {
        label->GetParent()->Layout();
    }
}

} // namespace vigie::ui
