#include "date_field.h"

#include <wx/calctrl.h>
#include <wx/dialog.h>
#include <wx/sizer.h>
#include <wx/xrc/xmlres.h>

#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui {

DateField::DateField(wxWindow* parent, wxWindowID id) : wxPanel(parent, id) {
    text_ = new wxTextCtrl(this, wxID_ANY, wxString(), wxDefaultPosition, wxSize(FromDIP(110), -1));
    text_->SetHint(_("dd/mm/yyyy"));
    text_->SetToolTip(_("As 14/07/2025; Up and Down change the day, Alt+Down opens the calendar"));
    // A triangle, as on a drop-down list: a sign, not a word to translate; as high as the text.
    button_ = new wxButton(this, wxID_ANY, L"\u25be", wxDefaultPosition,
                           wxSize(FromDIP(32), text_->GetBestSize().y), wxBU_EXACTFIT);
    button_->SetToolTip(_("Choose the day on a calendar (Alt+Down)"));
    auto* sizer = new wxBoxSizer(wxHORIZONTAL);
    sizer->Add(text_, 0, wxEXPAND);
    sizer->Add(button_, 0, wxEXPAND | wxLEFT, 2);
    SetSizer(sizer);
    button_->Bind(wxEVT_BUTTON, [this](wxCommandEvent&) { showCalendar(); });
    text_->Bind(wxEVT_KEY_DOWN, [this](wxKeyEvent& e) {
        const int key = e.GetKeyCode();
        if (key == WXK_DOWN && e.GetModifiers() == wxMOD_ALT) {
            showCalendar();
        } else if ((key == WXK_UP || key == WXK_DOWN) && !e.HasAnyModifiers() && date()) {
            setDate(date()->addDays(key == WXK_UP ? 1 : -1));
            text_->SetInsertionPointEnd();
        } else {
            e.Skip();
        }
    });
}

void DateField::setDate(const Date& day) {
    text_->ChangeValue(wx(day.french()));
}

std::optional<Date> DateField::date() const {
    return Date::fromCsv(text::trim(utf8(text_->GetValue())));
}

void DateField::showCalendar() {
    wxDialog dialog;
    if (!wxXmlResource::Get()->LoadDialog(&dialog, this, "CalendarDialog")) {
        return;
    }
    auto* calendar = XRCCTRL(dialog, "calendar", wxCalendarCtrl);
    const Date day = date().value_or(Date::today());
    calendar->SetDate(wxDateTime(static_cast<wxDateTime::wxDateTime_t>(day.day()),
                                 static_cast<wxDateTime::Month>(day.month() - 1), day.year()));
    calendar->Bind(wxEVT_CALENDAR_DOUBLECLICKED,
                   [&dialog](wxCalendarEvent&) { dialog.EndModal(wxID_OK); });
    // Enter chooses, wherever the focus is in the calendar.
    dialog.Bind(wxEVT_CHAR_HOOK, [&dialog](wxKeyEvent& e) {
        if ((e.GetKeyCode() == WXK_RETURN || e.GetKeyCode() == WXK_NUMPAD_ENTER) &&
            !e.HasAnyModifiers() && !dynamic_cast<wxButton*>(wxWindow::FindFocus())) {
            dialog.EndModal(wxID_OK);
            return;
        }
        e.Skip();
    });
    dialog.Fit();
    dialog.CentreOnParent();
    calendar->SetFocus();
    if (dialog.ShowModal() == wxID_OK) {
        const wxDateTime chosen = calendar->GetDate();
        setDate(Date(chosen.GetYear(), static_cast<int>(chosen.GetMonth()) + 1, chosen.GetDay()));
        // A change like one typed: the form sees it.
        wxCommandEvent changed(wxEVT_TEXT, text_->GetId());
        changed.SetEventObject(text_);
        text_->GetEventHandler()->ProcessEvent(changed);
    }
    text_->SetFocus();
}

} // namespace vigie::ui
