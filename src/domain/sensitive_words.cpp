#include "sensitive_words.h"

namespace vigie::sensitive {

// Diagnoses, treatments, pregnancy, addictions, disability described medically (GDPR
// art. 9). Words that are also names of rights or procedures ("maladie", "invalidité",
// "handicap") count only in phrases that describe a person.
const std::vector<const char*>& healthPhrases() {
    static const std::vector<const char*> list = {
        "cancer*", "tumeur*", "leucemi*", "lymphome*", "myelome*", "chimio*", "radiotherap*",
        "dialys*", "hemodialys*", "diabet*", "sclerose*", "sclerodermi*", "alzheimer*",
        "parkinson*", "epilep*", "schizophren*", "bipolaire*", "depressi*", "anxiodepress*",
        "psychiatri*", "pedopsychiatr*", "psychose*", "psychotique*", "autis*", "trisomi*",
        "paraplegi*", "tetraplegi*", "hemiplegi*", "paralys*", "amput*", "avc", "infarctus",
        "cardiaque*", "cardiopath*", "renal", "renale", "hepatite*", "cirrhose*", "vih",
        "sida", "seropositi*", "tuberculos*", "enceinte", "grossesse*", "accouch*",
        "fausse couche", "ivg", "alcool", "alcooli*", "addict*", "toxicoman*", "cocainoman*",
        "heroinoman*", "drogue", "drogues", "heroine", "cocaine", "cannabis", "crack",
        "methadone", "subutex", "buprenorphine", "sevrage", "desintox*", "hospitalis*",
        "antidepress*", "anxiolyt*", "neurolept*", "antipsychot*", "insuline", "morphine",
        "malade", "malades", "troubles psychi*", "troubles psychol*", "troubles cognitifs",
        "troubles du comportement", "troubles anxieux", "trouble anxieux", "trouble psychi*",
        "troubles de la memoire", "handicap psychique", "handicap mental", "handicap moteur",
        "handicape moteur", "handicapee moteur", "deficience*", "deficient*", "malvoyant*",
        "malentend*", "non-voyant*", "aveugle", "aveugles", "sourd", "sourde", "sourds",
        "chirurgi*", "obesite*", "anorexi*", "boulimi*", "asthm*", "bpco", "mucoviscidose",
        "polyhandicap*", "ald", "affection de longue duree", "affection longue duree",
        "longue maladie", "soins palliatifs", "palliatif*", "burn-out", "burn out", "demence",
        "crohn", "lupus", "fibromyalgie", "endometriose", "spondyl*", "osteopor*",
        "poliomyel*", "mastectom*", "stomie*", "myopathi*", "sous traitement",
        "traitement medical", "traitement medicamenteux", "traitement lourd",
        "traitement antiretroviral", "traitement de substitution", "une maladie", "sa maladie",
        "maladie chronique", "maladie grave", "maladie rare", "maladie orpheline",
        "maladie mentale", "maladie psychique", "maladie degenerative", "maladie genetique",
        "maladie evolutive", "maladie auto-immune", "maladie de", "maladie d", "fracture*",
        "ulcere*", "hernie*", "arthrose", "polyarthrite", "aphasi*", "suicid*", "cecite",
        "surdite", "post-traumatique*", "crise de panique", "crises de panique",
        "crise d angoisse", "crises d angoisse", "phobie*", "migraine*", "invalidant*",
        "hyperacti*", "greffe de", "greffe d", "greffe du rein", "greffe du foie",
        "greffe du coeur", "greffe du poumon", "sous oxygene", "assistance respiratoire",
        "fauteuil roulant", "moelle epiniere", "lesion*", "traumatisme*", "sante mentale",
        "perdu la vue", "perdu l usage", "opere du", "operee du", "operation de la",
        "operation du", "operation chirurgicale", "atteint de", "atteinte de", "atteint d",
        "atteinte d", "atteints de", "atteintes de", "syndrome de", "syndrome d", "la gale",
        "dependant a l alcool", "dependante a l alcool", "dependance a l alcool",
        "dependance aux", "sous curatelle pour raisons de sante", "psychologiquement",
        "dementielle*", "oncolog*", "cardiolog*", "neurolog*", "infirmite*",
        "hospitalise*", "hopital psychiatrique", "unite psychiatrique", "cure de desintoxication",
        "insuffisance respiratoire", "insuffisant respiratoire", "insuffisante respiratoire",
        "accident vasculaire", "metastase*", "cancereu*", "bronchopneumo*", "pneumonie*",
        "covid long", "troubles de l humeur", "troubles du spectre", "tdah", "dyslexi*",
        "dyspraxi*", "suivi psychologique", "souffrance psychique", "detresse psychologique",
        "pma", "fiv", "premature*", "prematurite", "ivre", "ivresse", "sous l emprise",
        "overdose", "surdose", "scarification*", "automutilation", "incontinen*",
        "sous dialyse", "soins psychiatriques", "hospitalisation psychiatrique",
        "interne en psychiatrie", "medicaments psychotropes", "psychotrope*",
    };
    return list;
}

// Imprisonment, convictions, custody, judicial control (GDPR art. 10).
const std::vector<const char*>& offencePhrases() {
    static const std::vector<const char*> list = {
        "prison*", "incarcer*", "detenu", "detenue", "detenus", "detenues", "ex-detenu*",
        "detention", "maison d arret", "centre penitentiaire", "etablissement penitentiaire",
        "penitentiaire*", "milieu carceral", "carceral*", "ecroue*", "ecrou", "condamne",
        "condamnee", "condamnes", "condamnees", "condamnation a", "condamnation pour",
        "condamnations", "casier judiciaire", "casier", "garde a vue", "controle judiciaire",
        "bracelet electronique", "surveillance electronique", "sursis probatoire",
        "avec sursis", "mise a l epreuve", "probation", "liberation conditionnelle",
        "sa liberation", "de liberation", "libere sous condition*", "liberee sous condition*",
        "travaux d interet general", "travail d interet general", "tig", "peine de prison",
        "peine d emprisonnement", "peine ferme", "sa peine", "une peine", "fin de peine",
        "purge*", "emprisonn*", "delinquant", "delinquante", "delinquants", "delinquance",
        "mis en examen", "mise en examen", "sous main de justice", "semi-liberte",
        "liberte surveillee", "taule", "placement exterieur", "amenagement de peine",
        "juge d application des peines", "juge de l application des peines", "jap",
        "comparution immediate", "poursuivi pour", "poursuivie pour", "interpelle pour",
        "interpellee pour", "tribunal correctionnel", "correctionnel*", "cour d assises",
        "assises", "centre educatif ferme", "permission de sortir", "mandat de depot",
        "defere*", "interdiction de sejour", "interdiction du territoire", "reparation penale",
        "mesure penale", "casier penal", "sorti de centrale", "sortie de centrale",
        "en centrale", "revocation du sursis", "placement sous surveillance", "detenu*",
        "peines de prison", "condamne a", "condamnee a", "condamne pour", "condamnee pour",
        "antecedents judiciaires", "passe judiciaire", "faits de violence*", "vol a l etalage",
        "violences conjugales commises", "auteur de violences", "stupefiants",
        "suivi par le spip", "suivie par le spip", "suivi spip", "conseiller spip",
        "conseillere spip", "pointer au commissariat", "pointe au commissariat",
        "obligation de soins", "injonction de soins", "stage de citoyennete", "en cellule",
        "quartier disciplinaire", "parloir*", "recidiviste*", "multirecidiv*",
        "sous bracelet", "liberable", "tribunal pour enfants", "mineur incarcere",
        "condamnation", "condamne en", "condamnee en", "audience correctionnelle",
        "commis d office", "plainte contre lui", "plainte contre elle", "proces penal",
        "son proces", "casier charge", "infraction*", "delit*",
        "garde-a-vue", "detenu*", "libere de", "liberee de", "penal", "penale",
    };
    return list;
}

const std::vector<const char*>& lookAlikePhrases() {
    static const std::vector<const char*> list = {
        // Rights, bodies and procedures.
        "assurance maladie", "ij maladie", "arret maladie", "conge maladie", "branche maladie",
        "risque maladie", "indemnites journalieres maladie", "caisse maladie",
        "maladie professionnelle", "une maladie professionnelle", "declaration de grossesse",
        "maladie de l assurance", "ald de la cpam", "service penitentiaire",
        "services penitentiaires", "penitentiaire d insertion et de probation",
        "insertion et de probation", "direction interregionale des services penitentiaires",
        "prevention de la delinquance", "greffe du tribunal", "greffe de la cour",
        "greffe du", "greffe de l", "equipe mobile psychiatri*", "psychiatrie precarite",
        "mandataire judiciaire", "detention d un", "detention d une", "detention du",
        "detention de", "detention des", "detenus par", "detenues par", "detenu par",
        "detenue par", "casier a", "casiers a", "casier de", "mise en examen du dossier",
        "atteinte de l objectif", "atteinte des objectifs", "atteinte aux", "atteinte a",
        "atteinte au", "syndrome de la porte", "alcool au volant",
        // Figures of speech.
        "fracture numerique", "fracture sociale", "fracture territoriale",
        "fracture energetique", "sourde oreille", "sourd aux", "sourds aux", "aveugle aux",
        "confiance aveugle", "malade de", "malades de", "procedure malade", "prison doree",
        "une prison pour", "devient une prison", "comme une prison", "condamne a attendre",
        "condamnee a attendre", "condamnes a attendre", "condamnees a attendre",
        "peine perdue", "a peine", "sans peine", "la peine", "de peine", "vaut la peine",
        "une peine a", "purge des", "purge de", "en convalescence", "condamnation du",
        "condamnation de la", "condamnation de l", "code penal",
        "delit de solidarite", "infraction au code de la route",
    };
    return list;
}

const std::unordered_set<std::string>& civilities() {
    static const std::unordered_set<std::string> set = {
        "m", "mr", "mme", "mlle", "mmes", "monsieur", "madame", "mademoiselle", "messieurs",
        "mesdames", "mm"};
    return set;
}

const std::unordered_set<std::string>& roles() {
    static const std::unordered_set<std::string> set = {
        "directeur", "directrice", "maire", "prefet", "prefete", "president", "presidente",
        "adjoint", "adjointe", "depute", "deputee", "senateur", "senatrice", "conseiller",
        "conseillere", "juge", "ministre", "chef", "responsable", "assistante", "assistant",
        "secretaire", "vice-president", "vice-presidente", "elu", "elue", "le", "la", "les",
        "l", "x", "y", "z", "et", "ou", "ne", "n", "nee", "docteur", "defenseur", "mediateur",
        "mediatrice", "delegue", "deleguee", "procureur", "procureure", "commissaire"};
    return set;
}

const std::unordered_set<std::string>& placeWords() {
    static const std::unordered_set<std::string> set = {
        "rue", "avenue", "av", "boulevard", "bd", "place", "impasse", "allee", "chemin", "quai",
        "square", "cours", "route", "quartier", "secteur", "cite", "residence", "college",
        "lycee", "ecole", "groupe", "centre", "hopital", "clinique", "ehpad", "maison", "salle",
        "espace", "mediatheque", "bibliotheque", "stade", "gymnase", "foyer", "creche",
        "institut", "fondation", "association", "parc", "pont", "gare", "station", "arret",
        "universite", "faculte", "hotel", "halle", "marche", "jardin", "rond-point", "pole",
        "agence", "antenne", "saint", "sainte", "st", "ste", "prix", "promenade", "esplanade",
        "passage", "carrefour", "hameau", "lotissement", "tour", "batiment", "bat", "ime",
        "esat", "chu", "ch", "cmp", "cmpp", "mjc", "pmi", "musee", "theatre", "cinema",
        "piscine", "complexe", "campus", "dispositif", "programme", "plan", "loi", "prime",
        "allocation", "fonds", "bourse", "metro", "tram", "ligne", "epicerie", "restaurant",
        "restos", "auberge", "pension", "accueil", "village", "forum", "point", "cafe",
        "boutique", "aeroport", "relais", "pavillon", "unite", "service", "chsld", "usld",
        "fjt", "chrs", "cada", "huda", "crous", "boulodrome", "eglise", "mosquee", "temple",
        "synagogue", "avenues", "rues", "cites", "residences"};
    return set;
}

const std::unordered_set<std::string>& notSurnames() {
    static const std::unordered_set<std::string> set = {
        "travail", "services", "service", "nationale", "national", "sante", "emploi",
        "habitat", "solidarite", "solidarites", "connect", "info", "bleu", "rouge", "verte",
        "vert", "ile", "de", "du", "des", "la", "le", "les", "domicile", "conseil",
        "departement", "region", "ville", "mairie", "cedex", "nord", "sud", "est", "ouest",
        "centre", "alpes", "isere", "rhone", "janvier", "fevrier", "mars", "avril", "mai",
        "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi",
        "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    return set;
}

const std::unordered_set<std::string>& institutionWords() {
    static const std::unordered_set<std::string> set = {
        "caisse", "caisses", "conseil", "departemental", "departementale", "regional",
        "regionale", "communal", "communale", "secours", "populaire", "catholique", "croix",
        "pole", "emploi", "action", "logement", "habitat", "humanisme", "fondation", "abbe",
        "primaire", "compte", "credit", "agricole", "poste", "postale", "banque", "mutuelle",
        "mutualite", "allocations", "familiales", "assurance", "retraite", "sante",
        "solidarite", "solidarites", "sociale", "social", "sociales", "securite", "justice",
        "aide", "aides", "droit", "droits", "emmaus", "coeur", "petits", "freres", "pauvres",
        "medecins", "monde", "samu", "ministere", "interieur", "prefecture", "tribunal",
        "cour", "republique", "etat", "metropole", "communaute", "agglomeration", "mission",
        "locale", "office", "public", "publique", "bailleur", "defenseur", "impots",
        "finances", "tresor", "maison", "departementale", "personnes", "handicapees",
        "france", "travail", "services", "ameli", "cnaf", "msa", "urssaf", "carsat", "cpam",
        "caf", "ccas", "cias", "mdph", "pmi", "udaf", "adil", "siao", "pio", "ofii",
        "ofpra", "anah", "edf", "engie", "veolia", "orange", "sfr", "bouygues", "free",
        "google", "facebook", "whatsapp", "internet", "cerfa", "pass", "navigo", "vitale",
        "carte", "cheque", "energie", "prime", "activite", "revenu", "solidarite", "active",
        "nouvelle", "aquitaine", "occitanie", "bretagne", "normandie", "provence", "grand",
        "est", "hauts", "pays", "loire", "val", "haute", "savoie", "auvergne", "bourgogne",
        "franche-comte", "corse", "guadeloupe", "martinique", "guyane", "reunion", "mayotte",
        "paris", "lyon", "marseille", "grenoble", "lille", "toulouse", "nantes", "bordeaux",
        "strasbourg", "montpellier", "rennes", "nice", "saint-etienne", "villeurbanne",
        "echirolles", "fontaine", "meylan", "bourg", "villeneuve", "mistral", "teisseire",
        "croix-rouge", "restos", "ordre", "avocats", "notaires", "huissiers", "commission",
        "surendettement", "mediation", "mediateur", "conciliateur", "espace", "france services",
        "numerique", "conseiller", "conseillere", "point", "jeunes", "jeunesse", "famille",
        "familles", "enfance", "education", "nationale", "universite", "hopital", "clinique",
        "centre", "hospitalier", "universitaire", "chu", "dr", "docteur", "professeur",
        "pr", "maitre", "me", "sainte", "saint", "notre-dame"};
    return set;
}

const std::unordered_set<std::string>& functionWords() {
    static const std::unordered_set<std::string> set = {
        "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "ce", "cet",
        "cette", "ces", "son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre",
        "votre", "nos", "vos", "depuis", "pour", "dans", "avec", "sans", "chez", "apres",
        "avant", "selon", "malgre", "lors", "quand", "si", "comme", "alors", "puis", "et",
        "mais", "ou", "donc", "car", "ni", "en", "a", "il", "elle", "ils", "elles", "on",
        "nous", "vous", "je", "tu", "qui", "que", "quoi", "dont", "sur", "sous", "entre",
        "vers", "par", "est", "sont", "a", "ont", "etait", "avait", "fait", "doit", "peut",
        "n", "ne", "pas", "plus", "tres", "trop", "tout", "tous", "toute", "toutes", "aucun",
        "aucune", "chaque", "plusieurs", "certains", "certaines", "meme", "aussi", "encore",
        "deja", "toujours", "jamais", "ici", "la", "y", "se", "s", "lui", "eux", "personne",
        "madame", "monsieur", "dossier", "demande", "depot", "attente", "suite", "objet",
        "signalement", "constat", "situation", "relance", "reponse", "courrier", "faute",
        "grace", "hors", "via", "contre", "pendant", "durant", "parmi", "outre", "voici",
        "voila", "ainsi", "enfin", "ensuite", "cependant", "pourtant", "neanmoins", "bref",
        "aujourd", "hui", "hier", "demain", "nouveau", "nouvelle", "ancien", "ancienne"};
    return set;
}

const std::unordered_set<std::string>& particles() {
    static const std::unordered_set<std::string> set = {
        "le", "la", "de", "d", "du", "des", "da", "dos", "das", "di", "del", "della", "van",
        "von", "ben", "el", "al", "ould", "bin", "mac", "mc"};
    return set;
}

} // namespace vigie::sensitive
