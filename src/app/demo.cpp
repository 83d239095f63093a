// The demo generator. Situations are written so that they never identify anyone: they
// describe a difficulty, never a person (DOMAIN.md).
#include "demo.h"
#include "demo_random.h"

#include <algorithm>
#include <map>
#include <string>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "meeting_service.h"
#include "solicitation_service.h"
#include "report_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using demo::Random;

struct Situation {
    const char* text; // "{m}": a number of months
    std::vector<std::string> rights;
    std::vector<std::string> institutions;
    Category main;
    std::optional<NonTakeUp> nonTakeUp;
};

const std::vector<Situation>& situations() {
    static const std::vector<Situation> all = {
        {"Demande de RSA déposée il y a {m} mois, dossier déclaré incomplet alors que toutes les "
         "pièces ont été transmises ; le foyer vit sans ressources.",
         {"RSA"},
         {"CAF"},
         Category::Delay,
         std::nullopt},
        {"Suspension du RSA après un contrôle, sans courrier explicatif ; plus aucun revenu "
         "depuis {m} mois et une dette de loyer qui grandit.",
         {"RSA"},
         {"CAF", "CD"},
         Category::NonAccess,
         NonTakeUp::NotReceived},
        {"Personne en attente de la liquidation de sa retraite qui ignorait pouvoir demander le "
         "RSA en attendant ; aucune ressource depuis {m} mois.",
         {"RSA", "RETRAITE"},
         {"CAF", "CARSAT"},
         Category::NonAccess,
         NonTakeUp::Unknown},
        {"Renouvellement de l'AAH non traité dans les délais : rupture de droits de {m} mois, "
         "impayés de loyer.",
         {"AAH"},
         {"MDPH", "CAF"},
         Category::Delay,
         std::nullopt},
        {"Droit à la pension d'invalidité non examiné avant la demande d'AAH ; la personne est "
         "renvoyée d'un organisme à l'autre.",
         {"INVALIDITE", "AAH"},
         {"MDPH", "CAF", "CPAM"},
         Category::NonAccess,
         NonTakeUp::NotOffered},
        {"Retraité aux faibles ressources qui n'a jamais entendu parler de l'ASPA ; aucune "
         "information reçue lors du départ en retraite.",
         {"ASPA"},
         {"CARSAT"},
         Category::NonAccess,
         NonTakeUp::Unknown},
        {"Aide au logement interrompue après un changement de situation mal pris en compte ; "
         "procédure d'expulsion engagée.",
         {"APL"},
         {"CAF"},
         Category::NonAccess,
         NonTakeUp::NotReceived},
        {"Demande d'aide du FSL pour une dette d'énergie en attente depuis {m} mois ; coupure "
         "annoncée par le fournisseur.",
         {"FSL"},
         {"CD"},
         Category::Precarity,
         std::nullopt},
        {"Famille hébergée chez des tiers, demande SIAO sans aucune proposition depuis {m} mois.",
         {"SIAO"},
         {"DDETS"},
         Category::Precarity,
         std::nullopt},
        {"Complémentaire santé solidaire refusée pour un dépassement de plafond de quelques "
         "euros ; soins dentaires reportés.",
         {"CSS"},
         {"CPAM"},
         Category::NonAccess,
         NonTakeUp::NotReceived},
        {"Demande d'AME bloquée faute de justificatif de domiciliation ; suivi des soins "
         "interrompu.",
         {"AME"},
         {"CPAM", "CCAS"},
         Category::NonAccess,
         NonTakeUp::NotReceived},
        {"Délai de calcul des indemnités journalières maladie supérieur à {m} mois ; plus aucun "
         "revenu pendant l'arrêt.",
         {"IJ"},
         {"CPAM"},
         Category::Delay,
         std::nullopt},
        {"Imprimé de demande de PCH jugé incompréhensible ; aucune aide proposée pour le "
         "remplir.",
         {"PCH"},
         {"MDPH"},
         Category::NonAccess,
         NonTakeUp::NotRequested},
        {"Dossier de retraite retardé de {m} mois par un relevé de carrière erroné ; "
         "liquidation provisoire refusée.",
         {"RETRAITE"},
         {"CARSAT"},
         Category::Delay,
         std::nullopt},
        {"Prestations familiales suspendues au départ d'un enfant du foyer, sans information "
         "préalable ; indu réclamé.",
         {"AF"},
         {"CAF"},
         Category::NonAccess,
         std::nullopt},
        {"Allocation de soutien familial non demandée : la famille pensait ne pas y avoir "
         "droit.",
         {"ASF"},
         {"CAF"},
         Category::NonAccess,
         NonTakeUp::NotRequested},
        {"Prise de rendez-vous uniquement par Internet ; la personne n'a ni ordinateur ni "
         "accompagnement au numérique.",
         {"ARE"},
         {"FT"},
         Category::NonAccess,
         NonTakeUp::NotRequested},
        {"Prime d'activité recalculée à la baisse et indu réclamé sans explication ; "
         "contestation restée sans réponse depuis {m} mois.",
         {"PA"},
         {"CAF"},
         Category::Delay,
         std::nullopt},
        {"Législations contradictoires entre l'allocation chômage et la prime d'activité ; "
         "aucun organisme ne sait trancher.",
         {"ARE", "PA"},
         {"CAF", "FT"},
         Category::NonAccess,
         NonTakeUp::NotOffered},
        {"Chèque énergie non reçu après un déménagement ; factures impayées de l'hiver.",
         {"CHEQUE_ENERGIE"},
         {},
         Category::NonAccess,
         NonTakeUp::NotReceived},
        {"Dossier de surendettement déposé, aucune nouvelle de la commission depuis {m} mois.",
         {"SURENDETTEMENT"},
         {},
         Category::Precarity,
         std::nullopt},
        {"Renouvellement du titre de séjour impossible à déposer en ligne : rupture des droits "
         "CAF depuis {m} mois.",
         {"TITRE_SEJOUR", "APL"},
         {"PREFECTURE", "CAF"},
         Category::Delay,
         std::nullopt},
        {"Jeune de moins de 25 ans sans ressources, orienté successivement vers trois "
         "structures sans solution.",
         {},
         {"ML", "CCAS"},
         Category::Precarity,
         std::nullopt},
        {"Mesure de protection en cours : le mandataire n'obtient pas les documents de la "
         "caisse de retraite.",
         {"RETRAITE"},
         {"CARSAT", "UDAF"},
         Category::Delay,
         std::nullopt},
    };
    return all;
}

const std::vector<std::string>& complements() {
    static const std::vector<std::string> all = {
        "",
        " Plusieurs personnes suivies rencontrent la même difficulté.",
        " Les relances par courrier sont restées sans réponse.",
        " Le groupe de terrain signale une situation qui se répète.",
        " L'accueil physique n'a pas pu renseigner la personne.",
        " La situation s'aggrave : menace de rupture de soins.",
    };
    return all;
}

const std::vector<std::string>& proposals() {
    static const std::vector<std::string> all = {
        "Désigner un référent dans chaque organisme pour les situations bloquées.",
        "Maintenir un accueil physique sans rendez-vous.",
        "Proposer une aide au remplissage du formulaire.",
        "Informer systématiquement des droits connexes lors de l'instruction.",
        "Prévoir un versement provisoire pendant l'examen du dossier.",
    };
    return all;
}

const std::vector<std::string>& authors() {
    static const std::vector<std::string> all = {
        "Assistante sociale CCAS",    "Conseillère ESF", "Travailleur social du Département",
        "Animateur du centre social", "Agent d'accueil", "Écrivain public bénévole",
    };
    return all;
}

const std::vector<std::string>& sources() {
    static const std::vector<std::string> all = {
        "Centre social Nord",
        "Centre social Sud",
        "Centre social Est",
        "Professionnels CCAS",
        "Professionnels du Département",
        "Partenaire associatif",
    };
    return all;
}

ReportStatus statusFor(Random& rnd, long ageDays) {
    if (rnd.below(1000) < 15) {
        return ReportStatus::Withdrawn;
    }
    const int roll = rnd.below(100);
    if (ageDays < 30) {
        return roll < 70 ? ReportStatus::Received : ReportStatus::OnAgenda;
    }
    if (ageDays < 120) {
        return roll < 10   ? ReportStatus::Received
               : roll < 40 ? ReportStatus::OnAgenda
               : roll < 80 ? ReportStatus::FollowUpOpen
                           : ReportStatus::Resolved;
    }
    // Most are settled within months; a group's backlog is a few follow-ups still open
    // and the odd report never examined, fewer as they age.
    if (ageDays < 365) {
        return roll < 55   ? ReportStatus::Resolved
               : roll < 75 ? ReportStatus::Unresolved
               : roll < 80 ? ReportStatus::ReferredNational
               : roll < 97 ? ReportStatus::FollowUpOpen
                           : ReportStatus::Received;
    }
    return roll < 65   ? ReportStatus::Resolved
           : roll < 90 ? ReportStatus::Unresolved
           : roll < 96 ? ReportStatus::ReferredNational
           : roll < 99 ? ReportStatus::FollowUpOpen
                       : ReportStatus::Received;
}

} // namespace

std::vector<DifficultyReport> generateDemoReports(const DemoOptions& options) {
    Random rnd(options.seed);
    const long last = options.today.dayNumber();
    const long first = Date(options.today.year() - std::max(1, options.years) + 1, 1, 1).dayNumber();
    std::vector<long> days;
    days.reserve(static_cast<std::size_t>(std::max(options.reports, 0)));
    for (int i = 0; i < options.reports; ++i) {
        days.push_back(first + rnd.below(static_cast<int>(last - first + 1)));
    }
    std::sort(days.begin(), days.end());

    std::vector<DifficultyReport> out;
    out.reserve(days.size());
    for (long day : days) {
        const Situation& s = rnd.pick(situations());
        DifficultyReport r;
        r.receivedOn = Date::fromDayNumber(day);
        // fmt rather than std::string::replace: GCC 12 warns falsely (-Wrestrict) on the latter.
        const std::string_view pattern = s.text;
        const auto at = pattern.find("{m}");
        r.description = at == std::string_view::npos
                            ? std::string(pattern)
                            : fmt::format("{}{}{}", pattern.substr(0, at), 2 + rnd.below(7),
                                          pattern.substr(at + 3));
        r.description += rnd.pick(complements());
        r.categories.add(s.main);
        // The seed's mix: about 6 reports in 10 show precariousness, overlaps are common.
        if (rnd.chance(60)) {
            r.categories.add(Category::Precarity);
        }
        if (s.main != Category::NonAccess && rnd.chance(15)) {
            r.categories.add(Category::NonAccess);
        }
        if (s.main != Category::Delay && rnd.chance(5)) {
            r.categories.add(Category::Delay);
        }
        r.rights = s.rights;
        r.institutions = s.institutions;
        if (r.categories.has(Category::NonAccess) && s.nonTakeUp) {
            r.nonTakeUp = s.nonTakeUp;
        }
        r.source = rnd.chance(85) ? rnd.pick(sources()) : std::string();
        r.author = rnd.pick(authors());
        if (rnd.chance(35)) {
            r.proposals = rnd.pick(proposals());
        }
        const long age = last - day;
        r.status = statusFor(rnd, age);
        if (isClosing(r.status)) {
            const long span = std::clamp(age, 1L, 150L);
            r.closedOn =
                r.receivedOn.addDays(std::min(age, 7L + rnd.below(static_cast<int>(span))));
        }
        out.push_back(std::move(r));
    }
    return out;
}

namespace {

// Demo members of the group: roles rather than names (staff names are personal data).
const std::vector<Person>& demoPeople() {
    static const std::vector<Person> people = {
        {0, "Directrice du CCAS", "CCAS", "direction.ccas@exemple.fr", true, true},
        {0, "Assistante sociale CCAS", "CCAS", "service.social.ccas@exemple.fr", true, true},
        {0, "Référente CAF", "CAF", "partenariat@caf.exemple.fr", true, true},
        {0, "Référent du Département", "CD", "solidarites@departement.exemple.fr", true, true},
        {0, "Conseillère Mission locale", "ML", "contact@missionlocale.exemple.fr", false, true},
    };
    return people;
}

// What the group decides for a report whose outcome the generator already chose.
std::optional<Decision> demoDecision(Random& rnd, const DifficultyReport& r, const Meeting& m,
                                     const Date& today) {
    static const std::vector<DecisionKind> actions = {
        DecisionKind::IndividualAlert, DecisionKind::CollectiveAlert, DecisionKind::FaqAnswer,
        DecisionKind::Solicitation};
    static const std::vector<std::string> texts = {
        "Informer le rédacteur de la procédure à suivre",
        "Rappeler la réglementation aux travailleurs sociaux de l'organisme",
        "Rédiger une réponse pour la foire aux questions de la ville",
        "Saisir l'organisme concerné par écrit",
    };
    Decision d;
    d.meeting = m.id;
    d.report = r.id;
    d.owner = rnd.pick(std::vector<std::string>{"CCAS", "CAF", "Département"});
    switch (r.status) {
    case ReportStatus::ReferredNational:
        d.kind = DecisionKind::NationalEscalation;
        d.text = "Demande de simplification transmise au dispositif AGILLE";
        d.doneOn = std::min(today, m.date.addDays(14));
        return d;
    case ReportStatus::Resolved:
    case ReportStatus::Unresolved:
    case ReportStatus::FollowUpOpen: {
        int k = rnd.below(static_cast<int>(actions.size()));
        if (actions[static_cast<std::size_t>(k)] == DecisionKind::CollectiveAlert &&
            r.institutions.empty()) {
            k = 0; // a collective alert names its body: without one, the author is told
        }
        d.kind = actions[static_cast<std::size_t>(k)];
        d.text = texts[static_cast<std::size_t>(k)];
        if (d.kind == DecisionKind::Solicitation) {
            // The subject of the letter: what goes wrong, for which right (the seed's table).
            static const std::vector<std::string> subjects = {
                "Délais de traitement des dossiers", "Prise de rendez-vous par Internet",
                "Pièces justificatives demandées en double", "Prise en compte des changements "
                "de situation", "Interruption des versements pendant l'instruction",
                "Législations contradictoires entre organismes"};
            d.text = rnd.pick(subjects);
            if (!r.rights.empty()) {
                // As a person writes it: "RSA", "Chèque énergie", never CHEQUE_ENERGIE.
                std::string right = r.rights.front();
                for (const auto& known : defaultRights()) {
                    if (codeKey(known.code) == codeKey(right)) {
                        right = shortName(known.code, known.label);
                    }
                }
                d.text += " — " + right;
            }
        }
        if (!r.institutions.empty() &&
            (d.kind == DecisionKind::CollectiveAlert || d.kind == DecisionKind::Solicitation)) {
            d.institutions = {r.institutions.front()};
            // Now and then the group writes to two bodies jointly ("CAF-CPAM").
            if (d.kind == DecisionKind::Solicitation && r.institutions.size() > 1 &&
                rnd.below(3) == 0) {
                d.institutions.push_back(r.institutions[1]);
            }
        }
        d.due = m.date.addDays(30);
        if (r.status != ReportStatus::FollowUpOpen) {
            d.doneOn = std::min(today, r.closedOn.value_or(m.date.addDays(20)));
        }
        return d;
    }
    default:
        return std::nullopt;
    }
}

// A solicitation decided in a demo meeting and done since got its answer.
void answerDemoSolicitation(storage::Store& store, const Actor& actor, const Decision& d) {
    if (d.kind != DecisionKind::Solicitation || !d.doneOn) {
        return;
    }
    if (auto s = store.solicitations().ofDecision(d.id); s && !s->answeredOn) {
        s->answeredOn = std::max(s->sentOn, *d.doneOn);
        s->answer = "Réponse de l'organisme : la situation a été réexaminée et les droits rétablis.";
        s->answeredBy = s->addressees.front();
        SolicitationService(store, actor).saveIn(*s, "answer", false);
    }
}

void addDemoMeetings(storage::Store& store, const Actor& actor, const DemoOptions& options,
                     std::vector<DifficultyReport>& reports) {
    Random rnd(options.seed ^ 0xA5A5A5A5ull);
    for (auto p : demoPeople()) {
        store.reference().add(p);
    }
    const Date today = options.today;
    MeetingService service(store, actor);
    std::size_t next = 0; // first report not yet on an agenda
    const std::size_t cap = reports.size() > 2000 ? 40 : 12;
    for (int year = today.year() - std::max(1, options.years) + 1; year <= today.year(); ++year) {
        for (int month = 1; month <= 12; ++month) {
            if (month == 8) {
                continue; // no meeting in August
            }
            // The second Tuesday of the month, at 14:00.
            Date date(year, month, 1);
            while (date.weekday() != 1) {
                date = date.addDays(1);
            }
            date = date.addDays(7);
            // Not on a public holiday (11 November, 8 May, 14 July...): the day after.
            for (const auto& [m, d] : {std::pair{1, 1}, std::pair{5, 1}, std::pair{5, 8},
                                       std::pair{7, 14}, std::pair{8, 15}, std::pair{11, 1},
                                       std::pair{11, 11}, std::pair{12, 25}}) {
                if (date.month() == m && date.day() == d) {
                    date = date.addDays(1);
                }
            }
            if (date.year() == today.year() && date.month() > today.month() + 1) {
                return;
            }
            Meeting m;
            m.date = date;
            m.time = "14:00";
            m.place = "CCAS — salle du conseil";
            m.facilitators = "Directrice du CCAS, assistante sociale";
            m.presentBodies = {"CCAS", "CAF", "CD"};
            for (const char* other : {"ML", "UDAF", "CPAM", "CARSAT"}) {
                (rnd.chance(60) ? m.presentBodies : m.excusedBodies).emplace_back(other);
            }
            for (const auto& p : demoPeople()) {
                (rnd.chance(85) ? m.presentPeople : m.excusedPeople).push_back(p.name);
            }
            const bool past = date < today;
            std::vector<std::size_t> examined;
            while (next < reports.size() && reports[next].receivedOn < date) {
                if (examined.size() < cap && reports[next].status != ReportStatus::Withdrawn) {
                    examined.push_back(next);
                }
                ++next;
            }
            for (auto i : examined) {
                AgendaItem item{0, AgendaKind::NewReport, reports[i].id, std::nullopt,
                                reports[i].reference.text(), ""};
                if (past) {
                    item.minutes = "Situation présentée par le rédacteur ; le groupe constate "
                                   "la difficulté et en débat.";
                }
                m.agenda.push_back(item);
            }
            for (const auto& title : usualFreeItems()) {
                m.agenda.push_back({0, AgendaKind::Free, std::nullopt, std::nullopt, title,
                                    past ? "Échanges entre les partenaires." : ""});
            }
            m.state = past ? MeetingState::Held : MeetingState::Planned;
            m.nextMeeting = date.addDays(28);
            m = service.saveIn(std::move(m), "create");
            if (past) {
                for (auto i : examined) {
                    if (auto d = demoDecision(rnd, reports[i], m, today)) {
                        const Decision saved = service.saveIn(*d);
                        answerDemoSolicitation(store, actor, saved);
                    }
                }
            }
        }
    }
}

// Solicitations long without an answer were reminded once, a week after the date asked,
// by letter: the reminder letters and the late list then look like a real year's.
void remindLateDemoSolicitations(storage::Store& store, const Actor& actor, const Date& today) {
    SolicitationService service(store, actor);
    for (auto s : store.solicitations().list({})) {
        if (s.answeredOn || s.closedWithoutAnswer || !s.chases.empty()) {
            continue;
        }
        const Date on = s.expectedBy.addDays(7);
        if (daysBetween(on, today) < 7) {
            continue;
        }
        s.chases.push_back({on, "Relance par courrier"});
        s.expectedBy = on.addDays(service.answerDelayDays());
        service.saveIn(std::move(s), "chase", false);
    }
}

} // namespace

int fillWithDemoData(storage::Store& store, const Actor& actor, const DemoOptions& options) {
    ReportFilter all;
    all.includeWithdrawn = true;
    if (store.reports().count(all) > 0) {
        throw std::runtime_error(tr("This database already holds difficulty reports: demo data "
                                    "is only added to an empty database (use --db to choose "
                                    "another file)."));
    }
    auto reports = generateDemoReports(options);
    auto work = store.begin();
    // A name for the documents' header, so that the demo letters look like real ones.
    if (store.settings().get("organisation.name").value_or("").empty()) {
        store.settings().set("organisation.name", "CCAS de Villedémo");
    }
    ReportService service(store, actor);
    std::map<int, int> lastSequence;
    for (auto& r : reports) {
        r.reference = {r.receivedOn.year(), ++lastSequence[r.receivedOn.year()]};
        r = service.createIn(std::move(r), "create", "demo");
    }
    addDemoMeetings(store, actor, options, reports);
    remindLateDemoSolicitations(store, actor, options.today);
    addDemoOutreach(store, actor, options, reports);
    addDemoAids(store, actor, options, reports);
    addDemoFaq(store, actor, options, reports);
    work->commit();
    return static_cast<int>(reports.size());
}

} // namespace vigie::app
