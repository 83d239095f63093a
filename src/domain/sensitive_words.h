// The words behind the privacy guard's names, health and offences (sensitive_data.cpp):
// French phrasing written by hand, each list saying what it is for.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace vigie::sensitive {

struct Word {
    std::size_t from = 0, to = 0;
    std::string fold;               // lower case, accents removed
    bool capitalised = false;       // first letter upper case
    bool allCaps = false;           // two letters or more, all upper case
    bool sentenceStart = false;     // first word of a sentence, a line or a list item
    bool punctuationBefore = false; // , ; : ( ) . between the previous word and this one
    bool dotAfter = false;          // "M." rather than "M"
};

// Phrases of folded words; a word ending in '*' matches by prefix.
const std::vector<const char*>& healthPhrases();
const std::vector<const char*>& offencePhrases();
// Rights, bodies, procedures and figures of speech that hold those words.
const std::vector<const char*>& lookAlikePhrases();

const std::unordered_set<std::string>& civilities();
// Words after a civility that are no surname ("Madame la Directrice", "M. le Maire").
const std::unordered_set<std::string>& roles();
// Words before a person's name that make it a place or a body ("collège Jean Moulin").
const std::unordered_set<std::string>& placeWords();
// Capitalised words after a first name that are no surname ("France Travail").
const std::unordered_set<std::string>& notSurnames();
// Words of bodies' names ("Secours populaire", "Caisse primaire", "Conseil départemental").
const std::unordered_set<std::string>& institutionWords();
// Articles, pronouns, prepositions, conjunctions and common verbs.
const std::unordered_set<std::string>& functionWords();
// Particles of surnames ("Le Goff", "de Saint-Aubin", "Da Silva", "Dos Santos").
const std::unordered_set<std::string>& particles();

// first_names.cpp, on folded words: a common first name; one that is also an ordinary
// word or place ("rose", "france"), a name only beside a surname or a civility.
bool isFoldedFirstName(const std::string& folded);
bool isAmbiguousFirstName(std::string_view folded);

} // namespace vigie::sensitive
