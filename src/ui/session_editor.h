// The outreach session form (forms/outreach_session.xrc): a half-day written down quickly,
// keyboard only, a new one filled in from the last session of its scheme.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <wx/button.h>
#include <wx/checklst.h>
#include <wx/choice.h>
#include <wx/dialog.h>
#include <wx/textctrl.h>

#include "app/privacy_guard.h"
#include "domain/outreach.h"
#include "domain/reference_data.h"

namespace vigie::ui {

// What the form offers: read once by the section before the dialog opens.
struct SessionChoices {
    std::vector<OutreachScheme> schemes;
    std::vector<Institution> institutions;
    std::vector<RightFamily> families;
    std::vector<std::string> districts;
};

struct SessionActions {
    // Stores the session and returns it as stored. Throws std::invalid_argument (French
    // reasons), app::PersonalDataFound (the editor asks and saves again), or any other
    // exception (a stale save) whose text is shown.
    std::function<OutreachSession(OutreachSession, app::PersonalData)> save;
    // A new session of this scheme on this day, from the scheme's last session.
    std::function<OutreachSession(const std::string& scheme, const Date& day)> draft;
    // The reference of a report ("2026-004"), empty when it is gone.
    std::function<std::string(ReportId)> reference;
};

class SessionEditor : public wxDialog {
public:
    // Returned by ShowModal when the session was saved with "Save, then write a report".
    static constexpr int kSavedThenReport = wxID_FORWARD;

    SessionEditor(wxWindow* parent, OutreachSession session, SessionChoices choices,
                  SessionActions actions);

    bool TransferDataToWindow() override;
    bool TransferDataFromWindow() override;
    // The session as saved (with its id) once ShowModal returned wxID_OK.
    const OutreachSession& session() const { return session_; }
    bool hasChanges() const { return formState() != pristine_; }
    // The message next to a field ("held_on", "times", "counts", "form"...), for tests.
    wxString errorFor(const wxString& field) const;
    // Chooses a scheme as the user would (the defaults follow), for tests.
    void chooseScheme(const std::string& code);
    // Ticks the theme of this family code, for tests and keyboard users.
    void checkTheme(const std::string& code, bool on = true);

    wxTextCtrl* heldOn = nullptr;
    wxTextCtrl* startsAt = nullptr;
    wxTextCtrl* endsAt = nullptr;
    wxChoice* scheme = nullptr;
    wxTextCtrl* place = nullptr;
    wxTextCtrl* district = nullptr;
    wxChoice* partner = nullptr;
    wxTextCtrl* staff = nullptr;
    wxTextCtrl* people = nullptr;
    wxTextCtrl* newPeople = nullptr;
    wxTextCtrl* informed = nullptr;
    wxTextCtrl* rightsAppointments = nullptr;
    wxTextCtrl* applications = nullptr;
    wxTextCtrl* referrals = nullptr;
    wxTextCtrl* reminders = nullptr;
    wxCheckListBox* themes = nullptr;
    wxTextCtrl* notes = nullptr;
    wxButton* saveAndReport = nullptr;

private:
    void fillChoices();
    void onSave(int endCode);
    bool store(); // saves through the actions, asking about personal data; true when saved
    void onSchemeChosen();
    void showReportsRaised();
    // Puts the fields a draft gives (place, district, partner, times, team) in the form.
    void showDraftFields(const OutreachSession& s);
    void clearErrors();
    void showProblems(const std::vector<SessionProblem>& problems);
    int partnerIndex(const std::string& code);
    int schemeIndex(const std::string& code);
    std::string selectedScheme() const;
    wxString formState() const;

    OutreachSession session_;
    SessionChoices choices_;
    SessionActions actions_;
    std::vector<std::string> schemeCodes_, partnerCodes_, themeCodes_;
    // The draft the form was last filled from: a field still showing its value was not
    // touched, and follows when another scheme is chosen.
    OutreachSession drafted_;
    wxString pristine_;
};

} // namespace vigie::ui
