// The « Aller-vers » section: a session written through its form (a rule refused next to
// its field, then saved), the next one filled in from it, a scheme chosen that changes only
// what the user left alone, the privacy guard on the notes, and a report written from a
// session, linked to it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <memory>

#include <gtk/gtk.h>

#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "app/outreach_service.h"
#include "gui_support.h"
#include "ui/help_window.h"
#include "ui/main_frame.h"
#include "ui/outreach_section.h"
#include "ui/privacy_warning.h"
#include "ui/report_editor.h"
#include "ui/session_editor.h"
#include "ui/statistics_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

// The partner entry whose label starts with the institution's code ("CAF — ...").
int partnerEntry(wxChoice* partner, const wxString& code) {
    for (unsigned i = 0; i < partner->GetCount(); ++i) {
        if (partner->GetString(i).StartsWith(code)) {
            return static_cast<int>(i);
        }
    }
    return wxNOT_FOUND;
}

// Sends the menu command whose accelerator is `accel` ("Ctrl+5"), as the key would.
bool pressAccelerator(wxFrame& frame, const wxString& accel) {
    wxMenuBar* bar = frame.GetMenuBar();
    for (std::size_t m = 0; m < bar->GetMenuCount(); ++m) {
        for (wxMenuItem* item : bar->GetMenu(m)->GetMenuItems()) {
            std::unique_ptr<wxAcceleratorEntry> entry(item->GetAccel());
            if (entry && entry->ToRawString() == accel) {
                wxCommandEvent e(wxEVT_MENU, item->GetId());
                e.SetEventObject(&frame);
                frame.GetEventHandler()->ProcessEvent(e);
                return true;
            }
        }
    }
    return false;
}

// The wx window holding the keyboard focus. wxGTK does not always report it (a wxChoice
// gives it to its inner GTK button), so the GTK focus is traced back to its wx window.
wxWindow* focusedWindow(wxWindow* top) {
    if (wxWindow* f = wxWindow::FindFocus()) {
        return f;
    }
    std::function<wxWindow*(wxWindow*, GtkWidget*)> owner = [&](wxWindow* w,
                                                                GtkWidget* g) -> wxWindow* {
        if (w->GetHandle() == g) {
            return w;
        }
        for (wxWindow* child : w->GetChildren()) {
            if (wxWindow* found = owner(child, g)) {
                return found;
            }
        }
        return nullptr;
    };
    GtkWidget* widget = gtk_window_get_focus(GTK_WINDOW(top->GetHandle()));
    for (; widget; widget = gtk_widget_get_parent(widget)) {
        if (wxWindow* w = owner(top, widget)) {
            return w;
        }
    }
    return nullptr;
}

std::string schemeLabel(app::Workspace& ws, const std::string& code) {
    for (const auto& s : app::OutreachService(ws.store(), ws.actor()).schemes()) {
        if (s.code == code) {
            return s.label;
        }
    }
    return code;
}

// Fills the first session as a team would after a half-day, with too many new people
// first: refused next to the counts, the dialog stays open; then saved.
void writeFirstSession(ui::SessionEditor& e, bool& refusedFirst, wxString& countsError) {
    e.heldOn->ChangeValue("12/03/2026");
    e.chooseScheme("caravane");
    e.startsAt->ChangeValue("9h30");
    e.endsAt->ChangeValue("12:00");
    e.place->ChangeValue("Place du marché");
    e.district->ChangeValue("Villeneuve");
    e.partner->SetSelection(partnerEntry(e.partner, "CAF"));
    e.staff->ChangeValue("2 CESF");
    e.people->ChangeValue("14");
    e.newPeople->ChangeValue("20");
    e.rightsAppointments->ChangeValue("3");
    e.checkTheme("logement");
    e.checkTheme("sante");
    e.notes->ChangeValue("Beaucoup de questions sur les APL.");
    press(e, wxID_OK);
    refusedFirst = e.IsShown();
    countsError = e.errorFor("counts");
    e.newPeople->ChangeValue("9");
    press(e, wxID_OK);
}

} // namespace

TEST_CASE("outreach: a session through the form, the next from it, a report raised from it") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("o.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    CHECK(section->list()->GetItemCount() == 0);

    bool refusedFirst = false;
    wxString countsError;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        writeFirstSession(*e, refusedFirst, countsError);
    });
    section->newItem();
    pump();
    CHECK(refusedFirst);
    CHECK(countsError.Contains("20"));
    // Named by its field, one space before the colon (French puts a no-break one there).
    for (const wxString twoSpaces : {L"  ", L"\u00a0\u00a0", L" \u00a0", L"\u00a0 "}) {
        CHECK_FALSE(countsError.Contains(twoSpaces));
    }
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 0) == "12/03/2026");
    CHECK(section->list()->text(0, 3) == wxString::FromUTF8("Place du marché"));
    CHECK(section->list()->text(0, 4) == "Villeneuve");
    CHECK(section->list()->text(0, 6) == "14");
    CHECK(section->figures()->GetLabel().Contains("14"));
    const auto id = section->selectedId();
    REQUIRE(id);
    app::OutreachService service(frame->workspace().store(), frame->workspace().actor());
    const auto first = service.find(*id);
    REQUIRE(first);
    CHECK(first->scheme == "caravane");
    CHECK(first->startsAt == TimeOfDay::parse("09:30"));
    CHECK(first->partner == "CAF");
    CHECK(first->newPeople == 9);
    CHECK_FALSE(first->informed); // left empty, stays empty
    CHECK(first->themes == std::vector<std::string>{"logement", "sante"});

    // The next session: the caravan's place, district, partner, times and team again.
    wxString place, district, staff, starts, ends, partnerShown, placeAfter, districtAfter;
    int schemeShown = wxNOT_FOUND;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        place = e->place->GetValue();
        district = e->district->GetValue();
        staff = e->staff->GetValue();
        starts = e->startsAt->GetValue();
        ends = e->endsAt->GetValue();
        partnerShown = e->partner->GetStringSelection();
        schemeShown = e->scheme->GetSelection();
        // Another scheme: what was typed stays, what was offered follows (nothing yet).
        e->place->ChangeValue("Agence France Travail");
        e->chooseScheme("equipe_mobile");
        placeAfter = e->place->GetValue();
        districtAfter = e->district->GetValue();
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_YES));
    });
    section->newItem();
    pump();
    CHECK(place == wxString::FromUTF8("Place du marché"));
    CHECK(district == "Villeneuve");
    CHECK(staff == "2 CESF");
    CHECK(starts == "09:30");
    CHECK(ends == "12:00");
    CHECK(partnerShown.StartsWith("CAF"));
    CHECK(schemeShown != wxNOT_FOUND);
    CHECK(placeAfter == "Agence France Travail");
    CHECK(districtAfter.empty());
    CHECK(section->list()->GetItemCount() == 1); // cancelled: nothing written

    // « Nouvelle fiche depuis cette séance »: the report editor, pre-filled, then linked.
    wxString receivedOn, source, description;
    whenShown("ReportEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::ReportEditor*>(&d);
        REQUIRE(e);
        receivedOn = e->receivedOn->GetValue();
        source = e->source->GetValue();
        description = e->description->GetValue();
        e->description->AppendText(
            wxString::FromUTF8("Dossiers APL bloqués faute de rendez-vous à la CAF."));
        e->delay->SetValue(true);
        press(d, wxID_OK);
    });
    const auto report = section->newReportFrom(*id);
    pump();
    REQUIRE(report);
    CHECK(receivedOn == "12/03/2026");
    CHECK(source == wxString::FromUTF8(schemeLabel(frame->workspace(), "caravane")));
    CHECK(description.Contains("12/03/2026"));
    CHECK(description.Contains("Logement"));
    CHECK(description.Contains(wxString::FromUTF8("Santé")));
    CHECK(service.find(*id)->reports == std::vector<ReportId>{*report});
    CHECK(section->list()->text(0, 9) == "1");
    CHECK(section->selectedId() == id);
    // The session's form names the report it raised; left as it was, Escape asks nothing.
    wxString raised;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        raised = XRCCTRL(d, "reports_raised", wxStaticText)->GetLabel();
        press(d, wxID_CANCEL);
    });
    section->openSelected();
    pump();
    CHECK(raised.Contains("2026-001"));
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: « Enregistrer, puis rédiger une fiche » saves, then links the report") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("r.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    bool reportEditorShown = false;
    // The report editor is looked for once the session's form is closed: a search begun
    // inside the form's loop would spend its tries before the editor opens.
    auto writeReport = section->onNewReport;
    section->onNewReport = [&, writeReport](DifficultyReport prefilled) {
        whenShown("ReportEditor", [&](wxDialog& r) {
            auto* report = dynamic_cast<ui::ReportEditor*>(&r);
            REQUIRE(report);
            reportEditorShown = report->receivedOn->GetValue() == "05/05/2026";
            report->description->AppendText(wxString::FromUTF8("Impayés de loyer."));
            report->nonAccess->SetValue(true);
            press(r, wxID_OK);
        });
        return writeReport(std::move(prefilled));
    };
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        e->heldOn->ChangeValue("05/05/2026");
        e->chooseScheme("porte_a_porte");
        e->people->ChangeValue("11");
        e->checkTheme("logement");
        press(d, e->saveAndReport->GetId());
    });
    section->newItem();
    pump();
    CHECK(reportEditorShown);
    const auto id = section->selectedId();
    REQUIRE(id);
    const auto session =
        app::OutreachService(frame->workspace().store(), frame->workspace().actor()).find(*id);
    REQUIRE(session);
    CHECK(session->scheme == "porte_a_porte");
    CHECK(session->reports.size() == 1);
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: a phone number in the notes is asked about, then saved anyway") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("p.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    bool warned = false, openAfterEdit = false;
    wxString generalError;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        e->heldOn->ChangeValue("02/04/2026");
        e->chooseScheme("permanence");
        e->people->ChangeValue("5");
        e->notes->ChangeValue("Rappeler la dame au 06 12 34 56 78");
        // First "Edit the text": the form stays open; then "Save anyway".
        whenShown("PrivacyWarning", [&](wxDialog& w) {
            warned = true;
            press(w, wxID_CANCEL);
        });
        press(d, wxID_OK);
        openAfterEdit = d.IsShown();
        generalError = e->errorFor("form");
        whenShown("PrivacyWarning",
                  [&](wxDialog& w) { w.EndModal(ui::PrivacyWarningDialog::kSaveAnyway); });
        press(d, wxID_OK);
    });
    section->newItem();
    pump();
    CHECK(warned);
    CHECK(openAfterEdit);
    CHECK(generalError.empty());
    REQUIRE(section->list()->GetItemCount() == 1);
    const auto saved = app::OutreachService(frame->workspace().store(), frame->workspace().actor())
                           .find(*section->selectedId());
    REQUIRE(saved);
    CHECK(saved->notes == "Rappeler la dame au 06 12 34 56 78");
    CHECK(saved->scheme == "permanence");
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: the list follows the scheme and the quarter chosen") {
    guitest::Sandbox box;
    {
        auto store = storage::openSqliteStore(box.path("f.sqlite"));
        app::OutreachService service(*store, app::Actor::current());
        auto add = [&](Date day, const char* scheme, const char* district, long long people) {
            OutreachSession s = service.draft(scheme, day);
            s.district = district;
            s.people = people;
            s.newPeople = people / 2;
            service.save(s);
        };
        add(Date(2025, 2, 4), "caravane", "Villeneuve", 10);
        add(Date(2025, 5, 6), "caravane", "Mistral", 8);
        add(Date(2025, 5, 13), "equipe_mobile", "Centre", 6);
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("f.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    CHECK(section->list()->GetItemCount() == 3);
    CHECK(section->list()->text(0, 0) == "13/05/2025"); // the latest first
    auto choose = [](wxChoice* choice, int index) {
        choice->SetSelection(index);
        wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
        event.SetEventObject(choice);
        event.SetInt(index);
        choice->GetEventHandler()->ProcessEvent(event);
    };
    REQUIRE(section->yearChoice()->SetStringSelection("2025"));
    choose(section->yearChoice(), section->yearChoice()->GetSelection());
    choose(section->partChoice(), 2); // the 2nd quarter
    REQUIRE(section->period());
    CHECK(section->period()->first == Date(2025, 4, 1));
    CHECK(section->list()->GetItemCount() == 2);
    CHECK(section->figures()->GetLabel().Contains("14"));    // 8 + 6 people
    CHECK(section->figures()->GetLabel().Contains("50,00")); // 7 new of 14 (4 + 3)
    const int caravan = section->schemeChoice()->FindString(
        wxString::FromUTF8(schemeLabel(frame->workspace(), "caravane")));
    REQUIRE(caravan != wxNOT_FOUND);
    choose(section->schemeChoice(), caravan);
    CHECK(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 4) == "Mistral");
    // The partners' report of the quarter and scheme shown, read back as a partner would.
    REQUIRE(section->writePartnersReport(box.path("partenaires.pdf")));
    const std::string pdf = guitest::pdfText(box.path("partenaires.pdf"));
    CHECK(pdf.find("Mistral") != std::string::npos);
    CHECK(pdf.find("Centre") == std::string::npos); // the mobile team's district
    choose(section->schemeChoice(), 0);
    REQUIRE(section->districtChoice()->SetStringSelection("Centre"));
    choose(section->districtChoice(), section->districtChoice()->GetSelection());
    CHECK(section->list()->GetItemCount() == 1);
    CHECK(section->statusText().Contains("1"));
    // Deleted after a confirmation; the others stay.
    section->list()->selectRow(0);
    wxTEST_DIALOG(section->removeSelected(), wxExpectModal<wxMessageDialog>(wxID_YES));
    // Its district had no other session: the filter goes back to every district.
    CHECK(section->districtChoice()->GetSelection() == 0);
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 4) == "Mistral");
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: Ctrl+5 shows the section, F1 its page of the guide") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("h.sqlite")});
    REQUIRE(frame);
    REQUIRE(pressAccelerator(*frame, "Ctrl+5"));
    CHECK(frame->currentSection() == frame->outreach());
    REQUIRE(pressAccelerator(*frame, "F1"));
    pump();
    auto* help = ui::HelpWindow::current();
    REQUIRE(help);
    CHECK(help->html()->GetOpenedPage().EndsWith("aller-vers.html"));
    CHECK(help->html()->ToText().Contains("Aller-vers"));
    help->Close(true);
    // Ctrl+4 is still the statistics.
    REQUIRE(pressAccelerator(*frame, "Ctrl+4"));
    CHECK(frame->currentSection() == frame->statistics());
    frame->Close(true);
    pump();
}

TEST_CASE("outreach: the form by keyboard alone: Tab in order, Enter saves, Escape leaves") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("k.sqlite")});
    REQUIRE(frame);
    auto* section = frame->outreach();
    frame->showSection(section);
    pump(100);
    std::vector<wxString> visited;
    bool closedByEnter = false;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        REQUIRE(e);
        // wx's own traversal, the one the Tab key runs, from the date on.
        e->heldOn->SetFocus();
        pump(30);
        for (int i = 0; i < 20; ++i) {
            if (wxWindow* focus = focusedWindow(&d)) {
                visited.push_back(focus->GetName());
                focus->Navigate(wxNavigationKeyEvent::IsForward);
            }
            pump(10);
        }
        e->people->ChangeValue("3");
        e->people->SetFocus();
        pump(30);
        wxUIActionSimulator keys;
        keys.Char(WXK_RETURN);
        pump(200);
        closedByEnter = !d.IsShown();
        if (!closedByEnter) {
            d.EndModal(wxID_CANCEL);
        }
    });
    section->newItem();
    pump();
    const std::vector<wxString> expected = {
        "held_on",      "starts_at", "ends_at",   "scheme",     "place",    "district",
        "partner",      "staff",     "people",    "new_people", "informed", "rights_appointments",
        "applications", "referrals", "reminders", "themes",     "notes"};
    REQUIRE(visited.size() >= expected.size());
    CHECK(std::vector<wxString>(visited.begin(), visited.begin() + expected.size()) == expected);
    CHECK(closedByEnter);
    CHECK(section->list()->GetItemCount() == 1);
    // Escape on a form left as it was offered: closed at once, nothing asked.
    bool closedByEscape = false;
    whenShown("OutreachSessionEditor", [&](wxDialog& d) {
        dynamic_cast<ui::SessionEditor&>(d).heldOn->SetFocus();
        pump(30);
        wxUIActionSimulator keys;
        keys.Char(WXK_ESCAPE);
        pump(200);
        closedByEscape = !d.IsShown();
        if (!closedByEscape) {
            d.EndModal(wxID_CANCEL);
        }
    });
    section->newItem();
    pump();
    CHECK(closedByEscape);
    CHECK(section->list()->GetItemCount() == 1);
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

// Not a test: pictures of the section and its form, to look at (skipped by default, as
// screenshots_test.cpp; VIGIE_SCREENSHOT_SIZE=1024x768 for the smallest screen).
TEST_CASE("screenshots of the outreach section" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 100);
    {
        auto store = storage::openSqliteStore(box.path("demo.sqlite"));
        app::OutreachService service(*store, app::Actor::current());
        const char* districts[] = {"Villeneuve", "Mistral", "Teisseire"};
        for (int week = 0; week < 12; ++week) {
            OutreachSession s = service.draft(week % 4 == 3 ? "equipe_mobile" : "caravane",
                                              Date(2026, 1, 6).addDays(7 * week));
            s.startsAt = TimeOfDay::parse("9:30");
            s.endsAt = TimeOfDay::parse("12:30");
            s.district = districts[week % 3];
            s.place = week % 4 == 3 ? "Agence France Travail" : "Place du marché";
            s.partner = week % 4 == 3 ? "FT" : "CAF";
            s.people = 6 + week % 5;
            s.newPeople = 3 + week % 3;
            s.rightsAppointments = week % 3;
            s.themes = {"logement"};
            service.save(s);
        }
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    auto* section = frame->outreach();
    frame->showSection(section);
    section->refresh();
    section->list()->selectRow(1);
    shoot("outreach");
    whenShown("OutreachSessionEditor", [](wxDialog& d) {
        shoot("outreach-session");
        d.EndModal(wxID_CANCEL);
    });
    section->openSelected();
    whenShown("OutreachSessionEditor", [](wxDialog& d) {
        auto* e = dynamic_cast<ui::SessionEditor*>(&d);
        e->people->ChangeValue("4");
        e->newPeople->ChangeValue("7");
        press(d, wxID_OK); // refused: the message next to the counts
        shoot("outreach-session-new");
        e->newPeople->ChangeValue("");
        e->people->ChangeValue("");
        d.EndModal(wxID_CANCEL);
    });
    section->newItem();
    frame->showHelp(section->helpPage());
    shoot("outreach-help");
    ui::HelpWindow::current()->Close(true);
    frame->Destroy();
    pump();
}
