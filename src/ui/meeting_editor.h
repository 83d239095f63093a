// The meeting editor (forms/meeting_editor.xrc): date and place, attendance, the agenda
// with what was said on each item, and a quick decision form for the report in hand.
// Decisions are stored as soon as they are added (they are what the meeting is for).
#pragma once

#include <functional>
#include <optional>

#include <wx/checkbox.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/listbox.h>
#include <wx/textctrl.h>

#include "app/privacy_guard.h"
#include "app/problem_actions.h"
#include "domain/meeting.h"
#include "domain/reference_data.h"
#include "domain/solicitation.h"
#include "list_columns.h"

namespace vigie::ui {

// What the editor may ask of the services; each throws std::exception on failure.
struct MeetingActions {
    std::function<AgendaProposal(const Date&)> propose;
    // `personalData`: the user's answer to the privacy guard, which the service applies.
    std::function<Meeting(Meeting, app::PersonalData personalData)> save;
    std::function<std::vector<Decision>(MeetingId)> decisionsOf;
    std::function<Decision(Decision, app::PersonalData personalData)> saveDecision;
    // The same decision for several reports at once (app::ProblemActions::recordDecisions).
    std::function<std::vector<Decision>(Decision, std::vector<ReportId>, app::PersonalData)>
        saveDecisions;
    std::function<void(DecisionId)> removeDecision;
    std::function<std::optional<Solicitation>(DecisionId)> solicitationOf;
    std::function<std::optional<DifficultyReport>(ReportId)> report;
    std::function<std::optional<ReportId>(const std::string& reference)> findReport;
    // « Rédiger la réponse FAQ… »: the FAQ answer form for a report, over the editor.
    std::function<void(ReportId, wxWindow* over)> writeFaq;
};

struct MeetingChoices {
    std::vector<Institution> institutions;
    std::vector<Person> people;
};

class MeetingEditor : public wxDialog {
public:
    MeetingEditor(wxWindow* parent, Meeting meeting, MeetingChoices choices, MeetingActions actions);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    const Meeting& meeting() const { return meeting_; }

    // Selects an agenda item as a click would (tests, keyboard users).
    void selectItem(int index);
    // Adds the decision written in the quick form to the selected report; false with a
    // message beside the form when it cannot.
    bool addDecision();
    bool confirmDecisionRemoval(DecisionId id);
    void proposeAgenda();
    // « Rédiger la réponse FAQ… »: the selected report's answer form (a decision « réponse
    // FAQ » on it enables the button).
    void writeFaqAnswer();
    // Offers the other open reports and decisions, several at a time.
    void addOthers();
    void removeSelectedItems();
    // A decision prepared elsewhere (the observatory's collective alert) for reports of the
    // agenda: shown filled in, on the first of them, with a box ticked to add it to each
    // of them; the user reads it and adds it. Before ShowModal.
    void propose(app::DecisionProposal proposal);

    wxTextCtrl* date = nullptr;
    wxTextCtrl* time = nullptr;
    wxTextCtrl* place = nullptr;
    wxTextCtrl* facilitators = nullptr;
    wxChoice* state = nullptr;
    wxTextCtrl* next = nullptr;
    wxTextCtrl* notes = nullptr;
    wxCheckListBox* presentBodies = nullptr;
    wxCheckListBox* excusedBodies = nullptr;
    wxCheckListBox* presentPeople = nullptr;
    wxCheckListBox* excusedPeople = nullptr;
    wxListBox* agenda = nullptr;
    wxTextCtrl* itemMinutes = nullptr;
    wxString summaryText_; // the agenda item shown, before wrapping
    int summaryWidth_ = 0;  // the width it was wrapped at
    RowList* decisions = nullptr;
    wxChoice* decisionKind = nullptr;
    wxChoice* decisionBody = nullptr;          // entry 0: none
    std::vector<std::string> decisionBodies_; // the codes behind the other entries
    wxTextCtrl* decisionText = nullptr;
    wxTextCtrl* decisionOwner = nullptr;
    wxTextCtrl* decisionDue = nullptr;
    wxCheckBox* decisionForAll = nullptr; // shown with a proposal only

private:
    bool readGeneral(Meeting& m, bool showErrors);
    void readAttendance(Meeting& m) const;
    // The bodies the attendance lists offer, in their order (both lists, and reading them).
    std::vector<const Institution*> attendanceBodies() const;
    void fillAgenda();
    bool onAgenda(const AgendaItem& item) const;
    wxString itemLabel(const AgendaItem& item) const;
    void showItem();
    void wrapSummary();
    bool saveMeeting();
    void keepItemMinutes(); // the text typed for the current item, into the meeting
    void refreshDecisions();
    void onSave(wxCommandEvent&);
    bool ensureSaved(bool evenIfStored = false);
    void applyProposal();
    // The proposal's reports when the decision being added is for all of them.
    std::optional<std::vector<ReportId>> proposalReports(ReportId current) const;
    void lockIfFinal();

    Meeting meeting_;
    MeetingChoices choices_;
    MeetingActions actions_;
    int current_ = -1;
    std::vector<Decision> shownDecisions_;
    std::optional<app::DecisionProposal> proposal_;
};

} // namespace vigie::ui
