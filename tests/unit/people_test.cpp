// A member of staff's extract and erasure (issue 19, FORMATS.md "People"): which spellings
// name them, that the extract finds every place, and that the erasure leaves no trace of
// the name in the file, its journal or Vigie's copies while every figure stays the same.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "app/backups.h"
#include "app/meeting_service.h"
#include "app/people.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "app/solicitation_service.h"
#include "app/statistics_service.h"
#include "app/workspace.h"
#include "domain/person_names.h"
#include "storage/store.h"
#include "support.h"

using namespace vigie;
namespace fs = std::filesystem;

TEST_CASE("a name is found whole, in either order, after a civility, accents and case aside") {
    const NameMatcher marie("Marie-Hélène Dupont");
    CHECK(marie.names("Rédigé par Marie-Hélène Dupont."));
    CHECK(marie.names("MARIE HELENE DUPONT"));
    CHECK(marie.names("vu avec DUPONT Marie-Hélène hier"));
    CHECK(marie.names("Mme Dupont a appelé la CAF"));
    CHECK(marie.names("Madame dupont"));
    CHECK_FALSE(marie.names("Dupontel a appelé"));          // inside another word
    CHECK_FALSE(marie.names("Mme Dupontel"));
    CHECK_FALSE(marie.names("Paul Dupont"));                // another Dupont
    CHECK_FALSE(marie.names("Dupont"));                     // the surname alone may be another
    CHECK_FALSE(marie.names("Marie-Hélène"));
    CHECK_FALSE(NameMatcher("  ").valid());

    const NameMatcher upper("DUPONT Marie"); // the surname in capitals comes first
    CHECK(upper.names("Marie Dupont"));
    CHECK(upper.names("M. Dupont"));

    long long count = 0;
    CHECK(marie.replaced("Mme Dupont et Marie-Hélène Dupont, pas Dupontel", "Représentant de la CAF",
                         count) ==
          "Représentant de la CAF et Représentant de la CAF, pas Dupontel");
    CHECK(count == 2);
}

TEST_CASE("the role that replaces a name says the body in plain French") {
    CHECK(roleOfMember("CAF", "CAF") == "Représentant de la CAF");
    CHECK(roleOfMember("udaf", "UDAF") == "Représentant de l'UDAF");
    CHECK(roleOfMember("CD", "Conseil départemental") == "Représentant du Conseil départemental");
    CHECK(roleOfMember("ASSO", "Secours populaire") ==
          "Représentant de l'organisme Secours populaire");
    CHECK(roleOfMember("", "") == "Membre du groupe de veille");
}

namespace {

// A small watch group where Marie Dupont is named in every kind of place.
struct Group {
    test::TempDir dir;
    fs::path file = dir / "veille.sqlite";
    std::unique_ptr<app::Workspace> workspace = app::Workspace::open(file);
    ReportId report = 0;

    Group() {
        auto& store = workspace->store();
        const auto actor = workspace->actor();
        app::ReferenceService(store, actor).save(Person{0, "Marie Dupont", "CAF",
                                                        "marie.dupont@caf.example", true, true});
        DifficultyReport r;
        r.receivedOn = Date(2025, 3, 4);
        r.author = "Marie Dupont";
        r.description = "Situation signalée à MME DUPONT ; Dupontel n'y est pour rien.";
        r.categories = {Category::Delay};
        r.rights = {"RSA"};
        r.institutions = {"CAF"};
        report = app::ReportService(store, actor).create(r, app::PersonalData::SaveAnyway).id;
        Meeting m;
        m.date = Date(2025, 3, 14);
        m.presentPeople = {"Paul Martin", "DUPONT Marie", "Représentant de la CAF"};
        m.agenda = {{0, AgendaKind::NewReport, report, std::nullopt, "", ""}};
        app::MeetingService meetings(store, actor);
        m = meetings.save(m, app::PersonalData::SaveAnyway);
        Decision d;
        d.meeting = m.id;
        d.report = report;
        d.kind = DecisionKind::IndividualAlert;
        d.text = "Prévenir la rédactrice";
        d.owner = "Marie Dupont";
        meetings.save(d, app::PersonalData::SaveAnyway);
        Solicitation s;
        s.sentOn = Date(2025, 3, 20);
        s.addressees = {"CAF"};
        s.subject = "Délais RSA";
        s.contact = "Marie Dupont";
        s.expectedBy = Date(2025, 4, 20);
        app::SolicitationService(store, actor).save(s, app::PersonalData::SaveAnyway);
        FaqEntry faq;
        faq.question = "Qui contacter pour un retard de RSA ?";
        faq.answer = "Marie Dupont, à la CAF, reçoit le mardi.";
        auto work = store.begin();
        store.faq().insert(faq);
        work->commit();
    }
};

long long countKind(const app::PersonExtract& x, const std::string& kind) {
    return std::count_if(x.places.begin(), x.places.end(),
                         [&](const app::PersonPlace& p) { return p.kind == kind; });
}

} // namespace

TEST_CASE("a person's extract holds every place that names them, and only those") {
    Group g;
    app::People people(*g.workspace);
    const auto x = people.extract("marie dupont", "", Date(2026, 12, 3));
    REQUIRE(x.references.size() == 1);
    CHECK(x.references[0].email == "marie.dupont@caf.example");
    CHECK(countKind(x, "report") == 2); // author and description
    CHECK(countKind(x, "meeting") == 1);
    CHECK(countKind(x, "decision") == 1);
    CHECK(countKind(x, "solicitation") == 1);
    CHECK(countKind(x, "faq") == 1);
    CHECK(countKind(x, "audit") >= 4); // the history of each of those records
    const auto author = std::find_if(x.places.begin(), x.places.end(),
                                     [](const auto& p) { return p.kind == "report"; });
    CHECK(author->record.find("2025-") != std::string::npos);
    CHECK(author->on == Date(2025, 3, 4));
    CHECK(people.extract("Paul Durand").placeCount() == 0);
    // Another Dupont: only « MME DUPONT » may be either of them, and is shown to both.
    const auto paul = people.extract("Paul Dupont");
    CHECK(paul.references.empty());
    CHECK(countKind(paul, "meeting") == 0);
    CHECK(countKind(paul, "solicitation") == 0);
    CHECK(std::all_of(paul.places.begin(), paul.places.end(), [](const app::PersonPlace& p) {
        return p.text.find("MME DUPONT") != std::string::npos;
    }));

    const auto json = nlohmann::json::parse(app::personExtractJson(x));
    CHECK(json["person"] == "marie dupont");
    CHECK(json["extracted_on"] == "2026-12-03");
    CHECK(json["references"].size() == 1);
    CHECK(json["places"].size() == x.places.size());
    CHECK(json["places"][0]["kind"] == "report");

    const auto login = people.extract("Marie Dupont", g.workspace->actor().user);
    CHECK(login.madeByLogin.size() >= 4);

    const fs::path pdf = g.dir / "extrait.pdf";
    app::writePersonExtract(g.workspace->store(), x, pdf);
    const std::string text = test::run("pdftotext '" + pdf.string() + "' - 2>/dev/null");
    CHECK(text.find("Marie Dupont") != std::string::npos);
    CHECK(text.find("03/12/2026") != std::string::npos);
    CHECK(text.find("MME DUPONT") != std::string::npos);
}

TEST_CASE("an erasure replaces the name by the role everywhere, once, figures unchanged") {
    Group g;
    auto& store = g.workspace->store();
    app::People people(*g.workspace);
    CHECK(people.defaultRole("Marie Dupont") == "Représentant de la CAF");
    const std::string figures = app::statisticsJson(app::yearStatistics(store, 2025));
    REQUIRE(app::dailyBackup(*g.workspace)); // an automatic copy holding the name
    const long long expected = people.extract("Marie Dupont").placeCount();

    const auto result = people.erase("Marie Dupont", "Représentant de la CAF");
    CHECK(result.replaced >= expected);
    CHECK(result.scrub.undone.empty());
    CHECK(result.scrub.copiesRemoved.size() == 1);
    CHECK(app::statisticsJson(app::yearStatistics(store, 2025)) == figures);
    CHECK(people.extract("Marie Dupont").placeCount() == 0);
    const auto r = store.reports().find(g.report);
    CHECK(r->author == "Représentant de la CAF");
    CHECK(r->description ==
          "Situation signalée à Représentant de la CAF ; Dupontel n'y est pour rien.");
    const auto person = store.reference().people();
    CHECK(std::none_of(person.begin(), person.end(),
                       [](const Person& p) { return p.email.find("dupont") != std::string::npos; }));
    const long long auditSize = store.audit().size();
    CHECK(people.erase("Marie Dupont", "Représentant de la CAF").replaced == 0); // idempotent
    CHECK(store.audit().size() == auditSize);
    CHECK_THROWS_AS(people.erase("Marie Dupont", "Mme Dupont"), std::invalid_argument);

    g.workspace.reset(); // the files as they rest on the disk
    for (const auto& entry : fs::recursive_directory_iterator(g.dir.path())) {
        if (entry.is_regular_file()) {
            INFO(entry.path().string());
            const std::string bytes = test::readFile(entry.path());
            CHECK(bytes.find("Marie Dupont") == std::string::npos);
            CHECK(bytes.find("DUPONT") == std::string::npos);
            CHECK(bytes.find("marie.dupont") == std::string::npos);
        }
    }
}
