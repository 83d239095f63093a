// The Store contract: what the services rely on from any back end, written against the
// interface alone. Each back end runs every case through its fixture (contract_backends.h):
// SQLite in the unit tests; PostgreSQL in tests/pg, which compiles this same file with
// VIGIE_CONTRACT_PG against the server tests/pg/with_postgres.sh starts. A behaviour
// SQLite gives for free (one writer at a time, a snapshot per reader) is stated and
// checked for both. The similar reports' cases: store_contract_similar_test.cpp.
#include <doctest/doctest.h>

#include <algorithm>

#include "contract_backends.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
using storage::Store;

namespace {

DifficultyReport report(int year, int sequence, Date received, const std::string& text) {
    DifficultyReport r;
    r.reference = {year, sequence};
    r.receivedOn = received;
    r.description = text;
    r.categories = {Category::NonAccess};
    r.rights = {"RSA"};
    r.institutions = {"CAF"};
    r.source = "Centre social Nord";
    r.createdAt = r.updatedAt = "2025-01-01T09:00:00Z";
    return r;
}

DifficultyReport stored(Store& store, DifficultyReport r) {
    auto work = store.begin();
    store.reports().insert(r);
    work->commit();
    return r;
}

Meeting meeting(Date date, const std::string& time) {
    Meeting m;
    m.date = date;
    m.time = time;
    m.place = "CCAS";
    m.presentBodies = {"CAF", "CD"};
    m.createdAt = m.updatedAt = "2025-01-01T09:00:00Z";
    return m;
}

Solicitation solicitation(Date sent, std::vector<std::string> to, std::vector<ReportId> about) {
    Solicitation s;
    s.sentOn = sent;
    s.expectedBy = sent.addDays(30);
    s.addressees = std::move(to);
    s.reports = std::move(about);
    s.subject = "Délais de traitement";
    s.createdAt = s.updatedAt = "2025-01-01T09:00:00Z";
    return s;
}

StorageError::Kind refusal(const std::function<void()>& f) {
    try {
        f();
    } catch (const StorageError& e) {
        return e.kind();
    }
    FAIL("not refused");
    return StorageError::Kind::Failed;
}

} // namespace

#define CONTRACT(name) TEST_CASE_TEMPLATE("store contract: " name, Backend, VIGIE_CONTRACT_BACKEND)

CONTRACT("a unit of work commits all or nothing") {
    Backend backend;
    auto store = backend.open();
    {
        auto work = store->begin();
        auto r = report(2025, 1, Date(2025, 3, 4), "Abandonnée");
        store->reports().insert(r);
        CHECK(store->reports().find(r.id)); // seen inside the unit of work
    } // no commit: rolled back
    ReportFilter all;
    CHECK(store->reports().count(all) == 0);
    stored(*store, report(2025, 1, Date(2025, 3, 4), "Gardée"));
    CHECK(store->reports().count(all) == 1);
}

CONTRACT("thousands of reports in one unit of work read back whole, their history in order") {
    // The shared back end writes new reports in batches: each must be where a reader of
    // the unit of work, and then everyone, expects it.
    Backend backend;
    auto store = backend.open();
    std::vector<ReportId> ids;
    {
        auto work = store->begin();
        for (int i = 1; i <= 2500; ++i) {
            auto r = report(2025, i, Date(2025, 1 + i % 12, 1 + i % 28), "Situation " + std::to_string(i));
            r.rights = i % 2 ? std::vector<std::string>{"RSA", "APL"} : std::vector<std::string>{"AAH"};
            store->reports().insert(r);
            store->audit().record({0, "2025-01-01T09:00:00Z", "marie", "report", r.id, "create", "", "{}", ""});
            if (i == 1200) {
                CHECK(store->reports().count(ReportFilter{}) == 1200); // read mid-way
            }
            ids.push_back(r.id);
        }
        work->commit();
    }
    CHECK(store->reports().count(ReportFilter{}) == 2500);
    const auto back = store->reports().load({ids[0], ids[1], ids[2499]});
    REQUIRE(back.size() == 3);
    CHECK(back[0].rights == std::vector<std::string>{"RSA", "APL"});
    CHECK(back[1].rights == std::vector<std::string>{"AAH"});
    CHECK(back[2].description == "Situation 2500");
    CHECK(back[2].reference.text() == "2025-2500");
    std::vector<std::int64_t> order;
    store->audit().forEach([&](const AuditEntry& e) { order.push_back(e.entityId); });
    CHECK(order == ids);

    // A report naming a source nobody declared: the unit of work is refused whole.
    ReportFilter all;
    bool refused = false;
    try {
        auto work = store->begin();
        auto fine = report(2026, 1, Date(2026, 1, 5), "Sans problème");
        store->reports().insert(fine);
        auto unknown = report(2026, 2, Date(2026, 1, 6), "Source inconnue");
        unknown.source = "Groupe jamais déclaré";
        store->reports().insert(unknown);
        work->commit();
    } catch (const StorageError&) {
        refused = true;
    }
    CHECK(refused);
    CHECK(store->reports().count(all) == 2500);
}

CONTRACT("nextReference continues each year from its highest number") {
    Backend backend;
    auto store = backend.open();
    {
        auto work = store->begin();
        CHECK(store->reports().nextReference(2025).text() == "2025-001");
    }
    stored(*store, report(2025, 1, Date(2025, 1, 4), "Un"));
    stored(*store, report(2025, 7, Date(2025, 2, 4), "Sept, tapé à la main"));
    stored(*store, report(2024, 40, Date(2024, 12, 4), "L'an passé"));
    auto work = store->begin();
    CHECK(store->reports().nextReference(2025).text() == "2025-008");
    CHECK(store->reports().nextReference(2024).text() == "2024-041");
    CHECK(store->reports().nextReference(2026).text() == "2026-001");
    auto r = report(2025, 8, Date(2025, 3, 4), "Huit");
    store->reports().insert(r);
    // Within the same unit of work the number just used is taken.
    CHECK(store->reports().nextReference(2025).text() == "2025-009");
}

CONTRACT("an update from an older version is refused and the stored one kept") {
    Backend backend;
    auto store = backend.open();
    auto first = stored(*store, report(2025, 1, Date(2025, 3, 4), "Version lue par deux"));
    CHECK(first.version == 1);
    auto second = first; // two windows opened the same report
    {
        auto work = store->begin();
        first.description = "Enregistrée d'abord";
        store->reports().update(first);
        work->commit();
    }
    CHECK(first.version == 2);
    {
        auto work = store->begin();
        second.description = "Enregistrée ensuite, depuis la version 1";
        CHECK(refusal([&] { store->reports().update(second); }) == StorageError::Kind::Stale);
    }
    CHECK(store->reports().find(first.id)->description == "Enregistrée d'abord");
    CHECK(store->reports().find(first.id)->version == 2);

    // The same rule for meetings and solicitations.
    Meeting m = meeting(Date(2025, 4, 8), "14:00");
    Solicitation s = solicitation(Date(2025, 4, 9), {"CAF"}, {first.id});
    {
        auto work = store->begin();
        store->meetings().insert(m);
        store->solicitations().insert(s);
        work->commit();
    }
    Meeting staleMeeting = m;
    Solicitation staleSolicitation = s;
    {
        auto work = store->begin();
        m.place = "Mairie";
        store->meetings().update(m);
        s.subject = "Nouvel objet";
        store->solicitations().update(s);
        work->commit();
    }
    auto work = store->begin();
    CHECK(refusal([&] { store->meetings().update(staleMeeting); }) == StorageError::Kind::Stale);
    CHECK(refusal([&] { store->solicitations().update(staleSolicitation); }) ==
          StorageError::Kind::Stale);
    store->solicitations().remove(s.id);
    CHECK(refusal([&] { store->solicitations().update(s); }) == StorageError::Kind::NotFound);
}

CONTRACT("reports read back whole, by id, by reference, in the order asked") {
    Backend backend;
    auto store = backend.open();
    auto a = report(2025, 2, Date(2025, 5, 1), "Deuxième numéro, reçue en mai");
    a.rights = {"RSA", "APL"};
    a.institutions = {"CD", "CAF"};
    a.categories = {Category::Delay, Category::Precarity};
    a = stored(*store, a);
    auto b = stored(*store, report(2025, 1, Date(2025, 6, 1), "Premier numéro, reçue en juin"));
    auto back = store->reports().find(a.id);
    REQUIRE(back);
    CHECK(back->description == a.description);
    CHECK(back->rights == std::vector<std::string>{"RSA", "APL"});     // the order written
    CHECK(back->institutions == std::vector<std::string>{"CD", "CAF"});
    CHECK(back->source == "Centre social Nord");
    CHECK(store->reports().findByReference({2025, 1})->id == b.id);
    CHECK_FALSE(store->reports().findByReference({2025, 3}));

    ReportFilter all;
    ReportTally tally;
    CHECK(store->reports().ids(all, ReportOrder::ReceivedOn, true, tally) ==
          std::vector<ReportId>{a.id, b.id});
    CHECK(tally.total == 2);
    CHECK(tally.delay == 1);
    CHECK(store->reports().ids(all, ReportOrder::Reference, true) ==
          std::vector<ReportId>{b.id, a.id});
    const auto loaded = store->reports().load({b.id, a.id});
    REQUIRE(loaded.size() == 2);
    CHECK(loaded[0].id == b.id); // load keeps the order it is given
    std::vector<ReportId> visited;
    store->reports().forEach(all, [&](const DifficultyReport& r) { visited.push_back(r.id); });
    CHECK(visited == std::vector<ReportId>{a.id, b.id});
    CHECK(store->reports().years() == std::vector<int>{2025});
}

CONTRACT("filters select by period, category, status, right, institution and words") {
    Backend backend;
    auto store = backend.open();
    auto early = report(2024, 1, Date(2024, 11, 5), "Dossier de retraite bloqué à la CARSAT");
    early.rights = {"ASPA"};
    early.institutions = {"CARSAT"};
    early.categories = {Category::Delay};
    early = stored(*store, early);
    auto late = stored(*store, report(2025, 1, Date(2025, 2, 5), "Précarité énergétique"));
    auto withdrawn = report(2025, 2, Date(2025, 2, 6), "Saisie en double");
    withdrawn.status = ReportStatus::Withdrawn;
    withdrawn = stored(*store, withdrawn);

    auto ids = [&](ReportFilter f) { return store->reports().ids(f, ReportOrder::ReceivedOn, true); };
    ReportFilter f;
    CHECK(ids(f) == std::vector<ReportId>{early.id, late.id}); // withdrawn hidden
    f.includeWithdrawn = true;
    CHECK(ids(f).size() == 3);
    f = {};
    f.period = Period::year(2025);
    CHECK(ids(f) == std::vector<ReportId>{late.id});
    f = {};
    f.category = Category::Delay;
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.rightCode = "aspa"; // codes whatever their case
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.institutionCode = "CARSAT";
    CHECK(ids(f) == std::vector<ReportId>{early.id});
    f = {};
    f.search = "precarite energ"; // accents ignored, the last word a prefix
    CHECK(ids(f) == std::vector<ReportId>{late.id});
    f = {};
    f.status = ReportStatus::Withdrawn;
    CHECK(store->reports().count(f) == 1);
}

CONTRACT("meetings read back with their agenda in order, by key, day and period") {
    Backend backend;
    auto store = backend.open();
    auto r = stored(*store, report(2025, 1, Date(2025, 3, 4), "Sur l'ordre du jour"));
    Meeting m = meeting(Date(2025, 4, 8), "14:00");
    m.agenda = {{0, AgendaKind::NewReport, r.id, std::nullopt, "", ""},
                {0, AgendaKind::Free, std::nullopt, std::nullopt, "Actualités", ""}};
    Meeting other = meeting(Date(2025, 4, 8), "");
    Decision d;
    {
        auto work = store->begin();
        store->meetings().insert(m);
        store->meetings().insert(other);
        d.meeting = m.id;
        d.report = r.id;
        d.kind = DecisionKind::Solicitation;
        d.text = "Écrire à la CAF";
        d.institutions = {"CAF"};
        store->meetings().insert(d);
        work->commit();
    }
    auto back = store->meetings().find(m.id);
    REQUIRE(back);
    REQUIRE(back->agenda.size() == 2);
    CHECK(back->agenda[0].report == r.id);
    CHECK(back->agenda[1].title == "Actualités");
    CHECK(back->presentBodies == std::vector<std::string>{"CAF", "CD"});
    CHECK(store->meetings().findByKey(Date(2025, 4, 8), "14:00")->id == m.id);
    CHECK(store->meetings().onDate(Date(2025, 4, 8)).size() == 2);
    CHECK(store->meetings().list(Period::year(2024)).empty());
    CHECK(store->meetings().decisionsOfReport(r.id).size() == 1);
    CHECK(store->meetings().decisionsOfMeeting(m.id).front().institutions ==
          std::vector<std::string>{"CAF"});
    CHECK(store->meetings().isOnAnAgenda(r.id));
}

CONTRACT("solicitations are found by institution, state and report; the late are counted") {
    Backend backend;
    auto store = backend.open();
    auto r = stored(*store, report(2025, 1, Date(2025, 3, 4), "Objet d'une sollicitation"));
    auto joint = solicitation(Date(2025, 1, 10), {"CPAM", "CAF"}, {r.id});
    auto answered = solicitation(Date(2025, 2, 10), {"CD"}, {});
    answered.answeredOn = Date(2025, 2, 20);
    answered.answer = "Réponse";
    {
        auto work = store->begin();
        store->solicitations().insert(joint);
        store->solicitations().insert(answered);
        work->commit();
    }
    CHECK(store->solicitations().find(joint.id)->addressees ==
          std::vector<std::string>{"CPAM", "CAF"});
    SolicitationFilter f;
    f.institution = "CAF";
    CHECK(store->solicitations().list(f).size() == 1);
    f = {};
    f.state = SolicitationState::Answered;
    CHECK(store->solicitations().list(f).front().id == answered.id);
    f = {};
    f.report = r.id;
    CHECK(store->solicitations().list(f).front().id == joint.id);
    CHECK(store->solicitations().overdueCount(Date(2025, 3, 1)) == 1);
    CHECK(store->solicitations().overdueCount(Date(2025, 1, 20)) == 0);
}

CONTRACT("a reference code is unique whatever its case") {
    Backend backend;
    auto store = backend.open();
    auto work = store->begin();
    Institution twice;
    twice.code = "caf";
    twice.name = "Encore la CAF";
    CHECK(refusal([&] { store->reference().add(twice); }) == StorageError::Kind::Conflict);
}

CONTRACT("the audit trail, the settings and the files read back") {
    Backend backend;
    auto store = backend.open();
    {
        auto work = store->begin();
        store->audit().record({0, "2025-01-01T09:00:00Z", "marie", "report", 7, "create", "", "{}", ""});
        store->audit().record({0, "2025-01-02T09:00:00Z", "paul", "report", 7, "update", "{}", "{}", ""});
        store->settings().set("organisation.name", "CCAS de Villedémo");
        store->settings().setFile("logo", std::string("\x89PNG\0\x01", 6));
        work->commit();
    }
    const auto history = store->audit().history("report", 7);
    REQUIRE(history.size() == 2);
    CHECK(history[0].user == "marie"); // oldest first
    CHECK(history[1].action == "update");
    CHECK(store->settings().get("organisation.name") == "CCAS de Villedémo");
    CHECK_FALSE(store->settings().get("absent"));
    CHECK(store->settings().file("logo")->size() == 6); // binary, with its zero byte
    // What a whole copy lists: every key and file by name, the trail oldest first.
    CHECK(store->settings().keys() == std::vector<std::string>{"organisation.name"});
    CHECK(store->settings().fileNames() == std::vector<std::string>{"logo"});
    std::vector<std::string> users;
    store->audit().forEach([&](const AuditEntry& e) { users.push_back(e.user); });
    CHECK(users == std::vector<std::string>{"marie", "paul"});
}

CONTRACT("another connection sees what is committed, never what is pending") {
    Backend backend;
    auto writer = backend.open();
    auto reader = backend.open();
    const auto before = reader->changeStamp();
    ReportFilter all;
    {
        auto work = writer->begin();
        auto r = report(2025, 1, Date(2025, 3, 4), "En cours d'écriture");
        writer->reports().insert(r);
        CHECK(reader->reports().count(all) == 0);
        work->commit();
    }
    CHECK(reader->reports().count(all) == 1);
    CHECK_FALSE(reader->changeStamp() == before); // the window knows to reload
    const auto now = reader->changeStamp();
    reader->reports().count(all);
    CHECK(reader->changeStamp() == now); // reading moves nothing
}

CONTRACT("a snapshot keeps its view while others commit, and allows no writing") {
    Backend backend;
    auto document = backend.open();
    auto other = backend.open();
    stored(*other, report(2025, 1, Date(2025, 3, 4), "Avant le document"));
    ReportFilter all;
    {
        const auto snapshot = document->readSnapshot();
        CHECK(document->reports().count(all) == 1);
        stored(*other, report(2025, 2, Date(2025, 3, 5), "Pendant le document"));
        CHECK(document->reports().count(all) == 1); // the document's figures add up
        CHECK_THROWS(document->begin());
    }
    CHECK(document->reports().count(all) == 2);
}

CONTRACT("figures typed in for a year are replaced whole") {
    Backend backend;
    auto store = backend.open();
    EnteredFigures f;
    f.year = 2014;
    f.reports = 30;
    f.meetings = 10;
    f.categories = {{Category::NonAccess, 20}, {Category::Delay, 10}};
    f.enteredAt = "2025-01-01T09:00:00Z";
    f.enteredBy = "marie";
    {
        auto work = store->begin();
        store->enteredFigures().save(f);
        f.reports = 31;
        f.categories = {{Category::NonAccess, 31}};
        store->enteredFigures().save(f);
        work->commit();
    }
    const auto back = store->enteredFigures().find(2014);
    REQUIRE(back);
    CHECK(back->reports == 31);
    CHECK(back->categories.size() == 1);
    CHECK(store->enteredFigures().years() == std::vector<int>{2014});
}

namespace {

OutreachSession session(Date day, const std::string& scheme, const std::string& district,
                        long long people) {
    OutreachSession s;
    s.heldOn = day;
    s.scheme = scheme;
    s.district = district;
    s.people = people;
    s.createdAt = s.updatedAt = "2025-01-01T09:00:00Z";
    return s;
}

} // namespace

CONTRACT("outreach sessions read back whole, by period, scheme, district and report") {
    Backend backend;
    auto store = backend.open();
    const auto a = stored(*store, report(2025, 1, Date(2025, 3, 4), "Soulevée en tournée"));
    const auto b = stored(*store, report(2025, 2, Date(2025, 3, 5), "Soulevée aussi"));
    OutreachSession full = session(Date(2025, 3, 4), "caravane", "Villeneuve", 12);
    full.startsAt = TimeOfDay{9 * 60};
    full.endsAt = TimeOfDay{12 * 60 + 30};
    full.place = "Place du marché";
    full.partner = "CAF";
    full.staff = "2 conseillères CCAS";
    full.newPeople = 9;
    full.informed = 0; // zero stays zero, empty stays empty
    full.rightsAppointments = 3;
    full.themes = {"sante", "logement"};
    full.reports = {b.id, a.id};
    full.notes = "Beaucoup de questions sur la complémentaire santé";
    OutreachSession later = session(Date(2025, 3, 4), "EQUIPE_MOBILE", "Mistral", 5);
    later.startsAt = TimeOfDay{14 * 60};
    OutreachSession april = session(Date(2025, 4, 2), "caravane", "Mistral", 7);
    april.reports = {a.id};
    {
        auto work = store->begin();
        store->outreach().insert(april);
        store->outreach().insert(later);
        store->outreach().insert(full);
        work->commit();
    }
    CHECK(full.version == 1);
    const auto back = store->outreach().find(full.id);
    REQUIRE(back);
    CHECK(back->heldOn == Date(2025, 3, 4));
    CHECK(back->startsAt->text() == "09:00");
    CHECK(back->endsAt->text() == "12:30");
    CHECK(*back->hours() == doctest::Approx(3.5));
    CHECK(back->scheme == "caravane");
    CHECK(back->place == "Place du marché");
    CHECK(back->partner == "CAF");
    CHECK(back->staff == "2 conseillères CCAS");
    CHECK(back->people == 12);
    CHECK(back->newPeople == 9);
    CHECK(back->informed == 0);
    CHECK_FALSE(back->applications.has_value());
    CHECK(back->themes == std::vector<std::string>{"sante", "logement"});
    CHECK(back->reports == std::vector<ReportId>{b.id, a.id});
    CHECK(back->notes == full.notes);
    CHECK(store->outreach().find(later.id)->scheme == "equipe_mobile"); // the stored code

    auto ids = [](const std::vector<OutreachSession>& sessions) {
        std::vector<SessionId> out;
        for (const auto& s : sessions) {
            out.push_back(s.id);
        }
        return out;
    };
    // By date, then start time: the morning's caravan before the afternoon's team.
    CHECK(ids(store->outreach().list({})) == std::vector<SessionId>{full.id, later.id, april.id});
    SessionFilter march;
    march.period = Period{Date(2025, 3, 1), Date(2025, 3, 31)};
    CHECK(ids(store->outreach().list(march)) == std::vector<SessionId>{full.id, later.id});
    SessionFilter caravan;
    caravan.scheme = "Caravane";
    CHECK(ids(store->outreach().list(caravan)) == std::vector<SessionId>{full.id, april.id});
    SessionFilter mistral;
    mistral.district = "Mistral";
    CHECK(ids(store->outreach().list(mistral)) == std::vector<SessionId>{later.id, april.id});
    CHECK(ids(store->outreach().ofReport(a.id)) == std::vector<SessionId>{full.id, april.id});
    CHECK(store->outreach().districts() == std::vector<std::string>{"Mistral", "Villeneuve"});

    auto work = store->begin();
    store->outreach().remove(full.id);
    CHECK_FALSE(store->outreach().find(full.id));
    CHECK(ids(store->outreach().ofReport(b.id)).empty()); // its links went with it
}

CONTRACT("an outreach session keeps its id, refuses a stale save, and its schemes are codes") {
    Backend backend;
    auto store = backend.open();
    const auto schemes = store->outreach().schemes();
    CHECK(std::any_of(schemes.begin(), schemes.end(),
                      [](const OutreachScheme& s) { return s.code == "caravane"; }));
    OutreachScheme own{0, "maraude", "Maraude du soir", true};
    {
        auto work = store->begin();
        store->outreach().add(own);
        work->commit();
    }
    CHECK(own.id != 0);
    {
        auto work = store->begin();
        OutreachScheme twice{0, "MARAUDE", "Encore", true};
        CHECK(refusal([&] { store->outreach().add(twice); }) != StorageError::Kind::Stale);
    }
    OutreachSession kept = session(Date(2025, 5, 6), "maraude", "", 4);
    kept.id = 40;
    OutreachSession next = session(Date(2025, 5, 7), "maraude", "", 2);
    {
        auto work = store->begin();
        store->outreach().insert(kept);
        store->outreach().insert(next);
        work->commit();
    }
    CHECK(kept.id == 40);
    CHECK(next.id > 40);
    OutreachSession stale = kept;
    {
        auto work = store->begin();
        kept.people = 6;
        store->outreach().update(kept);
        work->commit();
    }
    CHECK(kept.version == 2);
    auto work = store->begin();
    stale.people = 9;
    CHECK(refusal([&] { store->outreach().update(stale); }) == StorageError::Kind::Stale);
    CHECK(store->outreach().find(kept.id)->people == 6);
}

CONTRACT("emergency aid reads back whole, by period, keeps its id and refuses a stale save") {
    Backend backend;
    auto store = backend.open();
    const auto a = stored(*store, report(2025, 1, Date(2025, 3, 4), "Loyer impayé"));
    EmergencyAid aid;
    aid.grantedOn = Date(2025, 3, 10);
    aid.cents = 123450;
    aid.kind = AidKind::Housing;
    aid.right = "APL";
    aid.nonTakeUp = NonTakeUp::NotReceived;
    aid.institution = "CAF";
    aid.reports = {a.id};
    aid.notes = "Aide au loyer en attendant l'APL";
    aid.createdAt = aid.updatedAt = "2025-03-10T09:00:00Z";
    EmergencyAid plain;
    plain.id = 30;
    plain.grantedOn = Date(2025, 1, 5);
    plain.cents = 4000;
    plain.createdAt = plain.updatedAt = aid.createdAt;
    {
        auto work = store->begin();
        store->aids().insert(plain);
        store->aids().insert(aid);
        work->commit();
    }
    CHECK(plain.id == 30);
    CHECK(aid.id > 30);
    const auto back = store->aids().find(aid.id);
    REQUIRE(back);
    CHECK(back->cents == 123450);
    CHECK(back->kind == AidKind::Housing);
    CHECK(back->right == "APL");
    CHECK(back->nonTakeUp == NonTakeUp::NotReceived);
    CHECK(back->institution == "CAF");
    CHECK(back->reports == std::vector<ReportId>{a.id});
    CHECK(back->notes == aid.notes);
    CHECK_FALSE(store->aids().find(plain.id)->kind);
    const auto all = store->aids().list(std::nullopt);
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == 30); // by date
    CHECK(store->aids().list(Period{Date(2025, 3, 1), Date(2025, 3, 31)}).size() == 1);
    EmergencyAid stale = aid;
    {
        auto work = store->begin();
        aid.cents = 100000;
        store->aids().update(aid);
        work->commit();
    }
    auto work = store->begin();
    CHECK(refusal([&] { store->aids().update(stale); }) == StorageError::Kind::Stale);
    CHECK(store->aids().find(aid.id)->cents == 100000);
    store->aids().remove(plain.id);
    CHECK_FALSE(store->aids().find(plain.id));
}

CONTRACT("a FAQ entry reads back whole with its codes in order, keeps its id, refuses a stale "
         "save") {
    Backend backend;
    auto store = backend.open();
    const auto a = stored(*store, report(2025, 1, Date(2025, 3, 4), "RSA suspendu"));
    const auto b = stored(*store, report(2025, 2, Date(2025, 3, 5), "APL interrompue"));
    FaqEntry e;
    e.question = "Mon RSA est suspendu : que faire ?";
    e.answer = "Déclarez vos revenus.\n\nLe CCAS peut vous aider.";
    e.rights = {"RSA", "APL"};
    e.institutions = {"CAF", "CD"};
    e.reports = {b.id, a.id};
    e.checkedOn = Date(2025, 4, 1);
    e.published = true;
    e.createdAt = e.updatedAt = "2025-04-01T09:00:00Z";
    FaqEntry draft;
    draft.id = 40;
    draft.question = "Brouillon ?";
    draft.answer = "À écrire.";
    draft.createdAt = draft.updatedAt = e.createdAt;
    {
        auto work = store->begin();
        store->faq().insert(draft);
        store->faq().insert(e);
        work->commit();
    }
    CHECK(draft.id == 40);
    CHECK(e.id > 40);
    const auto back = store->faq().find(e.id);
    REQUIRE(back);
    CHECK(back->question == e.question);
    CHECK(back->answer == e.answer);
    CHECK(back->rights == std::vector<std::string>{"RSA", "APL"});
    CHECK(back->institutions == std::vector<std::string>{"CAF", "CD"});
    CHECK(back->reports == std::vector<ReportId>{b.id, a.id});
    CHECK(back->checkedOn == Date(2025, 4, 1));
    CHECK(back->published);
    const auto plain = store->faq().find(40);
    REQUIRE(plain);
    CHECK_FALSE(plain->checkedOn);
    CHECK_FALSE(plain->published);
    CHECK(plain->rights.empty());
    const auto all = store->faq().list();
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == 40); // by id
    FaqEntry stale = e;
    {
        auto work = store->begin();
        e.rights = {"APL"};
        e.published = false;
        store->faq().update(e);
        work->commit();
    }
    CHECK(store->faq().find(e.id)->rights == std::vector<std::string>{"APL"});
    auto work = store->begin();
    CHECK(refusal([&] { store->faq().update(stale); }) == StorageError::Kind::Stale);
    CHECK_FALSE(store->faq().find(e.id)->published);
    store->faq().remove(draft.id);
    CHECK_FALSE(store->faq().find(draft.id));
}
