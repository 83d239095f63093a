// The figures of a year before Vigie typed in the real dialog: they fill the N-1 column of
// the first year counted by Vigie, a counted year refuses them, and an unknown addressee
// code stops the save.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "app/report_service.h"
#include "app/statistics_service.h"
#include "app/workspace.h"
#include "gui_support.h"
#include "ui/entered_figures_dialog.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;
using Dialog = ui::EnteredFiguresDialog;

namespace {

// A workspace whose database counts one report received in 2015.
std::unique_ptr<app::Workspace> workspaceWith2015(const guitest::Sandbox& box) {
    auto workspace = app::Workspace::open(box.path("entered.sqlite"));
    DifficultyReport r;
    r.receivedOn = Date(2015, 3, 4);
    r.description = "Délai de traitement d'une demande de RSA";
    r.categories = {Category::Delay};
    r.rights = {"RSA"};
    app::ReportService(workspace->store(), workspace->actor()).create(r);
    return workspace;
}

wxSpinCtrl* familyControl(Dialog& d, const std::string& code) {
    for (auto& [c, control] : d.families) {
        if (c == code) {
            return control;
        }
    }
    return nullptr;
}

// Fills the figures of the old report of 2014 (DOMAIN.md's example), the solicitations
// line through the real "Add a line" button.
void fill2014(Dialog& d, const wxString& addressees) {
    d.meetings->SetValue(11);
    d.reports->SetValue(41);
    d.categories[Category::NonAccess]->SetValue(8);
    d.categories[Category::Delay]->SetValue(13);
    d.categories[Category::Precarity]->SetValue(31);
    auto* minima = familyControl(d, "minima_sociaux");
    REQUIRE(minima);
    minima->SetValue(11);
    press(d, XRCID("add_line"));
    pump();
    // Leaving the cell ends its editing, as a user moving on would.
    d.meetings->SetFocus();
    pump();
    REQUIRE(d.solicitations->GetItemCount() == 1);
    d.solicitations->SetTextValue(addressees, 0, Dialog::kAddressees);
    d.solicitations->SetTextValue("4", 0, Dialog::kCount);
    d.solicitations->SetTextValue("2", 0, Dialog::kAnswered);
    d.solicitations->SetTextValue(wxString::FromUTF8("Délais RSA ; accueil"), 0, Dialog::kSubjects);
}

void appendLine(wxDataViewListCtrl* table, std::initializer_list<const char*> cells) {
    wxVector<wxVariant> row;
    for (const char* cell : cells) {
        row.push_back(wxVariant(wxString::FromUTF8(cell)));
    }
    table->AppendItem(row);
}

// Whatever a step found, the modal loop ends: a failed check must not hang the run.
void closeIfOpen(wxDialog& d) {
    if (d.IsModal()) {
        d.EndModal(wxID_CANCEL);
    }
}

} // namespace

TEST_CASE("entered figures: 2014 typed in from the old report becomes the N-1 column of 2015") {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    auto& store = workspace->store();

    int result = wxID_NONE;
    bool deleteShown = true;
    wxString status;
    {
        Dialog d(nullptr, *workspace, 2014);
        CHECK(d.year->GetValue() == 2014);
        CHECK_FALSE(d.yearHasCountedData());
        whenShown("EnteredFigures", [&](wxDialog& shown) {
            deleteShown = d.deleteFigures->IsShown();
            status = d.status->GetLabel();
            CHECK(d.save->IsEnabled());
            fill2014(d, "caf");
            press(shown, wxID_OK);
            closeIfOpen(shown);
        });
        result = d.ShowModal();
    }
    CHECK(result == wxID_OK);
    CHECK_FALSE(deleteShown);
    CHECK(status.Contains("2014"));

    const auto saved = store.enteredFigures().find(2014);
    REQUIRE(saved);
    REQUIRE(saved->solicitations.size() == 1);
    // The code as Settings spells it, whatever the case typed.
    CHECK(saved->solicitations[0].addressees == std::vector<std::string>{"CAF"});
    CHECK(saved->solicitations[0].subjects == std::vector<std::string>{"Délais RSA", "accueil"});
    CHECK(saved->rightFamilies.at("minima_sociaux") == 11);

    const auto stats = app::yearStatistics(store, 2015);
    REQUIRE(stats.previous);
    const auto& previous = *stats.previous;
    CHECK(previous.entered);
    CHECK(previous.reports == 41);
    CHECK(previous.meetings == 11);
    REQUIRE(previous.category(Category::NonAccess).percent);
    CHECK(previous.category(Category::NonAccess).percent->decimal() == "19.51");
    REQUIRE(previous.category(Category::Delay).percent);
    CHECK(previous.category(Category::Delay).percent->decimal() == "31.71");
    CHECK(previous.solicitations.total == 4);
    CHECK(previous.solicitations.answered == 2);

    // Opened again, the year shows what was saved, and may be deleted after a "yes".
    {
        Dialog d(nullptr, *workspace, 2014);
        CHECK(d.reports->GetValue() == 41);
        CHECK(d.categories[Category::Precarity]->GetValue() == 31);
        CHECK(d.solicitations->GetTextValue(0, Dialog::kAddressees) == "CAF");
        // Another year without figures: the saved ones are not shown as its own.
        d.loadYear(2013);
        CHECK(d.reports->GetValue() == 0);
        CHECK(d.solicitations->GetItemCount() == 0);
        d.loadYear(2014);
        CHECK(d.reports->GetValue() == 41);
        whenShown("EnteredFigures", [&](wxDialog& shown) {
            deleteShown = d.deleteFigures->IsShown();
            wxTEST_DIALOG(press(shown, XRCID("delete")), wxExpectModal<wxMessageDialog>(wxID_NO));
            CHECK(shown.IsModal());
            wxTEST_DIALOG(press(shown, XRCID("delete")), wxExpectModal<wxMessageDialog>(wxID_YES));
            closeIfOpen(shown);
        });
        result = d.ShowModal();
    }
    CHECK(deleteShown);
    CHECK(result == wxID_DELETE);
    CHECK_FALSE(store.enteredFigures().find(2014));
    CHECK_FALSE(app::yearStatistics(store, 2015).previous);
}

TEST_CASE("entered figures: a year Vigie already counts refuses them") {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    Dialog d(nullptr, *workspace, 2015);
    CHECK(d.yearHasCountedData());
    CHECK_FALSE(d.save->IsEnabled());
    CHECK(d.error->IsShown());
    CHECK(d.error->GetLabel().Contains("2015"));
    // Going to a year before Vigie gives the save back.
    d.loadYear(2014);
    CHECK(d.save->IsEnabled());
    CHECK_FALSE(d.error->IsShown());
    d.loadYear(2015);
    CHECK_FALSE(d.save->IsEnabled());
    CHECK_FALSE(workspace->store().enteredFigures().find(2015));
}

TEST_CASE("entered figures: an unknown addressee code is named and nothing is stored") {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    bool stillOpen = false;
    wxString message;
    int result = wxID_NONE;
    {
        Dialog d(nullptr, *workspace, 2014);
        whenShown("EnteredFigures", [&](wxDialog& shown) {
            fill2014(d, "MDPH-CAFF-CPAM");
            press(shown, wxID_OK);
            stillOpen = shown.IsModal();
            message = d.error->GetLabel();
            closeIfOpen(shown);
        });
        result = d.ShowModal();
    }
    CHECK(stillOpen);
    CHECK(result == wxID_CANCEL);
    CHECK(message.Contains("CAFF"));
    CHECK_FALSE(message.Contains("MDPH"));
    CHECK_FALSE(workspace->store().enteredFigures().find(2014));
}

TEST_CASE("entered figures: figures that do not add up keep the dialog open with the reason") {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    bool stillOpen = false;
    wxString message;
    {
        Dialog d(nullptr, *workspace, 2014);
        whenShown("EnteredFigures", [&](wxDialog& shown) {
            fill2014(d, "PIO");
            d.solicitations->SetTextValue("5", 0, Dialog::kAnswered); // 5 answers to 4
            familyControl(d, "minima_sociaux")->SetValue(50);         // out of 41 reports
            press(shown, wxID_OK);
            stillOpen = shown.IsModal();
            message = d.error->GetLabel();
            closeIfOpen(shown);
        });
        d.ShowModal();
    }
    CHECK(stillOpen);
    CHECK(message.Contains("PIO"));
    // The family by the label the director reads, not its key.
    CHECK(message.Contains("Minima sociaux"));
    CHECK_FALSE(message.Contains("minima_sociaux"));
    CHECK_FALSE(workspace->store().enteredFigures().find(2014));
}

TEST_CASE("entered figures: Enter in the year shows that year and saves nothing") {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    bool stillOpen = false;
    wxString status;
    long long reportsShown = -1;
    {
        Dialog d(nullptr, *workspace, 2014);
        whenShown("EnteredFigures", [&](wxDialog& shown) {
            d.reports->SetValue(41);
            d.year->SetFocus();
            d.year->SetSelection(-1, -1);
            pump();
            wxUIActionSimulator keys;
            keys.Text("2013");
            keys.Char(WXK_RETURN);
            pump(200);
            stillOpen = shown.IsModal();
            status = d.status->GetLabel();
            reportsShown = d.reports->GetValue();
            closeIfOpen(shown);
        });
        d.ShowModal();
    }
    CHECK(stillOpen);
    CHECK(status.Contains("2013"));
    CHECK(reportsShown == 41); // what was typed stays when the year had no figures
    CHECK(workspace->store().enteredFigures().years().empty());
}

// Not a test: a picture of the dialog to look at. Run with
//   VIGIE_SCREENSHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1280x900x24"
//       build/tests/gui/vigie_gui_tests -tc="screenshot of the entered*" --no-skip
TEST_CASE("screenshot of the entered figures dialog" * doctest::skip()) {
    guitest::Sandbox box;
    auto workspace = workspaceWith2015(box);
    auto shoot = [](const std::string& name) {
        guitest::pump(400);
        const char* dir = std::getenv("VIGIE_SCREENSHOTS");
        const std::string command =
            "import -window root '" + std::string(dir ? dir : ".") + "/" + name + ".png'";
        CHECK(std::system(command.c_str()) == 0);
    };
    Dialog d(nullptr, *workspace, 2014);
    whenShown("EnteredFigures", [&](wxDialog& shown) {
        fill2014(d, "CAF");
        appendLine(d.solicitations,
                   {"MDPH-CAF-CPAM", "3", "1", "Délais PCH ; rupture de droits AAH"});
        appendLine(d.solicitations, {"PIO", "2", "2", "Accès aux droits des jeunes"});
        shoot("entered-figures");
        d.solicitations->SetTextValue("MDPH-CAFF-CPM", 1, Dialog::kAddressees);
        d.solicitations->SetTextValue("5", 2, Dialog::kAnswered);
        press(shown, wxID_OK);
        shoot("entered-figures-refused");
        d.loadYear(2015);
        shoot("entered-figures-counted-year");
        closeIfOpen(shown);
    });
    d.ShowModal();
}
