// Finding a member of staff's name in Vigie's texts, for a right-of-access extract and an
// erasure (GDPR art. 15 and 17): which spellings name the person, and what replaces them.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

// Where a name was found: bytes [begin, end) of the text.
struct NameSpan {
    std::size_t begin = 0;
    std::size_t end = 0;
};

// The rules (tested in tests/unit/people_test.cpp):
//  - case and accents are ignored, and so is punctuation between words ("Marie-Hélène
//    DUPONT" is found by "marie helene dupont");
//  - only whole words: "Dupont" never matches inside "Dupontel";
//  - the name in its given order, or surname first ("DUPONT Marie" for "Marie Dupont");
//    the surname is the words written in capitals, else the last word;
//  - the surname alone after a civility ("M. Dupont", "Mme Dupont", "Madame Dupont"),
//    since minutes are written that way; a civility before a full name is part of it;
//  - the surname alone or the first name alone is NOT the person: another Dupont may be.
class NameMatcher {
public:
    explicit NameMatcher(std::string_view name);
    // False for a name with no letter: it would match nothing (or everything).
    bool valid() const { return !given_.empty() || !surname_.empty(); }

    std::vector<NameSpan> find(std::string_view text) const;
    bool names(std::string_view text) const { return !find(text).empty(); }
    // The text with every mention replaced by `by`; `count` grows by the number replaced.
    std::string replaced(std::string_view text, std::string_view by, long long& count) const;

private:
    std::vector<std::string> given_;   // folded words
    std::vector<std::string> surname_; // folded words
};

// What replaces an erased member of staff's name: their role, in plain French (stored data,
// like every text of the database): "Représentant de la CAF" for a body Vigie knows the
// article of, "Représentant de l'organisme X" for another, "Membre du groupe de veille"
// without one.
std::string roleOfMember(const std::string& institutionCode, const std::string& institutionLabel);

} // namespace vigie
