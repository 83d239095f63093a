#include "similar_reports.h"

#include <algorithm>
#include <string_view>
#include <unordered_set>

#include "domain/reference_data.h"
#include "domain/text.h"

namespace vigie::storage {

namespace {

// Words any French report is full of: they would find every report.
const std::unordered_set<std::string_view>& stopWords() {
    static const std::unordered_set<std::string_view> words = {
        "au",     "aux",   "avec",  "ce",    "ces",    "cet",   "cette",  "dans",   "de",
        "des",    "du",    "elle",  "elles", "en",     "et",    "eu",     "il",     "ils",
        "je",     "la",    "le",    "les",   "leur",   "leurs", "lui",    "ma",     "mais",
        "me",     "mes",   "moi",   "mon",   "ne",     "ni",    "nos",    "notre",  "nous",
        "on",     "ou",    "par",   "pas",   "pour",   "qu",    "que",    "qui",    "sa",
        "se",     "ses",   "si",    "son",   "sont",   "sur",   "ta",     "te",     "tes",
        "ton",    "tu",    "un",    "une",   "vos",    "votre", "vous",   "est",    "etait",
        "ete",    "etre",  "avoir", "avait", "ont",    "ai",    "as",     "sans",   "sous",
        "chez",   "plus",  "tres",  "tout",  "tous",   "toute", "toutes", "dont",   "comme",
        "donc",   "car",   "alors", "aussi", "meme",   "ainsi", "apres",  "avant",  "entre",
        "vers",   "fait",  "faire", "peut",  "encore", "deja",  "aucun",  "aucune", "autre",
        "autres", "celle", "celui", "ceux",  "quand",  "lors",  "selon",  "the",    "and",
        "of",     "to",
    };
    return words;
}

// Spaces and punctuation outside ASCII (no-break space, « », ’, –, …, €, symbols,
// emoji) part words as the search's tokenizers do; other code points are letters.
bool separates(char32_t cp) {
    if (cp < 0x80) {
        return !((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9'));
    }
    return cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
           (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
           cp >= 0x1F000;
}

bool worthComparing(const std::string& word) {
    if (text::length(word) < 2 || stopWords().count(word) != 0) {
        return false;
    }
    return !std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

constexpr std::size_t kMostWordsRead = 32;
constexpr std::size_t kMostWordsLookedFor = 12;

std::vector<std::string> sharedCodes(const std::vector<std::string>& theirs,
                                     const std::vector<std::string>& asked) {
    std::vector<std::string> out;
    for (const auto& code : theirs) {
        if (std::any_of(asked.begin(), asked.end(),
                        [&](const std::string& a) { return codeKey(a) == codeKey(code); })) {
            out.push_back(code);
        }
    }
    return out;
}

} // namespace

std::vector<std::string> significantWords(const std::string& text) {
    const std::string folded = text::foldAccents(text::isValidUtf8(text) ? text : std::string());
    std::vector<std::string> out;
    std::string word;
    auto flush = [&] {
        if (worthComparing(word) && std::find(out.begin(), out.end(), word) == out.end()) {
            out.push_back(word);
        }
        word.clear();
    };
    std::size_t pos = 0;
    while (pos < folded.size() && out.size() < kMostWordsRead) {
        const std::size_t start = pos;
        const char32_t cp = text::decodeUtf8(folded, pos);
        if (separates(cp)) {
            flush();
        } else if (cp < 0x80) {
            word.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            word.append(folded, start, pos - start);
        }
    }
    if (out.size() < kMostWordsRead) {
        flush();
    }
    return out;
}

std::vector<std::string> wordsToLookFor(std::vector<WordFrequency> words) {
    std::stable_sort(
        words.begin(), words.end(),
        [](const WordFrequency& a, const WordFrequency& b) { return a.reports < b.reports; });
    std::vector<std::string> out;
    long long read = 0;
    for (const auto& w : words) {
        if (w.reports <= 0) {
            continue;
        }
        // The rarest word is looked for even a little over the budget.
        const long long allowed = out.empty() ? kWordCountCap : kReportsReadBudget;
        if (read + w.reports > allowed || out.size() == kMostWordsLookedFor) {
            break;
        }
        read += w.reports;
        out.push_back(w.word);
    }
    return out;
}

int candidateCount(int limit) {
    return std::clamp(limit, 1, 50) * 10;
}

std::vector<SimilarReport> rankSimilar(std::vector<SimilarCandidate> candidates,
                                       const SimilarQuery& query) {
    std::vector<SimilarReport> out;
    out.reserve(candidates.size());
    for (auto& c : candidates) {
        SimilarReport r = std::move(c.report);
        r.sharedRights = sharedCodes(c.rights, query.rights);
        r.sharedInstitutions = sharedCodes(c.institutions, query.institutions);
        // The same right and the same body make a duplicate likelier than words alone.
        const double boost =
            1.0 + (r.sharedRights.empty() ? 0.0 : 0.5) + (r.sharedInstitutions.empty() ? 0.0 : 0.5);
        r.score = c.textScore * boost;
        out.push_back(std::move(r));
    }
    std::sort(out.begin(), out.end(), [](const SimilarReport& a, const SimilarReport& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        if (a.receivedOn != b.receivedOn) {
            return b.receivedOn < a.receivedOn;
        }
        return a.id > b.id;
    });
    if (out.size() > static_cast<std::size_t>(std::max(query.limit, 0))) {
        out.resize(static_cast<std::size_t>(std::max(query.limit, 0)));
    }
    return out;
}

} // namespace vigie::storage
