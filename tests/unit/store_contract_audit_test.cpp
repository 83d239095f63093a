// The Store contract, its audit trail as a history window reads it: filters, pages, newest
// first, the same on SQLite and PostgreSQL (and there, the site's own entries only).
#include <doctest/doctest.h>

#include "contract_backends.h"
#include "storage/store.h"

using namespace vigie;
using storage::Store;

namespace {

#define CONTRACT(name) TEST_CASE_TEMPLATE("store contract: " name, Backend, VIGIE_CONTRACT_BACKEND)

AuditEntry entry(const std::string& at, const std::string& user, const std::string& entity,
                 std::int64_t id, const std::string& action, const std::string& after,
                 const std::string& note = "") {
    return {0, at, user, entity, id, action, "", after, note};
}

// A small trail, recorded oldest first.
void recordTrail(Store& store) {
    auto work = store.begin();
    auto& audit = store.audit();
    audit.record(entry("2026-03-01T08:00:00Z", "amartin", "report", 7, "create",
                       R"({"description":"Dossier RSA bloqué"})"));
    audit.record(entry("2026-03-02T09:00:00Z", "bdupont", "meeting", 3, "create",
                       R"({"lieu":"Salle du conseil"})"));
    audit.record({0, "2026-03-05T10:00:00Z", "amartin", "report", 7, "update",
                  R"({"description":"Dossier RSA bloqué"})",
                  R"({"description":"Dossier RSA bloqué depuis 3 mois"})", "malgré l'avertissement"});
    audit.record(entry("2026-04-10T12:00:00Z", "bdupont", "aid", 2, "create",
                       R"({"montant":"167.00","notes":"taux 100% _urgent_"})"));
    audit.record(entry("2026-04-11T23:30:00Z", "amartin", "report", 8, "create",
                       R"({"description":"Rupture APL"})"));
    work->commit();
}

AuditQuery ofRecord(const std::string& entity, std::int64_t id, const std::string& action = "") {
    AuditQuery q;
    q.entity = entity;
    q.entityId = id;
    q.action = action;
    return q;
}

std::vector<std::string> moments(const std::vector<AuditEntry>& entries) {
    std::vector<std::string> out;
    for (const auto& e : entries) {
        out.push_back(e.at.substr(0, 10));
    }
    return out;
}

} // namespace

CONTRACT("the audit trail is searched newest first, a page at a time") {
    Backend backend;
    auto store = backend.open();
    recordTrail(*store);
    auto& audit = store->audit();
    AuditQuery all;
    CHECK(audit.count(all) == 5);
    CHECK(moments(audit.search(all)) ==
          std::vector<std::string>{"2026-04-11", "2026-04-10", "2026-03-05", "2026-03-02",
                                   "2026-03-01"});
    all.limit = 2;
    all.offset = 2;
    CHECK(moments(audit.search(all)) == std::vector<std::string>{"2026-03-05", "2026-03-02"});
    CHECK(audit.count(all) == 5); // the page does not change the count
    all.offset = 4;
    CHECK(audit.search(all).size() == 1);
    const auto update = audit.search(ofRecord("report", 7, "update"));
    REQUIRE(update.size() == 1);
    CHECK(update[0].user == "amartin");
    CHECK(update[0].before == R"({"description":"Dossier RSA bloqué"})");
    CHECK(update[0].note == "malgré l'avertissement");
}

CONTRACT("the audit trail is filtered by record, user, action and period") {
    Backend backend;
    auto store = backend.open();
    recordTrail(*store);
    auto& audit = store->audit();
    AuditQuery q;
    q.entity = "report";
    CHECK(audit.count(q) == 3);
    q.entityId = 7;
    CHECK(moments(audit.search(q)) == std::vector<std::string>{"2026-03-05", "2026-03-01"});
    q = {};
    q.user = "bdupont";
    CHECK(moments(audit.search(q)) == std::vector<std::string>{"2026-04-10", "2026-03-02"});
    q = {};
    q.action = "create";
    CHECK(audit.count(q) == 4);
    q = {};
    q.atFrom = "2026-03-02T00:00:00Z";
    q.atBefore = "2026-04-11T00:00:00Z";
    CHECK(moments(audit.search(q)) ==
          std::vector<std::string>{"2026-04-10", "2026-03-05", "2026-03-02"});
    q.user = "amartin";
    CHECK(audit.count(q) == 1);
    CHECK(audit.users() == std::vector<std::string>{"amartin", "bdupont"});
}

CONTRACT("the audit trail is searched by words in its values and notes, in any case") {
    Backend backend;
    auto store = backend.open();
    recordTrail(*store);
    auto& audit = store->audit();
    AuditQuery q;
    q.words = "rsa";
    CHECK(audit.count(q) == 2);
    q.words = "RSA mois";
    CHECK(moments(audit.search(q)) == std::vector<std::string>{"2026-03-05"});
    q.words = "avertissement";
    CHECK(audit.count(q) == 1); // the note
    q.words = "conseil";
    CHECK(audit.count(q) == 1);
    q.words = "100%";
    CHECK(audit.count(q) == 1);
    q.words = "0%"; // a percent sign is itself, not "anything"
    CHECK(audit.count(q) == 1);
    q.words = "_urgent_";
    CHECK(audit.count(q) == 1);
    q.words = "s_lle";
    CHECK(audit.count(q) == 0);
    q.words = "introuvable";
    CHECK(audit.search(q).empty());
}

#ifdef VIGIE_CONTRACT_PG
TEST_CASE("store contract: a site's history holds its own entries only (PostgreSQL)") {
    test::PgBackend backend;
    auto store = backend.open();
    recordTrail(*store);
    auto other = storage::pg::openPgStore(backend.database.uri(), "autre", "Autre CCAS");
    {
        auto work = other->begin();
        other->audit().record(entry("2026-05-01T08:00:00Z", "cvoisin", "report", 7, "update",
                                    R"({"description":"RSA ailleurs"})"));
        work->commit();
    }
    AuditQuery q;
    q.words = "rsa";
    CHECK(store->audit().count(q) == 2);
    CHECK(other->audit().count(q) == 1);
    CHECK(other->audit().search(ofRecord("report", 7)).size() == 1);
    CHECK(store->audit().users() == std::vector<std::string>{"amartin", "bdupont"});
}
#endif
