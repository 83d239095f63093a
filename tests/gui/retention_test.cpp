// Settings, « Conservation des données » (issue 19): the reports closed for more than the
// delay previewed with their count, erased after a confirmation naming it (their texts
// then « Effacé le … », the recent ones untouched), the page closed to a read-only
// database; and the monthly reminder above the sections, shown on opening, opening that
// page, and not shown twice in the same month.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>
#include <vector>

#include <gtk/gtk.h>

#include <wx/button.h>
#include <wx/display.h>
#include <wx/frame.h>
#include <wx/modalhook.h>
#include <wx/notebook.h>
#include <wx/testing.h>
#include <wx/xrc/xmlres.h>

#include "app/report_service.h"
#include "app/retention_settings.h"
#include "domain/retention.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/retention_page.h"
#include "ui/retention_reminder.h"
#include "ui/settings_dialog.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;
namespace fs = std::filesystem;

namespace {

// A message box answered `answer`, its text and details kept.
class AnswerMessage : public wxExpectModalBase<wxMessageDialog, AnswerMessage> {
public:
    AnswerMessage(int answer, wxString& message) : answer_(answer), message_(&message) {}

protected:
    int OnInvoked(wxMessageDialog* dlg) const override {
        *message_ = dlg->GetMessage() + "\n" + dlg->GetExtendedMessage();
        return answer_;
    }

private:
    int answer_;
    wxString* message_;
};

struct Reports {
    std::vector<ReportId> old;    // closed three years ago, or withdrawn then
    std::vector<ReportId> recent; // closed six months ago, or still open
};

// A database with reports closed three years ago and recent ones.
Reports fillDatabase(const fs::path& file) {
    auto store = storage::openSqliteStore(file);
    app::ReportService service(*store, app::Actor::current());
    const Date today = Date::today();
    auto add = [&](const char* text, ReportStatus status, Date received,
                   std::optional<Date> closed) {
        DifficultyReport r;
        r.receivedOn = received;
        r.description = text;
        r.author = "Accueil du CCAS";
        r.categories = {Category::Delay};
        r.institutions = {"CAF"};
        r.status = status;
        r.closedOn = closed;
        return service.create(r, app::PersonalData::SaveAnyway).id;
    };
    const Date threeYears = app::monthsBefore(today, 36);
    const Date sixMonths = app::monthsBefore(today, 6);
    Reports made;
    made.old.push_back(add("Dossier RSA bloqué depuis cinq mois", ReportStatus::Resolved,
                           threeYears.addDays(-40), threeYears));
    made.old.push_back(add("Prime d'activité suspendue sans explication", ReportStatus::Unresolved,
                           threeYears.addDays(-90), threeYears.addDays(-10)));
    made.old.push_back(
        add("Fiche saisie en double", ReportStatus::Withdrawn, threeYears, std::nullopt));
    made.recent.push_back(add("Rendez-vous CAF impossible à obtenir", ReportStatus::Resolved,
                              sixMonths.addDays(-30), sixMonths));
    made.recent.push_back(add("Attente de la complémentaire santé", ReportStatus::FollowUpOpen,
                              app::monthsBefore(today, 40), std::nullopt));
    return made;
}

ui::RetentionReminder* reminderOf(ui::MainFrame& frame) {
    return dynamic_cast<ui::RetentionReminder*>(frame.FindWindow("retention_reminder"));
}

// Presses the reminder's button, as a click on it would.
void openFromReminder(ui::RetentionReminder& bar) {
    wxCommandEvent click(wxEVT_BUTTON, ui::RetentionReminder::kOpenId);
    click.SetEventObject(&bar);
    bar.GetEventHandler()->ProcessEvent(click);
}

wxString shownPage(wxDialog& d) {
    auto* pages = XRCCTRL(d, "pages", wxNotebook);
    return pages->GetCurrentPage() ? pages->GetCurrentPage()->GetName() : wxString();
}

} // namespace

TEST_CASE("data retention: the reminder opens the page, the preview counts, the erasure asks") {
    guitest::Sandbox box;
    const fs::path db = box.path("retention.sqlite");
    const Reports reports = fillDatabase(db);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    pump(100);
    auto* bar = reminderOf(*frame);
    REQUIRE(bar);
    CHECK(bar->IsShown());
    CHECK_MESSAGE(bar->message().Contains("3"), bar->message());
    CHECK(bar->message().Contains(ui::delayText(24)));

    wxString page, countText, asked, told, afterCount;
    int rowsPreviewed = -1, rowsAfter = -1;
    whenShown("Settings", [&](wxDialog& d) {
        page = shownPage(d);
        auto* retention = dynamic_cast<ui::SettingsDialog&>(d).retention();
        REQUIRE(retention);
        CHECK(retention->delay()->GetValue() == 24);
        press(*retention, XRCID("retention_preview"));
        pump();
        rowsPreviewed = retention->list()->GetItemCount();
        countText = retention->count()->GetLabel();
        wxTEST_DIALOG(press(*retention, XRCID("retention_erase")), AnswerMessage(wxID_YES, asked),
                      AnswerMessage(wxID_OK, told));
        rowsAfter = retention->list()->GetItemCount();
        afterCount = retention->count()->GetLabel();
        press(d, wxID_OK);
    });
    openFromReminder(*bar);
    pump();
    CHECK_FALSE(bar->IsShown());
    CHECK(page == "retention_page");
    CHECK(rowsPreviewed == 3);
    CHECK_MESSAGE(countText.Contains("3"), countText);
    CHECK_MESSAGE(asked.Contains("3"), asked); // the confirmation names the count
    CHECK(asked.Contains(wxString::FromUTF8(erasureMark(Date::today()))));
    CHECK_MESSAGE(told.Contains("3"), told);
    CHECK(rowsAfter == 0);
    CHECK(afterCount ==
          wxString::Format(_("No report closed before %s is left to erase."),
                           wxString::FromUTF8(app::monthsBefore(Date::today(), 24).french())));

    auto& store = frame->workspace().store();
    const std::string mark = erasureMark(Date::today());
    for (ReportId id : reports.old) {
        const auto r = store.reports().find(id);
        REQUIRE(r);
        CHECK(r->description == mark);
        CHECK(r->author == mark);
        CHECK(r->institutions == std::vector<std::string>{"CAF"}); // codes stay
    }
    for (ReportId id : reports.recent) {
        const auto r = store.reports().find(id);
        REQUIRE(r);
        CHECK_FALSE(isErased(*r));
        CHECK(r->author == "Accueil du CCAS");
    }
    // The automatic copies that held the texts gave way to one without them.
    CHECK(fs::exists(storage::backupDirectoryFor(db)));
    frame->Destroy();
    pump();
}

TEST_CASE("data retention: the reminder shows once a month, never on a read-only database") {
    guitest::Sandbox box;
    const fs::path db = box.path("rappel.sqlite");
    fillDatabase(db);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    pump(100);
    auto* bar = reminderOf(*frame);
    REQUIRE(bar);
    CHECK(bar->IsShown());
    {
        app::RetentionSettings settings(frame->workspace().store(), frame->workspace().actor());
        CHECK(settings.lastReminder() == Date::today());
    }
    // Settings from the menu, the delay lengthened to five years: nothing due any more.
    whenShown("Settings", [&](wxDialog& d) {
        CHECK(shownPage(d) != "retention_page"); // the menu opens on the first page
        auto* retention = dynamic_cast<ui::SettingsDialog&>(d).retention();
        retention->delay()->SetValue(60);
        press(*retention, XRCID("retention_preview"));
        pump();
        CHECK(retention->list()->GetItemCount() == 0);
        press(d, wxID_OK); // saves the delay, as closing does
    });
    wxCommandEvent settings(wxEVT_MENU, wxID_PREFERENCES);
    frame->GetEventHandler()->ProcessEvent(settings);
    pump();
    frame->Destroy();
    pump();

    // Opened again the same month: reminded already, whatever is due.
    {
        auto store = storage::openSqliteStore(db);
        app::RetentionSettings retention(*store, app::Actor::current());
        CHECK(retention.delayMonths() == 60); // saved when Settings closed
        retention.setDelayMonths(24);
        CHECK(retention.due(Date::today()).size() == 3);
    }
    frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    pump(100);
    CHECK_FALSE(reminderOf(*frame)->IsShown());
    // A month later it would show again.
    CHECK(reminderOf(*frame)->offer(frame->workspace(), app::monthsBefore(Date::today(), -1)));
    CHECK(reminderOf(*frame)->IsShown());
    frame->Destroy();
    pump();

    // Read-only: neither the reminder nor an erasure.
    app::OpenRequest reading;
    reading.readOnly = true;
    auto readOnly = app::Workspace::open(db, reading);
    REQUIRE(readOnly->info().readOnly);
    wxFrame host(nullptr, wxID_ANY, "host");
    auto* reminder = new ui::RetentionReminder(&host, {});
    CHECK_FALSE(reminder->offer(*readOnly, app::monthsBefore(Date::today(), -2)));
    ui::SettingsDialog dialog(nullptr, *readOnly);
    CHECK_FALSE(XRCCTRL(*dialog.retention(), "retention_erase", wxButton)->IsEnabled());
    CHECK_FALSE(dialog.retention()->delay()->IsEnabled());
    dialog.retention()->preview();
    CHECK(dialog.retention()->list()->GetItemCount() == 3);
}

// Not a test: the page with a preview, for people to look at. Run with
//   VIGIE_SCREENSHOTS=DIR xvfb-run -a -s "-screen 0 1024x768x24" vigie_gui_tests
//       -tc="screenshots of the data retention page" --no-skip
TEST_CASE("screenshots of the data retention page" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 600);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    const wxRect screen = wxDisplay(0u).GetClientArea();
    frame->SetSize(0, 0, screen.width, screen.height);
    pump(300);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    const std::string prefix = std::string(dir ? dir : ".") + "/retention-" +
                               std::to_string(screen.width) + "x" + std::to_string(screen.height);
    CHECK(std::system(("import -window root '" + prefix + "-reminder.png'").c_str()) == 0);
    whenShown("Settings", [&](wxDialog& d) {
        auto* retention = dynamic_cast<ui::SettingsDialog&>(d).retention();
        press(*retention, XRCID("retention_preview"));
        pump(400);
        CHECK(std::system(("import -window root '" + prefix + ".png'").c_str()) == 0);
        // The confirmation and the result, each pictured while shown, then answered.
        struct ShootMessages : wxModalDialogHook {
            std::string prefix;
            int shown = 0;
            int Enter(wxDialog* dialog) override {
                if (auto* m = dynamic_cast<wxMessageDialog*>(dialog)) {
                    const std::string file = prefix + "-message" + std::to_string(++shown) + ".png";
                    const int response = shown == 1 ? GTK_RESPONSE_YES : GTK_RESPONSE_OK;
                    wxTheApp->CallAfter([m, file, response] {
                        pump(400);
                        CHECK(std::system(("import -window root '" + file + "'").c_str()) == 0);
                        gtk_dialog_response(GTK_DIALOG(m->GetHandle()), response);
                    });
                }
                return wxID_NONE;
            }
            void Exit(wxDialog*) override {}
        } messages;
        messages.prefix = prefix;
        messages.Register();
        press(*retention, XRCID("retention_erase"));
        messages.Unregister();
        press(d, wxID_OK);
    });
    openFromReminder(*reminderOf(*frame));
    frame->Destroy();
    pump();
}
