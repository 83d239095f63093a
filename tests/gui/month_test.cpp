// The facilitator's month, where one step used to leave another screen behind: a
// solicitation decided in a meeting shows in its section at once, deleting the decision
// asks and takes the solicitation with it, a saved report hidden by the filters says so.
#include <doctest/doctest.h>

#include <wx/choicdlg.h>
#include <wx/html/htmlwin.h>
#include <wx/infobar.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/msgdlg.h>
#include <wx/statusbr.h>
#include <wx/testing.h>
#include <wx/xrc/xmlres.h>

#include "app/meeting_service.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/meeting_editor.h"
#include "ui/meetings_section.h"
#include "ui/report_details.h"
#include "ui/reports_section.h"
#include "ui/solicitations_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

ui::MainFrame* launch(const std::filesystem::path& db) {
    return static_cast<ui::VigieApp*>(wxTheApp)->launch({db});
}

void chooseKind(ui::MeetingEditor& e, DecisionKind kind) {
    for (std::size_t i = 0; i < std::size(kAllDecisionKinds); ++i) {
        if (kAllDecisionKinds[i] == kind) {
            e.decisionKind->SetSelection(static_cast<int>(i));
        }
    }
}

} // namespace

TEST_CASE("a solicitation decided in a meeting shows at once; deleting the decision asks") {
    guitest::Sandbox box;
    Meeting meeting;
    {
        auto store = storage::openSqliteStore(box.path("m.sqlite"));
        DifficultyReport r;
        r.receivedOn = Date(2025, 6, 2);
        r.description = "Délai de versement de l'allocation de soutien familial";
        r.categories = {Category::Delay};
        r = app::ReportService(*store, app::Actor::current()).create(r);
        meeting.date = Date(2025, 6, 10);
        meeting.agenda.push_back({0, AgendaKind::NewReport, r.id, std::nullopt, "", ""});
        meeting = app::MeetingService(*store, app::Actor::current()).save(meeting);
    }
    auto* frame = launch(box.path("m.sqlite"));
    REQUIRE(frame);
    // The solicitations are seen first, empty: the section has loaded.
    frame->showSection(frame->solicitations());
    pump();
    CHECK(frame->solicitations()->list()->GetItemCount() == 0);
    frame->showSection(frame->meetings());
    pump();

    bool added = false;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::MeetingEditor*>(&d);
        REQUIRE(e);
        e->selectItem(0);
        chooseKind(*e, DecisionKind::Solicitation);
        e->decisionText->ChangeValue("Demander à la CAF un calendrier de traitement");
        for (unsigned i = 0; i < e->decisionBody->GetCount(); ++i) {
            if (e->decisionBody->GetString(i).StartsWith("CAF ")) {
                e->decisionBody->SetSelection(static_cast<int>(i));
            }
        }
        added = e->addDecision();
        press(d, wxID_OK);
    });
    frame->meetings()->edit(frame->workspace().store().meetings().find(meeting.id).value());
    pump();
    REQUIRE(added);
    frame->showSection(frame->solicitations());
    pump();
    REQUIRE(frame->solicitations()->list()->GetItemCount() == 1);
    CHECK(frame->solicitations()->list()->text(0, 2).Contains("CAF"));
    CHECK(frame->GetStatusBar()->GetStatusText(0).Contains("1 sollicitation"));

    // Deleting the decision: asked first, naming the solicitation; kept on "Keep".
    frame->showSection(frame->meetings());
    pump();
    wxString question;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::MeetingEditor*>(&d);
        REQUIRE(e);
        REQUIRE(e->decisions->GetItemCount() == 1);
        e->decisions->selectRow(0);
        wxTEST_DIALOG(press(d, XRCID("decision_remove")),
                      wxExpectModal<wxMessageDialog>(wxID_NO).Describe("keep it"));
        CHECK(e->decisions->GetItemCount() == 1);
        wxTEST_DIALOG(press(d, XRCID("decision_remove")),
                      wxExpectModal<wxMessageDialog>(wxID_YES).Describe("delete it"));
        CHECK(e->decisions->GetItemCount() == 0);
        press(d, wxID_OK);
    });
    frame->meetings()->edit(frame->workspace().store().meetings().find(meeting.id).value());
    pump();
    frame->showSection(frame->solicitations());
    pump();
    CHECK(frame->solicitations()->list()->GetItemCount() == 0);
    CHECK(frame->workspace().store().solicitations().list({}).empty());
    frame->Destroy();
    pump();
}

TEST_CASE("a saved report the filters hide is announced, with a way to see it") {
    guitest::Sandbox box;
    auto* frame = launch(box.path("r.sqlite"));
    REQUIRE(frame);
    pump();
    auto& store = frame->workspace().store();
    app::ReportService service(store, frame->workspace().actor());
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Rupture de droits à la complémentaire santé solidaire";
    r.categories = {Category::NonAccess};
    r = service.create(r);
    auto* reports = frame->reports();
    reports->refresh();
    // Non-access only, then the report becomes a delay: saved, and hidden by the filter.
    reports->filterChoice("category")->SetSelection(1);
    reports->applyFilters();
    REQUIRE(reports->model().size() == 1);
    r.categories = {Category::Delay};
    r = service.update(r);
    reports->afterSave(r.id);
    pump();
    CHECK(reports->model().size() == 0);
    REQUIRE(reports->notice()->IsShown());
    // « Show it »: the filters go, the report is selected.
    REQUIRE(reports->notice()->GetButtonCount() == 1);
    wxCommandEvent click(wxEVT_BUTTON, reports->notice()->GetButtonId(0));
    click.SetEventObject(reports->notice());
    reports->notice()->GetEventHandler()->ProcessEvent(click);
    pump();
    CHECK(reports->model().size() == 1);
    CHECK(reports->filterChoice("category")->GetSelection() == 0);
    CHECK(reports->currentFilter().category == std::nullopt);
    CHECK_FALSE(reports->notice()->IsShown());
    frame->Destroy();
    pump();
}

TEST_CASE("the agenda proposes one sitting's work; the rest is added in one go, removed in one go") {
    guitest::Sandbox box;
    ReportId old = 0, fresh = 0;
    {
        auto store = storage::openSqliteStore(box.path("a.sqlite"));
        app::ReportService reports(*store, app::Actor::current());
        DifficultyReport r;
        r.description = "Délai de traitement d'une demande de RSA";
        r.categories = {Category::Delay};
        r.receivedOn = Date(2025, 1, 6);
        old = reports.create(r).id; // never examined
        Meeting last;
        last.date = Date(2025, 2, 11);
        last.state = MeetingState::Held;
        app::MeetingService(*store, app::Actor::current()).save(last);
        r.receivedOn = Date(2025, 2, 20);
        fresh = reports.create(r).id;
    }
    auto* frame = launch(box.path("a.sqlite"));
    REQUIRE(frame);
    frame->showSection(frame->meetings());
    pump();
    std::vector<ReportId> proposed, afterAdding;
    std::size_t afterRemoving = 0;
    wxString countLabel;
    whenShown("MeetingEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::MeetingEditor*>(&d);
        REQUIRE(e);
        e->date->ChangeValue("11/03/2025");
        e->proposeAgenda();
        auto reportsOnAgenda = [&] {
            std::vector<ReportId> ids;
            for (const auto& item : e->meeting().agenda) {
                if (item.report) {
                    ids.push_back(*item.report);
                }
            }
            return ids;
        };
        proposed = reportsOnAgenda();
        // « Ajouter d'autres fiches ouvertes… »: the report never examined, checked, added.
        whenShown("AddOthers", [&](wxDialog& ask) {
            auto* choices = dynamic_cast<wxMultiChoiceDialog*>(&ask);
            REQUIRE(choices);
            wxArrayInt first;
            first.push_back(0);
            choices->SetSelections(first);
            press(ask, wxID_OK); // as a click: the checks are read then
        });
        press(d, XRCID("add_others"));
        afterAdding = reportsOnAgenda();
        // Two items selected together, removed together.
        e->agenda->DeselectAll();
        e->agenda->SetSelection(0);
        e->agenda->SetSelection(1);
        const std::size_t before = e->meeting().agenda.size();
        press(d, XRCID("item_remove"));
        afterRemoving = before - e->meeting().agenda.size();
        countLabel = XRCCTRL(d, "agenda_label", wxStaticText)->GetLabelText();
        press(d, wxID_CANCEL);
    });
    frame->meetings()->newItem();
    pump();
    CHECK(std::find(proposed.begin(), proposed.end(), fresh) != proposed.end());
    CHECK(std::find(proposed.begin(), proposed.end(), old) == proposed.end());
    CHECK(std::find(afterAdding.begin(), afterAdding.end(), old) != afterAdding.end());
    CHECK(afterRemoving == 2);
    CHECK(countLabel.Contains("points"));
    frame->Destroy();
    pump();
}

TEST_CASE("an empty database says what to do first, and the first report starts from there") {
    guitest::Sandbox box;
    auto* frame = launch(box.path("vide.sqlite"));
    REQUIRE(frame);
    pump();
    auto* reports = frame->reports();
    const wxString steps = reports->details()->ToText();
    CHECK(steps.Contains("aucune fiche"));
    CHECK(steps.Contains("nom de votre organisme"));
    CHECK(steps.Contains("importez"));
    bool editorOpened = false;
    whenShown("ReportEditor", [&](wxDialog& d) {
        editorOpened = true;
        d.EndModal(wxID_CANCEL);
    });
    wxHtmlLinkEvent click(reports->details()->GetId(), wxHtmlLinkInfo(ui::kNewReportLink));
    click.SetEventObject(reports->details());
    reports->details()->GetEventHandler()->ProcessEvent(click);
    pump();
    CHECK(editorOpened);
    // Once named, the first step is no longer offered.
    app::OrganisationProfile profile;
    profile.name = "CCAS de Bourg-en-Bresse";
    app::ReferenceService(frame->workspace().store(), frame->workspace().actor())
        .saveOrganisation(profile);
    reports->refresh();
    CHECK_FALSE(reports->details()->ToText().Contains("nom de votre organisme"));
    frame->Destroy();
    pump();
}
