// The window on a shared database (PostgreSQL), run by ctest through tests/pg/with_postgres.sh
// (test gui_shared_database): the site named by VIGIE_SITE is what the lists show, and the
// Statistics section's « Département » view counts every site together with a row per
// site, on screen and in its PDF; Settings erases a site's old reports (data retention).
// Without VIGIE_TEST_PG these cases fail, loudly.
#include <doctest/doctest.h>

#include <cstdlib>

#include <wx/checkbox.h>
#include <wx/choice.h>
#include <wx/frame.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/textctrl.h>
#include <wx/xrc/xmlres.h>

#include "app/demo.h"
#include "app/report_browser.h"
#include "app/report_service.h"
#include "app/retention_settings.h"
#include "app/sites.h"
#include "app/site_statistics.h"
#include "app/workspace.h"
#include "domain/retention.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/reports_section.h"
#include "ui/retention_reminder.h"
#include "ui/settings_dialog.h"
#include "ui/statistics_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::pump;

namespace {

std::string server() {
    const char* uri = std::getenv("VIGIE_TEST_PG");
    REQUIRE_MESSAGE(uri, "VIGIE_TEST_PG is not set: run through tests/pg/with_postgres.sh");
    return uri;
}

// Two watch groups with demo data: nord (40 reports) and sud (25), made once per server.
void twoSites(const std::string& uri) {
    app::OpenRequest none;
    none.siteRequired = false;
    auto database = app::Workspace::open(uri, none);
    app::addSite(*database, "nord", "CCAS de Nord");
    app::addSite(*database, "sud", "CCAS de Sud");
    for (auto [site, reports] : {std::pair{"nord", 40}, std::pair{"sud", 25}}) {
        app::OpenRequest request;
        request.site = site;
        auto workspace = app::Workspace::open(uri, request);
        if (app::ReportBrowser(workspace->store()).count({}) > 0) {
            continue; // made by an earlier case on the same server
        }
        app::DemoOptions demo;
        demo.reports = reports;
        app::fillWithDemoData(workspace->store(), workspace->actor(), demo);
    }
}

} // namespace

TEST_CASE("shared database: the window shows its site, and the département view every site") {
    guitest::Sandbox box;
    const std::string uri = server();
    twoSites(uri);
    setenv("VIGIE_SITE", "nord", 1);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({std::filesystem::path(uri)});
    unsetenv("VIGIE_SITE");
    REQUIRE(frame);
    pump(200);
    app::OpenRequest nord;
    nord.site = "nord";
    const auto shown = app::ReportBrowser(app::Workspace::open(uri, nord)->store()).count({});
    CHECK(shown > 30);
    CHECK(frame->reports()->model().size() == static_cast<std::size_t>(shown)); // none of sud's

    auto* stats = frame->statistics();
    frame->showSection(stats);
    const int year = Date::today().year();
    stats->showPeriod(Period::year(year));
    pump(200);
    REQUIRE(stats->scopeChoice()->IsShown());
    const std::string own = ui::utf8(stats->tables()->ToText());
    CHECK(own.find("CCAS de Sud") == std::string::npos);

    stats->scopeChoice()->SetSelection(1);
    wxCommandEvent chosen(wxEVT_CHOICE, stats->scopeChoice()->GetId());
    chosen.SetEventObject(stats->scopeChoice());
    stats->scopeChoice()->GetEventHandler()->ProcessEvent(chosen);
    pump(200);
    CHECK(stats->everySite());
    const auto& tables = stats->document().tables;
    const auto sites = std::find_if(tables.begin(), tables.end(),
                                    [](const reports::StatTable& t) { return t.id == "sites"; });
    REQUIRE(sites != tables.end());
    REQUIRE(sites->rows.size() == 2);
    CHECK(sites->rows[0].label == "CCAS de Nord");
    CHECK(sites->rows[1].label == "CCAS de Sud");
    // The key figures add the two sites up.
    app::OpenRequest none;
    none.siteRequired = false;
    const auto together =
        app::allSitesStatistics(app::Workspace::open(uri, none)->store(), Period::year(year));
    CHECK(together.together.current.reports ==
          static_cast<long long>(sites->rows[0].values[0].number + sites->rows[1].values[0].number));
    const std::string screen = ui::utf8(stats->tables()->ToText());
    CHECK(screen.find("CCAS de Sud") != std::string::npos);

    // Its PDF is the same view: both sites named, no annex asked for.
    REQUIRE(stats->writePdf(box.path("departement.pdf"), false));
    const std::string pdf = guitest::pdfText(box.path("departement.pdf"));
    CHECK(pdf.find("CCAS de Nord") != std::string::npos);
    CHECK(pdf.find("CCAS de Sud") != std::string::npos);

    // Back to the site: its own figures again.
    stats->scopeChoice()->SetSelection(0);
    stats->scopeChoice()->GetEventHandler()->ProcessEvent(chosen);
    pump(100);
    CHECK(ui::utf8(stats->tables()->ToText()).find("CCAS de Sud") == std::string::npos);
    frame->Close(true);
    pump(100);
}

TEST_CASE("shared database: File > Open a shared database lists the account's sites and opens one") {
    guitest::Sandbox box;
    const std::string uri = server();
    twoSites(uri);
    // The test server: a Unix socket's folder, its database and its user.
    const auto after = [&](const std::string& key) {
        const auto at = uri.find(key) + key.size();
        return uri.substr(at, uri.find('&', at) - at);
    };
    const std::string socket = after("host="), user = after("user=");
    const std::string database = uri.substr(uri.find(":///") + 4, uri.find('?') - uri.find(":///") - 4);
    guitest::fillDemo(box.path("local.sqlite"), 5);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("local.sqlite")});
    REQUIRE(frame);
    pump(100);
    int listed = -1;
    guitest::whenShown("SharedDatabaseDialog", [&](wxDialog& d) {
        XRCCTRL(d, "host", wxTextCtrl)->ChangeValue(socket);
        XRCCTRL(d, "port", wxTextCtrl)->ChangeValue("");
        XRCCTRL(d, "database", wxTextCtrl)->ChangeValue(database);
        XRCCTRL(d, "user", wxTextCtrl)->ChangeValue(user);
        XRCCTRL(d, "remember", wxCheckBox)->SetValue(false); // no password file written
        guitest::press(d, XRCID("list_sites"));
        auto* sites = XRCCTRL(d, "site", wxChoice);
        listed = static_cast<int>(sites->GetCount());
        sites->SetSelection(1); // sud
        guitest::press(d, wxID_OK);
    });
    frame->onOpenSharedDatabase();
    pump(200);
    CHECK(listed == 2);
    CHECK(frame->workspace().info().shared);
    CHECK(app::currentSite(frame->workspace()) == "sud");
    app::OpenRequest sud;
    sud.site = "sud";
    CHECK(frame->reports()->model().size() ==
          static_cast<std::size_t>(app::ReportBrowser(app::Workspace::open(uri, sud)->store()).count({})));
    // Remembered for the next start: the server and the site, no password.
    wxString last, site;
    wxConfigBase::Get()->Read("/Database/Last", &last);
    wxConfigBase::Get()->Read("/Database/Site", &site);
    CHECK(last.StartsWith("postgresql://"));
    CHECK(site == "sud");
    frame->Close(true);
    pump(100);
}

// Data retention (issue 19) on a site of its own, last so that the cases above see their
// two sites only: the page previews and erases that site's old reports on the server.
TEST_CASE("shared database: Settings erases a site's reports closed for more than the delay") {
    struct Answer : wxExpectModalBase<wxMessageDialog, Answer> {
        Answer(int answer, wxString& text) : answer_(answer), text_(&text) {}
        int OnInvoked(wxMessageDialog* dlg) const override {
            *text_ = dlg->GetMessage() + "\n" + dlg->GetExtendedMessage();
            return answer_;
        }
        int answer_;
        wxString* text_;
    };
    const std::string uri = server();
    app::OpenRequest none;
    none.siteRequired = false;
    app::addSite(*app::Workspace::open(uri, none), "conservation", "CCAS de Conservation");
    app::OpenRequest request;
    request.site = "conservation";
    auto workspace = app::Workspace::open(uri, request);
    app::ReportService service(workspace->store(), workspace->actor());
    const Date closed = app::monthsBefore(Date::today(), 36);
    std::vector<ReportId> ids;
    for (const Date day : {closed, closed.addDays(-20), app::monthsBefore(Date::today(), 3)}) {
        DifficultyReport r;
        r.receivedOn = day.addDays(-30);
        r.description = "Dossier bloqué à la CAF";
        r.author = "Accueil";
        r.categories = {Category::Delay};
        r.status = ReportStatus::Resolved;
        r.closedOn = day;
        ids.push_back(service.create(r, app::PersonalData::SaveAnyway).id);
    }
    wxFrame host(nullptr, wxID_ANY, "host");
    auto* reminder = new ui::RetentionReminder(&host, {});
    CHECK(reminder->offer(*workspace));
    CHECK(reminder->message().Contains("2"));

    ui::SettingsDialog dialog(nullptr, *workspace);
    auto* page = dialog.retention();
    page->preview();
    CHECK(page->list()->GetItemCount() == 2);
    wxString asked, told;
    wxTEST_DIALOG(page->eraseNow(), Answer(wxID_YES, asked), Answer(wxID_OK, told));
    CHECK_MESSAGE(asked.Contains("2"), asked);
    // The server's own copies are its administrator's to replace.
    CHECK_MESSAGE(told.Contains(_("The server's backups made before today still hold the erased "
                                  "texts: ask its administrator to replace them.")),
                  told);
    CHECK(page->list()->GetItemCount() == 0);
    const std::string mark = erasureMark(Date::today());
    CHECK(workspace->store().reports().find(ids[0])->description == mark);
    CHECK(workspace->store().reports().find(ids[1])->author == mark);
    CHECK(workspace->store().reports().find(ids[2])->description == "Dossier bloqué à la CAF");
    CHECK_FALSE(reminder->offer(*workspace, app::monthsBefore(Date::today(), -2)));
}
