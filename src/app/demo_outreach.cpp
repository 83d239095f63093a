// The demo's outreach sessions: the shapes of seeds 000 (Grenoble's caravan, weekly
// half-days in three districts), 003 (the CASVP mobile team at a France Travail agency,
// about five people a half-day, three in four unknown to the CCAS) and 002 (permanences).
#include <set>

#include "demo.h"
#include "demo_random.h"
#include "outreach_service.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using demo::Random;

struct Round {
    const char* scheme;
    int weekday;   // 0 = Monday
    int everyWeeks; // 1: weekly, 2: every other week, 4: about monthly
    int start, end; // minutes since midnight
    std::vector<std::string> places, districts;
    const char* partner;
    const char* staff;
    int fewest, most; // people met on an ordinary day
    int newPercent;   // of them, unknown to the CCAS
};

const std::vector<Round>& rounds() {
    static const std::vector<Round> all = {
        {"caravane", 1, 1, 9 * 60 + 30, 12 * 60 + 30,
         {"Place du marché", "Parvis de la médiathèque", "Parking de l'école Jean Jaurès"},
         {"Villeneuve", "Mistral", "Teisseire"}, "CAF", "2 conseillères du CCAS, 1 médiatrice",
         5, 14, 70},
        {"equipe_mobile", 3, 2, 14 * 60, 17 * 60, {"Agence France Travail"}, {"Centre-ville"},
         "FT", "2 travailleurs sociaux du CCAS", 3, 8, 75},
        {"permanence", 0, 4, 9 * 60, 12 * 60, {"Centre social Les Écrins"}, {"Mistral"}, "CD",
         "1 conseillère du CCAS, 1 assistante sociale du Département", 4, 10, 40},
    };
    return all;
}

const std::vector<std::string>& themes() {
    static const std::vector<std::string> all = {"logement", "sante", "minima_sociaux",
                                                 "energie_transport", "famille", "emploi"};
    return all;
}

const std::vector<std::string>& notes() {
    static const std::vector<std::string> all = {
        "Beaucoup de questions sur la complémentaire santé solidaire.",
        "Plusieurs personnes ne savaient pas qu'elles pouvaient demander la prime d'activité.",
        "Difficultés à joindre la CAF par téléphone, rendez-vous pris au CCAS.",
        "Froid et pluie : peu de passage.",
        "Questions sur le chèque énergie non reçu.",
        "", "", "", ""};
    return all;
}

// No outreach in August nor between Christmas and New Year; fewer people in summer.
bool onLeave(const Date& d) {
    return d.month() == 8 || (d.month() == 12 && d.day() >= 22) || (d.month() == 1 && d.day() < 3);
}

OutreachSession sessionOf(Random& rnd, const Round& round, const Date& day, int count) {
    OutreachSession s;
    s.heldOn = day;
    s.scheme = round.scheme;
    s.startsAt = TimeOfDay{round.start};
    s.endsAt = TimeOfDay{round.end};
    s.place = round.places[static_cast<std::size_t>(count) % round.places.size()];
    s.district = round.districts[static_cast<std::size_t>(count) % round.districts.size()];
    s.partner = round.partner;
    s.staff = round.staff;
    int people = round.fewest + rnd.below(round.most - round.fewest + 1);
    if (day.month() == 7 || day.month() == 12) {
        people = people * 2 / 3;
    }
    s.people = people;
    s.newPeople = (people * round.newPercent + rnd.below(100)) / 100;
    s.informed = people - rnd.below(people / 3 + 1);
    s.rightsAppointments = rnd.below(people / 3 + 1);
    s.applications = rnd.below(3);
    s.referrals = rnd.below(people / 4 + 1);
    s.reminders = rnd.chance(30) ? 1 + rnd.below(2) : 0;
    std::set<std::string> named;
    for (int k = 0, n = 1 + rnd.below(2); k < n; ++k) {
        named.insert(rnd.pick(themes()));
    }
    s.themes.assign(named.begin(), named.end());
    s.notes = rnd.pick(notes());
    return s;
}

} // namespace

void addDemoOutreach(storage::Store& store, const Actor& actor, const DemoOptions& options,
                     const std::vector<DifficultyReport>& reports) {
    Random rnd(options.seed * 7919 + 17);
    OutreachService service(store, actor);
    const Date first(options.today.year() - options.years + 1, 1, 1);
    std::set<ReportId> linked;
    for (const auto& round : rounds()) {
        int count = 0;
        long week = 0;
        // The first day of the round's weekday in the first year, then every N weeks.
        Date day = first.addDays((round.weekday - first.weekday() + 7) % 7);
        for (; day < options.today; day = day.addDays(7), ++week) {
            if (week % round.everyWeeks != 0 || onLeave(day)) {
                continue;
            }
            OutreachSession s = sessionOf(rnd, round, day, count++);
            // One session in five raised a report received in the fortnight after it.
            if (rnd.chance(20)) {
                for (const auto& r : reports) {
                    if (r.receivedOn >= day && daysBetween(day, r.receivedOn) <= 14 &&
                        linked.insert(r.id).second) {
                        s.reports.push_back(r.id);
                        break;
                    }
                }
            }
            service.saveIn(std::move(s), "create", "demo");
        }
    }
}

} // namespace vigie::app
