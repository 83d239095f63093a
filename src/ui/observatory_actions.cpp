#include "observatory_actions.h"

#include <wx/msgdlg.h>

#include "app/problem_actions.h"
#include "domain/text.h"
#include "main_frame.h"
#include "meetings_section.h"
#include "solicitations_section.h"
#include "ui_text.h"

namespace vigie::ui {

namespace {

wxString references(const std::vector<ReportReference>& refs) {
    std::vector<std::string> texts;
    for (const auto& r : refs) {
        texts.push_back(r.text());
    }
    return wx(text::join(texts, ", "));
}

wxString meetingName(const Meeting& m) {
    return m.time.empty() ? wx(m.date.french())
                          : wxString::Format(_("%s at %s"), wx(m.date.french()), wx(m.time));
}

wxString agendaMessage(const app::ProblemActions::AgendaOutcome& outcome) {
    const wxString meeting = meetingName(outcome.meeting);
    if (outcome.added.empty()) {
        return wxString::Format(_("The reports of this problem were already on the agenda of "
                                  "the meeting of %s."),
                                meeting);
    }
    wxString message = wxString::Format(
        wxPLURAL("Report %s is now on the agenda of the meeting of %s.",
                 "Reports %s are now on the agenda of the meeting of %s.", outcome.added.size()),
        references(outcome.added), meeting);
    if (!outcome.already.empty()) {
        message +=
            "\n\n" + wxString::Format(wxPLURAL("%s was on it already.", "%s were on it already.",
                                               outcome.already.size()),
                                      references(outcome.already));
    }
    return message;
}

void putOnAgenda(MainFrame& frame, const RecurringProblem& problem) {
    app::ProblemActions actions(frame.workspace().store(), frame.workspace().actor());
    MeetingsSection* meetings = frame.meetings();
    const auto next = actions.nextMeeting();
    if (!next) {
        // Planned in the meeting editor as any meeting, the reports already on its agenda.
        wxMessageDialog ask(&frame,
                            _("No meeting is planned from today on. Plan one now, with the "
                              "reports of this problem on its agenda?"),
                            _("Put on the agenda"), wxYES_NO | wxICON_QUESTION);
        ask.SetYesNoLabels(_("&Plan a meeting..."), _("Cancel"));
        if (ask.ShowModal() == wxID_YES) {
            frame.showSection(meetings);
            meetings->edit(actions.meetingFor(problem));
        }
        return;
    }
    app::ProblemActions::AgendaOutcome outcome;
    try {
        outcome = actions.putOnAgenda(next->id, problem);
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("The agenda was not changed"), wxOK | wxICON_ERROR, &frame);
        return;
    }
    wxMessageDialog told(&frame, agendaMessage(outcome), _("Put on the agenda"),
                         wxOK | wxCANCEL | wxCANCEL_DEFAULT | wxICON_INFORMATION);
    told.SetOKCancelLabels(_("&Show the meeting"), _("Close"));
    if (told.ShowModal() == wxID_OK) {
        frame.showSection(meetings);
        meetings->refresh();
        meetings->select(outcome.meeting.id);
    }
}

} // namespace

void actOnProblem(MainFrame& frame, ProblemAction action, const RecurringProblem& problem,
                  const Period& period) {
    app::ProblemActions actions(frame.workspace().store(), frame.workspace().actor());
    try {
        if (actions.reportsOf(problem).empty()) {
            wxMessageBox(_("The reports of this problem have been withdrawn since the figures "
                           "were counted."),
                         _("Observatory"), wxOK | wxICON_INFORMATION, &frame);
            return;
        }
        switch (action) {
        case ProblemAction::Agenda:
            putOnAgenda(frame, problem);
            break;
        case ProblemAction::CollectiveAlert: {
            // A decision is taken at a meeting: the next one's editor, the alert ready to add.
            Meeting meeting = actions.meetingFor(problem);
            auto proposal = actions.collectiveAlert(problem, period, meeting.id);
            frame.showSection(frame.meetings());
            frame.meetings()->edit(std::move(meeting), std::move(proposal));
            break;
        }
        case ProblemAction::Solicitation:
            frame.showSection(frame.solicitations());
            frame.solicitations()->edit(actions.solicitation(problem, period));
            break;
        }
    } catch (const std::exception& e) {
        wxMessageBox(wx(e.what()), _("Observatory"), wxOK | wxICON_ERROR, &frame);
    }
}

} // namespace vigie::ui
