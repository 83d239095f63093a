// The similar reports beside the report form: the words compared (folded as the search
// folds them, operators and stop words away), the rarer words chosen on a large
// database, and what app::ReportService hands the window.
#include <doctest/doctest.h>

#include "app/report_service.h"
#include "domain/text.h"
#include "storage/similar_reports.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
using Words = std::vector<std::string>;

TEST_CASE("similar reports: the significant words of a text, folded, without operators") {
    using storage::significantWords;
    CHECK(significantWords("Suspension du RSA après un contrôle ; plus aucun revenu") ==
          Words{"suspension", "rsa", "controle", "revenu"});
    CHECK(significantWords("\"RSA\" OR NEAR(caf*) AND NOT: l’ordre « Précarité »…") ==
          Words{"rsa", "or", "near", "caf", "not", "ordre", "precarite"});
    CHECK(significantWords("rsa RSA Rsa 2025 12 a b — €") == Words{"rsa"});
    CHECK(significantWords("IJ de la CPAM") == Words{"ij", "cpam"});
    CHECK(significantWords("").empty());
    CHECK(significantWords("\xC3\x28").empty()); // not UTF-8: nothing rather than garbage
    std::string many;
    for (int i = 0; i < 100; ++i) {
        many += "mot" + std::to_string(i) + " ";
    }
    CHECK(significantWords(many).size() == 32);
}

TEST_CASE("similar reports: the rarer words are looked for, within a bounded reading") {
    using storage::wordsToLookFor;
    // A small database: every word.
    CHECK(wordsToLookFor({{"dette", 3}, {"loyer", 1}, {"inconnu", 0}, {"mois", 40}}) ==
          Words{"loyer", "dette", "mois"});
    // 100,000 reports: the common words are left to bm25's weights.
    CHECK(wordsToLookFor({{"mois", 45574},
                          {"suspension", 4146},
                          {"rsa", 12338},
                          {"explicatif", 4146},
                          {"depuis", 29042}}) == Words{"suspension", "explicatif"});
    // Only common words: the rarest one alone, unless it is in almost every report.
    CHECK(wordsToLookFor({{"mois", 35000}, {"depuis", 29042}}) == Words{"depuis"});
    CHECK(wordsToLookFor({{"mois", 45574}}).empty());
}

TEST_CASE("similar reports: the service gives the beginning of each description on one line") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "similar.sqlite");
    app::ReportService service(*store, test::testActor());
    std::string longText = "Suspension du RSA après un contrôle,\nsans courrier explicatif.\n";
    for (int i = 0; i < 20; ++i) {
        longText += "La situation se répète pour d'autres foyers du quartier. ";
    }
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = longText;
    r.categories = {Category::NonAccess};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    const auto first = service.create(r);
    r.receivedOn = Date(2025, 3, 5);
    r.description = "Dette de loyer après une erreur de la caisse.";
    r.rights = {"APL"};
    service.create(r);

    SimilarQuery q;
    q.text = "suspension rsa sans courrier";
    q.rights = {"RSA"};
    q.institutions = {"caf"};
    auto found = service.similar(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].id == first.id);
    CHECK(found[0].reference.text() == "2025-001");
    CHECK(found[0].receivedOn == Date(2025, 3, 4));
    CHECK(found[0].sharedRights == Words{"RSA"});
    CHECK(found[0].sharedInstitutions == Words{"CAF"});
    CHECK(found[0].score > 0);
    CHECK(found[0].description.find('\n') == std::string::npos);
    CHECK(found[0].description.rfind("Suspension du RSA après un contrôle, sans courrier", 0) == 0);
    CHECK(text::length(found[0].description) <= 141);
    CHECK(found[0].description.substr(found[0].description.size() - 3) == "\u2026");
    // The report edited is not its own duplicate; a withdrawn one is no duplicate at all.
    q.excluded = first.id;
    CHECK(service.similar(q).empty());
    q.excluded = 0;
    service.withdraw(first.id);
    CHECK(service.similar(q).empty());
    // The list beside the form stays short whatever is asked.
    q.text = "loyer";
    q.limit = 1000;
    CHECK(service.similar(q).size() == 1);
}

TEST_CASE("similar reports: a file opened read-only answers too (nothing written to it)") {
    test::TempDir dir;
    {
        auto store = storage::openSqliteStore(dir / "ro.sqlite");
        DifficultyReport r;
        r.receivedOn = Date(2025, 3, 4);
        r.description = "Suspension du RSA après un contrôle.";
        r.categories = {Category::NonAccess};
        app::ReportService(*store, test::testActor()).create(r);
    }
    storage::OpenOptions readOnly;
    readOnly.readOnly = true;
    auto store = storage::openSqliteStore(dir / "ro.sqlite", readOnly);
    SimilarQuery q;
    q.text = "suspension du rsa";
    const auto found = store->reports().similar(q);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reference.text() == "2025-001");
    CHECK(store->reports().similar(q).size() == 1); // the words' table made once
}
