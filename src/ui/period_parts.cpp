#include "period_parts.h"

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

} // namespace vigie::ui::period_parts
