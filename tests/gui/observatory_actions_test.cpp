// The observatory's actions on a recurring problem, pressed for real: its reports on the
// agenda of the next meeting, a collective alert proposed in that meeting's editor, a
// solicitation of its institution filled in; what each leaves in the database.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <wx/testing.h>

#include "app/meeting_service.h"
#include "app/problem_actions.h"
#include "app/report_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/meeting_editor.h"
#include "ui/meetings_section.h"
#include "ui/observatory_panel.h"
#include "ui/solicitation_editor.h"
#include "ui/solicitations_section.h"
#include "ui/statistics_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

const int kYear = 2025;

DifficultyReport report(Date on, std::vector<std::string> institutions) {
    DifficultyReport r;
    r.receivedOn = on;
    r.description = "Dossier en attente depuis plusieurs mois";
    r.categories = {Category::Delay};
    r.institutions = std::move(institutions);
    r.rights = {"RSA"};
    return r;
}

// Three reports share the CAF, the RSA and the delays, three others a body the settings do
// not list; meetings: one past, then those `planned` days from today.
void fill(const std::filesystem::path& file, const std::vector<int>& planned) {
    auto store = storage::openSqliteStore(file);
    const auto actor = app::Actor::current();
    app::ReportService reports(*store, actor);
    for (int month : {2, 5, 9}) {
        reports.create(report(Date(kYear, month, 3), {"CAF"}));
        reports.create(report(Date(kYear, month, 10), {"GUICHET_X"}));
    }
    app::MeetingService meetings(*store, actor);
    for (int days : planned) {
        Meeting m;
        m.date = Date::today().addDays(days);
        m.time = "14:00";
        meetings.save(m);
    }
}

struct Window {
    ui::MainFrame* frame = nullptr;
    ui::ObservatoryPanel* panel = nullptr;
    RecurringProblem problem;

    explicit Window(const std::filesystem::path& file, const std::string& institution = "CAF") {
        frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({file});
        REQUIRE(frame);
        frame->showSection(frame->statistics());
        frame->statistics()->showPeriod(Period::year(kYear));
        pump(200);
        panel = frame->statistics()->observatory();
        choose(institution);
    }
    void choose(const std::string& institution) {
        frame->showSection(frame->statistics());
        pump();
        const auto& problems = panel->problems();
        for (std::size_t i = 0; i < problems.size(); ++i) {
            if (problems[i].institution == institution) {
                panel->select(i);
                problem = problems[i];
            }
        }
        REQUIRE(problem.institution == institution);
        REQUIRE(problem.count == 3);
    }
    void pressAction(ui::ProblemAction action) {
        wxButton* button = panel->actionButton(action);
        REQUIRE(button->IsEnabled());
        press(*panel, button->GetId());
        pump();
    }
    storage::Store& store() { return frame->workspace().store(); }
    // The meetings to come, by date.
    std::vector<Meeting> comingMeetings() {
        std::vector<Meeting> out;
        for (const auto& m : store().meetings().list(std::nullopt)) {
            if (m.date >= Date::today()) {
                out.push_back(*store().meetings().find(m.id));
            }
        }
        return out;
    }
    ~Window() {
        frame->Destroy();
        pump();
    }
};

// Presses a button of a dialog once its own loop runs: a step of whenShown may run while
// the dialog is still being shown, when ending it would leave its loop running.
void pressLater(wxDialog& d, int id) {
    d.CallAfter([&d, id] { press(d, id); });
}

std::vector<ReportId> sorted(std::vector<ReportId> ids) {
    std::sort(ids.begin(), ids.end());
    return ids;
}

// Every one of `reports` on the agenda, once.
bool holdsOnce(const Meeting& m, const std::vector<ReportId>& reports) {
    return std::all_of(reports.begin(), reports.end(), [&](ReportId id) {
        return std::count_if(m.agenda.begin(), m.agenda.end(),
                             [id](const AgendaItem& i) { return i.report == id; }) == 1;
    });
}

std::vector<ReportId> agendaReports(const Meeting& m) {
    std::vector<ReportId> ids;
    for (const auto& item : m.agenda) {
        if (item.report) {
            ids.push_back(*item.report);
        }
    }
    return sorted(ids);
}

// A message box answered `answer`, its text kept.
class AnswerMessage : public wxExpectModalBase<wxMessageDialog, AnswerMessage> {
public:
    AnswerMessage(int answer, wxString& message) : answer_(answer), message_(&message) {}

protected:
    int OnInvoked(wxMessageDialog* dlg) const override {
        *message_ = dlg->GetMessage();
        return answer_;
    }

private:
    int answer_;
    wxString* message_;
};

// The meeting editor as it would open, read and closed without saving.
class ReadMeetingEditor : public wxExpectModalBase<ui::MeetingEditor, ReadMeetingEditor> {
public:
    explicit ReadMeetingEditor(Meeting& shown) : shown_(&shown) {}

protected:
    int OnInvoked(ui::MeetingEditor* editor) const override {
        *shown_ = editor->meeting();
        return wxID_CANCEL;
    }

private:
    Meeting* shown_;
};

} // namespace

TEST_CASE("the observatory puts a problem's reports on the next meeting's agenda, once") {
    guitest::Sandbox box;
    fill(box.path("a.sqlite"), {20, 50});
    Window w(box.path("a.sqlite"));
    // The buttons and the menu act on the chosen problem only; Tab reaches the buttons.
    for (auto action : {ui::ProblemAction::Agenda, ui::ProblemAction::CollectiveAlert,
                        ui::ProblemAction::Solicitation}) {
        CHECK(w.panel->actionButton(action)->IsEnabled());
        CHECK(w.panel->actionButton(action)->AcceptsFocusFromKeyboard());
    }
    const auto menu = w.panel->contextMenu();
    REQUIRE(menu->GetMenuItemCount() == 4);
    for (const auto* item : menu->GetMenuItems()) {
        CHECK(item->IsEnabled());
    }
    // A read-only database: the reports can be opened, nothing acted on.
    w.panel->setWritable(false);
    CHECK(w.panel->openButton()->IsEnabled());
    CHECK_FALSE(w.panel->actionButton(ui::ProblemAction::Agenda)->IsEnabled());
    CHECK_FALSE(w.panel->contextMenu()->FindItemByPosition(3)->IsEnabled());
    w.panel->setWritable(true);

    wxString told;
    wxTEST_DIALOG(w.pressAction(ui::ProblemAction::Agenda), AnswerMessage(wxID_CANCEL, told));
    auto coming = w.comingMeetings();
    REQUIRE(coming.size() == 2);
    CHECK(agendaReports(coming[0]) == sorted(w.problem.reports));
    CHECK(coming[1].agenda.empty()); // the next meeting only
    CHECK(told.Contains(ui::wx(coming[0].date.french())));
    for (const auto& ref : w.problem.references) {
        CHECK(told.Contains(ui::wx(ref.text())));
    }
    for (ReportId id : w.problem.reports) {
        CHECK(w.store().reports().find(id)->status == ReportStatus::OnAgenda);
    }

    // Again, from the context menu's entry, then "Show the meeting": nothing twice, and the
    // meeting chosen in the Meetings section.
    wxTEST_DIALOG(
        {
            wxCommandEvent entry(wxEVT_MENU, menu->FindItemByPosition(1)->GetId());
            w.panel->GetEventHandler()->ProcessEvent(entry);
            pump();
        },
        AnswerMessage(wxID_OK, told));
    CHECK(w.comingMeetings()[0].agenda.size() == 3);
    CHECK(w.frame->currentSection() == w.frame->meetings());
    CHECK(w.frame->meetings()->selectedId() == coming[0].id);
}

TEST_CASE("with no meeting planned, the observatory offers to plan one") {
    guitest::Sandbox box;
    fill(box.path("n.sqlite"), {-10});
    Window w(box.path("n.sqlite"));
    wxString asked;
    wxTEST_DIALOG(w.pressAction(ui::ProblemAction::Agenda), AnswerMessage(wxID_NO, asked));
    CHECK_FALSE(asked.empty());
    CHECK(w.comingMeetings().empty());

    // Yes: the new meeting's editor, the reports on its agenda; closed, nothing stored.
    Meeting offered;
    w.choose("CAF");
    wxTEST_DIALOG(w.pressAction(ui::ProblemAction::Agenda), AnswerMessage(wxID_YES, asked),
                  ReadMeetingEditor(offered));
    CHECK(offered.id == 0);
    CHECK(offered.date >= Date::today());
    CHECK(holdsOnce(offered, w.problem.reports)); // beside what a new meeting proposes
    CHECK(w.comingMeetings().empty());

    // The collective alert needs no question: proposed at a new meeting, stored with it.
    w.choose("CAF");
    bool added = false;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto& e = dynamic_cast<ui::MeetingEditor&>(d);
        CHECK(e.meeting().id == 0);
        added = e.addDecision();
        pressLater(d, wxID_OK);
    });
    w.pressAction(ui::ProblemAction::CollectiveAlert);
    CHECK(added);
    const auto coming = w.comingMeetings();
    REQUIRE(coming.size() == 1);
    CHECK(holdsOnce(coming[0], w.problem.reports));
    CHECK(w.store().meetings().decisionsOfMeeting(coming[0].id).size() == 3);
}

TEST_CASE("a collective alert is proposed in the next meeting's editor, on each report") {
    guitest::Sandbox box;
    fill(box.path("c.sqlite"), {20});
    Window w(box.path("c.sqlite"));
    const MeetingId next = w.comingMeetings().at(0).id;

    wxArrayString agenda;
    wxString kind, body, what;
    bool forAll = false, added = false;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto& e = dynamic_cast<ui::MeetingEditor&>(d);
        CHECK(e.meeting().id == next);
        agenda = e.agenda->GetStrings();
        kind = e.decisionKind->GetStringSelection();
        body = e.decisionBody->GetStringSelection();
        what = e.decisionText->GetValue();
        REQUIRE(e.decisionForAll);
        forAll = e.decisionForAll->IsShown() && e.decisionForAll->GetValue();
        added = e.addDecision();
        CHECK_FALSE(e.decisionForAll->IsShown()); // done
        pressLater(d, wxID_OK);
    });
    w.pressAction(ui::ProblemAction::CollectiveAlert);
    REQUIRE(agenda.size() == 3);
    for (const auto& ref : w.problem.references) {
        CHECK(std::any_of(agenda.begin(), agenda.end(),
                          [&](const wxString& line) { return line.Contains(ui::wx(ref.text())); }));
    }
    CHECK(kind == ui::wx(label(DecisionKind::CollectiveAlert)));
    CHECK(body.StartsWith("CAF"));
    CHECK(what.Contains("RSA"));
    CHECK(what.Contains("CAF"));
    CHECK(forAll);
    CHECK(added);

    const auto decisions = w.store().meetings().decisionsOfMeeting(next);
    std::vector<ReportId> alerted;
    for (const auto& d : decisions) {
        CHECK(d.kind == DecisionKind::CollectiveAlert);
        CHECK(d.institutions == std::vector<std::string>{"CAF"});
        CHECK(ui::wx(d.text) == what);
        alerted.push_back(d.report);
    }
    CHECK(sorted(alerted) == sorted(w.problem.reports));
    CHECK(agendaReports(*w.store().meetings().find(next)) == sorted(w.problem.reports));
    for (ReportId id : w.problem.reports) {
        CHECK(w.store().reports().find(id)->status == ReportStatus::FollowUpOpen);
    }

    // Closed without adding it: nothing more stored.
    w.choose("CAF");
    whenShown("MeetingEditor", [&](wxDialog& d) { pressLater(d, wxID_CANCEL); });
    w.pressAction(ui::ProblemAction::CollectiveAlert);
    CHECK(w.store().meetings().decisionsOfMeeting(next).size() == 3);
}

TEST_CASE("the institution of a problem is solicited with its reports, once confirmed") {
    guitest::Sandbox box;
    fill(box.path("s.sqlite"), {});
    Window w(box.path("s.sqlite"));

    std::vector<std::string> addressees;
    wxString subject, references;
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        auto& e = dynamic_cast<ui::SolicitationEditor&>(d);
        addressees = e.addressees->checked();
        subject = e.subject->GetValue();
        references = e.reports->GetValue();
        pressLater(d, wxID_OK);
    });
    w.pressAction(ui::ProblemAction::Solicitation);
    CHECK(addressees == std::vector<std::string>{"CAF"});
    CHECK(subject.Contains("CAF"));
    CHECK(subject.Contains("RSA"));
    CHECK(subject.Contains("3"));
    CHECK(subject.Contains(wxString::Format("%d", kYear)));
    for (const auto& ref : w.problem.references) {
        CHECK(references.Contains(ui::wx(ref.text())));
    }
    auto all = w.store().solicitations().list({});
    REQUIRE(all.size() == 1);
    CHECK(sorted(all[0].reports) == sorted(w.problem.reports));
    CHECK(all[0].addressees == std::vector<std::string>{"CAF"});
    CHECK(ui::wx(all[0].subject) == subject);
    CHECK(w.frame->currentSection() == w.frame->solicitations());

    // A body the settings do not list is offered ticked all the same, and kept.
    w.choose("GUICHET_X");
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        addressees = dynamic_cast<ui::SolicitationEditor&>(d).addressees->checked();
        pressLater(d, wxID_OK);
    });
    w.pressAction(ui::ProblemAction::Solicitation);
    CHECK(addressees == std::vector<std::string>{"GUICHET_X"});
    all = w.store().solicitations().list({});
    REQUIRE(all.size() == 2);
    CHECK(all[1].addressees == std::vector<std::string>{"GUICHET_X"});

    // Closed without saving: nothing stored.
    w.choose("CAF");
    whenShown("SolicitationEditor", [&](wxDialog& d) { pressLater(d, wxID_CANCEL); });
    w.pressAction(ui::ProblemAction::Solicitation);
    CHECK(w.store().solicitations().list({}).size() == 2);
}

namespace {

void shoot(const std::string& name) {
    pump(400);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    const std::string path = std::string(dir ? dir : ".") + "/" + name + ".png";
    CHECK(std::system(("import -window root '" + path + "'").c_str()) == 0);
}

} // namespace

// Not a test: pictures of the panel and of the editors it fills in. Skipped by default; run
//   VIGIE_SCREENSHOT_SIZE=1024x768 xvfb-run -a -s "-screen 0 1280x1024x24"
//       build/tests/gui/vigie_gui_tests -tc="screenshots of the observatory*" --no-skip
TEST_CASE("screenshots of the observatory's actions" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 300);
    {
        auto store = storage::openSqliteStore(box.path("demo.sqlite"));
        if (!app::nextMeeting(store->meetings().list(std::nullopt), Date::today())) {
            Meeting m;
            m.date = Date::today().addDays(20);
            m.time = "14:00";
            m.place = "CCAS";
            app::MeetingService(*store, app::Actor::current()).save(m);
        }
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    const std::string suffix = "-" + std::to_string(width) + "x" + std::to_string(height);
    frame->SetSize(0, 0, width, height);
    frame->showSection(frame->statistics());
    frame->statistics()->showPeriod(Period::year(Date::today().year() - 1));
    auto* panel = frame->statistics()->observatory();
    REQUIRE_FALSE(panel->problems().empty());
    panel->select(0);
    panel->list()->SetFocus();
    shoot("observatory" + suffix);
    whenShown("MeetingEditor", [&](wxDialog& d) {
        d.CallAfter([&d, suffix] {
            shoot("observatory-alert" + suffix);
            d.EndModal(wxID_CANCEL);
        });
    });
    panel->act(ui::ProblemAction::CollectiveAlert);
    frame->showSection(frame->statistics());
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        d.CallAfter([&d, suffix] {
            shoot("observatory-solicitation" + suffix);
            d.EndModal(wxID_CANCEL);
        });
    });
    panel->act(ui::ProblemAction::Solicitation);
    frame->Destroy();
    pump();
}
