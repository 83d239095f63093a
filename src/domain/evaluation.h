// The watch group's own evaluation (issue 18): how often each partner body came to the
// meetings held in a period. Seed 001 judges the group by its partners' mobilisation.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "meeting.h"
#include "percent.h"
#include "reference_data.h"

namespace vigie {

struct BodyAttendance {
    std::string institution; // its code, as the reference data spells it
    long long held = 0;      // meetings held in the period
    long long attended = 0;  // among them, present
    long long excused = 0;   // said they could not come
    long long absent = 0;    // neither present nor excused
    std::optional<Percent> rate; // attended, in % of the meetings held
};

// Each body over the meetings given (those held in the period): the active institutions,
// and any other body a meeting names; none when no meeting was held. Most attended first,
// then by code. Codes match case aside; a body both present and excused at a meeting (a
// typing slip) counts as present.
std::vector<BodyAttendance> attendanceOf(const std::vector<Meeting>& held,
                                         const std::vector<Institution>& institutions);

} // namespace vigie
