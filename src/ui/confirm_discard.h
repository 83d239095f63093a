// Escape, Cancel or the window's close button on a form that was changed: a slip of the
// finger must not throw away what was typed. The user confirms, or goes on typing.
#pragma once

#include <wx/window.h>

namespace vigie::ui {

// True when the changes may be thrown away (the user said so).
bool confirmDiscard(wxWindow* parent);

} // namespace vigie::ui
