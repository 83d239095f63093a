// The periods the Statistics and Solicitations sections offer beside a year: the whole
// year, one of its quarters or months, or any dates typed in.
#pragma once

#include <optional>

#include <wx/choice.h>
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

// A period still running on `today` (this year, this quarter) stops at today: counted
// to the end, eleven months would be compared with the twelve of the year before.
// Figures are then compared with the same dates a year earlier.
Period upTo(const Period& period, const Date& today);

// The dates typed in ("01/03/2025"), when both read and the first comes first.
std::optional<Period> fromDates(const wxString& from, const wxString& to);

} // namespace vigie::ui::period_parts
