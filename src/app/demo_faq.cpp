// The demo's FAQ: the questions people bring to the CCAS desk about the rights the demo's
// reports name, answered as a watch group answers them on the city's site.
#include <algorithm>

#include "demo.h"
#include "faq_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

struct DemoAnswer {
    const char* question;
    const char* answer;
    const char* right;
    const char* institution;
    int monthsSinceChecked; // < 0: never checked
    bool published;
};

// One due for review (checked 14 months ago), one draft.
constexpr DemoAnswer kAnswers[] = {
    {"Mon RSA est suspendu depuis que j'ai repris un petit travail\u00a0: que faire\u00a0?",
     "Déclarez chaque trimestre vos revenus, même faibles, sur caf.fr ou à l'accueil de la "
     "CAF. Une reprise d'activité ne supprime pas le RSA\u00a0: elle peut ouvrir droit à la prime "
     "d'activité.\n\nLe CCAS vous aide à remplir la déclaration trimestrielle si besoin.",
     "RSA", "CAF", 2, true},
    {"J'ai déménagé\u00a0: mon aide au logement va-t-elle continuer\u00a0?",
     "Oui, si vous déclarez votre nouvelle adresse à la CAF dans le mois du déménagement, avec "
     "le nouveau bail. L'aide n'est pas versée pour le mois d'entrée dans le logement.",
     "APL", "CAF", 4, true},
    {"Comment obtenir la Complémentaire santé solidaire (CSS)\u00a0?",
     "La demande se fait sur ameli.fr ou avec le formulaire S3711 déposé à la CPAM. Les "
     "bénéficiaires du RSA y ont droit sans condition de ressources supplémentaire.",
     "CSS", "CPAM", 14, true},
    {"Le formulaire de demande de PCH est-il obligatoire pour un renouvellement\u00a0?",
     "Oui\u00a0: le renouvellement passe par le formulaire de demande à la MDPH, accompagné d'un "
     "certificat médical de moins d'un an. Déposez-le six mois avant la fin de vos droits.",
     "PCH", "MDPH", 1, true},
    {"Mes indemnités journalières tardent\u00a0: qui contacter\u00a0?",
     "À compléter après la réponse de la CPAM sur les délais de calcul des IJ.", "IJ", "CPAM", -1,
     false},
};

Date monthsBefore(const Date& today, int months) {
    int year = today.year(), month = today.month() - months;
    while (month < 1) {
        month += 12;
        --year;
    }
    return Date(year, month, std::min(today.day(), Date::daysInMonth(year, month)));
}

} // namespace

void addDemoFaq(storage::Store& store, const Actor& actor, const DemoOptions& options,
                const std::vector<DifficultyReport>& reports) {
    FaqService service(store, actor);
    for (const auto& a : kAnswers) {
        FaqEntry e;
        e.question = a.question;
        e.answer = a.answer;
        e.rights = {a.right};
        e.institutions = {a.institution};
        e.published = a.published;
        if (a.monthsSinceChecked >= 0) {
            e.checkedOn = monthsBefore(options.today, a.monthsSinceChecked);
        }
        // The latest report naming its right raised it.
        auto raised =
            std::find_if(reports.rbegin(), reports.rend(), [&](const DifficultyReport& r) {
                return r.id != 0 &&
                       std::find(r.rights.begin(), r.rights.end(), a.right) != r.rights.end();
            });
        if (raised != reports.rend()) {
            e.reports.push_back(raised->id);
        }
        service.saveIn(std::move(e), "create", "demo");
    }
}

} // namespace vigie::app
