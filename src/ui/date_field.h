// A day in a form, typed as 14/07/2025 (the French form every Vigie form uses, whatever the
// system's settings) or chosen on a calendar (forms/calendar_dialog.xrc): the button beside
// it or Alt+Down. Up and Down move the day typed by one.
#pragma once

#include <optional>

#include <wx/button.h>
#include <wx/panel.h>
#include <wx/textctrl.h>

#include "domain/date.h"

namespace vigie::ui {

class DateField : public wxPanel {
public:
    explicit DateField(wxWindow* parent, wxWindowID id = wxID_ANY);

    void setDate(const Date& day);
    // None when the text is not a day.
    std::optional<Date> date() const;
    // The calendar on the day typed (today when none); the day chosen goes in the field.
    void showCalendar();

    wxTextCtrl* text() const { return text_; }
    wxButton* button() const { return button_; }

private:
    wxTextCtrl* text_ = nullptr;
    wxButton* button_ = nullptr;
};

} // namespace vigie::ui
