// The periods the Statistics and Solicitations sections offer beside a year: the whole
// year, one of its quarters or months, or any dates typed in.
#pragma once

#include <optional>

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

} // namespace vigie::ui::period_parts
