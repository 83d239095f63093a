// Escape, Cancel or the window's close button on a form that was changed: a slip of the
// finger must not throw away what was typed. The user confirms, or goes on typing.
#pragma once

#include <functional>

#include <wx/dialog.h>

namespace vigie::ui {

// True when the changes may be thrown away (the user said so).
bool confirmDiscard(wxWindow* parent);

// Escape, Cancel and the close button of `dialog` (wxDialog turns all three into Cancel)
// ask first when `changed()` says something was typed.
void askBeforeDiscarding(wxDialog* dialog, std::function<bool()> changed);

} // namespace vigie::ui
