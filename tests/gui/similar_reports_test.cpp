// The similar reports beside the report form: typed words find a stored report once the
// typing pauses (never between two keys), Enter or « Ouvrir » opens it over the form, a
// report is never its own duplicate, and nothing found is said.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <memory>

#include <wx/button.h>
#include <wx/dataview.h>
#include <wx/timer.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "app/report_service.h"
#include "gui_support.h"
#include "storage/store.h"
#include "ui/main_frame.h"
#include "ui/report_editor.h"
#include "ui/reports_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

const char* const kSuspension = "Suspension du RSA après un contrôle, sans courrier explicatif ; "
                                "plus aucun revenu depuis 3 mois.";

// A watch group's file: the report a facilitator is about to write again, and others.
void writeReports(const std::filesystem::path& file) {
    auto store = storage::openSqliteStore(file);
    app::ReportService service(*store, app::Actor::current());
    auto report = [&](Date on, const char* text, std::vector<std::string> rights,
                      std::vector<std::string> institutions) {
        DifficultyReport r;
        r.receivedOn = on;
        r.description = text;
        r.categories = {Category::NonAccess};
        r.rights = std::move(rights);
        r.institutions = std::move(institutions);
        service.create(r);
    };
    report(Date(2025, 3, 4), kSuspension, {"RSA"}, {"CAF"});
    report(Date(2025, 3, 9), "Renouvellement de l'AAH non traité : rupture de droits.", {"AAH"},
           {"MDPH"});
    report(Date(2025, 4, 1), "Chèque énergie non reçu après un déménagement.", {"CHEQUE_ENERGIE"},
           {});
}

ui::ReportEditor& asEditor(wxDialog& d) {
    auto* editor = dynamic_cast<ui::ReportEditor*>(&d);
    REQUIRE(editor);
    return *editor;
}

// The report editor shown on the stored report `id` (one opened over another).
ui::ReportEditor* editorOf(ReportId id) {
    for (wxWindow* w : wxTopLevelWindows) {
        if (auto* e = dynamic_cast<ui::ReportEditor*>(w);
            e && e->IsShown() && e->report().id == id) {
            return e;
        }
    }
    return nullptr;
}

// Runs `step` once an editor of the stored report `id` is shown, polled by a timer (a
// chain of CallAfter would spend its tries before the toolkit delivers the key that opens
// it); `otherwise` when none comes.
void whenEditorOf(ReportId id, std::function<void(ui::ReportEditor&)> step,
                  std::function<void()> otherwise) {
    auto* timer = new wxTimer;
    auto tries = std::make_shared<int>(200);
    timer->Bind(wxEVT_TIMER, [=](wxTimerEvent&) {
        auto* e = editorOf(id);
        if (!e && --*tries > 0) {
            return;
        }
        timer->Stop();
        wxTheApp->CallAfter([timer] { delete timer; });
        if (e) {
            step(*e);
        } else {
            otherwise();
        }
    });
    timer->Start(20);
}

struct OpenWindow {
    guitest::Sandbox box;
    ui::MainFrame* frame = nullptr;
    OpenWindow() {
        writeReports(box.path("similar.sqlite"));
        frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("similar.sqlite")});
        REQUIRE(frame);
        pump(100);
    }
    ~OpenWindow() {
        frame->Close(true);
        frame->Destroy();
        pump();
    }
    ui::ReportsSection& reports() { return *frame->reports(); }
};

} // namespace

TEST_CASE_FIXTURE(OpenWindow, "similar reports: a description typed finds the report it repeats") {
    int shownWhileTyping = -1, openedOver = 0;
    wxString first, date, description, note, tooltip;
    bool openEnabled = false, stillOpen = false;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        auto* similar = e.similar.get();
        CHECK(similar->shown().empty());
        e.description->SetFocus();
        // Word by word, each key within the pause: nothing asked before the typing stops.
        for (const char* word : {"Suspension ", "du ", "RSA ", "apres ", "controle, ", "aucun ",
                                 "courrier ", "explicatif"}) {
            e.description->AppendText(word);
            pump(60);
            CHECK(similar->waiting());
        }
        shownWhileTyping = static_cast<int>(similar->shown().size());
        e.rights->check("RSA");
        e.institutions->check("CAF");
        pump(ui::SimilarReports::kSettleMs + 250);
        CHECK_FALSE(similar->waiting());
        REQUIRE(similar->list()->GetItemCount() >= 1);
        first = similar->list()->text(0, 0);
        date = similar->list()->text(0, 1);
        description = similar->list()->text(0, 2);
        openEnabled = XRCCTRL(d, "similar_open", wxButton)->IsEnabled();
        // Chosen from the keyboard, then Enter (the tree view's activation).
        similar->list()->selectRow(0);
        wxDataViewEvent chosen(wxEVT_DATAVIEW_SELECTION_CHANGED, similar->list(),
                               similar->list()->RowToItem(0));
        similar->list()->GetEventHandler()->ProcessEvent(chosen);
        note = similar->note()->GetLabel();
        tooltip = similar->list()->GetToolTipText();
        CHECK(XRCCTRL(d, "similar_open", wxButton)->IsEnabled());
        // Enter opens the stored report in its own editor, over the one being written,
        // rather than pressing the form's default button (Save). The key is read by the
        // form's own loop once this step returns, as a user's would be.
        const ReportId found = similar->shown()[0].id;
        wxDialog* form = &d;
        auto closeForm = [&, form] {
            stillOpen = form->IsShown();
            form->EndModal(wxID_CANCEL);
        };
        whenEditorOf(
            found,
            [&, found, form, closeForm](ui::ReportEditor& over) {
                openedOver = over.GetParent() == form ? 1 : 2;
                // It does not list itself.
                over.similar->refresh();
                for (const auto& r : over.similar->shown()) {
                    CHECK(r.id != found);
                }
                over.EndModal(wxID_CANCEL);
                wxTheApp->CallAfter(closeForm);
            },
            closeForm);
        similar->list()->SetFocus();
        pump(50);
        wxUIActionSimulator keys;
        keys.Char(WXK_RETURN);
    });
    reports().newItem();
    pump();
    CHECK(shownWhileTyping == 0);
    CHECK(first == "2025-001");
    CHECK(date == "04/03/2025");
    CHECK(description.StartsWith(wxString::FromUTF8("Suspension du RSA après un contrôle")));
    CHECK_FALSE(openEnabled); // nothing chosen yet
    CHECK(note == wxString::Format(wxGetTranslation("In common: %s"), "RSA, CAF"));
    CHECK(tooltip == wxString::FromUTF8(kSuspension));
    CHECK(openedOver == 1);
    CHECK(stillOpen);
    CHECK(reports().model().size() == 3); // nothing saved on the way
}

TEST_CASE_FIXTURE(OpenWindow, "similar reports: none for other words, and the part says so") {
    wxString note, none;
    int rows = -1;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        e.description->SetValue("Plateforme de rendez-vous en ligne inaccessible le samedi.");
        pump(ui::SimilarReports::kSettleMs + 250);
        rows = e.similar->list()->GetItemCount();
        note = e.similar->note()->GetLabel();
        none = wxGetTranslation("No similar report.");
        d.EndModal(wxID_CANCEL);
    });
    reports().newItem();
    pump();
    CHECK(rows == 0);
    CHECK(note == none);
}

// Not a test: the report form with its similar reports, for people to look at. Run with
//   xvfb-run -a -s "-screen 0 1024x768x24" build/tests/gui/vigie_gui_tests
//       -tc="screenshots of the report form*" --no-skip
// VIGIE_SCREENSHOT_SIZE=1024x768 sizes the window; PNG into $VIGIE_SCREENSHOTS.
TEST_CASE("screenshots of the report form with similar reports" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 300);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    const std::string path = std::string(dir ? dir : ".") + "/report-form-similar-" +
                             std::to_string(width) + "x" + std::to_string(height) + ".png";
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto& e = asEditor(d);
        e.description->SetValue(wxString::FromUTF8(
            "Suspension du RSA après un contrôle, aucun courrier pour l'expliquer ; le foyer "
            "n'a plus de revenu et la dette de loyer grandit."));
        e.rights->check("RSA");
        e.institutions->check("CAF");
        e.similar->refresh();
        e.similar->list()->selectRow(1);
        wxDataViewEvent chosen(wxEVT_DATAVIEW_SELECTION_CHANGED, e.similar->list(),
                               e.similar->list()->RowToItem(1));
        e.similar->list()->GetEventHandler()->ProcessEvent(chosen);
        pump(400);
        CHECK(std::system(("import -window root '" + path + "'").c_str()) == 0);
        d.EndModal(wxID_CANCEL);
    });
    frame->reports()->newItem();
    pump();
    frame->Close(true);
    pump();
}
