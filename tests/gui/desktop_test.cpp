// The window as a desktop program: the guide on F1, sections from the keyboard, every
// screen reachable with Tab, backups and restore, and a second window on a database
// that is already open.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <functional>
#include <set>
#include <string>

#include <gtk/gtk.h>

#include <wx/anybutton.h>
#include <wx/checkbox.h>
#include <wx/infobar.h>
#include <wx/menu.h>
#include <wx/settings.h>
#include <wx/stockitem.h>
#include <wx/testing.h>
#include <wx/msgdlg.h>
#include <wx/xrc/xmlres.h>

#include "app/backups.h"
#include "app/demo.h"
#include "app/report_service.h"
#include "domain/privacy.h"
#include "gui_support.h"
#include "storage/window_lock.h"
#include "ui/bar_chart.h"
#include "ui/help_window.h"
#include "ui/import_dialog.h"
#include "ui/main_frame.h"
#include "ui/meetings_section.h"
#include "ui/reports_section.h"
#include "ui/privacy_warning.h"
#include "ui/report_details.h"
#include "ui/screen_reader.h"
#include "ui/solicitations_section.h"
#include "ui/statistics_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

DifficultyReport sample(const std::string& description) {
    DifficultyReport r;
    r.receivedOn = Date(2025, 4, 1);
    r.description = description;
    r.categories = {Category::Delay};
    return r;
}

// Sends the menu command whose accelerator is `accel` ("Ctrl+4", "F1"), as the key would.
bool pressAccelerator(wxFrame& frame, const wxString& accel) {
    wxMenuBar* bar = frame.GetMenuBar();
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems()) {
            std::unique_ptr<wxAcceleratorEntry> entry(item->GetAccel());
            if (entry && entry->ToRawString() == accel) {
                wxCommandEvent e(wxEVT_MENU, item->GetId());
                e.SetEventObject(&frame);
                frame.GetEventHandler()->ProcessEvent(e);
                return true;
            }
        }
    }
    return false;
}

// The wx window holding the keyboard focus. wxGTK does not always report it (a wxChoice
// gives it to its inner GTK button), so the GTK focus is traced back to its wx window.
wxWindow* focusedWindow(wxWindow* top) {
    if (wxWindow* f = wxWindow::FindFocus()) {
        return f;
    }
    GtkWidget* widget = gtk_window_get_focus(GTK_WINDOW(top->GetHandle()));
    std::function<wxWindow*(wxWindow*, GtkWidget*)> owner = [&](wxWindow* w, GtkWidget* g) -> wxWindow* {
        if (w->GetHandle() == g) {
            return w;
        }
        for (wxWindow* child : w->GetChildren()) {
            if (wxWindow* found = owner(child, g)) {
                return found;
            }
        }
        return nullptr;
    };
    for (; widget; widget = gtk_widget_get_parent(widget)) {
        if (wxWindow* w = owner(top, widget)) {
            return w;
        }
    }
    return nullptr;
}

// The names of the windows Tab visits from `start`, in order: wx's own traversal, the
// one the Tab key runs.
std::vector<wxString> tabWalk(wxWindow* top, wxWindow* start, int steps = 60) {
    std::vector<wxString> visited;
    start->SetFocus();
    pump(30);
    for (int i = 0; i < steps; ++i) {
        wxWindow* focus = focusedWindow(top);
        if (!focus) {
            break;
        }
        visited.push_back(focus->GetName());
        focus->Navigate(wxNavigationKeyEvent::IsForward);
        pump(10);
    }
    return visited;
}

bool contains(const std::vector<wxString>& names, const wxString& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

} // namespace

TEST_CASE("F1 opens the guide on the section shown; Ctrl+1 to Ctrl+4 choose the section") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("d.sqlite")});
    REQUIRE(frame);
    REQUIRE(pressAccelerator(*frame, "Ctrl+4"));
    CHECK(frame->currentSection() == frame->statistics());
    REQUIRE(pressAccelerator(*frame, "F1"));
    pump();
    auto* help = ui::HelpWindow::current();
    REQUIRE(help);
    CHECK(help->IsShown());
    CHECK(help->html()->GetOpenedPage().EndsWith("statistiques.html"));
    CHECK(help->html()->ToText().Contains("Statistiques"));
    REQUIRE(pressAccelerator(*frame, "Ctrl+1"));
    CHECK(frame->currentSection() == frame->reports());
    pressAccelerator(*frame, "F1");
    CHECK(help->html()->GetOpenedPage().EndsWith("fiches.html"));
    // Every section has its page in the guide, and the page exists.
    for (ui::Section* s : {static_cast<ui::Section*>(frame->reports()),
                           static_cast<ui::Section*>(frame->statistics())}) {
        frame->showSection(s);
        frame->showHelp(s->helpPage());
        CHECK_FALSE(help->html()->ToText().Contains("missing"));
        CHECK_FALSE(help->html()->ToText().Contains("manque"));
    }
    help->Close(true);
    frame->Close(true);
    pump();
}

// ctest runs this case a second time under GTK_THEME=Adwaita:dark (gui_help_dark_theme),
// where wxHTML's own black on white would fail it.
TEST_CASE("the guide takes the theme's colours: background, text, readable links") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("g.sqlite")});
    REQUIRE(frame);
    auto* help = ui::HelpWindow::show(frame, "index.html");
    pump();
    const auto colours = ui::HelpWindow::colours();
    CHECK(colours.background == wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOW));
    CHECK(colours.text == wxSystemSettings::GetColour(wxSYS_COLOUR_WINDOWTEXT));
    CHECK(ui::HelpWindow::contrastRatio(colours.link, colours.background) >= 4.5);
    const char* theme = std::getenv("GTK_THEME");
    if (theme && std::string(theme).find(":dark") != std::string::npos) {
        CHECK(ui::HelpWindow::contrastRatio(colours.background, *wxBLACK) < 4.5); // dark page
    }
    // What the page was really parsed with: the body's colours stay in wxHTML's parser.
    CHECK(help->html()->GetHTMLBackgroundColour() == colours.background);
    CHECK(help->html()->GetParser()->GetActualColor() == colours.text);
    CHECK(help->html()->GetParser()->GetLinkColor() == colours.link);
    // Following a link keeps them.
    help->load("fiches.html");
    CHECK(help->html()->GetParser()->GetActualColor() == colours.text);
    help->Close(true);
    frame->Close(true);
    pump();
}

TEST_CASE("the window speaks French, its stock buttons and GTK's dialogs too, without a French locale") {
    // tests/e2e/locale_test.sh runs this case where no locale is generated at all.
    const char* language = std::getenv("LANGUAGE");
    if (language && std::string(language).rfind("en", 0) == 0) {
        CHECK(wxGetTranslation("Cancel") == "Cancel");
        return;
    }
    CHECK(wxGetStockLabel(wxID_CANCEL, wxSTOCK_NOFLAGS) == "Annuler");
    CHECK(_("Reports") == "Fiches");
    wxString gtkCancel = wxString::FromUTF8(g_dgettext("gtk30", "_Cancel"));
    gtkCancel.Replace("_", "");
    CHECK(gtkCancel == "Annuler");
    // Narrow literals are read as UTF-8, whatever LANG names.
    CHECK(wxString("\u00e9t\u00e9") == wxString::FromUTF8("\u00e9t\u00e9"));
}

TEST_CASE("an import holding personal data is a deliberate act: no default button, a question "
          "naming what was found, the choice in the history") {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("p.sqlite"));
    std::ofstream(box.path("p.csv")) << "date_reception;description;categories\n"
                                        "2025-03-04;Mme Dupont attend sa CSS depuis 6 mois;delai\n"
                                        "2025-03-05;Dossier en attente depuis 5 mois;delai\n";
    ui::ImportDialog dialog(nullptr, *workspace);
    dialog.check(wxString::FromUTF8(box.path("p.csv").string()));
    REQUIRE(dialog.canImport());
    // Enter while typing the path must not import: Import is not the default button.
    CHECK(dialog.GetDefaultItem() != dialog.FindWindow(wxID_OK));
    const wxString question = dialog.personalDataQuestion();
    CHECK_MESSAGE(question.Contains(wxString::FromUTF8(label(PersonalDataKind::Name)) + " (1)"),
                  question);
    auto count = [&] {
        ReportFilter all;
        return workspace->store().reports().count(all);
    };
    long long afterNo = -1;
    dialog.CallAfter([&] {
        wxTEST_DIALOG(guitest::press(dialog, wxID_OK), wxExpectModal<wxMessageDialog>(wxID_NO));
        afterNo = count();
        wxTEST_DIALOG(guitest::press(dialog, wxID_OK), wxExpectModal<wxMessageDialog>(wxID_YES));
    });
    CHECK(dialog.ShowModal() == wxID_OK);
    CHECK(afterNo == 0);
    CHECK(count() == 2);
    CHECK(dialog.imported() == 2);
    int noted = 0;
    for (std::int64_t id = 1; id <= 2; ++id) {
        for (const auto& e : workspace->store().audit().history("report", id)) {
            noted += e.note.empty() ? 0 : 1;
        }
    }
    CHECK(noted == 1);
}

TEST_CASE("the history and the privacy notes say what happened in French, never a code") {
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Dossier en attente";
    r.categories = {Category::Delay};
    const std::vector<AuditEntry> history = {
        {0, "2025-03-04T10:00:00Z", "marie", "report", 1, "status_from_meeting", "", "", ""},
        {0, "2025-03-05T10:00:00Z", "marie", "report", 1, "some_future_action", "", "", ""}};
    const wxString html = ui::reportDetailsHtml(r, history, {}, {}, {});
    CHECK_FALSE(html.Contains("status_from_meeting"));
    CHECK_FALSE(html.Contains("some_future_action"));
    CHECK(html.Contains(_("status changed by a meeting's decisions")));
    const std::string text = "Née le 12/03/1980, habite 3 rue des Lilas";
    // The history's note is written by the service, from the same summary.
    const wxString summary = wxString::FromUTF8(
        app::findingsSummary({{"Description", text, findPersonalData(text)}}));
    CHECK_FALSE(summary.Contains("birth_date"));
    CHECK(summary.Contains(wxString::FromUTF8(label(PersonalDataKind::BirthDate))));
}

TEST_CASE("the import dialog gives each count its own plural form") {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("i.sqlite"));
    std::ofstream(box.path("one.csv")) << "date_reception;description;categories\n"
                                          "2015-01-01;x;delai\n";
    ui::ImportDialog dialog(nullptr, *workspace);
    dialog.check(wxString::FromUTF8(box.path("one.csv").string()));
    REQUIRE(dialog.canImport());
    const wxString summary = XRCCTRL(dialog, "summary", wxStaticText)->GetLabel();
    // Whatever the language: the forms for one new report, none replaced, one to add.
    CHECK_MESSAGE(summary.Contains(wxString::Format(
                      wxPLURAL("%d new report", "%d new reports", 1), 1)),
                  summary);
    CHECK_MESSAGE(summary.Contains(wxString::Format(wxPLURAL("%d replaced", "%d replaced", 0), 0)),
                  summary);
    CHECK_MESSAGE(summary.Contains(wxPLURAL("Press Import to add it.", "Press Import to add them.", 1)),
                  summary);
}

TEST_CASE("every main screen can be walked through with Tab alone") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("k.sqlite")});
    REQUIRE(frame);
    frame->SetSize(1280, 900);
    pump();
    const auto reports = tabWalk(frame, frame->reports()->search());
    INFO("reports: " << wxJoin(wxArrayString(reports.size(), reports.data()), ' ').ToStdString());
    for (const char* name : {"search", "year", "category", "status", "institution", "right",
                             "source", "show_withdrawn", "reset", "reports_list"}) {
        CHECK(contains(reports, name));
    }
    // Tab comes back round: nothing traps the focus.
    CHECK(std::count(reports.begin(), reports.end(), wxString("search")) >= 2);

    // The meetings and the solicitations: from their list round to it again.
    frame->showSection(frame->meetings());
    pump();
    const auto meetings = tabWalk(frame, frame->meetings()->list());
    CHECK(std::count(meetings.begin(), meetings.end(), wxString("meetings_list")) >= 2);
    frame->showSection(frame->solicitations());
    pump();
    const auto solicitations = tabWalk(frame, frame->solicitations()->list());
    CHECK(std::count(solicitations.begin(), solicitations.end(), wxString("solicitations_list")) >= 2);
    CHECK(solicitations.size() >= 10); // the filters and the buttons on the way

    frame->showSection(frame->statistics());
    pump();
    const auto stats = tabWalk(frame, frame->statistics()->yearChoice());
    INFO("statistics: " << wxJoin(wxArrayString(stats.size(), stats.data()), ' ').ToStdString());
    for (const char* name : {"statistics_year", "statistics_part", "statistics_tables"}) {
        CHECK(contains(stats, name));
    }
    frame->Close(true);
    pump();
}

TEST_CASE("back up now, then restore: the content comes back, the newer one is kept") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("b.sqlite")});
    REQUIRE(frame);
    app::ReportService(frame->workspace().store(), frame->workspace().actor())
        .create(sample("Avant la copie"));
    const auto copy = frame->backUpNow();
    REQUIRE(!copy.empty());
    app::ReportService(frame->workspace().store(), frame->workspace().actor())
        .create(sample("Après la copie"));
    frame->reports()->refresh();
    CHECK(frame->reports()->model().size() == 2);
    REQUIRE(frame->restoreFrom(copy));
    pump();
    CHECK(frame->reports()->model().size() == 1);
    // The copy made by hand, the one made before restoring, and the day's automatic copy
    // (taken when the restored database opened: it now holds a report).
    frame->waitForDailyCopy(); // made beside the window's work
    const auto backups = app::listBackups(box.path("b.sqlite"));
    CHECK(backups.size() == 3);
    CHECK(std::count_if(backups.begin(), backups.end(), [](const app::BackupFile& b) {
              return b.path.filename().string().find("_automatique") != std::string::npos;
          }) == 1);
    frame->Close(true);
    pump();
}

TEST_CASE("a database another window has open is offered read-only, with a banner") {
    guitest::Sandbox box;
    const auto db = box.path("shared.sqlite");
    {
        auto store = storage::openSqliteStore(db);
        app::ReportService(*store, app::Actor::current()).create(sample("Lisible"));
    }
    std::unique_ptr<storage::WindowLock> otherWindow;
    REQUIRE(storage::WindowLock::tryTake(db, otherWindow) == storage::WindowLock::Outcome::Taken);
    bool asked = false;
    // The generic message dialog names its window itself: found by its title.
    whenShown("Base déjà ouverte", [&](wxDialog& d) {
        asked = true;
        press(d, wxID_YES);
    });
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    CHECK(asked);
    REQUIRE(frame);
    pump();
    CHECK(frame->workspace().info().readOnly);
    CHECK(frame->banner()->IsShown());
    CHECK(frame->reports()->model().size() == 1);
    // Nothing can be added or withdrawn; reading stays possible.
    wxMenuItem* item = nullptr;
    for (wxMenuItem* i : frame->GetMenuBar()->GetMenu(1)->GetMenuItems()) {
        std::unique_ptr<wxAcceleratorEntry> entry(i->GetAccel());
        if (entry && entry->ToRawString() == "Ctrl+N") {
            item = i;
        }
    }
    REQUIRE(item);
    CHECK_FALSE(item->IsEnabled());
    frame->Close(true);
    pump();

    // Without the other window, the same file opens for writing, without a banner.
    otherWindow.reset();
    auto* again = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(again);
    pump();
    CHECK_FALSE(again->workspace().info().readOnly);
    CHECK_FALSE(again->banner()->IsShown());
    again->Close(true);
    pump();
}

namespace {

// What a screen reader announces at each Tab stop from `start`: the accessible name GTK
// gives the widget holding the focus, with the wx window it belongs to.
std::vector<std::pair<wxString, wxString>> spokenWalk(wxWindow* top, wxWindow* start,
                                                      int steps = 45) {
    std::vector<std::pair<wxString, wxString>> spoken;
    start->SetFocus();
    pump(30);
    for (int i = 0; i < steps; ++i) {
        GtkWidget* widget = gtk_window_get_focus(GTK_WINDOW(top->GetHandle()));
        wxWindow* focus = focusedWindow(top);
        if (!widget || !focus) {
            break;
        }
        const char* name = atk_object_get_name(gtk_widget_get_accessible(widget));
        wxString said = wxString::FromUTF8(name ? name : "");
        // A button or a check box must say its own words, not a name given around it.
        if (dynamic_cast<wxAnyButton*>(focus) || dynamic_cast<wxCheckBox*>(focus)) {
            const wxString own = wxControl::RemoveMnemonics(focus->GetLabel());
            if (said != own) {
                said = wxString(); // counted as a stop without its right name
            }
        }
        spoken.push_back({focus->GetName(), said});
        focus->Navigate(wxNavigationKeyEvent::IsForward);
        pump(10);
    }
    return spoken;
}

// The Tab stops a screen reader would announce without a name.
wxString unnamed(const std::vector<std::pair<wxString, wxString>>& spoken) {
    wxString out;
    for (const auto& [window, name] : spoken) {
        if (name.empty()) {
            out += window + " ";
        }
    }
    return out;
}

} // namespace

// The desktop's "screen reader on" switch, for one test (in memory: GSETTINGS_BACKEND).
struct ScreenReaderOn {
    GSettings* settings = nullptr;
    ScreenReaderOn() {
        GSettingsSchemaSource* source = g_settings_schema_source_get_default();
        GSettingsSchema* schema = source ? g_settings_schema_source_lookup(
                                               source, "org.gnome.desktop.a11y.applications", TRUE)
                                         : nullptr;
        REQUIRE_MESSAGE(schema, "gsettings-desktop-schemas is missing (installer/deps.sh)");
        g_settings_schema_unref(schema);
        settings = g_settings_new("org.gnome.desktop.a11y.applications");
        g_settings_set_boolean(settings, "screen-reader-enabled", TRUE);
    }
    ~ScreenReaderOn() {
        g_settings_set_boolean(settings, "screen-reader-enabled", FALSE);
        g_object_unref(settings);
    }
};

TEST_CASE("a screen reader has a name to say at every stop of every screen and form") {
    ScreenReaderOn screenReader;
    REQUIRE(ui::screenReaderEnabled());
    guitest::Sandbox box;
    guitest::fillDemo(box.path("a.sqlite"), 60);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("a.sqlite")});
    REQUIRE(frame);
    frame->SetSize(1280, 900);
    pump();
    // The main screens: filters by their label, lists and previews by what they show.
    const auto reports = spokenWalk(frame, frame->reports()->search());
    CHECK_MESSAGE(unnamed(reports).empty(), "reports: " << unnamed(reports).ToStdString());
    // A filter is named by its label, not by the value it shows.
    wxString yearLabel = wxControl::RemoveMnemonics(_("&Year:")).BeforeLast(':');
    while (yearLabel.EndsWith(" ") || yearLabel.EndsWith(wxString(wxUniChar(0x00A0)))) {
        yearLabel.RemoveLast(); // French writes a no-break space before the colon
    }
    for (const auto& [window, name] : reports) {
        if (window == "year") {
            CHECK(name == yearLabel);
        }
    }
    for (ui::Section* s : {static_cast<ui::Section*>(frame->meetings()),
                           static_cast<ui::Section*>(frame->solicitations()),
                           static_cast<ui::Section*>(frame->statistics())}) {
        frame->showSection(s);
        pump();
        wxWindow* first = s;
        while (first && !first->AcceptsFocusFromKeyboard() && !first->GetChildren().empty()) {
            first = first->GetChildren().front();
        }
        const auto spoken = spokenWalk(frame, first);
        CHECK_MESSAGE(spoken.size() > 3, s->title().ToStdString());
        CHECK_MESSAGE(unnamed(spoken).empty(),
                      s->title().ToStdString() << ": " << unnamed(spoken).ToStdString());
    }
    // The charts say their figures in words.
    auto* chart = wxDynamicCast(frame->FindWindow("category_chart"), wxWindow);
    REQUIRE(chart);
    const wxString chartName = ui::screenReaderName(chart);
    auto* bars = dynamic_cast<ui::BarChart*>(chart);
    REQUIRE(bars);
    REQUIRE_FALSE(bars->lines().empty());
    CHECK_MESSAGE(chartName.Contains(bars->lines().front().label), chartName.ToStdString());
    CHECK(chartName.find_first_of("0123456789") != wxString::npos);

    // The forms: report, meeting, solicitation, settings.
    auto walkDialog = [](const wxString& dialogName) {
        guitest::whenShown(dialogName, [dialogName](wxDialog& d) {
            wxWindow* first = &d;
            while (first && !first->AcceptsFocusFromKeyboard() && !first->GetChildren().empty()) {
                first = first->GetChildren().front();
            }
            const auto spoken = spokenWalk(&d, first);
            CHECK_MESSAGE(spoken.size() > 3, dialogName.ToStdString());
            CHECK_MESSAGE(unnamed(spoken).empty(),
                          dialogName.ToStdString() << ": " << unnamed(spoken).ToStdString());
            d.EndModal(wxID_CANCEL);
        });
    };
    frame->showSection(frame->reports());
    frame->reports()->select(frame->reports()->model().idAt(0));
    walkDialog("ReportEditor");
    frame->reports()->openSelected();
    frame->showSection(frame->meetings());
    frame->meetings()->select(frame->workspace().store().meetings().list(std::nullopt).front().id);
    walkDialog("MeetingEditor");
    frame->meetings()->openSelected();
    frame->showSection(frame->solicitations());
    frame->solicitations()->select(frame->workspace().store().solicitations().list({}).front().id);
    walkDialog("SolicitationEditor");
    frame->solicitations()->openSelected();
    walkDialog("Settings");
    wxCommandEvent settings(wxEVT_MENU, wxID_PREFERENCES);
    frame->GetEventHandler()->ProcessEvent(settings);
    frame->Close(true);
    pump();
}
