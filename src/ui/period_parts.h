// The periods the Statistics, Solicitations and Outreach sections offer beside a year: the whole
// year, one of its quarters or months, or any dates typed in.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <wx/choice.h>
#include <wx/textctrl.h>
#include <wx/string.h>

#include "domain/date.h"

namespace vigie::ui::period_parts {

constexpr int kWholeYear = 0;
constexpr int kFirstQuarter = 1;
constexpr int kFirstMonth = 5;
constexpr int kOtherDates = 17;

// Appends the entries in that order and selects the whole year.
void fill(wxChoice* choice);

// The part `part` (below kOtherDates) of `year`.
Period ofYear(int year, int part);

// A field for a date typed in beside the period choice, `hint` in it ("du jj/mm/aaaa").
wxTextCtrl* dateField(wxWindow* parent, const wxString& hint);

// The dates typed in ("01/03/2025"), when both read and the first comes first.
std::optional<Period> fromDates(const wxString& from, const wxString& to);

// A list section's period choice: its year (after "all years"), part and date controls.
struct Controls {
    wxChoice* year = nullptr;
    wxChoice* part = nullptr;
    wxTextCtrl* from = nullptr;
    wxTextCtrl* to = nullptr;
    wxWindow* apply = nullptr;
    const std::vector<int>* years = nullptr; // the years offered after "all years"
};

// The period they say: none when the dates typed do not read; an empty period for all
// years.
std::optional<std::optional<Period>> chosen(const Controls& c);
// The dates only for "other dates", the year for everything else.
void enable(const Controls& c);
// One of them changed (`source`): year and part kept coherent, the dates started from what
// is `shown`, then `show` called with the period they say; dates that do not read are
// explained (in a box titled `title`) and put back to what is shown.
void onChosen(const Controls& c, wxWindow* source, const std::optional<Period>& shown,
              wxWindow* parent, const wxString& title,
              const std::function<void(const std::optional<Period>&)>& show);

} // namespace vigie::ui::period_parts
