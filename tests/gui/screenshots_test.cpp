// Not a test: pictures of each window for people to look at (README, reviews). Skipped
// by default; run with
//   xvfb-run -a -s "-screen 0 1280x900x24" build/tests/gui/vigie_gui_tests
//       -tc="screenshots*" --no-skip
// It writes PNG files into $VIGIE_SCREENSHOTS (default: the current folder), using
// ImageMagick's `import`.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include <wx/dialog.h>
#include <wx/menu.h>
#include <wx/notebook.h>
#include <wx/xrc/xmlres.h>

#include "app/demo.h"
#include "app/documents.h"
#include "app/solicitation_documents.h"
#include "gui_support.h"
#include "ui/help_window.h"
#include "ui/import_dialog.h"
#include "ui/main_frame.h"
#include "ui/meeting_editor.h"
#include "ui/meetings_section.h"
#include "ui/privacy_warning.h"
#include "ui/reports_section.h"
#include "ui/solicitations_section.h"
#include "ui/statistics_section.h"
#include "ui/vigie_app.h"

using namespace vigie;

namespace {

void shoot(const std::string& name) {
    guitest::pump(400);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    const std::string path = std::string(dir ? dir : ".") + "/" + name + ".png";
    const std::string command = "import -window root '" + path + "'";
    CHECK(std::system(command.c_str()) == 0);
}

void shootDialog(const wxString& dialogName, const std::string& file) {
    guitest::whenShown(dialogName, [file](wxDialog& d) {
        shoot(file);
        d.EndModal(wxID_CANCEL);
    });
}

} // namespace

TEST_CASE("screenshots of the main windows" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 300);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    // VIGIE_SCREENSHOT_SIZE=1024x768: the smallest screen the window must fit.
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    frame->reports()->select(frame->reports()->model().idAt(2));
    shoot("main-window");
    shootDialog("ReportEditor", "report-editor");
    frame->reports()->openSelected();
    shootDialog("Settings", "settings");
    wxCommandEvent settings(wxEVT_MENU, wxID_PREFERENCES);
    frame->GetEventHandler()->ProcessEvent(settings);
    frame->showSection(frame->meetings());
    frame->meetings()->select(frame->workspace().store().meetings().list(std::nullopt)[20].id);
    shoot("meetings");
    guitest::whenShown("MeetingEditor", [](wxDialog& d) {
        auto* pages = XRCCTRL(d, "pages", wxNotebook);
        pages->SetSelection(1);
        shoot("meeting-attendance");
        pages->SetSelection(2);
        dynamic_cast<ui::MeetingEditor&>(d).selectItem(0);
        shoot("meeting-editor");
        d.EndModal(wxID_CANCEL);
    });
    frame->meetings()->openSelected();
    auto* solicitations = frame->solicitations();
    frame->showSection(solicitations);
    solicitations->select(frame->workspace().store().solicitations().list({}).back().id);
    shoot("solicitations");
    shootDialog("SolicitationEditor", "solicitation-editor");
    solicitations->openSelected();
    solicitations->showInstitutionFigures();
    shoot("solicitations-by-institution");
    // The letters, in French as the window writes them, to look at with pdf-pages.sh.
    if (const char* dir = std::getenv("VIGIE_SCREENSHOTS")) {
        const auto id = *solicitations->selectedId();
        app::writeSolicitationLetter(frame->workspace().store(), id,
                                     std::string(dir) + "/letter.pdf");
        // The reminder of a solicitation reminded in the demo.
        for (const auto& s : frame->workspace().store().solicitations().list({})) {
            if (!s.chases.empty()) {
                app::writeReminderLetter(frame->workspace().store(), s.id,
                                         std::string(dir) + "/reminder.pdf");
                break;
            }
        }
    }
    frame->showSection(frame->statistics());
    frame->statistics()->showPeriod(Period::year(Date::today().year() - 1));
    shoot("statistics");
    // The year still running: two long period labels in the charts' legend.
    frame->statistics()->showPeriod({Date(Date::today().year(), 1, 1), Date::today()});
    shoot("statistics-this-year");
    frame->showHelp("statistiques.html");
    shoot("help");
    ui::HelpWindow::current()->Close(true);
    frame->backUpNow();
    shootDialog("RestoreDialog", "restore");
    wxCommandEvent restore(wxEVT_MENU, frame->GetMenuBar()->FindMenuItem(
                                           frame->GetMenuBar()->GetMenuLabelText(0),
                                           wxGetTranslation("&Restore from a backup...")));
    frame->GetEventHandler()->ProcessEvent(restore);
    // The import dialog on a file with a mistake and a phone number.
    {
        std::ofstream(box.path("fiches.csv"))
            << "date_reception;description;categories\n"
               "2025-03-04;Dossier en attente depuis 5 mois;delai\n"
               "31/02/2025;Rappeler au 06 12 34 56 78;precarite\n";
        ui::ImportDialog import(frame, frame->workspace());
        import.check(wxString::FromUTF8(box.path("fiches.csv").string()));
        import.Show();
        shoot("import");
        import.Hide();
    }
    // The privacy warning on the five sentences of a new user's import (issue 21).
    shootDialog("PrivacyWarning", "privacy-warning");
    ui::acceptPersonalData(
        frame, {{_("Description"),
                 "Mme Dupont attend sa CSS depuis 6 mois. Monsieur Karim Benali, suivi pour une "
                 "dépression sévère, attend son AAH. Personne séropositive sortant de prison, sans "
                 "ressources. Jean-Pierre habite au 12 rue des Lilas à Bourg."}});
    frame->Destroy();
    guitest::pump();
}
