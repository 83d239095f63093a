// The Store contract, its similar reports (what the report form shows while a report is
// written): the same cases on SQLite (FTS5 bm25) and PostgreSQL (ts_rank), whose scores
// differ but whose obvious near-duplicate comes first on both.
#include <doctest/doctest.h>

#include <algorithm>

#include "contract_backends.h"
#include "storage/store.h"

using namespace vigie;
using storage::Store;

namespace {

DifficultyReport report(int sequence, const std::string& text, std::vector<std::string> rights,
                        std::vector<std::string> institutions) {
    DifficultyReport r;
    r.reference = {2025, sequence};
    r.receivedOn = Date(2025, 1, 1).addDays(sequence);
    r.description = text;
    r.categories = {Category::NonAccess};
    r.rights = std::move(rights);
    r.institutions = std::move(institutions);
    r.createdAt = r.updatedAt = "2025-01-01T09:00:00Z";
    return r;
}

// Stored in one unit of work; their ids in the order given.
std::vector<ReportId> storeAll(Store& store, std::vector<DifficultyReport> reports) {
    auto work = store.begin();
    std::vector<ReportId> ids;
    for (auto& r : reports) {
        store.reports().insert(r);
        ids.push_back(r.id);
    }
    work->commit();
    return ids;
}

std::vector<std::string> references(const std::vector<SimilarReport>& found) {
    std::vector<std::string> out;
    for (const auto& r : found) {
        out.push_back(r.reference.text());
    }
    return out;
}

const char* const kSuspension = "Suspension du RSA après un contrôle, sans courrier explicatif ; "
                                "plus aucun revenu depuis 3 mois et une dette de loyer.";

// A small watch group's reports: one near-duplicate of what is typed, its withdrawn twin,
// reports sharing a word or two, others about something else.
std::vector<DifficultyReport> group() {
    return {
        report(1, kSuspension, {"RSA"}, {"CAF"}),
        report(2, "Renouvellement de l'AAH non traité dans les délais : rupture de droits.",
               {"AAH"}, {"MDPH", "CAF"}),
        report(3, "Courrier de la CAF sans réponse depuis deux mois.", {"APL"}, {"CAF"}),
        report(4, kSuspension, {"RSA"}, {"CAF"}), // withdrawn below
        report(5, "Chèque énergie non reçu après un déménagement ; factures impayées.",
               {"CHEQUE_ENERGIE"}, {}),
        report(6, "Demande d'aide du FSL pour une dette d'énergie en attente.", {"FSL"}, {"CD"}),
    };
}

} // namespace

#define CONTRACT(name) TEST_CASE_TEMPLATE("store contract: " name, Backend, VIGIE_CONTRACT_BACKEND)

CONTRACT("similar reports: the near-duplicate first, never a withdrawn nor the one edited") {
    Backend backend;
    auto store = backend.open();
    const auto ids = storeAll(*store, group());
    {
        auto work = store->begin();
        auto withdrawn = *store->reports().find(ids[3]);
        withdrawn.status = ReportStatus::Withdrawn;
        store->reports().update(withdrawn);
        work->commit();
    }
    // Typed without accents nor capitals, a little differently.
    SimilarQuery q;
    q.text = "suspension du rsa apres controle, aucun courrier explicatif, plus de revenu";
    q.rights = {"rsa"};
    q.institutions = {"CAF"};
    auto found = store->reports().similar(q);
    REQUIRE(!found.empty());
    CHECK(found[0].reference.text() == "2025-001");
    CHECK(found[0].id == ids[0]);
    CHECK(found[0].receivedOn == Date(2025, 1, 2));
    CHECK(found[0].description == kSuspension);
    CHECK(found[0].sharedRights == std::vector<std::string>{"RSA"});
    CHECK(found[0].sharedInstitutions == std::vector<std::string>{"CAF"});
    const auto refs = references(found);
    CHECK(std::find(refs.begin(), refs.end(), "2025-004") == refs.end()); // withdrawn
    CHECK(std::find(refs.begin(), refs.end(), "2025-005") == refs.end()); // no word shared
    for (std::size_t i = 1; i < found.size(); ++i) {
        CHECK(found[i - 1].score >= found[i].score);
        CHECK(found[i].score > 0);
    }

    // Editing report 1 itself: it is not its own duplicate.
    q.excluded = ids[0];
    const auto others = references(store->reports().similar(q));
    CHECK(std::find(others.begin(), others.end(), "2025-001") == others.end());
    CHECK(std::find(others.begin(), others.end(), "2025-003") != others.end());
    q.excluded = 0;
    q.limit = 1;
    CHECK(references(store->reports().similar(q)) == std::vector<std::string>{"2025-001"});
}

CONTRACT("similar reports: the same words, the one sharing the right and the body first") {
    Backend backend;
    auto store = backend.open();
    const std::string text = "Dossier déclaré incomplet alors que toutes les pièces ont été "
                             "transmises ; le foyer vit sans ressources.";
    // The older one names the right and the body typed; the more recent one does not.
    auto reports = group();
    for (auto& r : reports) {
        r.reference.sequence += 10;
    }
    reports.push_back(report(1, text, {"RSA"}, {"CAF"}));
    reports.push_back(report(2, text, {"AAH"}, {"MDPH"}));
    reports.push_back(report(3, "Pièces transmises deux fois.", {"RSA"}, {"CAF"}));
    storeAll(*store, reports);
    SimilarQuery q;
    q.text = "dossier incomplet, pièces transmises, foyer sans ressources";
    q.rights = {"RSA"};
    q.institutions = {"CAF"};
    auto found = store->reports().similar(q);
    REQUIRE(found.size() >= 2);
    CHECK(found[0].reference.text() == "2025-001");
    const auto twin = std::find_if(found.begin(), found.end(), [](const SimilarReport& r) {
        return r.reference.text() == "2025-002";
    });
    REQUIRE(twin != found.end());
    CHECK(twin->sharedRights.empty());
    CHECK(twin->sharedInstitutions.empty());
    // Without codes typed, equal texts come most recent first.
    q.rights.clear();
    q.institutions.clear();
    found = store->reports().similar(q);
    REQUIRE(found.size() >= 2);
    CHECK(found[0].reference.text() == "2025-002");
}

CONTRACT("similar reports: quotes and search operators are words, never an error") {
    Backend backend;
    auto store = backend.open();
    storeAll(*store, group());
    for (const char* typed :
         {"\"", "\"\"\"", "RSA\" OR \"", "NEAR(suspension rsa) AND NOT (courrier OR", "rsa*",
          "description : suspension", "^suspension", "suspension -rsa + \"loyer", "'; DROP TABLE",
          "a & b | !c <-> d:* (", "{reference} : 2025", "\\ \\\\ %_ $1 ?", "l’ordre « du » jour…",
          "\xF0\x9F\x98\x80 suspension \xE2\x80\x94 rsa", "\xC3\x28 invalid utf-8"}) {
        SimilarQuery q;
        q.text = typed;
        CHECK_NOTHROW(store->reports().similar(q));
    }
    SimilarQuery q;
    q.text = "NEAR(\"suspension\" rsa*) AND NOT: explicatif^";
    const auto found = store->reports().similar(q);
    REQUIRE(found.size() >= 2); // 2025-001 and 2025-004, the same text
    CHECK(found[0].description == kSuspension);
    CHECK(found[1].description == kSuspension);
    // Nothing worth comparing: nothing found.
    for (const char* typed : {"", "   ", "de la le et", "12 2025", "a b c"}) {
        q.text = typed;
        CHECK(store->reports().similar(q).empty());
    }
    q.text = "suspension";
    q.limit = 0;
    CHECK(store->reports().similar(q).empty());
}
