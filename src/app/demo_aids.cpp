// The demo's emergency aid: what the CCAS paid while a right was not received (ODENORE,
// seed 004) — food vouchers while the RSA is suspended, an energy bill while the energy
// cheque never came, a month's rent while housing benefit is recalculated — and ordinary
// aid that made up for no right, because not all aid is non-take-up.
#include <map>

#include "aid_service.h"
#include "demo.h"
#include "demo_random.h"
#include "domain/reference_data.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using demo::Random;

// The kind of aid a right's family calls for, and its usual range in euros.
struct Need {
    AidKind kind;
    int fewest, most;
};

Need needOf(const std::string& family) {
    if (family == "logement") {
        return {AidKind::Housing, 150, 600};
    }
    if (family == "sante") {
        return {AidKind::Health, 30, 250};
    }
    if (family == "energie_transport") {
        return {AidKind::Energy, 80, 350};
    }
    return {AidKind::Food, 40, 180}; // minima sociaux, family benefits: vouchers meanwhile
}

// An amount in cents, rounded as a commission grants it: whole euros, sometimes halves.
long long amountOf(Random& rnd, const Need& need) {
    const long long euros = need.fewest + rnd.below(need.most - need.fewest + 1);
    return euros * 100 + (rnd.chance(25) ? 50 : 0);
}

// Ordinary aid, naming no right: what it was for.
struct Ordinary {
    AidKind kind;
    int fewest, most;
    const char* notes;
};

const std::vector<Ordinary>& ordinaryAid() {
    static const std::vector<Ordinary> all = {
        {AidKind::Food, 30, 120, "Secours alimentaire en attente d'une première paie."},
        {AidKind::Food, 30, 90, ""},
        {AidKind::Transport, 15, 60, "Aide au transport pour un entretien d'embauche."},
        {AidKind::Other, 40, 150, "Facture d'eau après un dégât des eaux."},
        {AidKind::Other, 30, 110, "Frais de cantine du trimestre."},
    };
    return all;
}

} // namespace

void addDemoAids(storage::Store& store, const Actor& actor, const DemoOptions& options,
                 const std::vector<DifficultyReport>& reports) {
    Random rnd(options.seed * 104729 + 31);
    std::map<std::string, std::string> familyOf; // right code -> family code
    for (const auto& r : store.reference().rights()) {
        familyOf[codeKey(r.code)] = r.familyCode;
    }
    AidService service(store, actor);
    // About two reports in five with a non-take-up type needed aid in the weeks after it.
    for (const auto& r : reports) {
        if (!r.nonTakeUp || r.rights.empty() || !r.counted() || !rnd.chance(40)) {
            continue;
        }
        EmergencyAid aid;
        aid.grantedOn = r.receivedOn.addDays(rnd.below(21));
        if (!(aid.grantedOn < options.today)) {
            aid.grantedOn = r.receivedOn;
        }
        aid.right = r.rights.front();
        const Need need = needOf(familyOf[codeKey(aid.right)]);
        aid.kind = need.kind;
        aid.cents = amountOf(rnd, need);
        aid.nonTakeUp = r.nonTakeUp;
        aid.institution = r.institutions.empty() ? std::string() : r.institutions.front();
        aid.reports = {r.id};
        service.saveIn(std::move(aid), "create", "demo");
    }
    // Ordinary aid, no right named: about three a month.
    const Date first(options.today.year() - options.years + 1, 1, 1);
    for (Date day = first.addDays(rnd.below(14)); day < options.today;
         day = day.addDays(4 + rnd.below(12))) {
        const Ordinary& what = rnd.pick(ordinaryAid());
        EmergencyAid aid;
        aid.grantedOn = day;
        aid.kind = what.kind;
        aid.cents = amountOf(rnd, {what.kind, what.fewest, what.most});
        aid.notes = what.notes;
        service.saveIn(std::move(aid), "create", "demo");
    }
}

} // namespace vigie::app
