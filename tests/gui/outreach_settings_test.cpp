// Outreach schemes in Settings (added, refused when the code is missing or taken, offered
// in the session form, deactivated: no longer offered to a new session but kept by the old
// ones), and the partners' report written from the « Aller-vers » section as a workbook
// and as a CSV file.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/outreach_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/outreach_section.h"
#include "ui/session_editor.h"
#include "ui/settings_dialog.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

void closeIfOpen(wxDialog& d) {
    if (d.IsModal()) {
        d.EndModal(wxID_CANCEL);
    }
}

void showPage(wxDialog& d, const char* page) {
    auto* pages = XRCCTRL(d, "pages", wxNotebook);
    for (std::size_t i = 0; i < pages->GetPageCount(); ++i) {
        if (pages->GetPage(i)->GetName() == page) {
            pages->SetSelection(i);
        }
    }
    pump();
}

void selectRow(ui::RowList* list, long row) {
    list->selectRow(static_cast<int>(row));
    // A program's own selection sends no event in GTK: as a click would, say it.
    wxDataViewEvent changed(wxEVT_DATAVIEW_SELECTION_CHANGED, list, list->RowToItem(row));
    list->GetEventHandler()->ProcessEvent(changed);
    pump();
}

std::optional<OutreachScheme> storedScheme(app::Workspace& ws, const std::string& code) {
    for (const auto& s : app::OutreachService(ws.store(), ws.actor()).schemes()) {
        if (s.code == code) {
            return s;
        }
    }
    return std::nullopt;
}

std::string fileText(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Runs Settings on the frame's database, `step` inside it, then refreshes the sections as
// the frame does when Settings closes.
void inSettings(ui::MainFrame& frame,
                const std::function<void(ui::SettingsDialog&, wxDialog&)>& step) {
    ui::SettingsDialog settings(&frame, frame.workspace());
    whenShown("Settings", [&](wxDialog& d) {
        showPage(d, "schemes_page");
        step(settings, d);
        closeIfOpen(d);
    });
    settings.ShowModal();
    frame.outreach()->refresh();
}

// Answers a file dialog by cancelling it, after noting the name and types it offered.
class CancelledFileDialog : public wxExpectModalBase<wxFileDialog> {
public:
    CancelledFileDialog(wxString& name, wxString& wildcard) : name_(name), wildcard_(wildcard) {}

protected:
    int OnInvoked(wxFileDialog* dialog) const override {
        name_ = dialog->GetFilename();
        wildcard_ = dialog->GetWildcard();
        return wxID_CANCEL;
    }

private:
    wxString& name_;
    wxString& wildcard_;
};

} // namespace

TEST_CASE("outreach schemes: added in Settings, offered in the form, deactivated") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("schemes.sqlite")});
    REQUIRE(frame);
    auto& ws = frame->workspace();
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    const long long auditBefore = ws.store().audit().size();

    bool toggleEnabledBefore = true, keptOpenOnEmpty = false, keptOpenOnTaken = false;
    wxString emptyError, takenError, rowLabel;
    inSettings(*frame, [&](ui::SettingsDialog& settings, wxDialog& d) {
        auto* list = settings.list("schemes");
        REQUIRE(list);
        CHECK(list->find("caravane") >= 0); // the schemes a new database starts with
        toggleEnabledBefore = XRCCTRL(d, "schemes_toggle", wxButton)->IsEnabled();
        whenShown("SchemeEditor", [&](wxDialog& e) {
            auto* code = XRCCTRL(e, "code", wxTextCtrl);
            auto* error = XRCCTRL(e, "error", wxStaticText);
            CHECK(code->IsEditable());
            press(e, wxID_OK);
            pump();
            keptOpenOnEmpty = e.IsModal();
            emptyError = error->GetLabel();
            code->ChangeValue(" CARAVANE ");
            press(e, wxID_OK);
            pump();
            keptOpenOnTaken = e.IsModal();
            takenError = error->GetLabel();
            code->ChangeValue(" maraude ");
            XRCCTRL(e, "label", wxTextCtrl)->ChangeValue("Maraude de nuit");
            press(e, wxID_OK);
            closeIfOpen(e);
        });
        press(d, XRCID("schemes_add"));
        pump();
        const long row = list->find("maraude");
        REQUIRE(row >= 0);
        rowLabel = list->text(row, 1);
    });
    CHECK_FALSE(toggleEnabledBefore);
    CHECK(keptOpenOnEmpty);
    CHECK_FALSE(emptyError.empty());
    CHECK(keptOpenOnTaken);
    CHECK(takenError.Contains(wxString::FromUTF8(storedScheme(ws, "caravane")->label)));
    CHECK(rowLabel == "Maraude de nuit");
    const auto added = storedScheme(ws, "maraude");
    REQUIRE(added);
    CHECK(added->active);
    CHECK(ws.store().audit().size() == auditBefore + 1);
    CHECK(section->schemeChoice()->FindString("Maraude de nuit") != wxNOT_FOUND);

    // Offered in the session form, and a session written with it.
    bool offered = false;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        offered = e->scheme->FindString("Maraude de nuit") != wxNOT_FOUND;
        e->chooseScheme("maraude");
        e->people->ChangeValue("5");
        press(d, wxID_OK);
        closeIfOpen(d);
    });
    section->newItem();
    pump();
    CHECK(offered);
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 2) == "Maraude de nuit");
    const auto session = section->selectedId();
    REQUIRE(session);

    // Deactivated, then its label changed: the code stays as the sessions' files know it.
    bool codeEditable = true;
    inSettings(*frame, [&](ui::SettingsDialog& settings, wxDialog& d) {
        auto* list = settings.list("schemes");
        selectRow(list, list->find("maraude"));
        CHECK(XRCCTRL(d, "schemes_toggle", wxButton)->IsEnabled());
        press(d, XRCID("schemes_toggle"));
        pump();
        selectRow(list, list->find("maraude"));
        whenShown("SchemeEditor", [&](wxDialog& e) {
            codeEditable = XRCCTRL(e, "code", wxTextCtrl)->IsEditable();
            CHECK_FALSE(XRCCTRL(e, "active", wxCheckBox)->GetValue());
            XRCCTRL(e, "code", wxTextCtrl)->ChangeValue("autre");
            XRCCTRL(e, "label", wxTextCtrl)->ChangeValue("Maraude du soir");
            press(e, wxID_OK);
            closeIfOpen(e);
        });
        press(d, XRCID("schemes_edit"));
        pump();
    });
    CHECK_FALSE(codeEditable);
    const auto deactivated = storedScheme(ws, "maraude");
    REQUIRE(deactivated);
    CHECK_FALSE(deactivated->active);
    CHECK(deactivated->label == "Maraude du soir");
    CHECK_FALSE(storedScheme(ws, "autre"));

    // No longer offered to a new session, though it was the last one written...
    bool offeredToNew = true;
    std::string draftedScheme;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        offeredToNew = e->scheme->FindString("Maraude du soir") != wxNOT_FOUND;
        draftedScheme = e->session().scheme;
        d.EndModal(wxID_CANCEL);
    });
    section->newItem();
    pump();
    CHECK_FALSE(offeredToNew);
    CHECK(draftedScheme != "maraude");
    // ... but kept by its own session, and by the list's filter while it has sessions.
    wxString shownScheme;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        shownScheme = e->scheme->GetStringSelection();
        d.EndModal(wxID_CANCEL);
    });
    section->select(*session);
    section->openSelected();
    pump();
    CHECK(shownScheme == "Maraude du soir");
    CHECK(section->schemeChoice()->FindString("Maraude du soir") != wxNOT_FOUND);
    // A scheme no longer run and never used is not offered at all.
    auto doorToDoor = storedScheme(ws, "porte_a_porte");
    REQUIRE(doorToDoor);
    doorToDoor->active = false;
    app::OutreachService(ws.store(), ws.actor()).saveScheme(*doorToDoor);
    section->refresh();
    CHECK(section->schemeChoice()->FindString(wxString::FromUTF8(doorToDoor->label)) ==
          wxNOT_FOUND);
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: the partners' report as a workbook and as a CSV file") {
    guitest::Sandbox box;
    {
        auto store = storage::openSqliteStore(box.path("r.sqlite"));
        app::OutreachService service(*store, app::Actor::current());
        for (auto [day, district] :
             {std::pair{Date(2025, 5, 6), "Mistral"}, std::pair{Date(2025, 5, 20), "Villeneuve"}}) {
            OutreachSession s = service.draft("caravane", day);
            s.district = district;
            s.people = 12;
            s.newPeople = 4;
            service.save(s);
        }
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("r.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    REQUIRE(section->list()->GetItemCount() == 2);
    using Kind = ui::OutreachSection::DocumentKind;

    REQUIRE(section->writePartnersReport(box.path("partenaires.xlsx"), Kind::Workbook));
    CHECK(std::filesystem::file_size(box.path("partenaires.xlsx")) > 0);
    const std::string listing =
        "unzip -l '" + box.path("partenaires.xlsx").string() + "' | grep -q xl/workbook.xml";
    CHECK(std::system(listing.c_str()) == 0);

    REQUIRE(section->writePartnersReport(box.path("partenaires.csv"), Kind::Csv));
    const std::string csv = fileText(box.path("partenaires.csv"));
    CHECK((csv.find("Séances") != std::string::npos || csv.find("Sessions") != std::string::npos));
    CHECK(csv.find("Mistral") != std::string::npos);
    CHECK(csv.find("Villeneuve") != std::string::npos);

    // The buttons ask where, with a name that says the period and the type of file.
    for (const auto& [buttonName, extension] : {std::pair{"outreach_partners_workbook", ".xlsx"},
                                                std::pair{"outreach_partners_csv", ".csv"}}) {
        auto* button = dynamic_cast<wxButton*>(section->FindWindow(buttonName));
        REQUIRE(button);
        wxString name, wildcard;
        wxCommandEvent click(wxEVT_BUTTON, button->GetId());
        click.SetEventObject(button);
        wxTEST_DIALOG(button->GetEventHandler()->ProcessEvent(click),
                      CancelledFileDialog(name, wildcard));
        CHECK(name == wxString("aller-vers-2025-05-06-2025-05-20") + extension);
        CHECK(wildcard.Contains(wxString("*") + extension));
    }
    CHECK(dynamic_cast<wxButton*>(section->FindWindow("outreach_partners_report")));
    frame->Close(true);
    pump();
}

// Not a test: the schemes page of Settings and its editor, to look at. Run with
//   VIGIE_SCREENSHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1024x768x24"
//       build/tests/gui/vigie_gui_tests -tc="screenshots of the outreach schemes*" --no-skip
TEST_CASE("screenshots of the outreach schemes page" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 200);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    auto shoot = [dir](const std::string& name) {
        pump(400);
        const std::string path = std::string(dir ? dir : ".") + "/" + name + ".png";
        CHECK(std::system(("import -window root '" + path + "'").c_str()) == 0);
    };
    frame->Maximize();
    frame->showSection(frame->outreach());
    shoot("outreach-section");
    inSettings(*frame, [&](ui::SettingsDialog& settings, wxDialog& d) {
        auto* list = settings.list("schemes");
        selectRow(list, list->find("equipe_mobile"));
        shoot("settings-schemes");
        whenShown("SchemeEditor", [&](wxDialog& e) {
            shoot("scheme-editor");
            e.EndModal(wxID_CANCEL);
        });
        press(d, XRCID("schemes_edit"));
    });
    frame->Close(true);
    pump();
}
