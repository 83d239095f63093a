// The meetings section: a meeting created in the real editor, a decision taken on a
// report during it, and the minutes written as a PDF.
#include <doctest/doctest.h>

#include <cstdio>

#include <wx/listbox.h>

#include "app/report_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/meeting_editor.h"
#include "ui/meetings_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

TEST_CASE("a meeting is planned, a decision is taken on a report, the minutes are written") {
    guitest::Sandbox box;
    ReportId reportId = 0;
    {
        auto store = storage::openSqliteStore(box.path("m.sqlite"));
        DifficultyReport r;
        r.receivedOn = Date(2025, 6, 2);
        r.description = "Délai de versement de l'allocation de soutien familial";
        r.categories = {Category::Delay};
        reportId = app::ReportService(*store, app::Actor::current()).create(r).id;
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("m.sqlite")});
    REQUIRE(frame);
    auto* meetings = frame->meetings();
    frame->showSection(meetings);
    pump(100);

    bool decisionAdded = false, refusedWithoutBody = false;
    wxArrayString agendaShown;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::MeetingEditor*>(&d);
        REQUIRE(e);
        e->date->ChangeValue("10/06/2025");
        e->time->ChangeValue("14:00");
        e->place->ChangeValue("CCAS \u2014 salle du conseil");
        // The whole partnership does not sit at the table: not offered as present.
        for (unsigned i = 0; i < e->presentBodies->GetCount(); ++i) {
            CHECK_FALSE(e->presentBodies->GetString(i).StartsWith("PIO"));
        }
        CHECK(e->presentBodies->GetCount() > 3);
        e->presentBodies->Check(0);
        e->proposeAgenda();
        agendaShown = e->agenda->GetStrings();
        e->selectItem(0);
        e->itemMinutes->ChangeValue("La CAF examine le dossier en priorité.");
        e->decisionKind->SetSelection(1); // collective alert
        e->decisionText->ChangeValue("Rappeler les délais de traitement de l'ASF");
        e->decisionOwner->ChangeValue("CAF");
        e->decisionDue->ChangeValue("30/06/2025");
        // A collective alert goes to one body's social workers: refused until it is named.
        refusedWithoutBody = !e->addDecision();
        for (unsigned i = 0; i < e->decisionBody->GetCount(); ++i) {
            if (e->decisionBody->GetString(i).StartsWith("CAF ")) {
                e->decisionBody->SetSelection(static_cast<int>(i));
            }
        }
        decisionAdded = e->addDecision();
        press(d, wxID_OK);
    });
    meetings->newItem();
    pump();
    REQUIRE(agendaShown.size() >= 1);
    CHECK(agendaShown[0].Contains("2025-001"));
    CHECK(refusedWithoutBody);
    CHECK(decisionAdded);
    REQUIRE(meetings->list()->GetItemCount() == 1);
    CHECK(meetings->list()->text(0, 0) == "10/06/2025");
    const auto id = meetings->selectedId();
    REQUIRE(id);
    const auto decisions = frame->workspace().store().meetings().decisionsOfMeeting(*id);
    REQUIRE(decisions.size() == 1);
    CHECK(decisions[0].report == reportId);
    CHECK(decisions[0].institutions == std::vector<std::string>{"CAF"});
    CHECK(frame->workspace().store().reports().find(reportId)->status ==
          ReportStatus::FollowUpOpen);

    const auto pdf = box.path("compte-rendu.pdf");
    meetings->writeMinutes(*id, pdf);
    const std::string text = guitest::pdfText(pdf);
    CHECK(text.find("Compte rendu de la séance du mardi 10 juin 2025") != std::string::npos);
    CHECK(text.find("La CAF examine le dossier en priorité.") != std::string::npos);
    CHECK(text.find("Rappeler les délais de traitement") != std::string::npos);
    CHECK(text.find("\u2014 CAF") != std::string::npos); // the body alerted
    CHECK(text.find("2025-001") != std::string::npos);
    frame->Destroy();
    pump();
}
