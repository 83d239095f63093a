// Reports in the database: storage, search with and without accents, filters, audit.
#include <doctest/doctest.h>

#include <algorithm>

#include "app/report_service.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;

namespace {

DifficultyReport sample(const std::string& description, Date received = Date(2015, 3, 2)) {
    DifficultyReport r;
    r.receivedOn = received;
    r.description = description;
    r.categories = {Category::NonAccess, Category::Precarity};
    r.rights = {"RSA", "APL"};
    r.institutions = {"CAF", "CD"};
    r.source = "Centre social Nord";
    r.author = "Assistante sociale";
    r.nonTakeUp = NonTakeUp::NotReceived;
    return r;
}

struct Fixture {
    test::TempDir dir;
    std::unique_ptr<storage::Store> store = storage::openSqliteStore(dir / "r.sqlite");
    app::ReportService service{*store, test::testActor("marie")};
};

} // namespace

TEST_CASE_FIXTURE(Fixture, "a created report gets the next reference of its year and reads back") {
    auto a = service.create(sample("Premier"));
    auto b = service.create(sample("Deuxième"));
    auto c = service.create(sample("Autre année", Date(2016, 1, 4)));
    CHECK(a.reference.text() == "2015-001");
    CHECK(b.reference.text() == "2015-002");
    CHECK(c.reference.text() == "2016-001");
    auto back = store->reports().find(b.id);
    REQUIRE(back);
    CHECK(back->description == "Deuxième");
    CHECK(back->rights == std::vector<std::string>{"RSA", "APL"});
    CHECK(back->institutions == std::vector<std::string>{"CAF", "CD"});
    CHECK(back->categories == CategorySet{Category::NonAccess, Category::Precarity});
    CHECK(back->nonTakeUp == NonTakeUp::NotReceived);
    CHECK(back->source == "Centre social Nord");
    CHECK(back->status == ReportStatus::Received);
    CHECK_FALSE(back->createdAt.empty());
    CHECK(store->reports().findByReference({2015, 2})->id == b.id);
}

TEST_CASE_FIXTURE(Fixture, "an invalid report is refused and nothing is stored") {
    DifficultyReport r;
    r.receivedOn = Date(2015, 1, 1);
    CHECK_THROWS_AS(service.create(r), app::ValidationError);
    CHECK(store->reports().count({}) == 0);
    CHECK(store->audit().size() == 0);
}

TEST_CASE_FIXTURE(Fixture, "every change leaves an audit row with who, when, before and after") {
    auto r = service.create(sample("Délai de traitement"));
    r.description = "Délai de traitement très long";
    r.status = ReportStatus::FollowUpOpen;
    service.update(r);
    service.withdraw(r.id);
    auto history = store->audit().history("report", r.id);
    REQUIRE(history.size() == 3);
    CHECK(history[0].action == "create");
    CHECK(history[0].user == "marie");
    CHECK(history[0].before.empty());
    CHECK(history[0].after.find("\"2015-001\"") != std::string::npos);
    CHECK(history[0].note.empty());
    CHECK(history[1].action == "update");
    CHECK(history[1].before.find("\"recue\"") != std::string::npos);
    CHECK(history[1].after.find("très long") != std::string::npos);
    CHECK(history[1].after.find("\"suivi_en_cours\"") != std::string::npos);
    CHECK(history[2].action == "withdraw");
    CHECK(history[2].after.find("\"annulee\"") != std::string::npos);
    CHECK(history[0].at < history[1].at);
}

TEST_CASE_FIXTURE(Fixture, "a withdrawn report is hidden and not counted, but kept") {
    auto r = service.create(sample("Doublon"));
    service.create(sample("Vraie fiche"));
    service.withdraw(r.id);
    CHECK(store->reports().count({}) == 1);
    ReportFilter all;
    all.includeWithdrawn = true;
    CHECK(store->reports().count(all) == 2);
    CHECK(store->reports().find(r.id)->status == ReportStatus::Withdrawn);
    PeriodFacts facts;
    facts.period = Period::year(2015);
    facts.reports = store->reports().facts(Period::year(2015));
    auto figures = computeFigures(facts, {defaultRightFamilies(), {}, {}});
    CHECK(figures.reports == 1);
}

TEST_CASE_FIXTURE(Fixture, "full-text search ignores accents and case and matches prefixes") {
    // Only the text here: no right, body or source whose names the words could match.
    auto textOnly = [](const std::string& description) {
        DifficultyReport r = sample(description);
        r.categories = {Category::NonAccess};
        r.rights.clear();
        r.institutions.clear();
        r.source.clear();
        return r;
    };
    service.create(textOnly("Situation de précarité énergétique : coupure annoncée"));
    service.create(textOnly("Délai de l'AAH anormalement long"));
    auto found = [&](const std::string& words) {
        ReportFilter f;
        f.search = words;
        return store->reports().count(f);
    };
    CHECK(found("precarite") == 1);
    CHECK(found("PRÉCARITÉ") == 1);
    CHECK(found("precar") == 1);
    CHECK(found("energetique coupure") == 1);
    CHECK(found("delai") == 1);
    CHECK(found("aah") == 1);
    CHECK(found("logement") == 0);
    CHECK(found("precarite aah") == 0);
    CHECK(found("\"unbalanced") == 0); // punctuation never breaks the query
    CHECK(found("2015") == 2);         // the reference is searchable too
    CHECK(found("") == 2);
}

TEST_CASE_FIXTURE(Fixture, "search finds what a report is linked to: category, right, body, source") {
    DifficultyReport linked = sample("Dossier bloqué depuis trois mois");
    linked.categories = {Category::Delay};
    linked.rights = {"CHEQUE_ENERGIE"};
    linked.institutions = {"CAF"};
    linked.source = "Centre social Sud";
    service.create(linked);
    DifficultyReport other = sample("Aucune réponse du bailleur");
    other.categories = {Category::Precarity};
    other.rights = {"RSA"};
    other.institutions = {"CPAM"};
    other.source = "Permanence";
    service.create(other);
    auto found = [&](const std::string& words) {
        ReportFilter f;
        f.search = words;
        return store->reports().count(f);
    };
    CHECK(found("caf") == 1);             // the body's code
    CHECK(found("allocations") == 1);     // ... and its name (Caisse d'allocations familiales)
    CHECK(found("energie") == 1);         // the right's label (Chèque énergie)
    CHECK(found("precarite") == 1);       // the category
    CHECK(found("délai") == 1);
    CHECK(found("sud") == 1);             // the source
    CHECK(found("caf bloque") == 1);      // a link and a word of the text together
    CHECK(found("caf bailleur") == 0);    // every word must be found
    CHECK(found("trois") == 1);           // the text alone still works
}

TEST_CASE_FIXTURE(Fixture, "search follows edits of the description") {
    auto r = service.create(sample("Texte initial"));
    r.description = "Texte corrigé sur le logement";
    service.update(r);
    ReportFilter f;
    f.search = "initial";
    CHECK(store->reports().count(f) == 0);
    f.search = "logement";
    CHECK(store->reports().count(f) == 1);
}

TEST_CASE_FIXTURE(Fixture, "filters combine") {
    auto a = sample("A");
    auto b = sample("B", Date(2016, 5, 5));
    b.categories = {Category::Delay};
    b.rights = {"IJ"};
    b.institutions = {"CPAM"};
    b.source = "Centre social Sud";
    b.status = ReportStatus::Resolved;
    b.closedOn = Date(2016, 6, 1);
    service.create(a);
    service.create(b);
    ReportFilter f;
    f.category = Category::Delay;
    CHECK(store->reports().count(f) == 1);
    f = {};
    f.period = Period::year(2015);
    CHECK(store->reports().count(f) == 1);
    f = {};
    f.rightCode = "ij";
    CHECK(store->reports().count(f) == 1);
    f.institutionCode = "caf";
    CHECK(store->reports().count(f) == 0);
    f = {};
    f.source = "centre social sud";
    f.status = ReportStatus::Resolved;
    CHECK(store->reports().count(f) == 1);
    f.period = Period::year(2015);
    CHECK(store->reports().count(f) == 0);
}

TEST_CASE_FIXTURE(Fixture, "ids come in the order asked and load keeps it") {
    service.create(sample("C", Date(2015, 3, 3)));
    service.create(sample("A", Date(2015, 1, 1)));
    service.create(sample("B", Date(2015, 2, 2)));
    auto byDate = store->reports().ids({}, ReportOrder::ReceivedOn, true);
    auto rows = store->reports().load(byDate);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].description == "A");
    CHECK(rows[2].description == "C");
    auto byRefDesc = store->reports().ids({}, ReportOrder::Reference, false);
    CHECK(store->reports().load(byRefDesc)[0].reference.text() == "2015-003");
}

TEST_CASE_FIXTURE(Fixture, "unknown codes and sources are created when a report names them") {
    auto r = sample("Nouveau dispositif");
    r.rights = {"RSA", "PASS_NUMERIQUE"};
    r.institutions = {"ADIL"};
    r.source = "Maison de quartier";
    service.create(r);
    auto rights = store->reference().rights();
    auto it = std::find_if(rights.begin(), rights.end(),
                           [](auto& x) { return x.code == "PASS_NUMERIQUE"; });
    REQUIRE(it != rights.end());
    CHECK(it->familyCode == "autre");
    auto groups = store->reference().sourceGroups();
    CHECK(std::any_of(groups.begin(), groups.end(),
                      [](auto& g) { return g.name == "Maison de quartier"; }));
}

TEST_CASE_FIXTURE(Fixture, "a save from a report changed meanwhile is refused, naming who saved") {
    auto created = service.create(sample("Lue par deux personnes"));
    auto paul = *store->reports().find(created.id); // Paul opens it...
    auto marie = *store->reports().find(created.id);
    marie.description = "Complétée une première fois";
    service.update(marie); // ...Marie saves first
    paul.description = "Complétée une deuxième fois";
    app::ReportService paulService(*store, test::testActor("paul"));
    try {
        paulService.update(paul);
        FAIL("a stale save went through");
    } catch (const StorageError& e) {
        CHECK(e.kind() == StorageError::Kind::Stale);
        const std::string message = e.what();
        CHECK(message.find("marie") != std::string::npos);
        CHECK(message.find(created.reference.text()) != std::string::npos);
    }
    // Marie's text stands, and the history has no trace of Paul's attempt.
    CHECK(store->reports().find(created.id)->description == "Complétée une première fois");
    CHECK(store->audit().history("report", created.id).size() == 2);
    // Opened again, Paul's save goes through.
    paul = *store->reports().find(created.id);
    paul.description = "Complétée après relecture";
    CHECK(paulService.update(paul).version == 3);
}

TEST_CASE_FIXTURE(Fixture, "the service refuses a text naming a person unless told to save anyway") {
    // The rule holds whatever the front end: no dialog is needed to enforce it.
    auto r = sample("Mme Durand, joignable au 06 12 34 56 78, attend son RSA");
    try {
        service.create(r);
        FAIL("stored without the user's answer");
    } catch (const app::PersonalDataFound& found) {
        REQUIRE(found.texts().size() == 2);
        CHECK(found.texts()[0].field == "Description");
        CHECK_FALSE(found.texts()[0].findings.empty());
    }
    CHECK(store->reports().count({}) == 0);
    CHECK(store->audit().size() == 0);

    const auto saved = service.create(r, app::PersonalData::SaveAnyway);
    const auto history = store->audit().history("report", saved.id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].note.find("privacy warning") != std::string::npos);
    CHECK(history[0].note.find("phone") != std::string::npos);

    // An update is guarded the same way.
    auto clean = service.create(sample("Situation sans personne nommée"));
    clean.proposals = "Écrire à jean.dupont@example.org";
    CHECK_THROWS_AS(service.update(clean), app::PersonalDataFound);
    CHECK(store->reports().find(clean.id)->proposals.empty());
}

TEST_CASE_FIXTURE(Fixture, "a code named for the first time joins the reference data, with its history") {
    auto r = sample("Aide au permis refusée sans motif");
    r.rights = {"AIDE_PERMIS"};
    r.institutions = {"ADIL01"};
    r.source = "Point d'accueil de la gare";
    const auto saved = service.create(r);
    const auto rights = store->reference().rights();
    const auto right = std::find_if(rights.begin(), rights.end(),
                                    [](const Right& x) { return x.code == "AIDE_PERMIS"; });
    REQUIRE(right != rights.end());
    CHECK(right->familyCode == "autre");
    const auto history = store->audit().history("right", right->id);
    REQUIRE(history.size() == 1);
    CHECK(history[0].action == "create_auto");
    CHECK(history[0].user == "marie");
    CHECK(history[0].note.find(saved.reference.text()) != std::string::npos);
    const auto institutions = store->reference().institutions();
    const auto adil = std::find_if(institutions.begin(), institutions.end(),
                                   [](const Institution& i) { return i.code == "ADIL01"; });
    REQUIRE(adil != institutions.end());
    CHECK(store->audit().history("institution", adil->id).size() == 1);
    const auto groups = store->reference().sourceGroups();
    const auto gare = std::find_if(groups.begin(), groups.end(), [](const SourceGroup& g) {
        return g.name == "Point d'accueil de la gare";
    });
    REQUIRE(gare != groups.end());
    CHECK(store->audit().history("source_group", gare->id).size() == 1);
}
