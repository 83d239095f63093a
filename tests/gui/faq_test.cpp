// The « FAQ » section: Ctrl+7 lists the answers, those to review flagged « À revoir » and
// filtered; an answer written in the form (a missing answer refused next to its field, a
// phone number asked about); « Rédiger la réponse FAQ… » from a meeting's decision opens the
// form filled in from the report; « Publier… » writes the page of the published answers.
#include <doctest/doctest.h>

#include <cstdlib>
#include <memory>

#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>

#include "app/faq_service.h"
#include "app/meeting_service.h"
#include "app/report_service.h"
#include "gui_support.h"
#include "platform/files.h"
#include "ui/faq_editor.h"
#include "ui/faq_section.h"
#include "ui/main_frame.h"
#include "ui/meeting_editor.h"
#include "ui/meetings_section.h"
#include "ui/privacy_warning.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->GetEventHandler()->ProcessEvent(event);
}

FaqEntry answer(const std::string& question, bool published, std::optional<Date> checked) {
    FaqEntry e;
    e.question = question;
    e.answer = "Réponse.";
    e.published = published;
    e.checkedOn = checked;
    e.rights = {"RSA"};
    return e;
}

} // namespace

TEST_CASE("faq: Ctrl+7 lists the answers, those over a year old flagged « À revoir »") {
    guitest::Sandbox box;
    {
        auto store = storage::openSqliteStore(box.path("f.sqlite"));
        app::FaqService service(*store, app::Actor::current());
        service.save(answer("Récente ?", true, Date::today()));
        service.save(answer("Ancienne ?", true, yearBefore(Date::today()).addDays(-1)));
        service.save(answer("Brouillon ?", false, std::nullopt));
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("f.sqlite")});
    REQUIRE(frame);
    // View › FAQ (Ctrl+7), as the menu sends it.
    const int item = frame->GetMenuBar()->FindMenuItem(_("&View"), _("&FAQ"));
    REQUIRE(item != wxNOT_FOUND);
    std::unique_ptr<wxAcceleratorEntry> accel(frame->GetMenuBar()->FindItem(item)->GetAccel());
    REQUIRE(accel);
    CHECK(accel->ToRawString() == "Ctrl+7");
    wxCommandEvent menu(wxEVT_MENU, item);
    menu.SetEventObject(frame);
    frame->GetEventHandler()->ProcessEvent(menu);
    auto* section = frame->faq();
    REQUIRE(frame->currentSection() == section);
    pump(100);
    REQUIRE(section->list()->GetItemCount() == 3);
    CHECK(section->list()->text(0, 0) == wxString::FromUTF8("Récente ?"));
    CHECK(section->list()->text(0, 4).empty());
    CHECK(section->list()->text(1, 4) == _("To review"));
    CHECK(section->list()->text(2, 2) == _("No"));
    choose(section->showChoice(), 3); // to review
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 0) == "Ancienne ?");
    choose(section->showChoice(), 2); // drafts
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 0) == "Brouillon ?");
    frame->Close(true);
    pump();
}

TEST_CASE("faq: an answer written in the form; refused without an answer; a phone asked") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("n.sqlite")});
    REQUIRE(frame);
    auto* section = frame->faq();
    frame->showSection(section);
    pump(100);
    app::FaqService service(frame->workspace().store(), frame->workspace().actor());
    bool stayedOpen = false, warned = false;
    wxString answerError;
    whenShown("FaqEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::FaqEditor*>(&d);
        REQUIRE(e);
        e->question->ChangeValue(
            wxString::FromUTF8("Mon APL est-elle maintenue après un déménagement ?"));
        press(d, wxID_OK);
        stayedOpen = d.IsShown();
        answerError = e->errorFor("answer");
        e->answer->ChangeValue(
            wxString::FromUTF8("Oui, déclarez la nouvelle adresse. Appelez le 06 12 34 56 78."));
        e->checkRight("APL");
        press(*e->checkedToday->GetParent(), e->checkedToday->GetId());
        e->published->SetValue(true);
        // Published for anyone to read: the phone number is asked about, then kept.
        whenShown("PrivacyWarning", [&](wxDialog& w) {
            warned = true;
            w.EndModal(ui::PrivacyWarningDialog::kSaveAnyway);
        });
        press(d, wxID_OK);
    });
    section->newItem();
    pump();
    CHECK(stayedOpen);
    CHECK_FALSE(answerError.empty());
    CHECK(warned);
    const auto entries = service.list();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].rights == std::vector<std::string>{"APL"});
    CHECK(entries[0].checkedOn == Date::today());
    CHECK(entries[0].published);
    CHECK_FALSE(frame->workspace().store().audit().history("faq", entries[0].id)[0].note.empty());
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->selectedId() == entries[0].id);
    // « Publier… » writes the published answer, escaped, in the folder chosen.
    const auto folder = box.path("site");
    CHECK(section->publishTo(wxString(folder.string())) == 1);
    const std::string html = platform::readWholeFile(folder / "index.html");
    CHECK(html.find("<html lang=\"fr\">") != std::string::npos);
    CHECK(html.find("maintenue après un déménagement") != std::string::npos);
    frame->Close(true);
    pump();
}

TEST_CASE("faq: « Rédiger la réponse FAQ… » on a meeting's decision opens the form filled in") {
    guitest::Sandbox box;
    MeetingId meetingId = 0;
    ReportId reportId = 0;
    {
        auto store = storage::openSqliteStore(box.path("m.sqlite"));
        DifficultyReport r;
        r.receivedOn = Date(2025, 6, 2);
        r.description = "Personne ne sait comment déclarer ses revenus trimestriels pour le RSA";
        r.categories = {Category::NonAccess};
        r.rights = {"RSA"};
        r.institutions = {"CAF"};
        reportId = app::ReportService(*store, app::Actor::current()).create(r).id;
        app::MeetingService meetings(*store, app::Actor::current());
        Meeting m;
        m.date = Date(2025, 6, 10);
        m.agenda.push_back({0, AgendaKind::NewReport, reportId, std::nullopt, "", ""});
        m = meetings.save(m);
        meetingId = m.id;
        Decision d;
        d.meeting = m.id;
        d.report = reportId;
        d.kind = DecisionKind::FaqAnswer;
        d.text = "Réponse dans la FAQ de la ville";
        meetings.save(d);
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("m.sqlite")});
    REQUIRE(frame);
    auto* meetings = frame->meetings();
    frame->showSection(meetings);
    pump(100);
    meetings->select(meetingId);
    bool enabled = false;
    wxString question;
    std::vector<std::string> rights;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::MeetingEditor*>(&d);
        REQUIRE(e);
        e->selectItem(0);
        auto* button = wxDynamicCast(d.FindWindow("decision_faq"), wxButton);
        REQUIRE(button);
        enabled = button->IsEnabled();
        whenShown("FaqEditor", [&](wxDialog& f) {
            auto* faq = dynamic_cast<ui::FaqEditor*>(&f);
            REQUIRE(faq);
            question = faq->question->GetValue();
            CHECK(faq->reports->GetValue() == "2025-001");
            faq->answer->ChangeValue(wxString::FromUTF8(
                "Chaque trimestre, sur caf.fr ou à l'accueil de la CAF ; le CCAS aide à la remplir."));
            press(f, wxID_OK);
        });
        press(d, button->GetId());
        press(d, wxID_CANCEL);
    });
    meetings->openSelected();
    pump();
    CHECK(enabled);
    CHECK(question == wxString::FromUTF8(
                          "Personne ne sait comment déclarer ses revenus trimestriels pour le RSA"));
    const auto entries =
        app::FaqService(frame->workspace().store(), frame->workspace().actor()).list();
    REQUIRE(entries.size() == 1);
    CHECK(entries[0].rights == std::vector<std::string>{"RSA"});
    CHECK(entries[0].institutions == std::vector<std::string>{"CAF"});
    CHECK(entries[0].reports == std::vector<ReportId>{reportId});
    CHECK_FALSE(entries[0].published); // a draft until someone says it is ready
    frame->Close(true);
    pump();
}

namespace {

void shoot(const std::string& name) {
    pump(400);
    const char* dir = std::getenv("VIGIE_SCREENSHOTS");
    const std::string path = std::string(dir ? dir : ".") + "/" + name + ".png";
    CHECK(std::system(("import -window root '" + path + "'").c_str()) == 0);
}

} // namespace

// Not a test: pictures of the section and its form (VIGIE_SCREENSHOT_SIZE=1024x768).
TEST_CASE("screenshots of the faq section" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 150);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    auto* section = frame->faq();
    frame->showSection(section);
    section->refresh();
    section->list()->selectRow(2);
    shoot("faq");
    whenShown("FaqEditor", [](wxDialog& d) {
        shoot("faq-form");
        d.EndModal(wxID_CANCEL);
    });
    section->openSelected();
    frame->Close(true);
    pump();
}
