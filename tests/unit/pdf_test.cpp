// The PDF documents, read back as a reader (or a screen reader) would: with pdftotext.
#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <fmt/format.h>

#include "storage/store.h"
#include "app/demo.h"
#include "app/documents.h"
#include "app/solicitation_documents.h"
#include "app/meeting_service.h"
#include "app/reference_service.h"
#include "app/report_service.h"
#include "app/solicitation_service.h"
#include "reports/document.h"
#include "support.h"

using namespace vigie;
using test::run;
namespace fs = std::filesystem;

namespace {

std::string textOf(const fs::path& pdf) {
    return run("pdftotext -layout '" + pdf.string() + "' - 2>/dev/null");
}

int pagesOf(const fs::path& pdf) {
    const std::string info = run("pdfinfo '" + pdf.string() + "' 2>/dev/null");
    const auto at = info.find("Pages:");
    REQUIRE(at != std::string::npos);
    return std::stoi(info.substr(at + 6));
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        ++n;
    }
    return n;
}

const std::string kLongText =
    "Précarité énergétique : la famille, hébergée depuis l'hiver chez un tiers, attend "
    "l'ouverture de ses droits à l'aide au logement ; la CAF réclame à nouveau des pièces déjà "
    "transmises, l'accueil physique renvoie vers le site internet et le délai dépasse désormais "
    "cinq mois. Les relances écrites sont restées sans réponse, le reste à vivre est négatif et "
    "une dette d'énergie s'accumule. Le groupe de terrain signale que d'autres situations "
    "semblables ont été rencontrées ce trimestre, notamment pour des personnes âgées isolées. ";

} // namespace

TEST_CASE("minutes of a meeting with 40 reports: every reference, accents, pages, fonts") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "db.sqlite");
    app::ReportService reports(*store, test::testActor());
    app::MeetingService meetings(*store, test::testActor());
    Meeting m;
    m.date = Date(2025, 7, 15);
    m.time = "14:00";
    m.place = "CCAS \u2014 salle du conseil";
    m.presentBodies = {"CAF", "CD", "CPAM"};
    m.excusedBodies = {"MDPH"};
    std::vector<std::string> references;
    for (int i = 0; i < 40; ++i) {
        DifficultyReport r;
        r.receivedOn = Date(2025, 6, 1 + i % 28);
        r.description = kLongText + (i % 3 == 0 ? kLongText : std::string());
        r.categories = {Category::Precarity, Category::NonAccess};
        r.rights = {"APL", "RSA"};
        r.institutions = {"CAF"};
        r = reports.create(r);
        references.push_back(r.reference.text());
        m.agenda.push_back({0, AgendaKind::NewReport, r.id, std::nullopt, "",
                            "Échange nourri ; la CAF s'engage à réexaminer le dossier."});
    }
    m.agenda.push_back({0, AgendaKind::Free, std::nullopt, std::nullopt, "Questions diverses", ""});
    m = meetings.save(m);
    Decision d;
    d.meeting = m.id;
    d.report = *m.agenda.front().report;
    d.kind = DecisionKind::CollectiveAlert;
    d.text = "Rappeler la réglementation sur les pièces justificatives";
    d.institutions = {"CAF"};
    meetings.save(d);

    const fs::path pdf = dir / "compte-rendu.pdf";
    app::writeMinutes(*store, m.id, pdf);
    const std::string text = textOf(pdf);
    const int pages = pagesOf(pdf);
    CHECK(pages > 1);
    CHECK(text.find("Précarité énergétique") != std::string::npos);
    CHECK(text.find("Échange nourri") != std::string::npos);
    for (const auto& ref : references) {
        CHECK_MESSAGE(text.find(ref) != std::string::npos, ref);
    }
    CHECK(text.find(fmt::format("Page 2 / {}", pages)) != std::string::npos);
    CHECK(text.find(fmt::format("Page {} / {}", pages, pages)) != std::string::npos);
    // The title heads every page.
    CHECK(count(text, "Minutes of the meeting of Tuesday 15 July 2025") >= static_cast<std::size_t>(pages));
    CHECK(text.find("Rappeler la réglementation") != std::string::npos);
    const std::string fonts = run("pdffonts '" + pdf.string() + "' 2>/dev/null");
    CHECK(fonts.find("DejaVuSans") != std::string::npos);
    CHECK(fonts.find("yes yes yes") != std::string::npos); // embedded, subset, Unicode
    CHECK_FALSE(fs::exists(pdf.string() + ".partial"));
}

TEST_CASE("a long table breaks across pages and repeats its header") {
    test::TempDir dir;
    pdf::Document doc({"Tableau", "Test", "", "01/01/2026", {}});
    std::vector<std::vector<std::string>> rows;
    for (int i = 0; i < 120; ++i) {
        rows.push_back({fmt::format("ligne-{:03}", i), "Santé, précarité"});
    }
    doc.table({{"Colonne référence", 0.5f}, {"Colonne catégories", 0.5f}}, rows);
    doc.save(dir / "t.pdf");
    const std::string text = textOf(dir / "t.pdf");
    const int pages = pagesOf(dir / "t.pdf");
    CHECK(pages >= 3);
    CHECK(count(text, "Colonne référence") == static_cast<std::size_t>(pages));
    CHECK(text.find("ligne-119") != std::string::npos);
}

TEST_CASE("characters libharu cannot draw are replaced, not lost silently") {
    CHECK(pdf::printable("Emoji \xF0\x9F\x98\x80 fin") == "Emoji \xEF\xBF\xBD fin");
    CHECK(pdf::printable("a\tb\x01" "c\nd") == "a bc\nd");
    CHECK(pdf::printable("Précarité") == "Précarité");
}

TEST_CASE("a document that cannot be written leaves no file and says why") {
    test::TempDir dir;
    pdf::Document doc({"Titre", "", "", "", {}});
    doc.paragraph("Texte");
    const fs::path target = dir / "absent-folder" / "doc.pdf";
    CHECK_THROWS_AS(doc.save(target), pdf::PdfError);
    CHECK_FALSE(fs::exists(target));
    CHECK(fs::is_empty(dir.path()));
}

TEST_CASE("the other documents: one report, a blank form, invitation and attendance sheet") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "db.sqlite");
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Délai anormalement long pour l'AAH";
    r.categories = {Category::Delay};
    r.rights = {"AAH"};
    r = app::ReportService(*store, test::testActor()).create(r);
    app::writeReportSheet(*store, r.id, dir / "fiche.pdf");
    CHECK(textOf(dir / "fiche.pdf").find("Délai anormalement long pour l'AAH") != std::string::npos);
    app::writeBlankForm(*store, dir / "vierge.pdf");
    const std::string blank = textOf(dir / "vierge.pdf");
    CHECK(blank.find("Precariousness") != std::string::npos);
    CHECK(blank.find("RSA") != std::string::npos);

    Meeting m;
    m.date = Date(2025, 9, 9);
    m.place = "Salle du conseil";
    m.agenda.push_back({0, AgendaKind::NewReport, r.id, std::nullopt, "", ""});
    m = app::MeetingService(*store, test::testActor()).save(m);
    Person p{0, "Référente CAF", "CAF", "ref@caf.exemple.fr", true, true};
    {
        auto work = store->begin();
        store->reference().add(p);
        work->commit();
    }
    app::writeInvitation(*store, m.id, dir / "convocation.pdf");
    const std::string invitation = textOf(dir / "convocation.pdf");
    CHECK(invitation.find(r.reference.text()) != std::string::npos);
    // The agenda numbered once: "1. ...", never a bullet before the number ("• 1.").
    CHECK(invitation.find("1.") != std::string::npos);
    CHECK(invitation.find("\u2022") == std::string::npos);
    app::writeAttendanceSheet(*store, m.id, dir / "emargement.pdf");
    const std::string sheet = textOf(dir / "emargement.pdf");
    CHECK(sheet.find("Référente CAF") != std::string::npos);
    CHECK(sheet.find("Caisse d'allocations") != std::string::npos);
}

TEST_CASE("a joint solicitation gives one letter per addressee; the reminder recalls the date") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "db.sqlite");
    app::ReferenceService reference(*store, test::testActor());
    app::OrganisationProfile profile;
    profile.name = "CCAS de Bourg-en-Bresse";
    reference.saveOrganisation(profile);
    auto institutions = store->reference().institutions();
    for (auto& i : institutions) {
        if (i.code == "CAF") {
            i.contactPerson = "Mme la responsable du partenariat";
            i.postalAddress = "4 rue Aristide Briand\n01000 Bourg-en-Bresse";
            reference.save(i);
        }
    }
    DifficultyReport r;
    r.receivedOn = Date(2025, 3, 4);
    r.description = "Versement de l'AAH interrompu pendant le renouvellement du dossier";
    r.categories = {Category::Delay};
    r.rights = {"AAH"};
    r = app::ReportService(*store, test::testActor()).create(r);
    Solicitation s;
    s.sentOn = Date(2025, 3, 11);
    s.addressees = {"MDPH", "CAF"};
    s.subject = "Continuité des droits AAH pendant le renouvellement";
    s.reports = {r.id};
    s = app::SolicitationService(*store, test::testActor()).save(s);

    app::writeSolicitationLetter(*store, s.id, dir / "lettre.pdf");
    const std::string letter = textOf(dir / "lettre.pdf");
    CHECK(pagesOf(dir / "lettre.pdf") == 2); // MDPH, then CAF
    CHECK(count(letter, "Continuité des droits AAH pendant le renouvellement") >= 2);
    CHECK(count(letter, "CCAS de Bourg-en-Bresse") >= 2);
    CHECK(letter.find("Mme la responsable du") != std::string::npos);
    // Dated the day it was sent, even when printed again later.
    CHECK(count(letter, "11/03/2025") >= 4);
    CHECK(letter.find("01000 Bourg-en-Bresse") != std::string::npos);
    CHECK(count(letter, r.reference.text()) == 2);
    CHECK(letter.find("renouvellement du dossier") != std::string::npos);
    CHECK(letter.find("10/04/2025") != std::string::npos); // answer expected 30 days later
    CHECK(letter.find("personnes") < letter.find("Mme la responsable du"));

    // No reminder recorded: no reminder letter.
    CHECK_THROWS_AS(app::writeReminderLetter(*store, s.id, dir / "relance.pdf"),
                    std::invalid_argument);
    app::SolicitationService service(*store, test::testActor());
    service.chase(s.id, Date(2025, 4, 22), "Relance par courrier");
    app::writeReminderLetter(*store, s.id, dir / "relance.pdf");
    const std::string reminder = textOf(dir / "relance.pdf");
    CHECK(reminder.find("11/03/2025") != std::string::npos); // the date it was first sent
    CHECK(reminder.find("Reminder") != std::string::npos);
    CHECK(reminder.find("22/04/2025") != std::string::npos); // the reminder's own day
    CHECK(reminder.find("22/05/2025") != std::string::npos); // the new date asked
    CHECK(reminder.find("reminded you") == std::string::npos); // the first reminder
    // The first letter printed again is still the first letter: its own answer date.
    app::writeSolicitationLetter(*store, s.id, dir / "lettre-encore.pdf");
    const std::string again = textOf(dir / "lettre-encore.pdf");
    CHECK(again.find("10/04/2025") != std::string::npos);
    CHECK(again.find("22/05/2025") == std::string::npos);

    // A second reminder recalls the first one.
    service.chase(s.id, Date(2025, 5, 27), "Relance par e-mail");
    app::writeReminderLetter(*store, s.id, dir / "relance2.pdf");
    const std::string second = textOf(dir / "relance2.pdf");
    CHECK(second.find("27/05/2025") != std::string::npos);
    CHECK(second.find("reminded you of it on 22/04/2025") != std::string::npos);
    CHECK(second.find("26/06/2025") != std::string::npos);
    const auto mail = app::reminderEmail(*store, s.id);
    CHECK(mail.subject.find("Continuité des droits AAH") != std::string::npos);
    CHECK(mail.body.find("22/04/2025") != std::string::npos);
    CHECK(mail.body.find("26/06/2025") != std::string::npos);
    CHECK(mail.body.find("CCAS de Bourg-en-Bresse") != std::string::npos);
}

TEST_CASE("a usual month on the demo database: the agenda fits a sitting, the minutes 2 to 4 pages") {
    test::TempDir dir;
    auto store = storage::openSqliteStore(dir / "demo.sqlite");
    app::DemoOptions demo;
    app::fillWithDemoData(*store, test::testActor(), demo);
    app::MeetingService meetings(*store, test::testActor());
    // The next meeting the demo planned, with the agenda proposed for it.
    std::optional<Meeting> next;
    for (const auto& planned : store->meetings().list(std::nullopt)) {
        if (!next && !(planned.date < Date::today())) {
            next = store->meetings().find(planned.id);
        }
    }
    REQUIRE(next);
    Meeting m = *next;
    INFO("meeting of " << m.date.french());
    const auto proposal = meetings.proposeAgenda(m.date);
    CHECK(proposal.proposed.size() <= 25);
    CHECK(proposal.proposed.size() >= usualFreeItems().size());
    // A demo group's backlog: something is left for « Ajouter d'autres fiches ouvertes… ».
    CHECK_FALSE(proposal.others.empty());
    // A usual meeting: the group treats what was proposed and decides on its reports.
    m.agenda = proposal.proposed;
    m.state = MeetingState::Planned;
    m = meetings.save(m);
    int decided = 0;
    for (const auto& item : m.agenda) {
        if (item.kind == AgendaKind::NewReport && item.report && decided < 6) {
            Decision d;
            d.meeting = m.id;
            d.report = *item.report;
            d.kind = decided % 2 ? DecisionKind::FaqAnswer : DecisionKind::IndividualAlert;
            d.text = "Informer le rédacteur de la procédure";
            d.due = m.date.addDays(30);
            meetings.save(d);
            ++decided;
        }
    }
    app::writeMinutes(*store, m.id, dir / "cr.pdf");
    const int pages = pagesOf(dir / "cr.pdf");
    MESSAGE("minutes: " << pages << " pages for " << m.agenda.size() << " items");
    CHECK(pages >= 2);
    CHECK(pages <= 4);
    const std::string text = textOf(dir / "cr.pdf");
    // Late follow-ups say how late; the others are counted, not listed.
    CHECK(text.find(" late") != std::string::npos);
    CHECK(text.find("not due yet") != std::string::npos);
}
