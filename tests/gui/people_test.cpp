// Settings › Members (issue 19): a member's extract written through the file dialog, and
// their erasure asked with the count and the role, confirmed, then told; the list and the
// database show the role instead of the name, and the buttons wait for a chosen member.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <optional>

#include <wx/button.h>
#include <wx/filedlg.h>
#include <wx/msgdlg.h>
#include <wx/notebook.h>
#include <wx/stattext.h>
#include <wx/testing.h>
#include <wx/textdlg.h>
#include <wx/xrc/xmlres.h>

#include "app/people.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "app/workspace.h"
#include "gui_support.h"
#include "storage/store.h"
#include "ui/person_actions.h"
#include "ui/settings_dialog.h"

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

// The role asked for: its text kept, the role offered accepted as it is.
class AcceptRole : public wxExpectModalBase<wxTextEntryDialog, AcceptRole> {
public:
    AcceptRole(wxString& asked, wxString& offered) : asked_(&asked), offered_(&offered) {}

protected:
    int OnInvoked(wxTextEntryDialog* dlg) const override {
        for (wxWindow* child : dlg->GetChildren()) {
            if (auto* text = dynamic_cast<wxStaticText*>(child)) {
                *asked_ += text->GetLabel() + "\n";
            }
        }
        *offered_ = dlg->GetValue();
        return wxID_OK;
    }

private:
    wxString* asked_;
    wxString* offered_;
};

// The file dialog's question kept, then cancelled.
class CancelledFileDialog : public wxExpectModalBase<wxFileDialog> {
public:
    explicit CancelledFileDialog(wxString& name) : name_(&name) {}

protected:
    int OnInvoked(wxFileDialog* dialog) const override {
        *name_ = dialog->GetFilename();
        return wxID_CANCEL;
    }

private:
    wxString* name_;
};

std::optional<Person> settingsPerson(app::Workspace& workspace) {
    for (const auto& p : workspace.store().reference().people()) {
        if (p.name == "Marie Dupont") {
            return p;
        }
    }
    return std::nullopt;
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

// Marie Dupont, of the CAF, author of a report.
ReportId fill(app::Workspace& workspace) {
    auto& store = workspace.store();
    app::ReferenceService(store, workspace.actor())
        .save(Person{0, "Marie Dupont", "CAF", "marie.dupont@caf.example", true, true});
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.author = "Marie Dupont";
    r.description = "Dossier RSA bloqué, signalé par Mme Dupont.";
    r.categories = {Category::Delay};
    r.institutions = {"CAF"};
    return app::ReportService(store, workspace.actor())
        .create(r, app::PersonalData::SaveAnyway)
        .id;
}

} // namespace

TEST_CASE("members: a member's extract and erasure from Settings") {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("membres.sqlite"));
    const ReportId report = fill(*workspace);
    const fs::path pdf = box.path("extrait.pdf");

    bool enabledBefore = true, extractEnabled = false, eraseEnabled = false;
    wxString fileAsked, written, asked, offered, confirmation, told, rowAfter;
    const long long places = app::People(*workspace).extract("Marie Dupont").placeCount();
    ui::SettingsDialog settings(nullptr, *workspace);
    whenShown("Settings", [&](wxDialog& d) {
        showPage(d, "people_page");
        auto* list = settings.list("people");
        enabledBefore = XRCCTRL(d, "people_extract", wxButton)->IsEnabled() ||
                        XRCCTRL(d, "people_erase", wxButton)->IsEnabled();
        const long row = list->find("Marie Dupont");
        REQUIRE(row >= 0);
        selectRow(list, row);
        extractEnabled = XRCCTRL(d, "people_extract", wxButton)->IsEnabled();
        eraseEnabled = XRCCTRL(d, "people_erase", wxButton)->IsEnabled();
        // GTK's file dialog cannot be answered unseen: its question is, the file written
        // where the user would have said.
        wxTEST_DIALOG(press(d, XRCID("people_extract")), CancelledFileDialog(fileAsked));
        wxTEST_DIALOG(ui::writePersonData(&d, *workspace, *settingsPerson(*workspace),
                                          wxString::FromUTF8(pdf.string())),
                      AnswerMessage(wxID_OK, written));
        selectRow(list, row);
        wxTEST_DIALOG(press(d, XRCID("people_erase")), AcceptRole(asked, offered),
                      AnswerMessage(wxID_YES, confirmation), AnswerMessage(wxID_OK, told));
        rowAfter = list->text(static_cast<int>(row), 0);
        d.EndModal(wxID_OK);
    });
    settings.ShowModal();

    CHECK_FALSE(enabledBefore);
    CHECK(extractEnabled);
    CHECK(eraseEnabled);
    CHECK_MESSAGE(fileAsked.Contains("Marie Dupont"), fileAsked); // the name offered
    CHECK_MESSAGE(written.Contains("extrait.pdf"), written);
    const std::string text = guitest::pdfText(pdf);
    CHECK(text.find("Marie Dupont") != std::string::npos);

    CHECK_MESSAGE(asked.Contains("Marie Dupont"), asked);
    CHECK_MESSAGE(asked.Contains(wxString::Format("%lld", places)), asked); // the extract's count
    CHECK(offered == wxString::FromUTF8("Représentant de la CAF"));
    CHECK_MESSAGE(confirmation.Contains(offered), confirmation);
    CHECK_MESSAGE(told.Contains(offered), told);
    CHECK(rowAfter == offered);
    const auto r = workspace->store().reports().find(report);
    CHECK(r->author == "Représentant de la CAF");
    CHECK(r->description == "Dossier RSA bloqué, signalé par Représentant de la CAF.");
}

// Not a test: pictures of the members' page and of the erasure's question. Run with
//   VIGIE_SCREENSHOTS=/tmp/shots xvfb-run -a -s "-screen 0 1024x768x24"
//       build/tests/gui/vigie_gui_tests -tc="screenshots of the members*" --no-skip
TEST_CASE("screenshots of the members' page" * doctest::skip()) {
    guitest::Sandbox box;
    auto workspace = app::Workspace::open(box.path("membres.sqlite"));
    fill(*workspace);
    auto shoot = [](const std::string& name) {
        pump(400);
        const char* dir = std::getenv("VIGIE_SCREENSHOTS");
        const std::string command =
            "import -window root '" + std::string(dir ? dir : ".") + "/" + name + ".png'";
        CHECK(std::system(command.c_str()) == 0);
    };
    ui::SettingsDialog settings(nullptr, *workspace);
    whenShown("Settings", [&](wxDialog& d) {
        showPage(d, "people_page");
        auto* list = settings.list("people");
        selectRow(list, list->find("Marie Dupont"));
        shoot("members");
        whenShown(_("Erase this person"), [&](wxDialog& ask) {
            shoot("members-erase-question");
            ask.EndModal(wxID_CANCEL);
        });
        press(d, XRCID("people_erase"));
        d.EndModal(wxID_OK);
    });
    settings.ShowModal();
}
