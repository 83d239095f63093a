#include "retention_reminder.h"

#include "app/retention_settings.h"
#include "retention_page.h"

namespace vigie::ui {

RetentionReminder::RetentionReminder(wxWindow* parent, std::function<void()> open)
    : wxInfoBar(parent), open_(std::move(open)) {
    SetName("retention_reminder");
    AddButton(kOpenId, _("Open data retention")); // GTK shows a & as is
    AddButton(wxID_CLOSE); // else GTK offers no way to put the reminder aside
    Bind(
        wxEVT_BUTTON,
        [this](wxCommandEvent&) {
            Dismiss();
            message_.clear();
            if (open_) {
                open_();
            }
        },
        kOpenId);
}

bool RetentionReminder::offer(app::Workspace& workspace, const Date& today) {
    if (IsShown()) {
        Dismiss();
    }
    message_.clear();
    if (workspace.info().readOnly) {
        return false;
    }
    try {
        app::RetentionSettings settings(workspace.store(), workspace.actor());
        const std::size_t due = settings.reminderCount(today);
        if (due == 0) {
            return false;
        }
        settings.reminded(today);
        message_ =
            wxString::Format(wxPLURAL("%zu report closed for more than %s can be erased.",
                                      "%zu reports closed for more than %s can be erased.", due),
                             due, delayText(settings.delayMonths()));
    } catch (const std::exception&) {
        return false; // a reminder, not a task: the window opens all the same
    }
    ShowMessage(message_, wxICON_INFORMATION);
    return true;
}

} // namespace vigie::ui
