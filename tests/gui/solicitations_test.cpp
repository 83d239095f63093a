// The solicitations section: the seed's 2015 table read back per institution, and a
// report solicited from its details, with the privacy warning on the letter's subject.
#include <doctest/doctest.h>

#include <wx/testing.h>
#include <wx/msgdlg.h>

#include <fstream>
#include <sstream>

#include <wx/html/htmlwin.h>
#include <wx/listbox.h>
#include <wx/stattext.h>
#include <wx/xrc/xmlres.h>

#include "app/report_service.h"
#include "app/solicitation_csv.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/report_details.h"
#include "ui/reports_section.h"
#include "ui/solicitation_editor.h"
#include "ui/solicitations_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The figures row of one institution, as the user reads it: {sent, answered}.
std::pair<wxString, wxString> figuresOf(wxDataViewListCtrl* table, const wxString& code) {
    for (unsigned row = 0; row < static_cast<unsigned>(table->GetItemCount()); ++row) {
        if (table->GetTextValue(row, 0) == code) {
            return {table->GetTextValue(row, 1), table->GetTextValue(row, 4)};
        }
    }
    return {};
}

void clickLink(wxHtmlWindow* html, const wxString& href) {
    wxHtmlLinkEvent event(html->GetId(), wxHtmlLinkInfo(href));
    event.SetEventObject(html);
    html->GetEventHandler()->ProcessEvent(event);
}

} // namespace

TEST_CASE("the seed's 2015 table is read back per institution, and a report is solicited") {
    guitest::Sandbox box;
    ReportId reportId = 0;
    {
        auto store = storage::openSqliteStore(box.path("s.sqlite"));
        const auto csv = readFile(std::filesystem::path(VIGIE_TEST_DATA) / "solicitations_2015.csv");
        REQUIRE(app::importSolicitations(*store, app::Actor::current(), csv, {}).written);
        DifficultyReport r;
        r.receivedOn = Date(2015, 9, 2);
        r.description = "Délai de traitement des demandes de prime d'activité";
        r.categories = {Category::Delay};
        r.institutions = {"CAF"};
        reportId = app::ReportService(*store, app::Actor::current()).create(r).id;
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("s.sqlite")});
    REQUIRE(frame);
    auto* section = frame->solicitations();
    frame->showSection(section);
    pump(100);
    REQUIRE(section->yearChoice()->SetStringSelection("2015"));
    section->refresh();
    CHECK(section->list()->GetItemCount() == 12);
    // The table DOMAIN.md quotes: one line per set of addressees...
    auto* sets = section->addresseeSets();
    REQUIRE(sets->GetItemCount() == 8);
    CHECK(sets->GetTextValue(0, 0) == "CAF");
    CHECK(sets->GetTextValue(0, 1) == "3");
    CHECK(sets->GetTextValue(0, 2) == "1");
    CHECK(sets->GetTextValue(1, 0) == "CARSAT");
    CHECK(sets->GetTextValue(1, 2) == "3");
    CHECK(sets->GetTextValue(5, 0) == "MDPH-CAF-CPAM");
    CHECK(sets->GetTextValue(5, 2) == "0");
    CHECK(sets->GetTextValue(7, 0) == "L'ensemble du partenariat");
    CHECK(sets->GetTextValue(7, 2) == "1");
    CHECK(sets->GetTextValue(7, 3) == "CARSAT");
    // ...and each body counted in every solicitation naming it.
    CHECK(figuresOf(section->institutions(), "CAF") == std::pair<wxString, wxString>("5", "2"));
    CHECK(figuresOf(section->institutions(), "CARSAT") ==
          std::pair<wxString, wxString>("3", "3"));
    CHECK(figuresOf(section->institutions(), "MDPH") == std::pair<wxString, wxString>("2", "1"));
    CHECK(figuresOf(section->institutions(), "PIO") == std::pair<wxString, wxString>("1", "1"));

    // From the report's details: "solicit an institution about this report".
    auto* reports = frame->reports();
    frame->showSection(reports);
    reports->select(reportId);
    pump();
    CHECK(reports->details()->ToText().Contains("Solliciter un organisme"));
    wxArrayString found;
    bool stillOpenAfterWarning = false;
    wxString reportsField;
    std::vector<std::string> checkedAddressees;
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SolicitationEditor*>(&d);
        REQUIRE(e);
        reportsField = e->reports->GetValue();
        checkedAddressees = e->addressees->checked();
        // A phone number in the subject: the letter would carry it to the institution.
        e->subject->ChangeValue("Délais prime d'activité, rappeler Mme au 06 12 34 56 78");
        whenShown("PrivacyWarning", [&](wxDialog& warning) {
            found = XRCCTRL(warning, "findings", wxListBox)->GetStrings();
            press(warning, wxID_CANCEL);
        });
        press(d, wxID_OK);
        stillOpenAfterWarning = d.IsShown();
        e->subject->ChangeValue("Délais de traitement de la prime d'activité");
        press(d, wxID_OK);
    });
    clickLink(reports->details(), ui::kSolicitLink);
    pump();
    CHECK(reportsField == "2015-001");
    // The report's institution, ticked already.
    CHECK(checkedAddressees == std::vector<std::string>{"CAF"});
    REQUIRE(found.size() == 1);
    CHECK(found[0].Contains("06 12 34 56 78"));
    CHECK(stillOpenAfterWarning);
    CHECK(frame->currentSection() == section);
    const auto id = section->selectedId();
    REQUIRE(id);
    const auto saved = frame->workspace().store().solicitations().find(*id);
    REQUIRE(saved);
    CHECK(saved->subject == "Délais de traitement de la prime d'activité");
    CHECK(saved->addressees == std::vector<std::string>{"CAF"});
    CHECK(saved->reports == std::vector<ReportId>{reportId});
    CHECK(saved->expectedBy == saved->sentOn.addDays(30));

    // And back: the reports this solicitation concerns, then the solicitation from them.
    section->onShowReports(*id);
    pump();
    CHECK(frame->currentSection() == reports);
    REQUIRE(reports->model().size() == 1);
    CHECK(reports->model().idAt(0) == reportId);
    CHECK(reports->details()->ToText().Contains("CAF"));
    clickLink(reports->details(), wxString(ui::kSolicitationLinkPrefix) << *id);
    pump();
    CHECK(frame->currentSection() == section);
    CHECK(section->selectedId() == id);
    frame->Close(true);
    pump();
}

namespace {

// As the user does it: a choice made in the list, then the event the list sends.
void choose(wxChoice* choice, const wxString& text) {
    REQUIRE(choice->SetStringSelection(text));
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(choice->GetSelection());
    choice->GetEventHandler()->ProcessEvent(event);
}

// The institution view, one "code: sent/answered [subjects]" per line, for a readable failure.
std::vector<std::string> institutionLines(wxDataViewListCtrl* table) {
    std::vector<std::string> lines;
    for (unsigned row = 0; row < static_cast<unsigned>(table->GetItemCount()); ++row) {
        lines.push_back(ui::utf8(table->GetTextValue(row, 0) + ": " + table->GetTextValue(row, 1) +
                                 "/" + table->GetTextValue(row, 4) + " [" +
                                 table->GetTextValue(row, 9) + "]"));
    }
    return lines;
}

} // namespace

TEST_CASE("the solicitations follow the period chosen: a quarter, then any dates") {
    guitest::Sandbox box;
    {
        auto store = storage::openSqliteStore(box.path("p.sqlite"));
        const auto csv =
            readFile(std::filesystem::path(VIGIE_TEST_DATA) / "solicitations_2015.csv");
        REQUIRE(app::importSolicitations(*store, app::Actor::current(), csv, {}).written);
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("p.sqlite")});
    REQUIRE(frame);
    auto* section = frame->solicitations();
    frame->showSection(section);
    pump(100);
    // As before: all years, all twelve.
    CHECK(section->yearChoice()->GetSelection() == 0);
    CHECK(section->partChoice()->GetSelection() == 0);
    CHECK_FALSE(section->period());
    CHECK(section->list()->GetItemCount() == 12);
    CHECK_FALSE(section->fromField()->IsEnabled());

    // The second quarter of 2015: April to June.
    choose(section->yearChoice(), "2015");
    choose(section->partChoice(), section->partChoice()->GetString(2));
    REQUIRE(section->period());
    CHECK(section->period()->first == Date(2015, 4, 1));
    CHECK(section->period()->last == Date(2015, 6, 30));
    CHECK(section->list()->GetItemCount() == 4);
    CHECK(institutionLines(section->institutions()) ==
          std::vector<std::string>{
              "CAF: 2/1 [Prise en compte MAJ ; Législations contradictoires]",
              "CARSAT: 2/2 [Lien avec les tutelles ; Liquidation de droit provisoire]",
              "FT: 1/1 [Législations contradictoires]"});
    CHECK(section->addresseeSets()->GetItemCount() == 3);
    CHECK(section->addresseeSets()->GetTextValue(0, 0) == "CARSAT");

    // Any dates: the last quarter written by hand, applied with Enter.
    choose(section->partChoice(), section->partChoice()->GetString(17));
    CHECK(section->fromField()->IsEnabled());
    CHECK_FALSE(section->yearChoice()->IsEnabled());
    CHECK(section->fromField()->GetValue() == "01/04/2015"); // from what was shown
    section->fromField()->ChangeValue("1/10/2015");
    section->toField()->ChangeValue("31/12/2015");
    wxCommandEvent enter(wxEVT_TEXT_ENTER, section->toField()->GetId());
    enter.SetEventObject(section->toField());
    section->toField()->GetEventHandler()->ProcessEvent(enter);
    REQUIRE(section->period());
    CHECK(section->period()->first == Date(2015, 10, 1));
    CHECK(section->list()->GetItemCount() == 3);
    CHECK(institutionLines(section->institutions()) ==
          std::vector<std::string>{
              "CAF: 1/0 [Droit invalidité avant AAH]", "CPAM: 1/0 [Droit invalidité avant AAH]",
              "MDPH: 1/0 [Droit invalidité avant AAH]", "MSA: 1/1 [Situation individuelle]",
              "PIO: 1/1 [Accès aux droits/démarches internet]"});
    // Reversed dates: a message, and the fields go back to the dates the list shows.
    section->fromField()->ChangeValue("31/12/2015");
    section->toField()->ChangeValue("01/01/2015");
    wxTEST_DIALOG(section->toField()->GetEventHandler()->ProcessEvent(enter),
                  wxExpectModal<wxMessageDialog>(wxID_OK));
    CHECK(section->fromField()->GetValue() == "01/10/2015");
    CHECK(section->toField()->GetValue() == "31/12/2015");
    CHECK(section->list()->GetItemCount() == 3);
    // Read again (F5), the dates stay.
    section->refresh();
    CHECK(section->list()->GetItemCount() == 3);
    CHECK(section->institutions()->GetItemCount() == 5);

    // Back to the whole year, then to all years.
    choose(section->partChoice(), section->partChoice()->GetString(0));
    CHECK(section->yearChoice()->IsEnabled());
    CHECK(section->period()->first == Date(2015, 1, 1));
    CHECK(section->list()->GetItemCount() == 12);
    choose(section->partChoice(), section->partChoice()->GetString(5)); // January
    CHECK(section->list()->GetItemCount() == 1);
    choose(section->yearChoice(), section->yearChoice()->GetString(0));
    CHECK_FALSE(section->period());
    CHECK(section->partChoice()->GetSelection() == 0);
    CHECK(section->list()->GetItemCount() == 12);
    frame->Close(true);
    pump();
}

TEST_CASE("the editor refuses the whole partnership together with an institution") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("e.sqlite")});
    REQUIRE(frame);
    auto* section = frame->solicitations();
    frame->showSection(section);
    pump(100);
    bool stayedOpen = false;
    wxString error;
    std::vector<std::string> ticked;
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SolicitationEditor*>(&d);
        REQUIRE(e);
        e->subject->ChangeValue("Accès aux droits en ligne");
        e->addressees->setChecked({"CAF", "PIO"});
        ticked = e->addressees->checked();
        press(d, wxID_OK);
        stayedOpen = d.IsShown();
        error = XRCCTRL(d, "addressees_error", wxStaticText)->GetLabel();
        e->addressees->setChecked({"PIO"});
        press(d, wxID_OK);
    });
    Solicitation s;
    s.sentOn = Date(2025, 3, 3);
    s.expectedBy = Date(1, 1, 1);
    CHECK(section->edit(s));
    CHECK(ticked == std::vector<std::string>{"CAF", "PIO"});
    CHECK(stayedOpen);
    CHECK(error.Contains("PIO"));
    const auto saved = frame->workspace().store().solicitations().list({});
    REQUIRE(saved.size() == 1);
    CHECK(saved[0].addressees == std::vector<std::string>{"PIO"});
    frame->Close(true);
    pump();
}

TEST_CASE("Escape on a changed solicitation asks before throwing the typing away") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("e.sqlite")});
    REQUIRE(frame);
    auto* section = frame->solicitations();
    frame->showSection(section);
    pump();
    bool askedAndStayed = false, closedAfterYes = false;
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SolicitationEditor*>(&d);
        REQUIRE(e);
        e->subject->ChangeValue("Délais de traitement de l'APL");
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_NO));
        askedAndStayed = d.IsShown() && e->subject->GetValue().Contains("APL");
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_YES));
        closedAfterYes = !d.IsShown();
    });
    section->newItem();
    pump();
    CHECK(askedAndStayed);
    CHECK(closedAfterYes);
    CHECK(frame->workspace().store().solicitations().list({}).empty());
    // "Record the answer" offers today's date: leaving untouched asks nothing.
    bool answerFocused = false, closedAtOnce = false;
    whenShown("SolicitationEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SolicitationEditor*>(&d);
        REQUIRE(e);
        e->focusAnswer();
        answerFocused = !e->answeredOn->GetValue().empty();
        CHECK_FALSE(e->hasChanges());
        d.EndModal(wxID_CANCEL);
        closedAtOnce = true;
    });
    section->newItem();
    pump();
    CHECK(answerFocused);
    CHECK(closedAtOnce);
    frame->Close(true);
    pump();
}
