// Common first names in France, for the privacy guard (sensitive_data.cpp): public facts
// written here by hand, not a data file to load. Chosen among the most given first names
// in France since 1940 in INSEE's public "Fichier des prénoms" (national totals), with
// the names most common among the people CCAS receive whose parents came from the
// Maghreb, West and Central Africa, Portugal, Turkey, Vietnam and Eastern Europe.
// Written folded (lower case, no accents), as the guard compares them.
#include "sensitive_data.h"
#include "sensitive_words.h"

#include <string>
#include <unordered_set>


namespace vigie {

namespace {

const char* const kFirstNames[] = {
    // France, 1940-2020: the most given
    "jean", "marie", "pierre", "michel", "andre", "philippe", "alain", "jacques", "bernard",
    "nathalie", "isabelle", "sylvie", "catherine", "francoise", "christine", "monique",
    "nicole", "martine", "anne", "sandrine", "valerie", "veronique", "christophe", "patrick",
    "daniel", "nicolas", "stephane", "eric", "frederic", "laurent", "david", "olivier",
    "thierry", "pascal", "julien", "sebastien", "claude", "gerard", "rene", "robert", "roger",
    "marcel", "louis", "paul", "henri", "georges", "francois", "guy", "yves", "serge", "didier",
    "dominique", "gilles", "joel", "patrice", "bruno", "denis", "vincent", "thomas", "alexandre",
    "antoine", "maxime", "kevin", "romain", "anthony", "guillaume", "jerome", "fabrice",
    "cedric", "mathieu", "matthieu", "benoit", "arnaud", "franck", "hugo", "lucas", "theo",
    "nathan", "enzo", "louise", "lea", "manon", "chloe", "emma", "camille", "sarah", "laura",
    "julie", "marion", "pauline", "aurelie", "celine", "emilie", "melanie", "stephanie",
    "elodie", "caroline", "virginie", "sophie", "helene", "florence", "jeanne", "madeleine",
    "simone", "jacqueline", "denise", "suzanne", "yvette", "colette", "odette", "germaine",
    "paulette", "josette", "danielle", "brigitte", "chantal", "annie", "evelyne", "corinne",
    "patricia", "laurence", "agnes", "beatrice", "muriel", "karine", "delphine", "audrey",
    "jessica", "vanessa", "amandine", "justine", "marine", "oceane", "ines", "jade", "lina",
    "alice", "lucie", "juliette", "zoe", "anais", "clara", "margaux", "lola", "charlotte",
    "mathilde", "eva", "elise", "noemie", "morgane", "gaelle", "solene", "fanny", "myriam",
    "sabrina", "nadine", "josiane", "ginette", "raymonde", "micheline", "lucienne", "gisele",
    "huguette", "marcelle", "therese", "bernadette", "genevieve", "claudine", "mireille",
    "regine", "jocelyne", "liliane", "arlette", "joelle", "marguerite", "yvonne", "lucien",
    "raymond", "maurice", "fernand", "albert", "emile", "gaston", "joseph", "charles", "jules",
    "leon", "victor", "gabriel", "raphael", "arthur", "adam", "ethan", "noah", "mael", "sacha", "tom",
    "leo", "baptiste", "valentin", "quentin", "florian", "adrien", "loic", "yannick", "herve",
    "jean-pierre", "jean-claude", "jean-paul", "jean-marc", "jean-luc", "jean-louis",
    "jean-michel", "jean-francois", "jean-jacques", "jean-marie", "marie-christine",
    "marie-claude", "marie-france", "marie-therese", "marie-pierre", "marie-helene",
    "anne-marie", "marie-laure", "marie-noelle", "pierre-yves", "jean-baptiste", "jean-yves",
    "mickael", "michael", "dylan", "jonathan", "christian", "ludovic", "jeremy", "jeremie",
    "johan", "steven", "cyril", "cyrille", "damien", "fabien", "gregory", "gregoire", "jordan",
    "mathis", "marc", "marc-antoine", "christiane", "nadege", "xavier", "sylvain", "regis",
    "lionel", "ludivine", "severine", "magali", "cecile", "gaetan", "aurelien", "benjamin",
    "samuel", "simon", "victor", "martin", "leonie", "ambre", "mila", "romane", "louna",
    "axel", "timothee", "kylian", "killian", "noe", "eliott", "elliot", "tiphaine", "coralie",
    "alexandra", "alexia", "alexis", "angelique", "annick", "betty", "carole", "claudette",
    "edith", "estelle", "ghislaine", "gwenaelle", "ingrid", "jennifer", "josephine", "laetitia",
    "lydie", "maryse", "mauricette", "nelly", "odile", "pascale", "rolande", "sabine",
    "solange", "viviane", "yolande", "bertrand", "clement", "dimitri", "emmanuel", "etienne",
    "florent", "gael", "geoffrey", "gilbert", "hubert", "jacky", "jimmy", "joris", "lilian",
    "marius", "mickael", "morgan", "nathanael", "norbert", "rodolphe", "ruben", "thibault",
    "tristan", "william", "yann", "yoann", "ewan", "nolan", "kenzo", "evan", "gabin",
    "nour", "hamza", "rayan", "ilyes", "imane", "ines", "sami", "walid", "riad", "reda",
    "anis", "wassim", "zakaria", "idriss", "soufiane", "yanis", "adel", "nadir", "kader",
    "said", "salah", "tahar", "aziz", "aissa", "fatna", "zahia", "dalila", "hayat", "jamila",
    "kenza", "lamia", "loubna", "mounia", "nesrine", "rania", "sabrina", "safia", "siham",
    "wafa", "yasmine", "zahra", "bintou", "fanta", "aminata", "kadidja", "salimata",
    "mamadou", "youssouf", "drissa", "kalidou", "thierno", "alpha", "ousmane", "papa",
    "hoang", "vinh", "nguyen", "thi", "van", "quang", "phuong", "olena", "oksana", "yulia",
    "aleksandr", "alexandr", "aleksandra", "dmytro", "mykola", "petro", "vasyl", "andriy",
    "nadia", "svitlana", "iryna", "marta", "agata", "beata", "tomasz", "piotr", "pawel",
    "krzysztof", "joanna", "bogdan", "florin", "marius", "radu", "cristina", "cristian",
    "costel", "ionut", "adrian", "sorin", "ana-maria", "maria-jose", "joao-pedro", "raimundo",
    "arlindo", "armando", "domingos", "fernanda", "helena", "ilda", "lurdes", "rosario",
    "ashot", "armen", "gohar", "levon", "zarui", "giorgi", "tamara", "nana", "jamal",
    // Maghreb
    "mohamed", "mohammed", "mohammad", "ahmed", "ali", "karim", "rachid", "said", "mustapha",
    "mustafa", "abdel", "abdelkader", "abdellah", "abdelaziz", "abderrahmane", "hamid", "nordine",
    "farid", "kamel", "mehdi", "yacine", "yassine", "bilal", "sofiane", "samir", "nabil",
    "mourad", "omar", "brahim", "ibrahim", "youssef", "hakim", "malik", "hassan", "hocine",
    "djamel", "nassim", "amine", "ayoub", "fatima", "fatiha", "khadija", "aicha", "malika",
    "nadia", "samira", "karima", "leila", "naima", "rachida", "souad", "zohra", "yamina",
    "amina", "houria", "djamila", "farida", "nora", "hafida", "latifa", "meriem", "myriem",
    "sonia", "yasmina", "salima", "kheira", "zineb", "hanane", "assia", "nawel", "sarra",
    // West and Central Africa
    "mamadou", "moussa", "ousmane", "ibrahima", "abdoulaye", "amadou", "boubacar", "seydou",
    "souleymane", "cheikh", "modou", "lamine", "issa", "adama", "bakary", "sekou", "oumar",
    "aminata", "fatoumata", "mariam", "awa", "aissatou", "kadiatou", "mariama", "binta",
    "rokia", "oumou", "ramatoulaye", "coumba", "ndeye", "astou", "djeneba", "hawa", "kadi",
    "jean-de-dieu", "blaise", "prosper", "serge-olivier", "chantale", "grace", "merveille",
    "divine", "esperance", "clarisse", "ruth", "rebecca", "esther", "deborah",
    // Portugal, Spain, Italy
    "manuel", "jose", "joao", "antonio", "carlos", "fernando", "luis", "miguel", "paulo",
    "rui", "nuno", "sergio", "maria", "ana", "isabel", "rosa", "teresa", "fatima", "conceicao",
    "graca", "sandra", "paula", "carla", "sofia", "juan", "pedro", "francisco", "javier",
    "carmen", "dolores", "pilar", "giuseppe", "giovanni", "marco", "luca", "franco",
    // Turkey, Kurdistan
    "mehmet", "mustafa", "ahmet", "huseyin", "hasan", "ibrahim", "ismail", "murat", "emre",
    "fatma", "ayse", "emine", "hatice", "zeynep", "elif", "meryem", "sultan",
    // Vietnam, China, Cambodia
    "minh", "thanh", "tuan", "hung", "duc", "huong", "lan", "mai", "linh", "thuy", "hoa",
    "wei", "jing", "li", "sokha", "sophea",
    // Eastern Europe, Balkans, Caucasus
    "ivan", "igor", "sergei", "sergey", "dmitri", "oleg", "andrei", "vasile", "ion",
    "mihai", "gheorghe", "nikola", "dragan", "goran", "artur", "tigran", "anna", "olga",
    "natalia", "tatiana", "elena", "irina", "svetlana", "ekaterina", "ioana", "mihaela",
    "daniela", "gabriela", "aleksandra", "katarzyna", "agnieszka", "anahit", "nino",
    // Comoros, Madagascar, Haiti, Antilles
    "soilihi", "fatouma", "rivo", "hery", "fanja", "jocelin", "ketly", "marlene", "josue",
};

// First names that are also ordinary words or places ("la façade rose", "France
// Travail", "Marine nationale"): a name only beside a surname or after a civility.
const char* const kAmbiguous[] = {
    "rose", "claire", "olive", "victoire", "marin", "prudence", "constance", "blanche",
    "aurore", "ange", "fleur", "france", "marine", "pierre", "grace", "divine", "esperance",
    "merveille", "lan", "mai", "li", "hoa", "nino", "jade", "sultan", "florence", "sofia",
    "duc", "ion", "carmen", "dolores", "pilar",
};

const std::unordered_set<std::string>& names() {
    static const std::unordered_set<std::string> set(std::begin(kFirstNames),
                                                      std::end(kFirstNames));
    return set;
}

const std::unordered_set<std::string>& ambiguous() {
    static const std::unordered_set<std::string> set(std::begin(kAmbiguous), std::end(kAmbiguous));
    return set;
}

} // namespace

namespace sensitive {

bool isFoldedFirstName(const std::string& folded) {
    return names().count(folded) > 0;
}

bool isAmbiguousFirstName(std::string_view folded) {
    return ambiguous().count(std::string(folded)) > 0;
}

} // namespace sensitive

} // namespace vigie
