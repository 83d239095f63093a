// The Statistics section on the two-year dataset (the seed's 2014 and 2015): the numbers
// on screen are those of the annual report PDF, a number opens the reports it counts,
// and the period can be any quarter or month.
#include <doctest/doctest.h>

#include <algorithm>

#include <cstdio>
#include <fstream>
#include <sstream>

#include "app/demo.h"
#include "app/meeting_csv.h"
#include "app/report_csv.h"
#include "app/solicitation_csv.h"
#include "app/statistics_service.h"
#include "gui_support.h"
#include "ui/main_frame.h"
#include "ui/reports_section.h"
#include "ui/statistics_section.h"
#include "ui/ui_text.h"
#include "ui/vigie_app.h"

using namespace vigie;
using guitest::pump;

namespace {

std::string readFile(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Collapses runs of white space (the PDF's columns, the screen's cells) into one space.
std::string squeezed(const std::string& s) {
    std::string out;
    bool space = false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const bool nbsp = i + 1 < s.size() && static_cast<unsigned char>(s[i]) == 0xC2 &&
                          static_cast<unsigned char>(s[i + 1]) == 0xA0;
        if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || nbsp) {
            space = true;
            i += nbsp ? 1 : 0;
            continue;
        }
        if (space && !out.empty()) {
            out += ' ';
        }
        space = false;
        out += s[i];
    }
    return out;
}

// The values of a line as a reader sees them: "31 75,61 % 12 54,55 % −21,06 pts".
std::string valuesOf(const reports::StatRow& row) {
    std::string out;
    for (const auto& v : row.values) {
        if (v.kind != reports::StatValue::Kind::Empty || v.text == "\u2014") {
            out += " " + v.text;
        }
    }
    return squeezed(out);
}

} // namespace

TEST_CASE("the statistics on screen are those of the PDF, and a number opens its reports") {
    guitest::Sandbox box;
    {
        auto store = storage::openSqliteStore(box.path("b.sqlite"));
        const auto data = std::filesystem::path(VIGIE_TEST_DATA) / "bilan";
        const auto actor = app::Actor::current();
        REQUIRE(app::importReports(*store, actor, readFile(data / "fiches.csv"), {}).written);
        REQUIRE(app::importMeetings(*store, actor, readFile(data / "seances.csv"), {}).written);
        REQUIRE(app::importSolicitations(*store, actor, readFile(data / "sollicitations.csv"), {})
                    .written);
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("b.sqlite")});
    REQUIRE(frame);
    auto* stats = frame->statistics();
    frame->showSection(stats);
    stats->showPeriod(Period::year(2015));
    pump(200);
    CHECK(stats->yearChoice()->GetStringSelection() == "2015");
    CHECK(stats->partChoice()->GetSelection() == 0);

    // Every line of the key figures and of the categories and families, on screen and in
    // the PDF, with the same values in the same order.
    const std::string screen = squeezed(ui::utf8(stats->tables()->ToText()));
    stats->writePdf(box.path("bilan.pdf"), false);
    const std::string pdf = squeezed(guitest::pdfText(box.path("bilan.pdf")));
    REQUIRE(!pdf.empty());
    int compared = 0;
    for (const auto& table : stats->document().tables) {
        if (table.id != "key_figures" && table.id != "categories" && table.id != "right_families" &&
            table.id != "solicitations_by_institution") {
            continue;
        }
        for (const auto& row : table.rows) {
            // The screen shows the label and its values on one line; the PDF may wrap a
            // long label in its cell, so there the values are looked for after the label.
            const std::string values = valuesOf(row);
            const std::string label = squeezed(row.label);
            INFO(table.id << ": " << label << " " << values);
            CHECK(screen.find(label + " " + values) != std::string::npos);
            const auto at = pdf.find(label.substr(0, label.find(' ')));
            CHECK(at != std::string::npos);
            CHECK(pdf.find(values, at) != std::string::npos);
            ++compared;
        }
    }
    CHECK(compared > 25);
    // The seed's figures, as the director reads them.
    CHECK(screen.find("Non-accès aux droits 8 19,51 % 13 59,09 % +39,58 pts") != std::string::npos);
    CHECK(screen.find("Nombre de fiches reçues 41 22 \u221246,34 %") != std::string::npos);

    // The charts draw the same counts as the tables.
    const auto& bars = stats->categoryChart()->lines();
    REQUIRE(bars.size() == 3);
    CHECK(bars[0].current == 13);
    CHECK(bars[0].previous == 8);
    CHECK(stats->monthChart()->lines().size() == 12);

    // A number opens the reports it counts: "Délais anormalement longs", 2015 → 4 reports.
    std::size_t delays = stats->linkCount();
    for (std::size_t i = 0; i < stats->linkCount(); ++i) {
        stats->openLink(i); // the first link of the categories is non-access, then delays
        if (frame->reports()->model().size() == 4 &&
            frame->reports()->currentFilter().category == Category::Delay) {
            delays = i;
            break;
        }
    }
    CHECK(delays < stats->linkCount());
    CHECK(frame->currentSection() == frame->reports());
    CHECK(frame->reports()->currentFilter().period->first == Date(2015, 1, 1));
    // The filters on the left read what the list shows.
    CHECK(frame->reports()->filterChoice("year")->GetStringSelection() == "2015");
    CHECK(frame->reports()->filterChoice("category")->GetSelection() == 2);

    // Any quarter: the first of 2015 beside the first of 2014.
    frame->showSection(stats);
    stats->partChoice()->SetSelection(1);
    wxCommandEvent choose(wxEVT_CHOICE, stats->partChoice()->GetId());
    choose.SetEventObject(stats->partChoice());
    stats->partChoice()->GetEventHandler()->ProcessEvent(choose);
    pump();
    CHECK(stats->period().first == Date(2015, 1, 1));
    CHECK(stats->period().last == Date(2015, 3, 31));
    const auto tables = stats->document().tables;
    const auto monthly = std::find_if(tables.begin(), tables.end(),
                                      [](const auto& table) { return table.id == "monthly"; });
    REQUIRE(monthly != tables.end());
    CHECK(monthly->rows.size() == 3); // three months
    // A number of a quarter: the year choice reads the quarter.
    stats->openLink(0);
    pump();
    CHECK(frame->reports()->filterChoice("year")->GetStringSelection() ==
          L"01/01/2015 \u2013 31/03/2015");
    CHECK(frame->reports()->currentFilter().period->last == Date(2015, 3, 31));
    frame->Close(true);
    pump();
}

TEST_CASE("the year still running is counted to today, beside the same dates a year earlier") {
    guitest::Sandbox box;
    guitest::fillDemo(box.path("c.sqlite"), 80);
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("c.sqlite")});
    REQUIRE(frame);
    auto* stats = frame->statistics();
    frame->showSection(stats);
    pump();
    auto choose = [&](wxChoice* choice, const wxString& entry) {
        REQUIRE(choice->SetStringSelection(entry));
        wxCommandEvent e(wxEVT_CHOICE, choice->GetId());
        e.SetEventObject(choice);
        choice->GetEventHandler()->ProcessEvent(e);
        pump();
    };
    const Date today = Date::today();
    choose(stats->yearChoice(), wxString::Format("%d", today.year()));
    stats->partChoice()->SetSelection(0); // the whole year
    choose(stats->partChoice(), stats->partChoice()->GetString(0));
    CHECK(stats->period().first == Date(today.year(), 1, 1));
    CHECK(stats->period().last == today);
    CHECK(stats->partChoice()->GetSelection() == 0); // still "the whole year" on screen
    // A past year is the whole year.
    choose(stats->yearChoice(), wxString::Format("%d", today.year() - 1));
    CHECK(stats->period().first == Date(today.year() - 1, 1, 1));
    CHECK(stats->period().last == Date(today.year() - 1, 12, 31));
    frame->Close(true);
    pump();
}

TEST_CASE("the first year with Vigie is counted whole, beside the year typed in before it") {
    guitest::Sandbox box;
    const int year = Date::today().year();
    {
        auto store = storage::openSqliteStore(box.path("f.sqlite"));
        EnteredFigures before;
        before.year = year - 1;
        before.meetings = 10;
        before.reports = 40;
        before.categories[Category::NonAccess] = 25;
        app::EnteredFiguresService(*store, app::Actor::current()).save(before);
    }
    auto* frame = static_cast<ui::VigieApp*>(wxTheApp)->launch({box.path("f.sqlite")});
    REQUIRE(frame);
    auto* stats = frame->statistics();
    frame->showSection(stats);
    pump();
    REQUIRE(stats->yearChoice()->GetStringSelection() == wxString::Format("%d", year));
    // Typed-in figures are a calendar year's: the comparison needs the whole year.
    CHECK(stats->period().first == Date(year, 1, 1));
    CHECK(stats->period().last == Date(year, 12, 31));
    CHECK(stats->tables()->ToText().Contains(wxString::Format("%d*", year - 1)));
    frame->Close(true);
    pump();
}
