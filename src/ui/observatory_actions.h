// What the observatory's actions on a recurring problem do in the window, through
// app::ProblemActions: its reports on the next meeting's agenda (said, and shown on
// request), a collective alert proposed in that meeting's editor, a solicitation of its
// institution filled in in the solicitation editor.
#pragma once

#include "domain/observatory.h"
#include "observatory_panel.h"

namespace vigie::ui {

class MainFrame;

void actOnProblem(MainFrame& frame, ProblemAction action, const RecurringProblem& problem,
                  const Period& period);

} // namespace vigie::ui
