// Retention per the CNIL (délibération 2021-028, guide 2023-095): a report's free text and
// its author are erased once it has been closed for long enough; its codes, dates and
// status stay, so that every figure is unchanged (FORMATS.md, "Retention (CNIL)").
#pragma once

#include <optional>
#include <string>

#include "date.h"
#include "report.h"

namespace vigie {

// The day a report's life ended, for retention: its closing day when it was resolved,
// left unresolved or referred nationally; the day it was received when it was withdrawn;
// none while it is still being dealt with (or closed without a day).
std::optional<Date> retentionStart(const DifficultyReport& report);

// True when the report's text is to be erased by a purge of what closed before `day`
// (and it is not erased already).
bool dueForErasure(const DifficultyReport& report, const Date& day);

// What replaces an erased text: "Effacé le 03/12/2026". Stored data, in French whatever
// the user's language, like every text of the database.
std::string erasureMark(const Date& erasedOn);
bool isErasureMark(const std::string& text);
bool isErased(const DifficultyReport& report);

// The report with its free text (description, proposals) and author replaced by the mark;
// an empty proposals or author stays empty.
DifficultyReport erased(DifficultyReport report, const Date& erasedOn);

} // namespace vigie
