// « Historique des modifications » (issue 19): Ctrl+H on a demo database, filtered by kind
// and words; from a report's details and an aid, pre-filtered on that record; the CSV
// export read back; values a retention purge erased shown as erased; F1 its page.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <memory>

#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/xrc/xmlres.h>

#include "app/aid_service.h"
#include "app/report_service.h"
#include "app/retention.h"
#include "app/workspace.h"
#include "domain/retention.h"
#include "gui_support.h"
#include "ui/aids_section.h"
#include "ui/help_window.h"
#include "ui/history_dialog.h"
#include "ui/main_frame.h"
#include "ui/report_details.h"
#include "ui/reports_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

wxString french(const char* utf8) {
    return wxString::FromUTF8(utf8);
}

void openHistoryMenu(ui::MainFrame& frame) {
    wxMenuBar* bar = frame.GetMenuBar();
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems()) {
            std::unique_ptr<wxAcceleratorEntry> entry(item->GetAccel());
            if (entry && entry->ToRawString() == "Ctrl+H") {
                CHECK(item->GetItemLabelText() == french("Historique des modifications…"));
                wxCommandEvent e(wxEVT_MENU, item->GetId());
                e.SetEventObject(&frame);
                frame.GetEventHandler()->ProcessEvent(e);
                return;
            }
        }
    }
    FAIL("no Ctrl+H in the menus");
}

void choose(wxChoice* choice, const wxString& text) {
    const int index = choice->FindString(text);
    REQUIRE(index != wxNOT_FOUND);
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->GetEventHandler()->ProcessEvent(event);
}

wxString cell(ui::HistoryDialog& h, unsigned row, unsigned column) {
    wxVariant v;
    h.model().GetValueByRow(v, row, column);
    return v.GetString();
}

// Nothing of the trail's inner form on screen: no JSON, no code.
void checkReadable(const wxString& text) {
    CHECK_MESSAGE(!text.Contains("{"), text);
    CHECK_MESSAGE(!text.Contains("\":"), text);
    CHECK_MESSAGE(!text.Contains("_"), text);
}

std::string readAll(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("history: Ctrl+H shows the whole database's changes, filtered by kind and words") {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 120);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    const long long total = frame->workspace().store().audit().size();
    long long all = -1, meetings = -1, withWords = -1;
    wxString title, meetingRecord, details, helpPage;
    whenShown("HistoryDialog", [&](wxDialog& d) {
        auto& h = dynamic_cast<ui::HistoryDialog&>(d);
        title = d.GetTitle();
        all = h.model().size();
        checkReadable(h.changes->GetValue());
        choose(h.kind, french("Séance"));
        meetings = h.model().size();
        REQUIRE(meetings > 0);
        meetingRecord = cell(h, 0, ui::HistoryListModel::Record);
        details = h.changes->GetValue();
        CHECK(h.count->GetLabel().Contains(wxString::Format("%lld", meetings)));
        choose(h.kind, french("(tous les types)"));
        h.words->ChangeValue("CAF");
        h.applyFilters();
        withWords = h.model().size();
        for (unsigned row = 0; row < std::min<long long>(withWords, 30); ++row) {
            checkReadable(cell(h, row, ui::HistoryListModel::Action));
            checkReadable(cell(h, row, ui::HistoryListModel::Fields));
        }
        press(d, wxID_HELP);
        pump();
        if (auto* help = ui::HelpWindow::current()) {
            helpPage = help->html()->GetOpenedPage();
            help->Close(true);
        }
        d.EndModal(wxID_CANCEL);
    });
    openHistoryMenu(*frame);
    pump();
    CHECK(title == french("Historique des modifications"));
    CHECK(all == total);
    CHECK(meetings < all);
    CHECK_MESSAGE(meetingRecord.StartsWith(french("Séance du ")), meetingRecord);
    CHECK_MESSAGE(details.Contains(french("Lieu\u00a0: ")), details);
    checkReadable(details);
    CHECK(withWords > 0);
    CHECK(withWords < all);
    CHECK(helpPage.EndsWith("historique.html"));
    frame->Close(true);
    pump();
}

TEST_CASE("history: from a report's details and an aid, pre-filtered; the CSV export reads back") {
    guitest::Sandbox box;
    ReportId reportId = 0;
    AidId aidId = 0;
    {
        auto store = storage::openSqliteStore(box.path("r.sqlite"));
        DifficultyReport r;
        r.receivedOn = Date(2026, 3, 9);
        r.description = "Dossier RSA bloqué depuis trois mois.";
        r.categories = {Category::NonAccess};
        r.institutions = {"CAF"};
        app::ReportService reports(*store, app::Actor::current());
        auto saved = reports.create(r);
        reportId = saved.id;
        saved.description = "Dossier RSA bloqué depuis quatre mois.";
        reports.update(saved);
        EmergencyAid aid;
        aid.grantedOn = Date(2026, 11, 24);
        aid.cents = 16700;
        aidId = app::AidService(*store, app::Actor::current()).save(aid).id;
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("r.sqlite")});
    REQUIRE(frame);
    auto* reports = frame->reports();
    frame->showSection(reports);
    pump(100);
    reports->select(reportId);
    pump();
    wxString label, change, firstRecord;
    long long rows = -1;
    std::string csv;
    whenShown("HistoryDialog", [&](wxDialog& d) {
        auto& h = dynamic_cast<ui::HistoryDialog&>(d);
        label = XRCCTRL(d, "record_label", wxStaticText)->GetLabel();
        rows = h.model().size();
        firstRecord = cell(h, 0, ui::HistoryListModel::Record);
        change = h.changes->GetValue();
        h.exportTo(wxString::FromUTF8(box.path("historique.csv").string()));
        csv = readAll(box.path("historique.csv"));
        d.EndModal(wxID_CANCEL);
    });
    wxHtmlLinkEvent click(reports->details()->GetId(), wxHtmlLinkInfo(ui::kHistoryLink));
    click.SetEventObject(reports->details());
    reports->details()->GetEventHandler()->ProcessEvent(click);
    pump();
    CHECK_MESSAGE(label.Contains("2026-001"), label);
    CHECK(rows == 2); // its creation and its change, nothing of the aid
    CHECK(firstRecord == "Fiche 2026-001");
    CHECK_MESSAGE(change.Contains(french("Description\u00a0: Dossier RSA bloqué depuis trois mois. "
                                         "→ Dossier RSA bloqué depuis quatre mois.")),
                  change);
    CHECK(csv.starts_with("\xEF\xBB\xBF"));
    CHECK_MESSAGE(csv.find("date;heure;utilisateur;élément;action;champ;avant;après;note") !=
                      std::string::npos,
                  csv);
    CHECK(csv.find("Fiche 2026-001;Modification;Description;Dossier RSA bloqué depuis trois "
                   "mois.;Dossier RSA bloqué depuis quatre mois.") != std::string::npos);
    CHECK(csv.find("Aide") == std::string::npos);

    // An aid's history, from its section.
    frame->showSection(frame->aids());
    pump(100);
    frame->aids()->select(aidId);
    wxString aidRecord;
    whenShown("HistoryDialog", [&](wxDialog& d) {
        auto& h = dynamic_cast<ui::HistoryDialog&>(d);
        REQUIRE(h.model().size() == 1);
        aidRecord = cell(h, 0, ui::HistoryListModel::Record);
        d.EndModal(wxID_CANCEL);
    });
    auto* button = wxWindow::FindWindowByName("aids_history", frame->aids());
    REQUIRE(button);
    wxCommandEvent pressed(wxEVT_BUTTON, button->GetId());
    pressed.SetEventObject(button);
    button->GetEventHandler()->ProcessEvent(pressed);
    pump();
    CHECK(aidRecord == french("Aide du 24/11/2026 — 167,00\u00a0€"));
    frame->Close(true);
    pump();
}

TEST_CASE("history: values a retention purge erased read « effacé le … », never blank") {
    guitest::Sandbox box;
    const auto db = box.path("purge.sqlite");
    ReportId reportId = 0;
    {
        auto workspace = app::Workspace::open(db);
        DifficultyReport r;
        r.receivedOn = Date(2020, 1, 6);
        r.description = "Texte à effacer par la conservation.";
        r.author = "Accueil du CCAS";
        r.categories = {Category::Delay};
        r.status = ReportStatus::Resolved;
        r.closedOn = Date(2020, 3, 1);
        reportId = app::ReportService(workspace->store(), workspace->actor()).create(r).id;
        app::purge(*workspace, Date(2024, 1, 1));
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
    REQUIRE(frame);
    const wxString mark = french("effacé le ") + wxString::FromUTF8(Date::today().french());
    wxString erasure, creation, words;
    whenShown("HistoryDialog", [&](wxDialog& d) {
        auto& h = dynamic_cast<ui::HistoryDialog&>(d);
        REQUIRE(h.model().size() == 2);
        erasure = cell(h, 0, ui::HistoryListModel::Action);
        h.list->Select(h.model().GetItem(1));
        wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, h.list, h.model().GetItem(1));
        h.list->GetEventHandler()->ProcessEvent(selected);
        creation = h.changes->GetValue();
        h.words->ChangeValue(french("effacer"));
        h.applyFilters();
        words = wxString::Format("%lld", h.model().size());
        d.EndModal(wxID_CANCEL);
    });
    ui::showRecordHistory(frame, frame->workspace(), "report", reportId);
    pump();
    CHECK(erasure == french("Effacement (conservation)"));
    CHECK_MESSAGE(creation.Contains(french("Description\u00a0: ") + mark), creation);
    CHECK_MESSAGE(creation.Contains(french("Rédacteur")), creation);
    CHECK_FALSE(creation.Contains(french("Texte à effacer")));
    CHECK(words == "0"); // the erased text is found nowhere
    frame->Close(true);
    pump();
}

TEST_CASE("history: a read-only database's history is read, filtered and exported") {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("ro.sqlite"), 30);
    app::OpenRequest reading;
    reading.readOnly = true;
    auto readOnly = app::Workspace::open(box.path("ro.sqlite"), reading);
    REQUIRE(readOnly->info().readOnly);
    ui::HistoryDialog dialog(nullptr, *readOnly);
    const long long all = dialog.model().size();
    CHECK(all == readOnly->store().audit().size());
    choose(dialog.kind, french("Fiche"));
    CHECK(dialog.model().size() > 0);
    CHECK(dialog.model().size() < all);
    CHECK(cell(dialog, 0, ui::HistoryListModel::Record).StartsWith("Fiche "));
    dialog.exportTo(wxString::FromUTF8(box.path("ro.csv").string()));
    const std::string csv = readAll(box.path("ro.csv"));
    CHECK(csv.starts_with("\xEF\xBB\xBF"));
    CHECK(csv.find("Fiche ") != std::string::npos);
    CHECK(csv.find("Séance du") == std::string::npos); // the filter, not the whole trail
}

// Not a test: the window as people see it, for review. Run with --no-skip, and
// VIGIE_SCREENSHOT_SIZE=1024x768 for the smallest screen.
TEST_CASE("screenshots of the change history" * doctest::skip()) {
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
    const std::string prefix = std::string(dir ? dir : ".") + "/history-" +
                               std::to_string(width) + "x" + std::to_string(height);
    auto shoot = [&](const std::string& name) {
        pump(400);
        CHECK(std::system(("import -window root '" + prefix + name + ".png'").c_str()) == 0);
    };
    whenShown("HistoryDialog", [&](wxDialog& d) {
        auto& h = dynamic_cast<ui::HistoryDialog&>(d);
        d.SetSize(0, 0, std::min(width, d.GetSize().x), std::min(height, d.GetSize().y));
        h.list->Select(h.model().GetItem(3));
        wxDataViewEvent selected(wxEVT_DATAVIEW_SELECTION_CHANGED, h.list, h.model().GetItem(3));
        h.list->GetEventHandler()->ProcessEvent(selected);
        shoot("");
        press(d, wxID_HELP); // the guide page over the window
        shoot("-help");
        if (auto* help = ui::HelpWindow::current()) {
            help->Close(true);
        }
        d.EndModal(wxID_CANCEL);
    });
    openHistoryMenu(*frame);
    // One report's history, as its details open it.
    whenShown("HistoryDialog", [&](wxDialog& d) {
        d.SetSize(0, 0, std::min(width, d.GetSize().x), std::min(height, d.GetSize().y));
        shoot("-report");
        d.EndModal(wxID_CANCEL);
    });
    ui::showRecordHistory(frame, frame->workspace(), "report", frame->reports()->model().idAt(0));
    frame->Close(true);
    pump();
}
