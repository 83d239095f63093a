// The main window on a real database: the list, the editor, search, filters, history,
// validation and the privacy warning, driven as a user would.
#include <doctest/doctest.h>

#include <wx/commandlinkbutton.h>

#include <cstdio>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/listbox.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/demo.h"
#include "app/report_browser.h"
#include "app/report_service.h"
#include "storage/store.h"
#include "gui_support.h"
#include "platform/system.h"
#include "ui/main_frame.h"
#include "ui/privacy_warning.h"
#include "ui/report_editor.h"
#include "ui/reports_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

ui::VigieApp& vigieApp() {
    return *static_cast<ui::VigieApp*>(wxTheApp);
}

wxString cell(ui::ReportsSection& s, unsigned row, unsigned column) {
    wxVariant v;
    s.model().GetValueByRow(v, row, column);
    return v.GetString();
}

ui::ReportEditor& asEditor(wxDialog& d) {
    auto* editor = dynamic_cast<ui::ReportEditor*>(&d);
    REQUIRE(editor);
    return *editor;
}

// Fills the editor as a user would type.
void fill(ui::ReportEditor& e, const wxString& date, const wxString& description) {
    e.receivedOn->ChangeValue(date);
    e.description->ChangeValue(description);
    e.author->ChangeValue("Conseillère ESF");
    e.precarity->SetValue(true);
    e.nonAccess->SetValue(true);
    e.rights->check("RSA");
    e.institutions->check("CAF");
}

struct OpenWindow {
    guitest::Sandbox box;
    ui::MainFrame* frame = nullptr;
    OpenWindow() {
        frame = vigieApp().launch({box.path("reports.sqlite")});
        REQUIRE(frame);
        pump(100);
    }
    ~OpenWindow() {
        frame->Close(true);
        frame->Destroy();
        pump();
    }
    ui::ReportsSection& reports() { return *frame->reports(); }
    // A report typed in the editor and saved, then selected in the list.
    ReportId addReport(const char* received, const char* description) {
        whenShown("ReportEditor", [=](wxDialog& d) {
            fill(asEditor(d), received, description);
            press(d, wxID_OK);
        });
        reports().newItem();
        pump();
        REQUIRE(reports().model().size() == 1);
        const ReportId id = reports().model().idAt(0);
        reports().select(id);
        return id;
    }
};

} // namespace

TEST_CASE("the window opens a database given with --db and lists its reports") {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("db.sqlite"), 40);
    ui::MainFrame* frame = vigieApp().launch({box.path("db.sqlite")});
    REQUIRE(frame);
    pump(200);
    auto* reports = frame->reports();
    CHECK(reports->model().size() > 30);
    CHECK_FALSE(cell(*reports, 0, ui::ReportListModel::Reference).empty());
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("fiches"));
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("non-accès"));
    frame->Destroy();
    pump();
}

TEST_CASE_FIXTURE(OpenWindow,
                  "a report written in the editor is saved, listed, found, filtered and edited") {
    // Create through the real dialog.
    whenShown("ReportEditor", [](wxDialog& d) {
        auto& e = asEditor(d);
        fill(e, "14/07/2025", "Précarité énergétique : coupure annoncée après un indu de la CAF.");
        press(d, wxID_OK);
    });
    reports().newItem();
    pump();
    REQUIRE(reports().model().size() == 1);
    CHECK(cell(reports(), 0, ui::ReportListModel::Reference) == "2025-001");
    CHECK(cell(reports(), 0, ui::ReportListModel::ReceivedOn) == "14/07/2025");
    CHECK(cell(reports(), 0, ui::ReportListModel::Rights) == "RSA");
    CHECK(cell(reports(), 0, ui::ReportListModel::Status) == "Reçue");
    CHECK(frame->GetStatusBar()->GetStatusText(0).StartsWith("1 fiche"));

    // The search finds it without accents; another word does not.
    reports().search()->ChangeValue("precarite energetique");
    reports().applyFilters();
    CHECK(reports().model().size() == 1);
    reports().search()->ChangeValue("logement");
    reports().applyFilters();
    CHECK(reports().model().size() == 0);
    reports().search()->ChangeValue("");

    // A filter hides it: it is not about delays.
    wxChoice* category = reports().filterChoice("category");
    category->SetSelection(1 + static_cast<int>(Category::Delay));
    reports().applyFilters();
    CHECK(reports().model().size() == 0);
    category->SetSelection(1 + static_cast<int>(Category::Precarity));
    reports().applyFilters();
    CHECK(reports().model().size() == 1);
    category->SetSelection(0);
    reports().applyFilters();

    // Editing updates the row and the history.
    reports().select(reports().model().idAt(0));
    whenShown("ReportEditor", [](wxDialog& d) {
        auto& e = asEditor(d);
        CHECK(e.description->GetValue().StartsWith("Précarité énergétique"));
        e.status->SetSelection(3); // Résolue
        e.closedOn->ChangeValue("2/9/2025");
        press(d, wxID_OK);
    });
    reports().openSelected();
    pump();
    CHECK(cell(reports(), 0, ui::ReportListModel::Status) == "Résolue");
    app::ReportBrowser browser(frame->workspace().store());
    const auto history = browser.history(reports().model().idAt(0));
    REQUIRE(history.size() == 2);
    CHECK(history[1].action == "update");
    CHECK(history[1].after.find("2025-09-02") != std::string::npos);
    CHECK(reports().details()->ToText().Contains("Historique"));
}

TEST_CASE_FIXTURE(OpenWindow,
                  "an invalid date keeps the editor open with the message beside the field") {
    bool stayedOpen = false;
    wxString message;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        fill(e, "31/02/2025", "Délai de traitement de l'AAH");
        press(d, wxID_OK);
        stayedOpen = d.IsShown();
        message = e.errorFor("received_on");
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_YES));
    });
    reports().newItem();
    pump();
    CHECK(stayedOpen);
    CHECK(message.Contains("14/07/2025"));
    CHECK(reports().model().size() == 0);
}

TEST_CASE_FIXTURE(OpenWindow, "Escape on a changed report asks before throwing the typing away") {
    bool askedAndStayed = false, untouchedClosedAtOnce = false, closedAfterYes = false;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        fill(e, "03/03/2025", "Délai de traitement de l'AAH");
        // "Keep editing": the form stays, with what was typed.
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_NO));
        askedAndStayed = d.IsShown() && e.description->GetValue().Contains("AAH");
        // "Discard": the form closes, nothing is saved.
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_YES));
        closedAfterYes = !d.IsShown();
    });
    reports().newItem();
    pump();
    CHECK(askedAndStayed);
    CHECK(closedAfterYes);
    CHECK(reports().model().size() == 0);
    // Nothing typed: Escape closes at once, without a question.
    struct CountQuestions : wxModalDialogHook {
        int asked = 0;
        int Enter(wxDialog* dialog) override {
            if (dynamic_cast<wxMessageDialog*>(dialog)) {
                ++asked;
                return wxID_YES; // answered, not shown
            }
            return wxID_NONE;
        }
        void Exit(wxDialog*) override {}
    } questions;
    questions.Register();
    whenShown("ReportEditor", [&](wxDialog& d) {
        press(d, wxID_CANCEL);
        untouchedClosedAtOnce = !d.IsShown();
    });
    reports().newItem();
    pump();
    questions.Unregister();
    CHECK(untouchedClosedAtOnce);
    CHECK(questions.asked == 0);
}

TEST_CASE_FIXTURE(OpenWindow,
                  "a social security number in the description brings the privacy warning") {
    wxArrayString found;
    bool editorStillOpen = false;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        fill(e, "03/03/2025", "Dossier bloqué, NIR 1 85 03 75 123 456 41 transmis par erreur.");
        // First the user chooses to edit the text...
        whenShown("PrivacyWarning", [&](wxDialog& warning) {
            found = XRCCTRL(warning, "findings", wxListBox)->GetStrings();
            press(warning, wxID_CANCEL);
        });
        press(d, wxID_OK);
        editorStillOpen = d.IsShown();
        // ...then keeps it anyway: saved, and the choice is in the history.
        whenShown("PrivacyWarning",
                  [](wxDialog& warning) { press(warning, XRCID("save_anyway")); });
        press(d, wxID_OK);
    });
    reports().newItem();
    pump();
    REQUIRE(found.size() == 1);
    CHECK(found[0].Contains("numéro de sécurité sociale"));
    CHECK(found[0].Contains("1 85 03 75 123 456 41"));
    CHECK(editorStillOpen);
    REQUIRE(reports().model().size() == 1);
    app::ReportBrowser browser(frame->workspace().store());
    const auto history = browser.history(reports().model().idAt(0));
    REQUIRE(history.size() == 1);
    // In French, as the user reads it in the history (never the code "nir").
    CHECK(history[0].note.find("numéro de sécurité sociale") != std::string::npos);
}

TEST_CASE_FIXTURE(OpenWindow, "withdrawing asks first, then hides the report without deleting it") {
    addReport("05/05/2025", "Situation en double");
    // The confirmation is a message dialog: answer "keep" first, then "withdraw".
    wxTEST_DIALOG(reports().removeSelected(), wxExpectModal<wxMessageDialog>(wxID_NO));
    CHECK(reports().model().size() == 1);
    wxTEST_DIALOG(reports().removeSelected(), wxExpectModal<wxMessageDialog>(wxID_YES));
    CHECK(reports().model().size() == 0);
    reports().showWithdrawn()->SetValue(true);
    reports().applyFilters();
    REQUIRE(reports().model().size() == 1);
    CHECK(cell(reports(), 0, ui::ReportListModel::Status) == "Retirée");
}

TEST_CASE_FIXTURE(OpenWindow, "a report prints as a PDF sheet from its details") {
    const ReportId id = addReport("12/03/2025", "Dossier de RSA en attente depuis quatre mois");
    pump();
    // The details offer the sheet (a link the keyboard reaches too: Ctrl+P in the list).
    CHECK(reports().details()->ToText().Contains("PDF"));
    const auto pdf = box.path("fiche.pdf");
    reports().writeSheet(id, pdf);
    const std::string text = guitest::pdfText(pdf);
    CHECK(text.find("2025-001") != std::string::npos);
    CHECK(text.find("Dossier de RSA en attente depuis quatre mois") != std::string::npos);
    CHECK(text.find("12/03/2025") != std::string::npos);
}

TEST_CASE("first start: the welcome dialog offers a demo database, and the list shows it") {
    guitest::Sandbox box;
    wxString createNote;
    whenShown("Welcome", [&](wxDialog& d) {
        createNote = XRCCTRL(d, "create", wxCommandLinkButton)->GetNote();
        press(d, XRCID("demo"));
    });
    ui::MainFrame* frame = vigieApp().launch({});
    // « Créer une base vide » says where the file will be.
    CHECK_MESSAGE(createNote.Contains(wxString::FromUTF8(
                      platform::utf8(app::defaultDatabase()))),
                  createNote);
    REQUIRE(frame);
    pump(200);
    CHECK(frame->workspace().info().location == ui::demoDatabasePath());
    CHECK(frame->reports()->model().size() > 100);
    CHECK_FALSE(cell(*frame->reports(), 0, ui::ReportListModel::Reference).empty());
    frame->Close(true);
    frame->Destroy();
    pump();

    // The next start opens the same database without asking.
    ui::MainFrame* again = vigieApp().launch({});
    REQUIRE(again);
    CHECK(again->workspace().info().location == ui::demoDatabasePath());
    again->Destroy();
    pump();
}

TEST_CASE_FIXTURE(OpenWindow,
                  "a report saved meanwhile elsewhere is not overwritten; the editor keeps the typing") {
    const ReportId id = addReport("03/03/2025", "Délai de traitement de l'AAH");
    // Every message box is answered at once, its text kept.
    struct Messages : wxModalDialogHook {
        std::vector<wxString> shown;
        int Enter(wxDialog* dialog) override {
            if (auto* box = dynamic_cast<wxMessageDialog*>(dialog)) {
                shown.push_back(box->GetMessage());
                return wxID_YES;
            }
            return wxID_NONE;
        }
        void Exit(wxDialog*) override {}
    } messages;
    bool stillOpen = false;
    wxString typed;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        {
            // Meanwhile another window, on another computer, saves the same report.
            auto other = storage::openSqliteStore(box.path("reports.sqlite"));
            app::Actor paul{"paul", [] { return std::string("2026-12-02T10:00:00Z"); }};
            auto r = *app::ReportBrowser(*other).find(id);
            r.description = "Complétée dans l'autre fenêtre";
            app::ReportService(*other, paul).update(r);
        }
        e.description->SetValue("Délai de traitement de l'AAH, relancé deux fois");
        messages.Register();
        press(d, wxID_OK);
        stillOpen = d.IsShown();
        typed = e.description->GetValue();
        press(d, wxID_CANCEL); // "throw the typing away?": yes
        messages.Unregister();
    });
    reports().openSelected();
    pump();
    REQUIRE_FALSE(messages.shown.empty());
    CHECK(messages.shown.front().Contains("paul"));
    CHECK(messages.shown.front().Contains("2025-001"));
    CHECK(stillOpen);
    CHECK(typed.Contains("relancé deux fois"));
    // The other window's text stands.
    CHECK(app::ReportBrowser(frame->workspace().store()).find(id)->description ==
          "Complétée dans l'autre fenêtre");
}
