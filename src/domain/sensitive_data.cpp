#include "sensitive_data.h"

#include <algorithm>
#include <array>
#include <unordered_set>

#include "sensitive_words.h"
#include "text.h"

namespace vigie {

namespace {

using sensitive::isAmbiguousFirstName;
using sensitive::isFoldedFirstName;
using sensitive::Word;

// --- Words ------------------------------------------------------------------------------

bool isLetter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7);
}
bool isUpper(char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
           (c >= 0x100 && c <= 0x17F && c % 2 == 0);
}
bool isApostrophe(char32_t c) {
    return c == '\'' || c == 0x2019;
}
bool isPunctuation(char32_t c) {
    return c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' ||
           c == '?' || c == '\n' || c == '/' || c == 0x2013 || c == 0x2014 || c == '"' ||
           c == 0xAB || c == 0xBB;
}

// decodeUtf8 with a shortcut for ASCII, which most of a French text is.
inline char32_t decode(std::string_view s, std::size_t& pos) {
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {
        ++pos;
        return byte;
    }
    return text::decodeUtf8(s, pos);
}

void foldInto(std::string& out, std::string_view raw) {
    if (std::all_of(raw.begin(), raw.end(), [](char ch) { return (ch & 0x80) == 0; })) {
        out.assign(raw);
        for (char& ch : out) {
            ch = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
        }
    } else {
        out = text::foldAccents(raw);
    }
}

// Where a word ends: a hyphen between letters joins ("Jean-Pierre"), an apostrophe only
// inside a name ("N'Diaye"); elsewhere it splits ("d'arrêt" -> d, arrêt).
std::size_t wordEnd(std::string_view s, std::size_t pos, Word& w) {
    std::size_t letters = 0, end = pos;
    while (pos < s.size()) {
        std::size_t next = pos;
        const char32_t d = decode(s, next);
        if (isLetter(d)) {
            ++letters;
            w.allCaps = w.allCaps && isUpper(d);
            pos = end = next;
            continue;
        }
        if (d != '-' && !isApostrophe(d)) {
            break;
        }
        std::size_t after = next;
        const char32_t e = after < s.size() ? decode(s, after) : 0;
        if ((d == '-' && isLetter(e)) ||
            (isApostrophe(d) && letters == 1 && w.capitalised && isUpper(e))) {
            pos = next;
            continue;
        }
        break;
    }
    w.allCaps = w.allCaps && letters >= 2;
    return end;
}

std::vector<Word> words(std::string_view s) {
    static const std::unordered_set<std::string> abbreviations = {
        "m", "mme", "mlle", "mr", "dr", "st", "ste", "cf", "p", "n", "no"};
    std::vector<Word> out;
    out.reserve(s.size() / 6);
    std::size_t pos = 0;
    bool newSentence = true, punctuation = false;
    while (pos < s.size()) {
        const std::size_t at = pos;
        const char32_t c = decode(s, pos);
        if (!isLetter(c)) {
            punctuation = punctuation || isPunctuation(c);
            if (c == '!' || c == '?' || c == '\n' || c == ':' || c == ';' || c == 0x2026 ||
                c == '(' || c == 0xAB || c == '"' || c == 0x2022) {
                newSentence = true;
            } else if (c == '.') {
                // "M." does not end a sentence; nor does an initial.
                const bool abbreviation = !out.empty() && out.back().to == at &&
                                          (out.back().fold.size() == 1 ||
                                           abbreviations.count(out.back().fold));
                if (!out.empty() && out.back().to == at) {
                    out.back().dotAfter = true;
                }
                newSentence = !abbreviation;
            } else if (c == '-' && (at == 0 || s[at - 1] == '\n')) {
                newSentence = true;
            }
            continue;
        }
        Word w;
        w.from = at;
        w.capitalised = isUpper(c);
        w.allCaps = true;
        w.sentenceStart = newSentence;
        w.punctuationBefore = punctuation;
        w.to = wordEnd(s, at, w);
        pos = w.to;
        foldInto(w.fold, s.substr(w.from, w.to - w.from));
        newSentence = punctuation = false;
        out.push_back(std::move(w));
    }
    return out;
}

// --- Phrases: health and offences -------------------------------------------------------

// A phrase is words separated by spaces; a word ending in '*' matches by prefix.
struct Part {
    std::string text;
    bool prefix;
    bool matches(const std::string& word) const {
        return prefix ? word.size() >= text.size() && word.compare(0, text.size(), text) == 0
                      : word == text;
    }
};
struct Phrase {
    SensitiveKind kind;
    std::vector<Part> parts;
};

class PhraseSet {
public:
    void add(SensitiveKind kind, const std::vector<const char*>& phrases) {
        for (const char* p : phrases) {
            phrases_.push_back({kind, split(p)});
            byStart_[bucket(phrases_.back().parts.front().text)].push_back(phrases_.size() - 1);
        }
    }
    // The phrase starting at word i, or nullptr.
    const Phrase* matchAt(const std::vector<Word>& w, std::size_t i) const {
        for (std::size_t index : byStart_[bucket(w[i].fold)]) {
            const auto& parts = phrases_[index].parts;
            if (i + parts.size() > w.size()) {
                continue;
            }
            bool all = true;
            for (std::size_t k = 0; k < parts.size() && all; ++k) {
                all = parts[k].matches(w[i + k].fold);
            }
            if (all) {
                return &phrases_[index];
            }
        }
        return nullptr;
    }

private:
    static std::vector<Part> split(std::string_view phrase) {
        std::vector<Part> parts;
        std::size_t start = 0;
        while (start < phrase.size()) {
            const auto space = std::min(phrase.find(' ', start), phrase.size());
            std::string_view part = phrase.substr(start, space - start);
            const bool prefix = !part.empty() && part.back() == '*';
            parts.push_back({std::string(prefix ? part.substr(0, part.size() - 1) : part), prefix});
            start = space + 1;
        }
        return parts;
    }
    // Phrases by their first three letters (every prefix has three at least): a word is
    // compared with one or two phrases at most.
    static std::size_t letter(const std::string& word, std::size_t i) {
        const unsigned char c = i < word.size() ? static_cast<unsigned char>(word[i]) : 0;
        return c >= 'a' && c <= 'z' ? c - 'a' : 26;
    }
    static std::size_t bucket(const std::string& word) {
        return (letter(word, 0) * 27 + letter(word, 1)) * 27 + letter(word, 2);
    }
    std::vector<Phrase> phrases_;
    std::array<std::vector<std::size_t>, 27 * 27 * 27> byStart_;
};

const PhraseSet& sensitivePhrases() {
    static const PhraseSet set = [] {
        PhraseSet s;
        s.add(SensitiveKind::Health, sensitive::healthPhrases());
        s.add(SensitiveKind::Offence, sensitive::offencePhrases());
        return s;
    }();
    return set;
}

const PhraseSet& lookAlikes() {
    static const PhraseSet set = [] {
        PhraseSet s;
        s.add(SensitiveKind::Health, sensitive::lookAlikePhrases());
        return s;
    }();
    return set;
}

void findPhrases(const std::vector<Word>& w, std::vector<SensitiveFinding>& out) {
    // Words inside a look-alike ("assurance maladie") are skipped: `excludedTo` is where
    // the last look-alike found ends.
    std::size_t excludedTo = 0;
    for (std::size_t i = 0; i < w.size(); ++i) {
        if (const Phrase* look = lookAlikes().matchAt(w, i)) {
            excludedTo = std::max(excludedTo, i + look->parts.size());
        }
        if (i < excludedTo) {
            continue;
        }
        const Phrase* p = sensitivePhrases().matchAt(w, i);
        if (!p) {
            continue;
        }
        // A look-alike may start inside the phrase ("une maladie professionnelle").
        const std::size_t n = p->parts.size();
        bool overlapped = false;
        for (std::size_t k = 1; k < n && !overlapped; ++k) {
            overlapped = lookAlikes().matchAt(w, i + k) != nullptr;
        }
        if (!overlapped) {
            out.push_back({p->kind, w[i].from, w[i + n - 1].to - w[i].from});
            i += n - 1;
        }
    }
}

// --- Names ------------------------------------------------------------------------------

bool in(const std::unordered_set<std::string>& set, const std::string& word) {
    return set.count(word) > 0;
}

// A place or a body named after a person ("collège Jean Moulin", "salle des fêtes
// Georges Brassens"): a place word among the five words before, within the same clause.
bool afterPlaceWord(const std::vector<Word>& w, std::size_t i) {
    for (std::size_t back = 1; back <= 5 && back <= i; ++back) {
        if (in(sensitive::placeWords(), w[i - back].fold)) {
            return true;
        }
        if (w[i - back + 1].punctuationBefore) {
            return false;
        }
    }
    return false;
}

bool isSurname(const Word& w) {
    return (w.capitalised || w.allCaps) && w.fold.size() >= 2 &&
           !in(sensitive::notSurnames(), w.fold) && !in(sensitive::institutionWords(), w.fold);
}

// Capitals that are bodies and rights (CAF, CPAM, RSA, AAH): short, or without vowels.
bool isAcronym(const Word& w) {
    return w.fold.size() <= 4 || std::none_of(w.fold.begin(), w.fold.end(), [](char c) {
               return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
           });
}

class NameFinder {
public:
    NameFinder(const std::vector<Word>& w, const KnownNames& known) : w_(w), known_(known) {}

    void run(std::vector<SensitiveFinding>& out) {
        for (std::size_t i = 0; i < w_.size(); ++i) {
            const std::size_t n = nameAt(i);
            if (n > 0 && !isKnown(i, n)) {
                out.push_back({SensitiveKind::Name, w_[i].from, w_[i + n - 1].to - w_[i].from});
                i += n - 1;
            }
        }
    }

private:
    const Word* at(std::size_t i) const { return i < w_.size() ? &w_[i] : nullptr; }

    // The number of words of a person's name starting at word i (civility included).
    std::size_t nameAt(std::size_t i) const {
        const Word& a = w_[i];
        if (!a.capitalised) {
            // Lower case: only "m." "mme" "mlle" "mr", "famille", "les" and compound first
            // names start a name (no hash look-up for the other words: this runs on each).
            const std::string& f = a.fold;
            if ((f == "m" && a.dotAfter) || f == "mme" || f == "mlle" || f == "mr") {
                return afterCivility(i);
            }
            if (f == "famille" || f == "les") {
                return family(i);
            }
            // "jean-paul, alcoolique": a compound first name typed in lower case.
            return f.find('-') != std::string::npos && isFoldedFirstName(f) && !afterPlaceWord(w_, i)
                       ? 1
                       : 0;
        }
        if (in(sensitive::civilities(), a.fold)) {
            return afterCivility(i);
        }
        if (a.fold == "famille" || a.fold == "les") {
            return family(i);
        }
        if (afterPlaceWord(w_, i)) {
            return 0;
        }
        const Word* b = at(i + 1);
        const bool firstName = !a.allCaps && isFoldedFirstName(a.fold);
        const bool nextIsSurname = b && !b->punctuationBefore && isSurname(*b) &&
                                   !in(sensitive::placeWords(), b->fold);
        if (firstName && nextIsSurname) {
            return 2; // "Karim Benali", "Jean-Pierre MOREAU"
        }
        if (a.allCaps && a.fold.size() >= 3 && b && !b->punctuationBefore && b->capitalised &&
            !b->allCaps && isFoldedFirstName(b->fold) && !isAcronym(a)) {
            return 2; // "DUPONT Marie"
        }
        if (firstName && !isAmbiguousFirstName(a.fold)) {
            return 1; // "Jean-Pierre habite chez sa sœur"
        }
        // Two capitalised words that are neither French words nor a body's: a name the
        // list of first names does not hold ("Olena Kravets").
        if (nextIsSurname && !a.allCaps && !b->allCaps && a.fold.size() >= 3 &&
            !in(sensitive::functionWords(), a.fold) && !in(sensitive::institutionWords(), a.fold) &&
            !in(sensitive::notSurnames(), a.fold) && !in(sensitive::placeWords(), a.fold) &&
            !isAmbiguousFirstName(a.fold) && !followsCapitalised(i)) {
            return 2;
        }
        return 0;
    }

    // "M. Martin", "Mme DA SILVA", "Monsieur Karim Benali", "M. Le Goff", "Mme de
    // Saint-Aubin", "mme bertrand"; not "Mme L.", "Madame la Directrice", "Madame a
    // déposé", "M. le Maire".
    std::size_t afterCivility(std::size_t i) const {
        const Word& a = w_[i];
        const bool abbreviation = a.fold != "monsieur" && a.fold != "madame" &&
                                  a.fold != "mademoiselle" && a.fold != "messieurs" &&
                                  a.fold != "mesdames";
        if (!a.capitalised && !abbreviation) {
            return 0; // "le monsieur", "madame" in a sentence: no name follows
        }
        const Word* b = at(i + 1);
        const Word* c = at(i + 2);
        if (!b || (b->punctuationBefore && !a.dotAfter)) {
            return 0;
        }
        const bool particle = in(sensitive::particles(), b->fold);
        if (particle && c && c->capitalised && !in(sensitive::roles(), c->fold) &&
            (b->capitalised || b->fold == "de" || b->fold == "d" || b->fold == "du")) {
            return 3;
        }
        if (b->fold.size() >= 2 && isSurname(*b) && !in(sensitive::roles(), b->fold)) {
            return c && !c->punctuationBefore && isSurname(*c) && (c->capitalised || c->allCaps)
                       ? 3
                       : 2;
        }
        // Typed in lower case after an abbreviation: "mme bertrand", "m. guerin".
        if (abbreviation && !a.capitalised && b->fold.size() >= 3 &&
            !in(sensitive::functionWords(), b->fold) && !in(sensitive::roles(), b->fold)) {
            return 2;
        }
        return 0;
    }

    // "la famille Traoré", "Les Nguyen attendent", "chez les Rocha".
    std::size_t family(std::size_t i) const {
        const Word* b = at(i + 1);
        if (!b || b->punctuationBefore || !b->capitalised || b->allCaps || b->fold.size() < 2 ||
            in(sensitive::placeWords(), b->fold) || in(sensitive::institutionWords(), b->fold) ||
            in(sensitive::notSurnames(), b->fold) || in(sensitive::functionWords(), b->fold)) {
            return 0;
        }
        if (w_[i].fold == "les" && (b->fold.back() == 's' || b->fold.back() == 'x')) {
            return 0; // "les Restos", "les Impôts": plurals, not a family
        }
        const Word* c = at(i + 2);
        return c && !c->punctuationBefore && c->capitalised && isSurname(*c) ? 3 : 2;
    }

    // "Conseil Départemental Isère": a word after capitalised words is part of their name.
    bool followsCapitalised(std::size_t i) const {
        return i > 0 && !w_[i].punctuationBefore && w_[i - 1].capitalised &&
               !w_[i].sentenceStart;
    }

    // A phrase of the reference data (an institution, a source, a place) is no person.
    bool isKnown(std::size_t i, std::size_t n) const {
        if (known_.phrases.empty()) {
            return false;
        }
        std::string span;
        for (std::size_t k = 0; k < n; ++k) {
            span += (k ? " " : "") + w_[i + k].fold;
        }
        for (const std::string& phrase : known_.phrases) {
            std::string key;
            for (const Word& k : words(phrase)) {
                key += (key.empty() ? "" : " ") + k.fold;
            }
            if (!key.empty() && (" " + key + " ").find(" " + span + " ") != std::string::npos) {
                return true;
            }
        }
        return false;
    }

    const std::vector<Word>& w_;
    const KnownNames& known_;
};

} // namespace

std::vector<SensitiveFinding> findSensitiveData(std::string_view text, const KnownNames& known) {
    const std::vector<Word> w = words(text);
    std::vector<SensitiveFinding> out;
    NameFinder(w, known).run(out);
    findPhrases(w, out);
    std::sort(out.begin(), out.end(),
              [](const SensitiveFinding& a, const SensitiveFinding& b) { return a.offset < b.offset; });
    return out;
}

} // namespace vigie
