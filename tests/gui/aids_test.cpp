// The « Aides d'urgence » section: the aids of a database listed with their figures, an aid
// written through the form ("1 234,50" kept as 123450 cents), a wrong amount refused next
// to its field, the privacy guard on the notes, « Aide accordée… » from a report, a stale
// save saying who, and the form by keyboard alone.
#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <memory>

#include <gtk/gtk.h>

#include <wx/html/htmlwin.h>
#include <wx/menu.h>
#include <wx/msgdlg.h>
#include <wx/testing.h>
#include <wx/uiaction.h>
#include <wx/xrc/xmlres.h>

#include "app/aid_service.h"
#include "app/report_service.h"
#include "domain/percent.h"
#include "gui_support.h"
#include "ui/aid_editor.h"
#include "ui/aids_section.h"
#include "ui/help_window.h"
#include "ui/main_frame.h"
#include "ui/outreach_section.h"
#include "ui/privacy_warning.h"
#include "ui/report_details.h"
#include "ui/report_picker.h"
#include "ui/reports_section.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::press;
using guitest::pump;
using guitest::whenShown;

namespace {

wxString french(const std::string& utf8) {
    return wxString::FromUTF8(utf8);
}

// Sends the menu command whose accelerator is `accel` ("Ctrl+6"), as the key would.
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

void choose(wxChoice* choice, int index) {
    choice->SetSelection(index);
    wxCommandEvent event(wxEVT_CHOICE, choice->GetId());
    event.SetEventObject(choice);
    event.SetInt(index);
    choice->GetEventHandler()->ProcessEvent(event);
}

EmergencyAid granted(Date day, long long cents, const std::string& right = {}) {
    EmergencyAid a;
    a.grantedOn = day;
    a.cents = cents;
    a.right = right;
    return a;
}

// Three aids of 2025: two making up for a right (RSA not received, APL), one not.
void fillAids(const std::filesystem::path& file) {
    auto store = storage::openSqliteStore(file);
    app::AidService service(*store, app::Actor::current());
    auto rsa = granted(Date(2025, 2, 3), 12000, "RSA");
    rsa.kind = AidKind::Food;
    rsa.nonTakeUp = NonTakeUp::NotReceived;
    rsa.institution = "CAF";
    service.save(rsa);
    auto energy = granted(Date(2025, 3, 4), 5050);
    energy.kind = AidKind::Energy;
    energy.notes = "Facture d'électricité";
    service.save(energy);
    auto apl = granted(Date(2025, 5, 6), 123450, "APL");
    apl.kind = AidKind::Housing;
    service.save(apl);
}

// The message of the box a step shows, answered OK.
class CaptureMessage : public wxExpectModal<wxMessageDialog> {
public:
    explicit CaptureMessage(wxString& into)
        : wxExpectModal<wxMessageDialog>(wxID_OK), into_(into) {}

protected:
    int OnInvoked(wxMessageDialog* dialog) const override {
        into_ = dialog->GetMessage();
        return wxID_OK;
    }

private:
    wxString& into_;
};

} // namespace

TEST_CASE("aids: Ctrl+6 lists a database's aids with what they cost, filtered; F1 its page") {
    guitest::Sandbox box;
    fillAids(box.path("a.sqlite"));
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("a.sqlite")});
    REQUIRE(frame);
    REQUIRE(pressAccelerator(*frame, "Ctrl+6"));
    auto* section = frame->aids();
    REQUIRE(frame->currentSection() == section);
    pump(100);
    REQUIRE(section->list()->GetItemCount() == 3);
    // The latest first, amounts in French, right-aligned.
    CHECK(section->list()->text(0, 0) == "06/05/2025");
    CHECK(section->list()->text(0, 1) == french(frenchAmount(123450)));
    CHECK(section->list()->text(0, 1) == wxString::FromUTF8("1\u00a0234,50\u00a0€"));
    CHECK(section->list()->text(2, 3) == "RSA");
    CHECK(section->list()->text(2, 4) == french(label(NonTakeUp::NotReceived)));
    CHECK(section->list()->text(2, 5) == "CAF");
    CHECK(section->list()->GetColumn(1)->GetAlignment() == wxALIGN_RIGHT);
    const wxString all = section->figures()->GetLabel();
    CHECK(all.StartsWith("3 "));
    CHECK(all.Contains(french(frenchAmount(140500))));                       // the total
    CHECK(all.Contains(french(frenchAmount(135450))));                       // made up for a right
    CHECK(all.Contains(french(frenchPercent(Percent::of(135450, 140500))))); // 96,41 %
    // The aids making up for no right: the energy bill alone, costing nothing of the kind.
    choose(section->linkedChoice(), 2);
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 7) == wxString::FromUTF8("Facture d'électricité"));
    CHECK(section->figures()->GetLabel().StartsWith("1 "));
    CHECK(section->figures()->GetLabel().Contains(french(frenchAmount(5050))));
    CHECK(section->figures()->GetLabel().Contains(french(frenchAmount(0))));
    choose(section->linkedChoice(), 0);
    // The 1st quarter of 2025, housing aids: none; food aids of the quarter: the RSA one.
    REQUIRE(section->yearChoice()->SetStringSelection("2025"));
    choose(section->yearChoice(), section->yearChoice()->GetSelection());
    choose(section->partChoice(), 1);
    REQUIRE(section->period());
    CHECK(section->period()->last == Date(2025, 3, 31));
    CHECK(section->list()->GetItemCount() == 2);
    choose(section->kindChoice(), 1 + 2); // housing
    CHECK(section->list()->GetItemCount() == 0);
    choose(section->kindChoice(), 1); // food
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->figures()->GetLabel().Contains(french(frenchAmount(12000))));
    CHECK(section->statusText().Contains("1"));
    REQUIRE(pressAccelerator(*frame, "F1"));
    pump();
    auto* help = ui::HelpWindow::current();
    REQUIRE(help);
    CHECK(help->html()->GetOpenedPage().EndsWith("aides.html"));
    help->Close(true);
    // Ctrl+5 is still the outreach.
    REQUIRE(pressAccelerator(*frame, "Ctrl+5"));
    CHECK(frame->currentSection() == frame->outreach());
    frame->Close(true);
    pump();
}

TEST_CASE("aids: a wrong amount is refused next to its field; 1 234,50 is kept in cents") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("n.sqlite")});
    REQUIRE(frame);
    auto* section = frame->aids();
    frame->showSection(section);
    pump(100);
    CHECK(section->list()->GetItemCount() == 0);
    app::AidService service(frame->workspace().store(), frame->workspace().actor());

    // A wrong amount and an unknown right: both said, the form stays open, nothing stored.
    bool stayedOpen = false;
    wxString amountError, rightError, today;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        today = e->grantedOn->text()->GetValue();
        e->amount->ChangeValue("12,345");
        e->right->ChangeValue("RSAA");
        press(d, wxID_OK);
        stayedOpen = d.IsShown();
        amountError = e->errorFor("amount");
        rightError = e->errorFor("right");
        wxTEST_DIALOG(press(d, wxID_CANCEL), wxExpectModal<wxMessageDialog>(wxID_YES));
    });
    section->newItem();
    pump();
    CHECK(stayedOpen);
    CHECK_FALSE(amountError.empty());
    CHECK_FALSE(rightError.empty());
    CHECK(today == french(Date::today().french()));
    CHECK(service.list(std::nullopt).empty());

    // Then typed as people write it, with a space between thousands.
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        e->grantedOn->text()->ChangeValue("14/02/2026");
        e->amount->ChangeValue("1 234,50");
        e->kind->SetSelection(1); // food
        e->right->ChangeValue("rsa");
        e->nonTakeUp->SetSelection(2); // not requested
        e->institution->ChangeValue("caf");
        e->notes->ChangeValue("Colis alimentaire en attendant l'ouverture des droits.");
        press(d, wxID_OK);
    });
    section->newItem();
    pump();
    const auto aids = service.list(std::nullopt);
    REQUIRE(aids.size() == 1);
    CHECK(aids[0].cents == 123450);
    CHECK(aids[0].grantedOn == Date(2026, 2, 14));
    CHECK(aids[0].kind == AidKind::Food);
    CHECK(aids[0].right == "RSA");
    CHECK(aids[0].institution == "CAF");
    CHECK(aids[0].nonTakeUp == NonTakeUp::NotRequested);
    REQUIRE(section->list()->GetItemCount() == 1);
    CHECK(section->list()->text(0, 1) == french(frenchAmount(123450)));
    CHECK(section->selectedId() == aids[0].id);
    // Opened again: the amount as people write it, the form unchanged, Escape asks nothing.
    wxString shownAmount;
    bool changed = true;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        shownAmount = e->amount->GetValue();
        changed = e->hasChanges();
        press(d, wxID_CANCEL);
    });
    section->openSelected();
    pump();
    CHECK(shownAmount == wxString::FromUTF8("1\u00a0234,50"));
    CHECK_FALSE(changed);
    frame->Close(true);
    pump();
}

TEST_CASE("aids: « Aide accordée… » on a report opens the form filled in from it") {
    guitest::Sandbox box;
    ReportId reportId = 0;
    {
        auto store = storage::openSqliteStore(box.path("r.sqlite"));
        DifficultyReport r;
        r.receivedOn = Date(2026, 3, 9);
        r.description = "Dossier RSA bloqué depuis trois mois, plus de ressources.";
        r.categories = {Category::NonAccess, Category::Precarity};
        r.rights = {"RSA", "APL"};
        r.institutions = {"CAF", "CD"};
        r.nonTakeUp = NonTakeUp::NotReceived;
        reportId = app::ReportService(*store, app::Actor::current()).create(r).id;
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("r.sqlite")});
    REQUIRE(frame);
    auto* reports = frame->reports();
    frame->showSection(reports);
    pump(100);
    reports->select(reportId);
    pump();
    wxString day, right, institution, type, linked;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        day = e->grantedOn->text()->GetValue();
        right = e->right->GetValue();
        institution = e->institution->GetValue();
        type = e->nonTakeUp->GetStringSelection();
        linked = e->reports->GetValue();
        e->amount->ChangeValue("80");
        e->kind->SetSelection(1);
        press(d, wxID_OK);
    });
    wxHtmlLinkEvent click(reports->details()->GetId(), wxHtmlLinkInfo(ui::kGrantAidLink));
    click.SetEventObject(reports->details());
    reports->details()->GetEventHandler()->ProcessEvent(click);
    pump();
    CHECK(day == "09/03/2026");
    CHECK(right.StartsWith("RSA"));
    CHECK(institution.StartsWith("CAF"));
    CHECK(type == french(label(NonTakeUp::NotReceived)));
    CHECK(linked == "2026-001");
    CHECK(frame->currentSection() == frame->aids());
    const auto aids =
        app::AidService(frame->workspace().store(), frame->workspace().actor()).list(std::nullopt);
    REQUIRE(aids.size() == 1);
    CHECK(aids[0].cents == 8000);
    CHECK(aids[0].right == "RSA");
    CHECK(aids[0].institution == "CAF");
    CHECK(aids[0].nonTakeUp == NonTakeUp::NotReceived);
    CHECK(aids[0].reports == std::vector<ReportId>{reportId});
    CHECK(frame->aids()->list()->text(0, 6) == "2026-001");
    frame->Close(true);
    pump();
}

TEST_CASE("aids: the linked reports found by their words and ticked in the picker") {
    guitest::Sandbox box;
    ReportId rent = 0;
    {
        auto store = storage::openSqliteStore(box.path("k.sqlite"));
        app::ReportService reports(*store, app::Actor::current());
        auto report = [&](const char* description, const char* right) {
            DifficultyReport r;
            r.receivedOn = Date(2026, 1, 12);
            r.description = description;
            r.categories = {Category::NonAccess};
            r.rights = {right};
            return reports.create(r).id;
        };
        report("Dossier RSA bloqué depuis trois mois.", "RSA");
        rent = report("Impayés de loyer : l'aide au logement suspendue.", "APL");
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("k.sqlite")});
    REQUIRE(frame);
    auto* section = frame->aids();
    frame->showSection(section);
    pump(100);
    std::size_t listedFirst = 0, found = 0;
    wxString linked;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        e->amount->ChangeValue("60");
        whenShown("ReportPicker", [&](wxDialog& p) {
            auto* picker = dynamic_cast<ui::ReportPicker*>(&p);
            REQUIRE(picker);
            listedFirst = picker->reports->GetCount(); // the latest reports
            picker->search->ChangeValue("loyer");
            picker->applySearch();
            found = picker->reports->GetCount();
            picker->tick(0, true);
            press(p, wxID_OK);
        });
        e->pickReports();
        linked = e->reports->GetValue();
        press(d, wxID_OK);
    });
    section->newItem();
    pump();
    CHECK(listedFirst == 2);
    CHECK(found == 1);
    CHECK(linked == "2026-002");
    const auto aids =
        app::AidService(frame->workspace().store(), frame->workspace().actor()).list(std::nullopt);
    REQUIRE(aids.size() == 1);
    CHECK(aids[0].reports == std::vector<ReportId>{rent});
    frame->Close(true);
    pump();
}

TEST_CASE("aids: a name and a phone number in the notes are asked about, then kept") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("p.sqlite")});
    REQUIRE(frame);
    auto* section = frame->aids();
    frame->showSection(section);
    pump(100);
    app::AidService service(frame->workspace().store(), frame->workspace().actor());
    bool warned = false, openAfterEdit = false;
    std::size_t storedMeanwhile = 99;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        e->amount->ChangeValue("45");
        e->notes->ChangeValue("Mme Martine Dupont, rappeler au 06 12 34 56 78");
        // First "Edit the text": the form stays open, nothing stored; then "Save anyway".
        whenShown("PrivacyWarning", [&](wxDialog& w) {
            warned = true;
            press(w, wxID_CANCEL);
        });
        press(d, wxID_OK);
        openAfterEdit = d.IsShown();
        storedMeanwhile = service.list(std::nullopt).size();
        whenShown("PrivacyWarning",
                  [&](wxDialog& w) { w.EndModal(ui::PrivacyWarningDialog::kSaveAnyway); });
        press(d, wxID_OK);
    });
    section->newItem();
    pump();
    CHECK(warned);
    CHECK(openAfterEdit);
    CHECK(storedMeanwhile == 0);
    const auto aids = service.list(std::nullopt);
    REQUIRE(aids.size() == 1);
    CHECK(aids[0].notes == "Mme Martine Dupont, rappeler au 06 12 34 56 78");
    frame->Close(true);
    pump();
}

TEST_CASE("aids: a save made after someone else's says who changed the aid, and keeps theirs") {
    guitest::Sandbox box;
    fillAids(box.path("s.sqlite"));
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("s.sqlite")});
    REQUIRE(frame);
    auto* section = frame->aids();
    frame->showSection(section);
    pump(100);
    section->list()->selectRow(0);
    const auto id = section->selectedId();
    REQUIRE(id);
    app::AidService service(frame->workspace().store(), frame->workspace().actor());
    wxString message;
    bool stayedOpen = false;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        // Someone else saves the aid while it is open here.
        auto theirs = *service.find(*id);
        theirs.cents = 99900;
        service.save(theirs);
        e->amount->ChangeValue("10");
        wxTEST_DIALOG(press(d, wxID_OK), CaptureMessage(message));
        stayedOpen = d.IsShown();
        d.EndModal(wxID_CANCEL);
    });
    section->openSelected();
    pump();
    CHECK(stayedOpen);
    CHECK(message.Contains(french(frame->workspace().actor().user)));
    CHECK(message.Contains("06/05/2025"));
    CHECK(service.find(*id)->cents == 99900);
    frame->Close(true);
    pump();
}

namespace {

// The form's own control holding the keyboard focus (a date picker or a combo box gives it
// to an inner window): the focused window's ancestor that is a child of the form.
wxWindow* focusedField(wxDialog& form) {
    wxWindow* w = wxWindow::FindFocus();
    if (!w) {
        GtkWidget* widget = gtk_window_get_focus(GTK_WINDOW(form.GetHandle()));
        std::function<wxWindow*(wxWindow*)> owner = [&](wxWindow* x) -> wxWindow* {
            for (GtkWidget* g = widget; g; g = gtk_widget_get_parent(g)) {
                if (x->GetHandle() == g) {
                    return x;
                }
            }
            for (wxWindow* child : x->GetChildren()) {
                if (wxWindow* found = owner(child)) {
                    return found;
                }
            }
            return nullptr;
        };
        for (wxWindow* child : form.GetChildren()) {
            if ((w = owner(child))) {
                break;
            }
        }
    }
    while (w && w->GetParent() && w->GetParent() != &form) {
        w = w->GetParent();
    }
    return w;
}

} // namespace

TEST_CASE("aids: the form by keyboard alone: Tab in order, Enter saves, Escape leaves") {
    guitest::Sandbox box;
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("k.sqlite")});
    REQUIRE(frame);
    auto* section = frame->aids();
    frame->showSection(section);
    pump(100);
    std::vector<wxString> visited;
    bool closedByEnter = false;
    wxString dayAfterUp;
    whenShown("AidEditor", [&](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        REQUIRE(e);
        e->grantedOn->text()->ChangeValue("28/02/2026");
        e->grantedOn->text()->SetFocus();
        pump(30);
        wxUIActionSimulator arrows;
        arrows.Char(WXK_UP); // the next day
        pump(50);
        dayAfterUp = e->grantedOn->text()->GetValue();
        for (int i = 0; i < 14; ++i) {
            if (wxWindow* focus = focusedField(d)) {
                if (visited.empty() || visited.back() != focus->GetName()) {
                    visited.push_back(focus->GetName());
                }
                wxWindow* inner = wxWindow::FindFocus();
                (inner ? inner : focus)->Navigate(wxNavigationKeyEvent::IsForward);
            }
            pump(10);
        }
        e->amount->ChangeValue("25");
        e->amount->SetFocus();
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
    CHECK(dayAfterUp == "01/03/2026");
    // The date field sits in the panel XRC puts in place of its "unknown" object.
    const std::vector<wxString> expected = {
        "granted_on_container", "amount",  "kind",         "right", "non_take_up",
        "institution",          "reports", "pick_reports", "notes"};
    REQUIRE(visited.size() >= expected.size());
    CHECK(std::vector<wxString>(visited.begin(), visited.begin() + expected.size()) == expected);
    CHECK(closedByEnter);
    CHECK(section->list()->GetItemCount() == 1);
    // Escape on a form left as it was offered: closed at once, nothing asked.
    bool closedByEscape = false;
    whenShown("AidEditor", [&](wxDialog& d) {
        dynamic_cast<ui::AidEditor&>(d).amount->SetFocus();
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
TEST_CASE("screenshots of the aids section" * doctest::skip()) {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("demo.sqlite"), 150);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("demo.sqlite")});
    REQUIRE(frame);
    int width = 1280, height = 800;
    if (const char* size = std::getenv("VIGIE_SCREENSHOT_SIZE")) {
        std::sscanf(size, "%dx%d", &width, &height);
    }
    frame->SetSize(0, 0, width, height);
    auto* section = frame->aids();
    frame->showSection(section);
    section->refresh();
    section->list()->selectRow(1);
    shoot("aids");
    whenShown("AidEditor", [](wxDialog& d) {
        shoot("aids-form");
        d.EndModal(wxID_CANCEL);
    });
    section->openSelected();
    whenShown("AidEditor", [](wxDialog& d) {
        auto* e = dynamic_cast<ui::AidEditor*>(&d);
        e->amount->ChangeValue("12,345");
        e->right->ChangeValue("RSAA");
        e->reports->ChangeValue("2026-999");
        press(d, wxID_OK); // refused: the messages next to the fields
        shoot("aids-form-errors");
        e->amount->ChangeValue("");
        e->right->ChangeValue("");
        e->reports->ChangeValue("");
        d.EndModal(wxID_CANCEL);
    });
    section->newItem();
    whenShown("AidEditor", [](wxDialog& d) {
        whenShown("CalendarDialog", [](wxDialog& c) {
            shoot("aids-calendar");
            c.EndModal(wxID_CANCEL);
        });
        dynamic_cast<ui::AidEditor&>(d).grantedOn->showCalendar();
        whenShown("ReportPicker", [](wxDialog& p) {
            shoot("aids-report-picker");
            p.EndModal(wxID_CANCEL);
        });
        dynamic_cast<ui::AidEditor&>(d).pickReports();
        d.EndModal(wxID_CANCEL);
    });
    section->newItem();
    frame->Destroy();
    pump();
}
