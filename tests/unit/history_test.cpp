// The audit trail for people (app::History): each kind of record named as its users know
// it, actions and fields in words, values erased by a purge shown as erased, the period in
// local days, and the CSV export.
#include <doctest/doctest.h>

#include "app/history.h"
#include "app/report_service.h"
#include "csv/csv.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
using app::HistoryLine;

namespace {

AuditEntry entry(const std::string& entity, std::int64_t id, const std::string& action,
                 const std::string& before, const std::string& after,
                 const std::string& note = "") {
    return {1, "2026-07-14T08:30:00Z", "amartin", entity, id, action, before, after, note};
}

HistoryLine described(const AuditEntry& e) {
    app::RecordNames names(nullptr);
    return app::describe(e, names);
}

std::string changeOf(const HistoryLine& line, const std::string& field) {
    for (const auto& c : line.changes) {
        if (c.field == field) {
            return c.before + " -> " + c.after;
        }
    }
    return "(none)";
}

const char* const kReport =
    R"({"reference":"2026-047","date_reception":"2026-07-01","source":"CCAS","redacteur":"A. Martin",)"
    R"("description":"Dossier RSA bloqué","categories":["non_acces"],"droits":["RSA"],)"
    R"("institutions":["CAF"],"non_recours":"","propositions":"","statut":"recue","date_cloture":""})";

} // namespace

TEST_CASE("a history names every kind of record as its users know it") {
    test::ParisTime paris;
    CHECK(described(entry("report", 3, "create", "", kReport)).record == "Report 2026-047");
    CHECK(described(entry("meeting", 2, "create", "", R"({"date":"2026-07-14","lieu":"Mairie"})"))
              .record == "Meeting of 14/07/2026");
    CHECK(described(entry("aid", 5, "create", "", R"({"date":"2026-11-24","montant":"167,00"})"))
              .record == "Aid of 24/11/2026 \u2014 167,00\u00a0€");
    CHECK(described(entry("institution", 1, "update", R"({"code":"CAF","name":"Caisse"})",
                          R"({"code":"CAF","name":"Caisse d'allocations familiales"})"))
              .record == "Institution CAF");
    CHECK(described(entry("right", 1, "create_auto", "", R"({"code":"RSA","libelle":"RSA"})"))
              .record == "Right RSA");
    CHECK(described(entry("solicitation", 4, "create", "",
                          R"({"date_envoi":"2026-08-01","objet":"Délais RSA"})"))
              .record == "Solicitation of 01/08/2026 \u2014 Délais RSA");
    CHECK(described(entry("decision", 9, "create", "", R"({"suite":"solliciter","fiche":3})"))
              .record.starts_with("Decision "));
    CHECK(described(entry("outreach_session", 6, "create", "",
                          R"({"date":"2026-09-10","lieu":"Marché"})"))
              .record == "Outreach session of 10/09/2026 \u2014 Marché");
    CHECK(described(entry("source_group", 2, "create_auto", "", R"({"nom":"Mission locale"})"))
              .record == "Source group Mission locale");
    CHECK(described(entry("entered_figures", 2024, "create", "", R"({"meetings":3})")).record ==
          "Figures of an earlier year 2024");
    CHECK(described(entry("retention", 0, "update", R"({"delay_months":24})",
                          R"({"delay_months":36})"))
              .record == "Data retention");
    CHECK(described(entry("something_new", 1, "something", "", "")).record == "Other record");
    for (const auto& kind : app::historyKinds()) {
        CHECK(app::entityLabel(kind.entity) == kind.label);
        CHECK(kind.label != "Other record");
    }
}

TEST_CASE("a change reads field by field, in words, with dates and codes for people") {
    test::ParisTime paris;
    std::string after = kReport;
    after.replace(after.find("recue"), 5, "resolue");
    auto e = entry("report", 3, "update", kReport, after, "saved despite a privacy warning");
    const auto line = described(e);
    CHECK(line.date == "14/07/2026");
    CHECK(line.time == "10:30"); // Paris in summer
    CHECK(line.user == "amartin");
    CHECK(line.kind == "Report");
    CHECK(line.action == "Modification");
    CHECK(line.note == "saved despite a privacy warning");
    REQUIRE(line.changes.size() == 1); // only what changed
    CHECK(line.changes[0].field == "Status");
    CHECK(line.changes[0].before == label(ReportStatus::Received)); // a label, never the code
    CHECK(line.changes[0].after == label(ReportStatus::Resolved));

    const auto created = described(entry("report", 3, "create", "", kReport));
    CHECK(created.action == "Creation");
    CHECK(changeOf(created, "Received on") == " -> 01/07/2026"); // nothing before a creation
    CHECK(changeOf(created, "Rights") == " -> RSA");
    CHECK(changeOf(created, "Proposals") == "(none)"); // nothing given, nothing listed
    const auto aid = described(entry("aid", 5, "delete", R"({"date":"2026-11-24","montant":"167,00"})", ""));
    CHECK(aid.action == "Deletion");
    CHECK(changeOf(aid, "Amount") == "167,00\u00a0€ -> ");
    const auto agenda = described(entry("meeting", 2, "update", R"({"etat":"planned"})",
                                        R"({"etat":"held"})"));
    CHECK(agenda.changes.at(0).field == "State");
    CHECK(agenda.changes.at(0).after == label(MeetingState::Held));
    const auto intro = described(entry("annual_introduction", 2025, "update", "", "Une année"));
    CHECK(changeOf(intro, "Text") == "(empty) -> Une année"); // an update from nothing
    CHECK(app::actionLabel("erase") == "Erasure (retention)");
    CHECK(app::actionLabel("an_action_of_tomorrow") == "Modification");
}

TEST_CASE("values a retention purge erased read as erased, never as blanks") {
    const std::string mark = "Effacé le 03/12/2026";
    auto e = entry("report", 3, "update",
                   R"({"description":")" + mark + R"(","redacteur":")" + mark + R"(","statut":"recue"})",
                   R"({"description":")" + mark + R"(","redacteur":")" + mark + R"(","statut":"resolue"})");
    const auto line = described(e);
    REQUIRE(line.changes.size() == 1); // erased on both sides: no change to tell
    const auto created = described(entry("report", 3, "create", "",
                                         R"({"reference":"2026-047","description":")" + mark + R"("})"));
    CHECK(changeOf(created, "Description") == " -> erased on 03/12/2026");
    const auto erasure = described({2, "2026-12-03T10:00:00Z", "directrice", "report", 3, "erase",
                                    "", "", "conservation : textes effacés le 03/12/2026"});
    CHECK(erasure.action == "Erasure (retention)");
    CHECK(erasure.record == "Report no. 3 (deleted)"); // no store: the number
    CHECK(erasure.note == "conservation : textes effacés le 03/12/2026");
}

TEST_CASE("a history reads its pages from the database, by period in local days, and exports CSV") {
    test::ParisTime paris;
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "h.sqlite");
    app::ReportService reports(*store, test::testActor("amartin"));
    DifficultyReport r;
    r.receivedOn = Date(2026, 1, 1);
    r.description = "=RSA bloqué depuis trois mois";
    r.categories = {Category::Delay};
    const auto saved = reports.create(r, app::PersonalData::NotAccepted);
    {
        auto work = store->begin();
        // 23:30 UTC on 31 December is New Year's Day in Paris.
        store->audit().record({0, "2026-12-31T23:30:00Z", "bdupont", "report", saved.id, "erase",
                               "", "", "conservation : textes effacés le 01/01/2027"});
        work->commit();
    }
    app::History history(*store);
    app::HistoryFilter all;
    CHECK(history.count(all) >= 2);
    const auto newest = history.page(all, 0, 1);
    REQUIRE(newest.size() == 1);
    CHECK(newest[0].action == "Erasure (retention)");
    CHECK(newest[0].date == "01/01/2027");
    CHECK(newest[0].record == "Report " + saved.reference.text()); // read from the database
    app::HistoryFilter newYear;
    newYear.from = newYear.to = Date(2027, 1, 1);
    CHECK(history.count(newYear) == 1);
    newYear.from = newYear.to = Date(2026, 12, 31);
    CHECK(history.count(newYear) == 0);
    app::HistoryFilter one;
    one.entity = "report";
    one.entityId = saved.id;
    one.words = "rsa";
    CHECK(history.count(one) == 1);
    CHECK(history.users() == std::vector<std::string>{"amartin", "bdupont"});

    const std::string bytes = history.csv(all);
    CHECK(bytes.starts_with("\xEF\xBB\xBF"));
    const auto doc = csv::parse(bytes);
    REQUIRE(doc.records.size() >= 2);
    CHECK(doc.header == std::vector<std::string>{"date", "time", "user", "record", "action",
                                                 "field", "before", "after", "note"});
    CHECK(doc.records[0].cells[4] == "Erasure (retention)");
    CHECK(doc.records[0].cells[8] == "conservation : textes effacés le 01/01/2027");
    bool description = false;
    for (const auto& row : doc.records) {
        REQUIRE(row.cells.size() == 9);
        if (row.cells[5] == "Description") {
            description = true;
            CHECK(row.cells[6].empty()); // a creation: nothing before
            CHECK(row.cells[7] == "'=RSA bloqué depuis trois mois"); // never a formula
        }
    }
    CHECK(description);
}
