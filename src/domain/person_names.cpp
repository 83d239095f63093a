#include "person_names.h"

#include <algorithm>
#include <array>

#include "reference_data.h"
#include "text.h"

namespace vigie {

namespace {

struct Word {
    std::string folded;
    std::size_t begin = 0; // bytes of the original text
    std::size_t end = 0;
    bool capitals = false; // written in capitals (two letters at least): a surname
};

bool wordByte(char c) {
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
}

// The words of `text`, folded, with where they stand. Each code point is folded alone so
// that a word's bounds are those of the original text (an accent takes two bytes).
std::vector<Word> wordsOf(std::string_view s) {
    std::vector<Word> words;
    bool open = false;
    int lower = 0, upper = 0; // ASCII letters of the open word, by case
    auto close = [&] {
        if (open) {
            words.back().capitals = upper >= 2 && lower == 0;
        }
        open = false;
    };
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t start = pos;
        text::decodeUtf8(s, pos);
        const std::string_view original = s.substr(start, pos - start);
        const std::string folded = text::foldAccents(original);
        if (folded.empty() || !wordByte(folded.front())) {
            close();
            continue;
        }
        if (!open) {
            words.push_back({"", start, pos, false});
            open = true;
            lower = upper = 0;
        }
        words.back().folded += folded;
        words.back().end = pos;
        const char c = original.front();
        lower += c >= 'a' && c <= 'z';
        upper += c >= 'A' && c <= 'Z';
    }
    close();
    return words;
}

constexpr std::array<std::string_view, 8> kCivilities = {
    "m", "mme", "mlle", "mr", "madame", "monsieur", "mademoiselle", "mmes"};

bool isCivility(const std::string& folded) {
    return std::find(kCivilities.begin(), kCivilities.end(), folded) != kCivilities.end();
}

bool sequenceAt(const std::vector<Word>& words, std::size_t at,
                const std::vector<std::string>& sequence) {
    if (sequence.empty() || at + sequence.size() > words.size()) {
        return false;
    }
    for (std::size_t i = 0; i < sequence.size(); ++i) {
        if (words[at + i].folded != sequence[i]) {
            return false;
        }
    }
    return true;
}

std::vector<std::string> concat(const std::vector<std::string>& a,
                                const std::vector<std::string>& b) {
    std::vector<std::string> out = a;
    out.insert(out.end(), b.begin(), b.end());
    return out;
}

} // namespace

NameMatcher::NameMatcher(std::string_view name) {
    const auto words = wordsOf(name);
    const bool anyCapitals =
        std::any_of(words.begin(), words.end(), [](const Word& w) { return w.capitals; });
    for (std::size_t i = 0; i < words.size(); ++i) {
        const bool surname = anyCapitals ? words[i].capitals : i + 1 == words.size();
        (surname ? surname_ : given_).push_back(words[i].folded);
    }
}

std::vector<NameSpan> NameMatcher::find(std::string_view text) const {
    std::vector<NameSpan> spans;
    if (!valid()) {
        return spans;
    }
    const auto words = wordsOf(text);
    // Longest forms first, so that "Marie Dupont" is one mention, not "Dupont" after it.
    std::vector<std::vector<std::string>> full = {concat(given_, surname_)};
    if (!given_.empty()) {
        full.push_back(concat(surname_, given_));
    }
    for (std::size_t i = 0; i < words.size();) {
        std::size_t length = 0;
        for (const auto& form : full) {
            if (sequenceAt(words, i, form)) {
                length = form.size();
                break;
            }
        }
        const bool civility = i > 0 && isCivility(words[i - 1].folded);
        if (length == 0 && civility && !given_.empty() && sequenceAt(words, i, surname_)) {
            length = surname_.size();
        }
        if (length == 0) {
            ++i;
            continue;
        }
        spans.push_back({civility ? words[i - 1].begin : words[i].begin,
                         words[i + length - 1].end});
        i += length;
    }
    return spans;
}

std::string NameMatcher::replaced(std::string_view text, std::string_view by,
                                  long long& count) const {
    const auto spans = find(text);
    if (spans.empty()) {
        return std::string(text);
    }
    std::string out;
    std::size_t from = 0;
    for (const auto& span : spans) {
        out.append(text.substr(from, span.begin - from));
        out.append(by);
        from = span.end;
    }
    out.append(text.substr(from));
    count += static_cast<long long>(spans.size());
    return out;
}

std::string roleOfMember(const std::string& institutionCode, const std::string& institutionLabel) {
    static const std::array<std::pair<std::string_view, std::string_view>, 13> kArticles = {{
        {"CAF", "de la CAF"},
        {"CPAM", "de la CPAM"},
        {"CARSAT", "de la CARSAT"},
        {"MSA", "de la MSA"},
        {"MDPH", "de la MDPH"},
        {"CD", "du Conseil départemental"},
        {"FT", "de France Travail"},
        {"UDAF", "de l'UDAF"},
        {"ML", "de la Mission locale"},
        {"CCAS", "du CCAS"},
        {"DDETS", "de la DDETS"},
        {"PREFECTURE", "de la Préfecture"},
        {"PIO", "du partenariat inter-organismes"},
    }};
    if (text::trim(institutionCode).empty()) {
        return "Membre du groupe de veille";
    }
    const std::string key = codeKey(institutionCode);
    for (const auto& [code, words] : kArticles) {
        if (codeKey(code) == key) {
            return "Représentant " + std::string(words);
        }
    }
    return "Représentant de l'organisme " +
           (institutionLabel.empty() ? institutionCode : institutionLabel);
}

} // namespace vigie
