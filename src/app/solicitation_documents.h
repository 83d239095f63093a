// What a solicitation sends: its first letter, the letter or e-mail of its latest
// reminder. Each says what was sent that day, however late it is printed again.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "store_ref.h"

namespace vigie::app {

// The first letter to each addressee (one page each), as sent: dated the day it was
// sent, asking for an answer by the date asked then (a reminder moves the date asked).
void writeSolicitationLetter(storage::Store& store, SolicitationId id,
                             const std::filesystem::path& file);

// The letter of the latest reminder: dated that day, recalling the first letter and the
// earlier reminders, asking for an answer by the new date. Throws std::invalid_argument
// when no reminder is recorded (record it first: SolicitationService::chase).
void writeReminderLetter(storage::Store& store, SolicitationId id,
                         const std::filesystem::path& file);

// The same reminder as an e-mail: the addresses known for its addressees (none when
// none is known: the front end says so), a subject and a plain-text body.
struct ReminderEmail {
    std::vector<std::string> to;
    std::string subject;
    std::string body;
};
ReminderEmail reminderEmail(storage::Store& store, SolicitationId id);

} // namespace vigie::app
