// The privacy guard's names, health and offences: the sentences a new user typed, the
// look-alikes it must leave alone, and per-kind figures on labelled French sentences
// (tests/data: a tuning set the rules were written against, a held-out set written by
// someone else and only measured on).
#include <doctest/doctest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <set>
#include <string>

#include "domain/privacy.h"
#include "domain/text.h"

using namespace vigie;

namespace {

std::set<std::string> kinds(std::string_view text, const KnownNames& known = {}) {
    std::set<std::string> out;
    for (const auto& f : findPersonalData(text, known)) {
        out.insert(std::string(code(f.kind)));
    }
    return out;
}

const std::set<std::string> kSensitive = {"name", "health", "offence"};

struct KindFigures {
    int expected = 0, found = 0, alarms = 0;
};

void checkPerKind(const std::string& file, double minRecall, double maxAlarms) {
    std::ifstream in(std::string(VIGIE_TEST_DATA_DIR) + "/" + file);
    REQUIRE_MESSAGE(in.good(), "missing labelled set " << file);
    std::map<std::string, KindFigures> figures;
    int lookAlikes = 0;
    std::string line;
    std::getline(in, line);
    std::vector<std::string> misses, alarms;
    while (std::getline(in, line)) {
        const auto tab = line.find('\t');
        if (line.empty() || tab == std::string::npos) {
            continue;
        }
        const std::string labels = line.substr(0, tab), sentence = line.substr(tab + 1);
        std::set<std::string> want;
        if (labels != "-") {
            for (auto& k : text::splitList(labels)) {
                want.insert(k);
            }
        }
        const auto got = kinds(sentence);
        lookAlikes += want.empty() ? 1 : 0;
        for (const auto& k : kSensitive) {
            if (want.count(k)) {
                ++figures[k].expected;
                got.count(k) ? ++figures[k].found : (misses.push_back(k + " <- " + sentence), 0);
            } else if (want.empty() && got.count(k)) {
                ++figures[k].alarms;
                alarms.push_back(k + " <- " + sentence);
            }
        }
    }
    for (const auto& m : misses) {
        MESSAGE("missed: " << m);
    }
    for (const auto& a : alarms) {
        MESSAGE("false alarm: " << a);
    }
    REQUIRE(lookAlikes >= 150);
    for (const auto& k : kSensitive) {
        const auto& f = figures[k];
        REQUIRE_MESSAGE(f.expected >= 150, file << ": too few " << k << " sentences");
        const double recall = 100.0 * f.found / f.expected;
        const double falseAlarms = 100.0 * f.alarms / lookAlikes;
        MESSAGE(file << " " << k << ": recall " << recall << " % (" << f.found << "/"
                     << f.expected << "), false alarms " << falseAlarms << " % (" << f.alarms
                     << "/" << lookAlikes << " look-alikes)");
        CHECK(recall >= minRecall);
        CHECK(falseAlarms <= maxAlarms);
    }
}

} // namespace

TEST_CASE("the five sentences a new user imported each get their notice") {
    CHECK(kinds("Mme Dupont attend sa CSS depuis 6 mois") == std::set<std::string>{"name"});
    CHECK(kinds("Monsieur Karim Benali, suivi pour une dépression sévère, attend son AAH") ==
          std::set<std::string>{"name", "health"});
    CHECK(kinds("La fille de M. Martin (12 ans) est hébergée chez sa tante") ==
          std::set<std::string>{"name"});
    CHECK(kinds("Personne séropositive sortant de prison, sans ressources") ==
          std::set<std::string>{"health", "offence"});
    CHECK(kinds("Jean-Pierre habite au 12 rue des Lilas à Bourg") ==
          std::set<std::string>{"name", "address"});
}

TEST_CASE("roles, bodies, places and rights that look like names, health or justice") {
    for (const char* text : {
             "Madame la Directrice du CCAS a relancé la CPAM.",
             "M. le Maire a écrit au Préfet.",
             "Monsieur attend toujours la réponse de la CAF.",
             "Mme L. a déposé son dossier de CSS en mars.",
             "Les IJ maladie sont versées avec trois mois de retard.",
             "La pension d'invalidité n'est pas revalorisée.",
             "Le mandataire judiciaire n'a pas transmis les justificatifs.",
             "La protection juridique des majeurs retarde l'ouverture du compte.",
             "Le tribunal judiciaire a validé le plan de surendettement.",
             "Le centre social Amédée Mercier signale des refus de domiciliation.",
             "Permanence rue Victor Hugo : la CAF ne répond plus.",
             "Le collège Jean Moulin relaie les demandes de bourse.",
             "France Travail a radié la personne sans courrier.",
             "Grâce à la médiation, le dossier a été débloqué.",
             "La CPAM et la caisse primaire d'assurance maladie de l'Isère se renvoient le dossier.",
             "Le SPIP (service pénitentiaire d'insertion et de probation) était présent.",
             "La fracture numérique empêche l'accès à la prime d'activité.",
         }) {
        CHECK_MESSAGE(kinds(text).empty(), std::string(text));
    }
}

TEST_CASE("a name the reference data knows is a body or a place, not a person") {
    const std::string text = "La guinguette Marcel Dupré refuse les bons alimentaires.";
    CHECK(kinds(text).count("name"));
    CHECK_FALSE(kinds(text, KnownNames{{"Guinguette Marcel Dupré"}}).count("name"));
}

TEST_CASE("names health and offences: tuning set per kind") {
    checkPerKind("privacy_sensitive_tuning.tsv", 90.0, 5.0);
}

TEST_CASE("names health and offences: held-out set per kind (at least 90 % found and at most 5 % "
          "false alarms)") {
    checkPerKind("privacy_sensitive_holdout.tsv", 90.0, 5.0);
}
