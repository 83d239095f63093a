// Settings, « Registre » (issue 19): what the CCAS types for the register of processing
// activities is kept when Settings closes, and the register printed from there names it
// beside what Vigie knows; a read-only database can print it but not change it.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <wx/frame.h>
#include <wx/notebook.h>
#include <wx/xrc/xmlres.h>

#include "app/processing_register.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/register_page.h"
#include "ui/settings_dialog.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;
namespace fs = std::filesystem;

namespace {

void openSettings(ui::MainFrame& frame) {
    wxCommandEvent settings(wxEVT_MENU, wxID_PREFERENCES);
    frame.GetEventHandler()->ProcessEvent(settings);
    pump();
}

} // namespace

TEST_CASE("register: the details typed are kept on closing, and the PDF printed names them") {
    guitest::Sandbox box;
    const fs::path db = box.path("registre.sqlite");
    guitest::fillDemo(db, 40);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    pump(100);
    const fs::path pdf = box.path("registre.pdf");
    bool written = false;
    wxString pageTitle;
    whenShown("Settings", [&](wxDialog& d) {
        auto* page = dynamic_cast<ui::SettingsDialog&>(d).registerPage();
        REQUIRE(page);
        auto* pages = XRCCTRL(d, "pages", wxNotebook);
        for (std::size_t i = 0; i < pages->GetPageCount(); ++i) {
            if (pages->GetPage(i) == page) {
                pageTitle = pages->GetPageText(i);
            }
        }
        page->address()->ChangeValue("1 place de la Mairie\n01000 Villedémo");
        page->representative()->ChangeValue("  M. le Président du CCAS  ");
        page->dpoName()->ChangeValue("Agnès Délégué");
        page->dpoContact()->ChangeValue("dpo@villedemo.fr");
        written = page->writeRegister(pdf);
        page->measures()->ChangeValue("Bureau fermé à clé");
        press(d, wxID_OK); // closing keeps what was typed after printing too
    });
    openSettings(*frame);
    CHECK(pageTitle == _("Register"));
    REQUIRE(written);
    const std::string text = guitest::pdfText(pdf);
    CHECK(text.find("Agnès Délégué") != std::string::npos);
    CHECK(text.find("dpo@villedemo.fr") != std::string::npos);
    CHECK(text.find(Date::today().french()) != std::string::npos);

    const auto kept = app::ProcessingRegister(frame->workspace()).details();
    CHECK(kept.representative == "M. le Président du CCAS"); // trimmed
    CHECK(kept.address == "1 place de la Mairie\n01000 Villedémo");
    CHECK(kept.otherMeasures == "Bureau fermé à clé");

    // Opened again: the page shows what was kept.
    wxString shownDpo;
    whenShown("Settings", [&](wxDialog& d) {
        shownDpo = dynamic_cast<ui::SettingsDialog&>(d).registerPage()->dpoName()->GetValue();
        press(d, wxID_OK);
    });
    openSettings(*frame);
    CHECK(shownDpo == "Agnès Délégué");
    frame->Destroy();
    pump();
}

// Not a test: a picture of the page, to look at (skipped by default; VIGIE_SCREENSHOTS,
// VIGIE_SCREENSHOT_SIZE=1024x768 for the smallest screen).
TEST_CASE("screenshots of the register page" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 40);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    whenShown("Settings", [&](wxDialog& d) {
        auto* page = dynamic_cast<ui::SettingsDialog&>(d).registerPage();
        auto* pages = XRCCTRL(d, "pages", wxNotebook);
        pages->SetSelection(static_cast<std::size_t>(pages->FindPage(page)));
        page->dpoName()->ChangeValue("Agnès Délégué");
        pump(400);
        const char* dir = std::getenv("VIGIE_SCREENSHOTS");
        CHECK(std::system(("import -window root '" + std::string(dir ? dir : ".") +
                           "/register.png'").c_str()) == 0);
        page->writeRegister(std::string(dir ? dir : ".") + "/registre.pdf");
        d.EndModal(wxID_CANCEL);
    });
    openSettings(*frame);
    frame->Destroy();
    pump();
}
