// The right families page of Settings: a family renamed through the real list, button and
// editor keeps its code, refuses an empty or taken label next to the field, and its new
// label is what the rights editor offers afterwards.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/button.h>
#include <wx/choice.h>
#include <wx/listctrl.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/workspace.h"
#include "gui_support.h"
#include "ui/settings_dialog.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

// Whatever a step found, the modal loop ends: a failed check must not hang the run.
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

long rowOf(ui::RowList* list, const wxString& code) {
    return list->find(code);
}

void selectRow(ui::RowList* list, long row) {
    list->selectRow(static_cast<int>(row));
    // A program's own selection sends no event in GTK: as a click would, say it.
    wxDataViewEvent changed(wxEVT_DATAVIEW_SELECTION_CHANGED, list, list->RowToItem(row));
    list->GetEventHandler()->ProcessEvent(changed);
    pump();
}

std::string storedLabel(storage::Store& store, const std::string& code) {
    for (const auto& f : store.reference().rightFamilies()) {
        if (f.code == code) {
            return f.label;
        }
    }
    return "(none)";
}

} // namespace

TEST_CASE("settings: a right family renamed through the families page") {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("families.sqlite"));
    auto& store = workspace->store();
    const long long auditBefore = store.audit().size();

    wxString emptyError, takenError, codeShown, listLabel, offeredFamily, rightsFamilyShown;
    bool keptOpenOnEmpty = false, keptOpenOnTaken = false, editEnabledBefore = true;
    std::string labelAfterCancel;
    ui::SettingsDialog settings(nullptr, *workspace);
    whenShown("Settings", [&](wxDialog& d) {
        showPage(d, "families_page");
        auto* list = settings.list("families");
        REQUIRE(list);
        editEnabledBefore = XRCCTRL(d, "families_edit", wxButton)->IsEnabled();
        const long row = rowOf(list, "logement");
        REQUIRE(row >= 0);
        CHECK(list->text(row, 1) == "Logement");
        CHECK(list->text(row, 2).Contains("APL"));
        selectRow(list, row);
        CHECK(XRCCTRL(d, "families_edit", wxButton)->IsEnabled());

        whenShown("FamilyEditor", [&](wxDialog& e) {
            codeShown = XRCCTRL(e, "code", wxStaticText)->GetLabel();
            auto* label = XRCCTRL(e, "label", wxTextCtrl);
            auto* error = XRCCTRL(e, "error", wxStaticText);
            label->ChangeValue("   ");
            press(e, wxID_OK);
            pump();
            keptOpenOnEmpty = e.IsModal();
            emptyError = error->GetLabel();
            label->ChangeValue(wxString::FromUTF8("santé"));
            press(e, wxID_OK);
            pump();
            keptOpenOnTaken = e.IsModal();
            takenError = error->GetLabel();
            label->ChangeValue("  Logement et habitat ");
            press(e, wxID_OK);
            closeIfOpen(e);
        });
        press(d, XRCID("families_edit"));
        pump();
        const long renamed = rowOf(list, "logement");
        listLabel = renamed >= 0 ? list->text(renamed, 1) : wxString();

        // A double-click opens the editor too; cancelled, it changes nothing.
        whenShown("FamilyEditor", [&](wxDialog& e) {
            XRCCTRL(e, "label", wxTextCtrl)->ChangeValue("Autre chose");
            e.EndModal(wxID_CANCEL);
        });
        wxDataViewEvent activate(wxEVT_DATAVIEW_ITEM_ACTIVATED, list,
                                 list->RowToItem(static_cast<int>(renamed)));
        list->GetEventHandler()->ProcessEvent(activate);
        pump();
        labelAfterCancel = storedLabel(store, "logement");

        // The rights editor offers the family under its new label.
        showPage(d, "rights_page");
        auto* rights = settings.list("rights");
        rightsFamilyShown = rights->text(rowOf(rights, "APL"), 2);
        selectRow(rights, rowOf(rights, "APL"));
        whenShown("RightEditor", [&](wxDialog& e) {
            offeredFamily = XRCCTRL(e, "family", wxChoice)->GetStringSelection();
            e.EndModal(wxID_CANCEL);
        });
        press(d, XRCID("rights_edit"));
        pump();
        closeIfOpen(d);
    });
    settings.ShowModal();

    CHECK(rightsFamilyShown == "Logement et habitat"); // the Rights page names it by label
    CHECK_FALSE(editEnabledBefore);
    CHECK(codeShown == "logement");
    CHECK(keptOpenOnEmpty);
    CHECK_FALSE(emptyError.empty());
    CHECK(keptOpenOnTaken);
    CHECK(takenError.Contains(wxString::FromUTF8("Santé")));
    CHECK(listLabel == "Logement et habitat");
    CHECK(storedLabel(store, "logement") == "Logement et habitat");
    CHECK(labelAfterCancel == "Logement et habitat");
    CHECK(offeredFamily == "Logement et habitat");
    CHECK(storedLabel(store, "sante") == "Santé");
    CHECK(store.audit().size() == auditBefore + 1);
}

// Not a test: the families page and its editor, to look at. Run with
//   VIGIE_SCREENSHOTS=/tmp/shots xvfb-run -a build/tests/gui/vigie_gui_tests
//       -tc="screenshots*" --no-skip
TEST_CASE("screenshots of the right families page" * doctest::skip()) {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("families.sqlite"));
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    auto shoot = [dir](const std::string& name) {
        pump(400);
        const std::string path = std::string(dir ? dir : ".") + "/" + name + ".png";
        CHECK(std::system(("import -window root '" + path + "'").c_str()) == 0);
    };
    ui::SettingsDialog settings(nullptr, *workspace);
    whenShown("Settings", [&](wxDialog& d) {
        showPage(d, "families_page");
        auto* list = settings.list("families");
        selectRow(list, rowOf(list, "emploi"));
        shoot("settings-families");
        whenShown("FamilyEditor", [&](wxDialog& e) {
            shoot("family-editor");
            e.EndModal(wxID_CANCEL);
        });
        press(d, XRCID("families_edit"));
        closeIfOpen(d);
    });
    settings.ShowModal();
}
