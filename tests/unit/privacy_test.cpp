// The privacy guard: each kind on hand-picked cases, then recall and false alarms on the
// labelled French sentences of tests/data (the tuning set and a held-out set).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "domain/privacy.h"
#include "domain/text.h"

using namespace vigie;

namespace {

// The kinds these sets were labelled for: numbers, e-mails, addresses. Names, health and
// offences came later, with sets of their own (privacy_sensitive_test.cpp).
std::set<std::string> kinds(std::string_view text) {
    std::set<std::string> out;
    for (const auto& f : findPersonalData(text)) {
        if (f.kind != PersonalDataKind::Name && f.kind != PersonalDataKind::Health &&
            f.kind != PersonalDataKind::Offence) {
            out.emplace(code(f.kind));
        }
    }
    return out;
}

std::string firstMatch(std::string_view text) {
    auto found = findPersonalData(text);
    return found.empty() ? std::string()
                         : std::string(text.substr(found[0].offset, found[0].length));
}

} // namespace

TEST_CASE("NIR: spaced or not, Corsica, and only with a valid key") {
    CHECK(isValidNir("185037512345641"));
    CHECK_FALSE(isValidNir("185037512345678"));
    CHECK(isValidNir("185032A12345601"));
    CHECK_FALSE(isValidNir("185032B12345601"));
    CHECK(firstMatch("NIR 1 85 03 75 123 456 41 transmis") == "1 85 03 75 123 456 41");
    CHECK(firstMatch("nss:185037512345641.") == "185037512345641");
    CHECK(firstMatch("numéro 1850375123456 41") == "1850375123456 41");
    CHECK(firstMatch("1 85 03 2A 123 456 01") == "1 85 03 2A 123 456 01");
    CHECK(kinds("1 85 03 75 123 456 78").empty()); // wrong key: a file number
    CHECK(kinds("dossier 1 85 03 75 123 456 78").empty());
    // ... unless the text says it is a NIR: a typo in the key does not make it anonymous.
    CHECK(firstMatch("NIR 1 85 05 78 006 084 92") == "1 85 05 78 006 084 92");
    CHECK(firstMatch("son n° de sécurité sociale : 185037512345678") == "185037512345678");
    CHECK(kinds("devenir 185037512345678").empty()); // "nir" inside a word is no label
    // Without its key, a NIR is still one when its structure fits.
    CHECK(firstMatch("n° sécu 1851275123456 refusé") == "1851275123456");
    CHECK(firstMatch("NIR : 2 75 01 01 234 567") == "2 75 01 01 234 567");
    CHECK(kinds("dossier 1853075123456").empty()); // month 30: not a NIR without key
    CHECK(kinds("code 3851275123456").empty());    // sex digit 3
    CHECK(kinds("EAN 9782070360024").empty());
}

TEST_CASE("phones: mobile and landline forms, not service numbers") {
    CHECK(firstMatch("tel 06 12 34 56 78.") == "06 12 34 56 78");
    CHECK(firstMatch("tel 06.12.34.56.78") == "06.12.34.56.78");
    CHECK(firstMatch("tel 0612345678") == "0612345678");
    CHECK(firstMatch("tel 04-74-12-34-56") == "04-74-12-34-56");
    CHECK(firstMatch("joignable au +33 6 12 34 56 78") == "+33 6 12 34 56 78");
    CHECK(firstMatch("joignable au +33612345678") == "+33612345678");
    CHECK(firstMatch("(+33) 1 23 45 67 89") == "+33) 1 23 45 67 89");
    CHECK(firstMatch("0033 6 12 34 56 78") == "0033 6 12 34 56 78");
    CHECK(kinds("appeler le 0 800 12 34 56").empty());
    CHECK(kinds("numéro vert 08 00 00 12 34").empty());
    CHECK(kinds("le 3230 de la CAF, le 36 46, le 39 49").empty());
    CHECK(kinds("SIRET 123 456 789 00012").empty());
    CHECK(kinds("dossier 20150612345678").empty());
}

TEST_CASE("e-mail addresses") {
    CHECK(firstMatch("mail: jean.dupont-2@orange.fr, merci") == "jean.dupont-2@orange.fr");
    CHECK(firstMatch("Ecrire à M.Durand+caf@Laposte.NET.") == "M.Durand+caf@Laposte.NET");
    CHECK(kinds("sur le site caf.fr ou www.ameli.fr").empty());
    CHECK(kinds("un @ tout seul, ou user@localhost").empty());
}

TEST_CASE("IBAN with a valid checksum only") {
    CHECK(isValidIban("FR7630006000011234567890189"));
    CHECK_FALSE(isValidIban("FR7630006000011234567890188"));
    CHECK(firstMatch("RIB FR76 3000 6000 0112 3456 7890 189 transmis") ==
          "FR76 3000 6000 0112 3456 7890 189");
    CHECK(firstMatch("iban fr7630006000011234567890189") == "fr7630006000011234567890189");
    CHECK(kinds("FR76 3000 6000 0112 3456 7890 188").empty());
}

TEST_CASE("dates of birth, not event dates, ages or birth years") {
    CHECK(firstMatch("Mme X, née le 3 avril 1975, sans ressources") == "née le 3 avril 1975");
    CHECK(firstMatch("né le 12/03/1961") == "né le 12/03/1961");
    CHECK(firstMatch("NÉ LE 1er mai 1950") == "NÉ LE 1er mai 1950");
    CHECK(firstMatch("né(e) le 12.03.61") == "né(e) le 12.03.61");
    CHECK(firstMatch("date de naissance : 04/05/1980") == "naissance : 04/05/1980");
    CHECK(firstMatch("DDN: 1980-05-04") == "DDN: 1980-05-04");
    CHECK(firstMatch("né à Bourg-en-Bresse le 2 mai 1950") == "né à Bourg-en-Bresse le 2 mai 1950");
    CHECK(kinds("dossier reçu le 12/03/2015").empty());
    CHECK(kinds("la difficulté est née d'un changement de logiciel le 12/03/2015").empty());
    CHECK(kinds("née en 1958, âgée de 63 ans").empty());
    CHECK(kinds("il ne le savait pas").empty());
}

TEST_CASE("street addresses, not towns, postcodes or the street as a place to sleep") {
    CHECK(firstMatch("habite 12 bis rue des Lilas à Bourg") == "12 bis rue des Lilas");
    CHECK(firstMatch("au 3, avenue Jean Jaurès") == "3, avenue Jean Jaurès");
    CHECK(firstMatch("7 impasse des acacias") == "7 impasse des acacias");
    CHECK(firstMatch("2 place de la République") == "2 place de la République");
    CHECK(firstMatch("5 route de Lyon") == "5 route de Lyon");
    CHECK(firstMatch("14 bd. Victor Hugo") == "14 bd. Victor Hugo");
    CHECK(kinds("vit à la rue depuis 3 mois").empty());
    CHECK(kinds("01000 Bourg-en-Bresse").empty());
    CHECK(kinds("il reste 1 place disponible au CHRS").empty());
    CHECK(kinds("3 cours de français par semaine").empty());
    CHECK(kinds("article L. 262-2 du CASF").empty());
}

TEST_CASE("several findings keep their order and positions") {
    const std::string text = "Tél 06 12 34 56 78 ; né le 1/2/1960 ; x@y.fr";
    auto found = findPersonalData(text);
    REQUIRE(found.size() == 3);
    CHECK(found[0].kind == PersonalDataKind::Phone);
    CHECK(found[1].kind == PersonalDataKind::BirthDate);
    CHECK(found[2].kind == PersonalDataKind::Email);
    CHECK(text.substr(found[2].offset, found[2].length) == "x@y.fr");
}

TEST_CASE("arbitrary bytes never break the guard") {
    std::string noise;
    for (int i = 0; i < 5000; ++i) {
        noise.push_back(static_cast<char>((i * 7919 + 13) & 0xFF));
    }
    CHECK_NOTHROW(findPersonalData(noise));
    CHECK_NOTHROW(findPersonalData("@"));
    CHECK_NOTHROW(findPersonalData("né le"));
    CHECK_NOTHROW(findPersonalData("FR76"));
    CHECK_NOTHROW(findPersonalData("12 rue"));
    CHECK_NOTHROW(findPersonalData("\xC3"));
}

namespace {

struct Evaluation {
    int sentences = 0, negatives = 0, flaggedNegatives = 0;
    int expected = 0, found = 0, spurious = 0;
    std::vector<std::string> misses, alarms;
};

Evaluation evaluate(const std::string& file) {
    std::ifstream in(std::string(VIGIE_TEST_DATA_DIR) + "/" + file);
    REQUIRE_MESSAGE(in.good(), "missing labelled set " << file);
    Evaluation ev;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        if (line.empty()) {
            continue;
        }
        const auto tab = line.find('\t');
        REQUIRE(tab != std::string::npos);
        const std::string labels = line.substr(0, tab);
        const std::string sentence = line.substr(tab + 1);
        std::set<std::string> want;
        if (labels != "-") {
            for (auto& k : text::splitList(labels)) {
                want.insert(k);
            }
        }
        const auto got = kinds(sentence);
        ++ev.sentences;
        if (want.empty()) {
            ++ev.negatives;
            if (!got.empty()) {
                ++ev.flaggedNegatives;
                ev.alarms.push_back(*got.begin() + " <- " + sentence);
            }
        }
        for (const auto& k : want) {
            ++ev.expected;
            if (got.count(k)) {
                ++ev.found;
            } else {
                ev.misses.push_back(k + " <- " + sentence);
            }
        }
        for (const auto& k : got) {
            if (!want.count(k)) {
                ++ev.spurious;
                if (!want.empty()) {
                    ev.alarms.push_back(k + " (extra) <- " + sentence);
                }
            }
        }
    }
    return ev;
}

void checkFigures(const std::string& file) {
    const Evaluation ev = evaluate(file);
    REQUIRE(ev.sentences >= 100);
    const double recall = 100.0 * ev.found / ev.expected;
    const double falseAlarms = 100.0 * ev.flaggedNegatives / ev.negatives;
    const double spurious = 100.0 * ev.spurious / ev.sentences;
    MESSAGE(file << ": " << ev.sentences << " sentences, recall " << recall << " % (" << ev.found
                 << "/" << ev.expected << "), false alarms " << falseAlarms << " % of look-alikes ("
                 << ev.flaggedNegatives << "/" << ev.negatives << "), spurious kinds " << spurious
                 << " % of sentences");
    for (const auto& m : ev.misses) {
        MESSAGE("missed: " << m);
    }
    for (const auto& a : ev.alarms) {
        MESSAGE("false alarm: " << a);
    }
    CHECK(recall >= 95.0);
    CHECK(falseAlarms <= 5.0);
    CHECK(spurious <= 5.0);
}

} // namespace

TEST_CASE("labelled tuning set: recall at least 95 %, false alarms at most 5 %") {
    checkFigures("privacy_labelled.tsv");
}

TEST_CASE("held-out labelled set: recall at least 95 %, false alarms at most 5 %") {
    checkFigures("privacy_holdout.tsv");
}
