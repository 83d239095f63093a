#include <doctest/doctest.h>

#include "domain/text.h"

using namespace vigie::text;

TEST_CASE("lists split on | with spaces trimmed and empties dropped") {
    CHECK(splitList("RSA | AAH|") == std::vector<std::string>{"RSA", "AAH"});
    CHECK(splitList("  ").empty());
    CHECK(splitList("CAF") == std::vector<std::string>{"CAF"});
    CHECK(splitList("a||b") == std::vector<std::string>{"a", "b"});
}

TEST_CASE("trim removes ASCII spaces and the no-break space Excel leaves") {
    CHECK(trim("  x y \t") == "x y");
    CHECK(trim("\xC2\xA0"
               "CAF"
               "\xC2\xA0") == "CAF");
    CHECK(trim("") == "");
    CHECK(trim("\xC2\xA0 texte \xC2\xA0") == "texte");
    CHECK(trim(" \xE2\x80\xAF\xC2\xA0 Nouveau\t\xC2\xA0") == "Nouveau");
    CHECK(trim("\xC2\xA0\xC2\xA0") == "");
}

TEST_CASE("UTF-8 validation rejects what is not UTF-8") {
    CHECK(isValidUtf8("Précarité"));
    CHECK(isValidUtf8(""));
    CHECK_FALSE(isValidUtf8("Pr\xE9"
                            "carit\xE9"));        // Windows-1252
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));         // overlong
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80")); // beyond U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE2\x82"));         // truncated
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));       // emoji
}

TEST_CASE("match keys ignore case, accents and punctuation") {
    CHECK(matchKey("Délais anormalement longs") == "delais_anormalement_longs");
    CHECK(matchKey("  NON ACCÈS aux droits ") == "non_acces_aux_droits");
    CHECK(matchKey("a l'ordre du jour") == "a_l_ordre_du_jour");
    CHECK(matchKey("Précarité") == "precarite");
    CHECK(matchKey("Œuvre") == "oeuvre");
    CHECK(foldAccents("ÉNERGIE Ça") == "energie ca");
    // Decomposed accents (a letter then a combining mark), as some Mac tools write.
    CHECK(matchKey("Pre\xCC\x81"
                   "carite\xCC\x81") == "precarite");
    CHECK(foldAccents("Non acce\xCC\x80"
                      "s") == "non acces");
}

TEST_CASE("length counts characters, not bytes") {
    CHECK(length("Précarité") == 9);
    CHECK(length("") == 0);
}

TEST_CASE("ellipsis cuts long text at a word, never inside a character") {
    CHECK(ellipsis("court", 10) == "court");
    CHECK(ellipsis("Demande de RSA déposée il y a trois mois", 20) == "Demande de RSA\u2026");
    const std::string cut = ellipsis("ééééééééééééééé", 5);
    CHECK(cut == "ééééé\u2026");
    CHECK(isValidUtf8(cut));
}
