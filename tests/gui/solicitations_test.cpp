// The solicitations section: the seed's 2015 table read back per institution, and a
// report solicited from its details, with the privacy warning on the letter's subject.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <wx/html/htmlwin.h>
#include <wx/listbox.h>
#include <wx/xrc/xmlres.h>

#include "app/report_service.h"
#include "app/solicitation_csv.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/report_details.h"
#include "ui/reports_section.h"
#include "ui/solicitation_editor.h"
#include "ui/solicitations_section.h"
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
