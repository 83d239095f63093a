#include "period_parts.h"

#include <wx/msgdlg.h>

#include "domain/text.h"
#include "ui_text.h"

namespace vigie::ui::period_parts {

void fill(wxChoice* choice) {
    choice->Append(_("The whole year"));
    for (const wxString& q :
         {_("1st quarter"), _("2nd quarter"), _("3rd quarter"), _("4th quarter")}) {
        choice->Append(q);
    }
    for (int m = 1; m <= 12; ++m) {
        choice->Append(wx(monthName(m)));
    }
    choice->Append(_("Other period..."));
    choice->SetSelection(kWholeYear);
}

Period ofYear(int year, int part) {
    if (part >= kFirstQuarter && part < kFirstMonth) {
        const int first = 1 + 3 * (part - kFirstQuarter);
        return Period{Date(year, first, 1),
                      Date(year, first + 2, Date::daysInMonth(year, first + 2))};
    }
    if (part >= kFirstMonth && part < kOtherDates) {
        const int m = part - kFirstMonth + 1;
        return Period{Date(year, m, 1), Date(year, m, Date::daysInMonth(year, m))};
    }
    return Period::year(year);
}

wxTextCtrl* dateField(wxWindow* parent, const wxString& hint) {
    auto* field = new wxTextCtrl(parent, wxID_ANY, wxString(), wxDefaultPosition,
                                 wxSize(parent->FromDIP(125), -1), wxTE_PROCESS_ENTER);
    field->SetHint(hint);
    return field;
}

std::optional<Period> fromDates(const wxString& from, const wxString& to) {
    const auto first = Date::fromCsv(text::trim(utf8(from)));
    const auto last = Date::fromCsv(text::trim(utf8(to)));
    if (!first || !last || *last < *first) {
        return std::nullopt;
    }
    return Period{*first, *last};
}

std::optional<std::optional<Period>> chosen(const Controls& c) {
    const int part = c.part->GetSelection();
    if (part == kOtherDates) {
        const auto dates = fromDates(c.from->GetValue(), c.to->GetValue());
        if (!dates) {
            return std::nullopt;
        }
        return std::optional<Period>(*dates);
    }
    const int index = c.year->GetSelection() - 1;
    if (index < 0 || static_cast<std::size_t>(index) >= c.years->size()) {
        return std::optional<Period>(); // all years
    }
    return std::optional<Period>(ofYear((*c.years)[static_cast<std::size_t>(index)], part));
}

void enable(const Controls& c) {
    const bool other = c.part->GetSelection() == kOtherDates;
    c.from->Enable(other);
    c.to->Enable(other);
    c.apply->Enable(other);
    c.year->Enable(!other); // the dates say the year
}

void onChosen(const Controls& c, wxWindow* source, const std::optional<Period>& shown,
              wxWindow* parent, const wxString& title,
              const std::function<void(const std::optional<Period>&)>& show) {
    const int part = c.part->GetSelection();
    const bool other = part == kOtherDates;
    if (!other && part != kWholeYear && c.year->GetSelection() <= 0) {
        if (source == c.year) {
            c.part->SetSelection(kWholeYear); // all years: no quarter or month left to keep
        } else {
            c.year->SetSelection(1); // a quarter of all years means nothing: the latest year's
        }
    }
    if (other && c.from->GetValue().empty()) {
        // Start from what is shown (or this year), ready to be changed.
        const Period start = shown.value_or(Period::year(Date::today().year()));
        c.from->ChangeValue(wx(start.first.french()));
        c.to->ChangeValue(wx(start.last.french()));
    }
    if (!other) {
        c.from->ChangeValue(wxString());
        c.to->ChangeValue(wxString());
    }
    enable(c);
    if (auto p = chosen(c)) {
        show(*p);
        if (other && source == c.part) {
            c.from->SetFocus(); // the dates are what is left to write
        }
        return;
    }
    wxMessageBox(_("Write the period's first and last days as 01/01/2025 and 31/03/2025, "
                   "the first before the last."),
                 title, wxOK | wxICON_INFORMATION, parent);
    // The controls go back to what the list shows, so that they never disagree.
    if (shown) {
        c.from->ChangeValue(wx(shown->first.french()));
        c.to->ChangeValue(wx(shown->last.french()));
        c.from->SetFocus();
        c.from->SelectAll();
    } else {
        c.part->SetSelection(kWholeYear);
        c.from->ChangeValue(wxString());
        c.to->ChangeValue(wxString());
        enable(c);
    }
}

} // namespace vigie::ui::period_parts
