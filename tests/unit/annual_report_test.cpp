// The annual report and its exports, on the two-year dataset of the end-to-end test (the
// seed's 2014 and 2015 figures): the PDF read back with pdftotext, the workbook opened with
// unzip, the CSV, and the lines' click-through filters.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "storage/store.h"
#include "app/annual_report.h"
#include "app/meeting_csv.h"
#include "app/report_csv.h"
#include "app/solicitation_csv.h"
#include "support.h"

using namespace vigie;
using test::readFile;
using test::run;
namespace fs = std::filesystem;

namespace {

struct TwoYears {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "b.sqlite");
    TwoYears() {
        const fs::path data = fs::path(VIGIE_E2E_DATA_DIR) / "bilan";
        const auto actor = test::testActor();
        REQUIRE(app::importReports(*store, actor, readFile(data / "fiches.csv"), {}).written);
        REQUIRE(app::importMeetings(*store, actor, readFile(data / "seances.csv"), {}).written);
        REQUIRE(app::importSolicitations(*store, actor, readFile(data / "sollicitations.csv"), {})
                    .written);
    }
    const reports::StatTable& table(const reports::AnnualReportData& d, const std::string& id) {
        for (const auto& t : d.tables) {
            if (t.id == id) {
                return t;
            }
        }
        FAIL("no table " << id);
        throw;
    }
};

} // namespace

TEST_CASE_FIXTURE(TwoYears, "the tables hold both years and the change, as values and as text") {
    const auto d = app::statisticsDocument(*store, app::yearStatistics(*store, 2015), false);
    const auto& key = table(d, "key_figures");
    REQUIRE(key.rows.size() >= 4);
    CHECK(key.rows[1].values[0].number == 41);
    CHECK(key.rows[1].values[2].number == 22);
    CHECK(key.rows[1].values[4].text == "\u221246,34\u00A0%");
    // The categories are in their own table, not repeated among the key figures.
    for (const auto& row : key.rows) {
        CHECK(row.label.find("access") == std::string::npos);
    }
    const auto& categories = table(d, "categories");
    CHECK(categories.rows[0].values[1].text == "19,51\u00A0%");
    CHECK(categories.rows[0].values[3].text == "59,09\u00A0%");
    CHECK(categories.rows[0].values[4].kind == reports::StatValue::Kind::Points);
    CHECK(categories.rows[0].values[4].number == doctest::Approx(39.58));
    // Sentences for readers: one decimal, rounded from the exact share (13 / 22).
    CHECK(d.summary.front().find("59,1\u00A0%") != std::string::npos);
    const auto& sets = table(d, "solicitations");
    REQUIRE(sets.rows.size() >= 8);
    CHECK(sets.rows[0].label == "CAF");
    // The year before beside this one.
    CHECK(sets.columns[1].find("2014") != std::string::npos);
    CHECK(sets.rows[0].values[1].number == 3);
    CHECK(sets.rows[0].values[2].number == 1);
    CHECK(sets.rows[0].values[4].text == "Prise de RDV par Internet (2) ; Prise en compte MAJ");
    const auto& perBody = table(d, "solicitations_by_institution");
    CHECK(perBody.columns[1].find("2014") != std::string::npos);
    CHECK(perBody.columns[2].find("2015") != std::string::npos);
    CHECK(perBody.rows.front().values.size() == 7);
    CHECK(d.summary.front().find("22") != std::string::npos);
    CHECK(d.annex.empty());
    const auto& monthly = table(d, "monthly");
    CHECK(monthly.rows.size() == 12);
}

TEST_CASE_FIXTURE(TwoYears, "a quarter says which dates the earlier figures cover") {
    const Period q{Date(2015, 1, 1), Date(2015, 3, 31)};
    const auto d = app::statisticsDocument(*store, app::periodStatistics(*store, q), false);
    REQUIRE_FALSE(d.summary.empty());
    // Not "(n in 01/01/2014 – 31/03/2014)": the sentence names the dates of the earlier quarter.
    CHECK(d.summary[0].find("from 01/01/2014 to 31/03/2014") != std::string::npos);
    CHECK(d.summary[0].find(" in 01/01") == std::string::npos);
}

TEST_CASE_FIXTURE(TwoYears, "the annual report PDF, with and without its annex") {
    const int full = app::writeAnnualReport(*store, Period::year(2015), dir / "bilan.pdf", true);
    const int shortOne =
        app::writeAnnualReport(*store, Period::year(2015), dir / "court.pdf", false);
    CHECK(shortOne < full);
    const std::string text = run("pdftotext -layout '" + (dir / "bilan.pdf").string() + "' - 2>/dev/null");
    CHECK(text.find("19,51") != std::string::npos);
    CHECK(text.find("75,61") != std::string::npos);
    CHECK(text.find("MDPH-CAF-CPAM") != std::string::npos);
    CHECK(text.find("2015-022") != std::string::npos); // the annex
    const std::string brief = run("pdftotext '" + (dir / "court.pdf").string() + "' - 2>/dev/null");
    CHECK(brief.find("2015-022") == std::string::npos);
    CHECK(brief.find("59,09") != std::string::npos);
}

TEST_CASE_FIXTURE(TwoYears, "the workbook: one sheet per table, numbers as numbers") {
    app::writeStatisticsWorkbook(*store, Period::year(2015), dir / "bilan.xlsx");
    const std::string file = (dir / "bilan.xlsx").string();
    const std::string listing = run("unzip -l '" + file + "'");
    CHECK(listing.find("xl/worksheets/sheet13.xml") != std::string::npos);
    const std::string workbook = run("unzip -p '" + file + "' xl/workbook.xml");
    CHECK(workbook.find("name=\"Key figures\"") != std::string::npos);
    CHECK(workbook.find("name=\"Solicitations\"") != std::string::npos);
    // The key figures sheet: counts as numbers, 19,51 % as the fraction 0.1951.
    const std::string key = run("unzip -p '" + file + "' xl/worksheets/sheet2.xml");
    CHECK(key.find("<v>41</v>") != std::string::npos);
    CHECK(key.find("<v>22</v>") != std::string::npos);
    const std::string categories = run("unzip -p '" + file + "' xl/worksheets/sheet3.xml");
    CHECK(categories.find("<v>0.1951</v>") != std::string::npos);
    CHECK(categories.find("<v>0.5909</v>") != std::string::npos);
    const std::string styles = run("unzip -p '" + file + "' xl/styles.xml");
    CHECK(styles.find("formatCode=\"0.00%\"") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "bilan.xlsx.partial"));
}

TEST_CASE_FIXTURE(TwoYears, "the CSV: every table, decimal commas, for a French spreadsheet") {
    const std::string csv = app::statisticsCsv(
        app::statisticsDocument(*store, app::yearStatistics(*store, 2015), false));
    CHECK(csv.rfind("\xEF\xBB\xBF", 0) == 0);
    CHECK(csv.find("Key figures\r\n") != std::string::npos);
    // Cells with a comma are quoted (the writer's rule); spreadsheets read them as numbers.
    // The last column says what each change is in: % for counts, points for shares.
    CHECK(csv.find("Reports received;41;;22;;\"-46,34\";%\r\n") != std::string::npos);
    CHECK(csv.find("Non-access to rights;8;\"19,51\";13;\"59,09\";\"39,58\";points\r\n") !=
          std::string::npos);
    CHECK(csv.find(";Change;Change in\r\n") != std::string::npos);
}

TEST_CASE("a table line opens the reports behind it") {
    const Period y = Period::year(2015);
    auto f = app::filterOfLink("category:delai", y);
    REQUIRE(f);
    CHECK(f->category == Category::Delay);
    CHECK(f->period->first == Date(2015, 1, 1));
    auto month = app::filterOfLink("month:2015-02", y);
    REQUIRE(month);
    CHECK(month->period->first == Date(2015, 2, 1));
    CHECK(month->period->last == Date(2015, 2, 28));
    auto notSaid = app::filterOfLink("nontakeup:", y);
    REQUIRE(notSaid);
    CHECK(notSaid->nonTakeUp == std::optional<std::string>(""));
    CHECK(app::filterOfLink("family:minima_sociaux", y)->rightFamily == "minima_sociaux");
    CHECK(app::filterOfLink("status:resolue", y)->status == ReportStatus::Resolved);
    CHECK_FALSE(app::filterOfLink("", y));
    CHECK_FALSE(app::filterOfLink("status:nothing", y));
    CHECK_FALSE(app::filterOfLink("frobnicate:1", y));
}

TEST_CASE_FIXTURE(TwoYears, "the filters of the lines select the reports the lines count") {
    const auto stats = app::yearStatistics(*store, 2015);
    const auto d = app::statisticsDocument(*store, stats, false);
    for (const char* id : {"categories", "right_families", "rights", "non_take_up", "sources",
                           "institutions", "outcomes", "monthly"}) {
        for (const auto& row : table(d, id).rows) {
            const auto f = app::filterOfLink(row.link, stats.period);
            if (!f) {
                continue;
            }
            // The count this period is the third value in share tables, the second by month.
            const auto& value = std::string(id) == "monthly" ? row.values[1] : row.values[2];
            INFO(id << " / " << row.label);
            CHECK(store->reports().count(*f) == static_cast<long long>(value.number));
        }
    }
}

TEST_CASE_FIXTURE(TwoYears, "the director's introduction is saved with the year and printed first") {
    CHECK(app::annualIntroduction(*store, 2015).empty());
    app::saveAnnualIntroduction(*store, test::testActor("directrice"), 2015,
                                "  L'année a été marquée par la dématérialisation.\n"
                                "Les partenaires se sont mobilisés.\n\n"
                                "Nous remercions les équipes de terrain.  ");
    CHECK(app::annualIntroduction(*store, 2015).rfind("L'année", 0) == 0);
    CHECK(app::annualIntroduction(*store, 2014).empty()); // the year's own, not the next one's
    const auto d = app::statisticsDocument(*store, app::yearStatistics(*store, 2015), false);
    REQUIRE(d.introduction.size() == 2);
    CHECK(d.introduction[0] ==
          "L'année a été marquée par la dématérialisation. Les partenaires se sont mobilisés.");
    app::writeAnnualReport(*store, Period::year(2015), dir / "intro.pdf", false);
    const std::string text =
        run("pdftotext '" + (dir / "intro.pdf").string() + "' - 2>/dev/null");
    const auto words = text.find("Nous remercions les équipes de terrain.");
    REQUIRE(words != std::string::npos);
    CHECK(words < text.find("Summary"));
    CHECK(store->audit().history("annual_introduction", 2015).size() == 1);
    // Emptied: nothing printed.
    app::saveAnnualIntroduction(*store, test::testActor("directrice"), 2015, "  \n ");
    CHECK(app::statisticsDocument(*store, app::yearStatistics(*store, 2015), false)
              .introduction.empty());
}

TEST_CASE_FIXTURE(TwoYears, "the statistics CSV shows a name starting with = as text, not a formula") {
    // A name typed by someone (here a family of rights, renamed in the settings) ends up
    // in a spreadsheet cell.
    {
        auto work = store->begin();
        const auto family = store->reference().rightFamilies().front();
        store->reference().updateFamilyLabel(family.code, "=HYPERLINK(\"http://example.org\")");
        work->commit();
    }
    const std::string csv = app::statisticsCsv(
        app::statisticsDocument(*store, app::yearStatistics(*store, 2015), false));
    CHECK(csv.find("\"'=HYPERLINK(") != std::string::npos);
    CHECK(csv.find(";=HYPERLINK(") == std::string::npos);
    CHECK(csv.find("\n=HYPERLINK(") == std::string::npos);
    CHECK(csv.find("\"=HYPERLINK(") == std::string::npos);
}
