// The monthly reminder of the reports due for erasure (issue 19): a bar above the
// sections, never a box in the way, with a button opening Settings on « Conservation des
// données ». Shown at most once a month (app::RetentionSettings).
#pragma once

#include <functional>

#include <wx/infobar.h>

#include "app/workspace.h"
#include "domain/date.h"

namespace vigie::ui {

class RetentionReminder : public wxInfoBar {
public:
    static constexpr int kOpenId = wxID_HIGHEST + 1901;

    // `open` opens the settings page; the bar hides itself first.
    RetentionReminder(wxWindow* parent, std::function<void()> open);

    // On a database just opened: shows the reminder when it is writable and something has
    // been due for a month, and notes it; hides a reminder of another database otherwise.
    // Returns whether it is shown. A failure to read or note it never stops the window.
    bool offer(app::Workspace& workspace, const Date& today = Date::today());

    // What the bar says (for the tests; empty when hidden).
    const wxString& message() const { return message_; }

private:
    std::function<void()> open_;
    wxString message_;
};

} // namespace vigie::ui
