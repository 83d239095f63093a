// A single linear pass over the text with cheap triggers (a digit, '@', the first letter
// of a word) and small hand-written recognisers behind them. std::regex would be 50
// times too slow for the 100,000 descriptions a second the guard must read.
#include "privacy.h"

#include <cctype>

#include <algorithm>
#include <array>

#include "platform/i18n.h"
#include "text.h"

namespace vigie {

namespace {

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}
bool isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
}

// Letters and digits of any script count as part of a word (for boundaries).
bool isWordCodePoint(char32_t cp) {
    if (cp < 0x80) {
        return isAsciiAlpha(static_cast<char>(cp)) || isDigit(static_cast<char>(cp)) || cp == '_';
    }
    if (cp == 0xA0 || cp == 0xAB || cp == 0xBB || cp == 0xB0 || cp == 0xD7 || cp == 0xF7 ||
        (cp >= 0x2000 && cp <= 0x206F)) {
        return false; // spaces, quotes, degree sign, punctuation
    }
    return cp >= 0xC0;
}

class Scanner {
public:
    explicit Scanner(std::string_view t) : s_(t), n_(t.size()) {}

    std::vector<PersonalDataFinding> run() {
        std::size_t i = 0;
        while (i < n_) {
            const char c = s_[i];
            if (c == '@') {
                i = email(i);
            } else if (isDigit(c) && boundaryBefore(i)) {
                i = digits(i);
            } else if (isAsciiAlpha(c) && boundaryBefore(i)) {
                i = word(i);
            } else {
                ++i;
            }
        }
        return finish();
    }

private:
    // --- characters ---

    char at(std::size_t i) const { return i < n_ ? s_[i] : '\0'; }

    char32_t codePointBefore(std::size_t i) const {
        if (i == 0) {
            return U' ';
        }
        std::size_t start = i - 1;
        while (start > 0 && (static_cast<unsigned char>(s_[start]) & 0xC0) == 0x80 &&
               i - start < 4) {
            --start;
        }
        std::size_t pos = start;
        if (!text::isValidUtf8(s_.substr(start, i - start))) {
            return static_cast<unsigned char>(s_[i - 1]);
        }
        return text::decodeUtf8(s_, pos);
    }

    char32_t codePointAt(std::size_t i, std::size_t& next) const {
        std::size_t len = 1;
        const auto b = static_cast<unsigned char>(s_[i]);
        if (b >= 0xF0) {
            len = 4;
        } else if (b >= 0xE0) {
            len = 3;
        } else if (b >= 0xC0) {
            len = 2;
        }
        if (i + len > n_ || !text::isValidUtf8(s_.substr(i, len))) {
            next = i + 1;
            return b;
        }
        std::size_t pos = i;
        const char32_t cp = text::decodeUtf8(s_, pos);
        next = pos;
        return cp;
    }

    bool boundaryBefore(std::size_t i) const { return !isWordCodePoint(codePointBefore(i)); }
    bool boundaryAt(std::size_t i) const {
        if (i >= n_) {
            return true;
        }
        std::size_t next = 0;
        return !isWordCodePoint(codePointAt(i, next));
    }

    // Spaces between groups of a number: ' ', tab, no-break spaces, '.', '-'.
    std::size_t separatorLength(std::size_t i) const {
        const char c = at(i);
        if (c == ' ' || c == '.' || c == '-' || c == '\t') {
            return 1;
        }
        if (c == '\xC2' && at(i + 1) == '\xA0') {
            return 2;
        }
        if (c == '\xE2' && at(i + 1) == '\x80' && at(i + 2) == '\xAF') {
            return 3;
        }
        return 0;
    }

    std::size_t skipSpaces(std::size_t i) const {
        while (i < n_) {
            const std::size_t len = separatorLength(i);
            if (len == 0 || at(i) == '.' || at(i) == '-') {
                break;
            }
            i += len;
        }
        return i;
    }

    // Compares the text at `i` with an ASCII pattern, ignoring case and French accents.
    // Returns the position after the match, or npos.
    std::size_t matchFolded(std::size_t i, std::string_view pattern) const {
        for (char p : pattern) {
            if (i >= n_) {
                return std::string_view::npos;
            }
            const char c = s_[i];
            if (static_cast<unsigned char>(c) < 0x80) {
                if (lower(c) != p) {
                    return std::string_view::npos;
                }
                ++i;
                continue;
            }
            std::size_t next = 0;
            const char32_t cp = codePointAt(i, next);
            char base = 0;
            if ((cp >= 0xE8 && cp <= 0xEB) || (cp >= 0xC8 && cp <= 0xCB)) {
                base = 'e';
            } else if ((cp >= 0xE0 && cp <= 0xE5) || (cp >= 0xC0 && cp <= 0xC5)) {
                base = 'a';
            } else if (cp == 0xFB || cp == 0xF9 || cp == 0xDB || cp == 0xD9 || cp == 0xFC) {
                base = 'u';
            } else if (cp == 0xEE || cp == 0xEF || cp == 0xCE || cp == 0xCF) {
                base = 'i';
            } else if (cp == 0xF4 || cp == 0xD4) {
                base = 'o';
            } else if (cp == 0xE7 || cp == 0xC7) {
                base = 'c';
            }
            if (base != p) {
                return std::string_view::npos;
            }
            i = next;
        }
        return i;
    }

    // A whole word equal to `pattern` (folded) at `i`: position after it, or npos.
    std::size_t wordIs(std::size_t i, std::string_view pattern) const {
        const std::size_t end = matchFolded(i, pattern);
        return end != std::string_view::npos && boundaryAt(end) ? end : std::string_view::npos;
    }

    std::size_t wordEnd(std::size_t i) const {
        while (i < n_) {
            std::size_t next = 0;
            if (!isWordCodePoint(codePointAt(i, next))) {
                break;
            }
            i = next;
        }
        return i;
    }

    bool startsUppercase(std::size_t i) const {
        if (i >= n_) {
            return false;
        }
        const char c = s_[i];
        if (c >= 'A' && c <= 'Z') {
            return true;
        }
        std::size_t next = 0;
        const char32_t cp = codePointAt(i, next);
        return cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
    }

    void add(PersonalDataKind kind, std::size_t from, std::size_t to) {
        found_.push_back({kind, from, to - from});
    }

    // --- e-mail ---

    static bool isLocalChar(char c) {
        return isAsciiAlpha(c) || isDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
               c == '-' || c == '\'';
    }
    static bool isDomainChar(char c) {
        return isAsciiAlpha(c) || isDigit(c) || c == '.' || c == '-';
    }

    std::size_t email(std::size_t atSign) {
        std::size_t start = atSign;
        while (start > 0 && isLocalChar(s_[start - 1]) && atSign - start < 64) {
            --start;
        }
        while (start < atSign && (s_[start] == '.' || s_[start] == '\'')) {
            ++start;
        }
        std::size_t end = atSign + 1;
        while (end < n_ && isDomainChar(s_[end]) && end - atSign < 255) {
            ++end;
        }
        while (end > atSign + 1 && (s_[end - 1] == '.' || s_[end - 1] == '-')) {
            --end;
        }
        const std::string_view domain = s_.substr(atSign + 1, end - atSign - 1);
        const auto dot = domain.rfind('.');
        if (start == atSign || dot == std::string_view::npos || dot == 0 ||
            domain.size() - dot - 1 < 2) {
            return atSign + 1;
        }
        for (char c : domain.substr(dot + 1)) {
            if (!isAsciiAlpha(c)) {
                return atSign + 1;
            }
        }
        add(PersonalDataKind::Email, start, end);
        return end;
    }

    // --- numbers: NIR, phone, street numbers ---

    struct Group {
        std::size_t start, end;
        std::string chars; // digits, and 2A/2B for a Corsican NIR
    };

    std::size_t digits(std::size_t i) {
        std::vector<Group> groups;
        std::size_t j = i;
        std::size_t total = 0;
        while (true) {
            Group g{j, j, {}};
            while (j < n_ && g.chars.size() < 40) {
                if (isDigit(s_[j])) {
                    g.chars.push_back(s_[j++]);
                } else if ((s_[j] == 'A' || s_[j] == 'B' || s_[j] == 'a' || s_[j] == 'b') &&
                           !g.chars.empty() && g.chars.back() == '2' &&
                           total + g.chars.size() == 6 &&
                           (isDigit(at(j + 1)) || separatorLength(j + 1) > 0)) {
                    // Department 2A / 2B of a NIR: only as its 6th and 7th characters.
                    g.chars.push_back(static_cast<char>(s_[j] & ~0x20));
                    ++j;
                } else {
                    break;
                }
            }
            g.end = j;
            total += g.chars.size();
            groups.push_back(std::move(g));
            if (groups.size() > 12) {
                break;
            }
            std::size_t k = j, seps = 0;
            if (groups.size() == 1 && groups[0].chars == "33" && i > 0 && s_[i - 1] == '+') {
                // "(+33) 1 23 ..." and "+33 (0)6 ...": the brackets belong to the prefix.
                if (at(k) == ')') {
                    ++k;
                    ++seps;
                }
                const std::size_t open = skipSpaces(k);
                if (at(open) == '(' && at(open + 1) == '0' && at(open + 2) == ')') {
                    k = open + 3;
                    ++seps;
                }
            }
            while (seps < 3 && separatorLength(k) > 0) {
                k += separatorLength(k);
                ++seps;
            }
            if (seps == 0 || !isDigit(at(k))) {
                break;
            }
            j = k;
        }
        if (!boundaryAt(j) && !(groups.size() == 1 && groups[0].chars.size() <= 4)) {
            return skipWord(j); // digits glued to letters: a code, not personal data
        }
        numberChains(groups, i);
        if (groups.size() == 1 && groups[0].chars.size() <= 4) {
            if (auto end = address(i, groups[0].end); end != std::string_view::npos) {
                return end;
            }
        }
        return boundaryAt(j) ? j : skipWord(j);
    }

    std::size_t skipWord(std::size_t i) const { return std::max(wordEnd(i), i + 1); }

    static bool isPersonalPhone(std::string_view d) {
        // 01-05 landlines, 06-07 mobiles, 09 internet lines; 08 are service numbers.
        return d.size() == 10 && d[0] == '0' && d[1] >= '1' && d[1] <= '9' && d[1] != '8';
    }

    // A phone inside a longer run of digits is only believed where it starts the run or
    // follows another match, or when written the usual way (pairs, or ten digits in one):
    // "1 85 03 75 123 456 41" holds "03 75 123 456", which is not a phone.
    static bool writtenLikeAPhone(const std::vector<Group>& groups, std::size_t from,
                                  std::size_t to) {
        if (from == to) {
            return groups[from].chars.size() == 10;
        }
        for (std::size_t k = from; k <= to; ++k) {
            if (groups[k].chars.size() != 2) {
                return false;
            }
        }
        return true;
    }

    void numberChains(const std::vector<Group>& groups, std::size_t chainStart) {
        const bool plus = chainStart > 0 && s_[chainStart - 1] == '+';
        bool afterMatch = true; // the start of the run counts as "after a match"
        std::size_t s = 0;
        while (s < groups.size()) {
            std::string acc;
            bool matched = false;
            for (std::size_t e = s; e < groups.size() && acc.size() < 16; ++e) {
                acc += groups[e].chars;
                const std::size_t from = groups[s].start;
                const std::size_t to = groups[e].end;
                const bool believable = afterMatch || writtenLikeAPhone(groups, s, e);
                if (acc.size() == 10 && isPersonalPhone(acc) && believable) {
                    add(PersonalDataKind::Phone, from, to);
                } else if (s == 0 && plus && acc.size() == 11 && acc.rfind("33", 0) == 0 &&
                           isPersonalPhone("0" + acc.substr(2))) {
                    add(PersonalDataKind::Phone, from - 1, to);
                } else if (acc.size() == 13 && acc.rfind("0033", 0) == 0 && afterMatch &&
                           isPersonalPhone("0" + acc.substr(4))) {
                    add(PersonalDataKind::Phone, from, to);
                } else if (acc.size() == 15 && afterMatch &&
                           (isValidNir(acc) ||
                            (labelledAsNir(from) && looksLikeNirWithoutKey(acc.substr(0, 13))))) {
                    // A NIR written with a wrong key is still someone's NIR when the text
                    // says so ("NIR 1 85 05 78 006 084 92"); unlabelled, it is a file number.
                    add(PersonalDataKind::Nir, from, to);
                } else if (acc.size() == 13 && afterMatch && e + 1 == groups.size() &&
                           looksLikeNirWithoutKey(acc)) {
                    add(PersonalDataKind::Nir, from, to);
                } else {
                    continue;
                }
                matched = true;
                s = e + 1;
                break;
            }
            afterMatch = matched;
            if (!matched) {
                ++s;
            }
        }
    }

    // The words just before a number name it a social security number.
    bool labelledAsNir(std::size_t numberStart) const {
        const std::size_t from = numberStart > 40 ? numberStart - 40 : 0;
        for (std::size_t p = from; p < numberStart; ++p) {
            const unsigned char before = p == 0 ? ' ' : static_cast<unsigned char>(s_[p - 1]);
            if (before >= 0x80 || std::isalnum(before)) {
                continue; // not the start of a word
            }
            for (std::string_view label : {"nir", "nss", "secu", "securite sociale", "insee"}) {
                if (wordIs(p, label) != std::string_view::npos) {
                    return true;
                }
            }
        }
        return false;
    }

    // The 13 characters of a NIR written without its key ("n° sécu 1851275123456"):
    // no key to check, so the structure must fit tightly: sex, a real month, a department.
    static bool looksLikeNirWithoutKey(const std::string& d) {
        if (d[0] != '1' && d[0] != '2') {
            return false;
        }
        const bool corsica = d[5] == '2' && (d[6] == 'A' || d[6] == 'B');
        for (std::size_t k = 0; k < d.size(); ++k) {
            if (!isDigit(d[k]) && !(corsica && k == 6)) {
                return false;
            }
        }
        const int month = (d[3] - '0') * 10 + (d[4] - '0');
        const int department = corsica ? 20 : (d[5] - '0') * 10 + (d[6] - '0');
        return month >= 1 && month <= 12 && department >= 1 && department <= 99;
    }

    // "12 bis rue des Lilas", "3, avenue Jean Jaurès", "5 route de Lyon".
    std::size_t address(std::size_t numberStart, std::size_t numberEnd) {
        std::size_t p = numberEnd;
        // bis / ter / quater, glued or spaced
        for (std::string_view suffix : {"bis", "ter", "quater", "b", "t"}) {
            std::size_t q = skipSpaces(p);
            if (auto e = wordIs(q, suffix); e != std::string_view::npos) {
                p = e;
                break;
            }
        }
        if (at(p) == ',') {
            ++p;
        }
        const std::size_t typeStart = skipSpaces(p);
        if (typeStart == p && p != numberEnd) {
            return std::string_view::npos;
        }
        // Street types; the second group also names everyday things ("1 place libre",
        // "3 cours de français"), so a proper name must follow them.
        static constexpr std::array<std::string_view, 22> kClear = {
            "rue",        "avenue",    "av",     "bd",      "boulevard",   "bld",
            "impasse",    "imp",       "chemin", "allee",   "allees",      "quai",
            "faubourg",   "fbg",       "ruelle", "sentier", "lotissement", "lieu-dit",
            "rond-point", "esplanade", "montee", "traverse"};
        static constexpr std::array<std::string_view, 12> kAmbiguous = {
            "place", "cours", "route",     "rte",    "square", "passage",
            "voie",  "cite",  "residence", "hameau", "villa",  "promenade"};
        std::size_t typeEnd = std::string_view::npos;
        bool ambiguous = false;
        for (auto t : kClear) {
            if ((typeEnd = wordIs(typeStart, t)) != std::string_view::npos) {
                break;
            }
        }
        if (typeEnd == std::string_view::npos) {
            for (auto t : kAmbiguous) {
                if ((typeEnd = wordIs(typeStart, t)) != std::string_view::npos) {
                    ambiguous = true;
                    break;
                }
            }
        }
        if (typeEnd == std::string_view::npos) {
            return std::string_view::npos;
        }
        if (at(typeEnd) == '.') {
            ++typeEnd; // "av." "bd."
        }
        // The name: particles, then one or more words.
        std::size_t q = skipSpaces(typeEnd);
        if (q == typeEnd || q >= n_) {
            return std::string_view::npos;
        }
        static constexpr std::array<std::string_view, 9> kParticles = {
            "de", "du", "des", "la", "le", "les", "d", "l", "aux"};
        for (int guard = 0; guard < 4; ++guard) {
            bool particle = false;
            for (auto part : kParticles) {
                if (auto e = wordIs(q, part); e != std::string_view::npos) {
                    q = e;
                    if (at(q) == '\'') {
                        ++q;
                    } else if (at(q) == '\xE2' && at(q + 1) == '\x80' && at(q + 2) == '\x99') {
                        q += 3; // typographic apostrophe
                    }
                    q = skipSpaces(q);
                    particle = true;
                    break;
                }
            }
            if (!particle) {
                break;
            }
        }
        std::size_t afterFirst = 0;
        if (q >= n_ || !isWordCodePoint(codePointAt(q, afterFirst))) {
            return std::string_view::npos;
        }
        const std::size_t nameStart = q;
        const bool proper = startsUppercase(nameStart) || isDigit(at(nameStart));
        if (ambiguous && !proper) {
            return std::string_view::npos;
        }
        std::size_t end = wordEnd(nameStart);
        // Further capitalised words of the name ("avenue Jean Jaurès").
        for (int guard = 0; guard < 4; ++guard) {
            std::size_t next = skipSpaces(end);
            if (next == end || !startsUppercase(next)) {
                break;
            }
            end = wordEnd(next);
            while (at(end) == '-' && startsUppercase(end + 1)) {
                end = wordEnd(end + 1);
            }
        }
        add(PersonalDataKind::Address, numberStart, end);
        return end;
    }

    // --- words: IBAN, dates of birth ---

    std::size_t word(std::size_t i) {
        if (auto end = iban(i); end != std::string_view::npos) {
            return end;
        }
        const char c = lower(s_[i]);
        if (c == 'n' || c == 'd') {
            if (auto end = birthDate(i); end != std::string_view::npos) {
                return end;
            }
        }
        return skipWord(i);
    }

    std::size_t iban(std::size_t i) {
        if (!isAsciiAlpha(at(i + 1)) || !isDigit(at(i + 2)) || !isDigit(at(i + 3))) {
            return std::string_view::npos;
        }
        std::string compact;
        std::vector<std::pair<std::size_t, std::size_t>> groupEnds; // (compact size, text end)
        std::size_t j = i;
        while (j < n_ && compact.size() <= 34) {
            if (isAsciiAlpha(s_[j]) || isDigit(s_[j])) {
                compact.push_back(static_cast<char>(isAsciiAlpha(s_[j]) ? s_[j] & ~0x20 : s_[j]));
                ++j;
                continue;
            }
            groupEnds.emplace_back(compact.size(), j);
            if (s_[j] == ' ' && (isAsciiAlpha(at(j + 1)) || isDigit(at(j + 1)))) {
                ++j;
                continue;
            }
            break;
        }
        if (j >= n_ || compact.size() > 34) {
            groupEnds.emplace_back(compact.size(), j);
        }
        for (auto it = groupEnds.rbegin(); it != groupEnds.rend(); ++it) {
            if (it->first >= 15 && it->first <= 34 && boundaryAt(it->second) &&
                isValidIban(std::string_view(compact).substr(0, it->first))) {
                add(PersonalDataKind::Iban, i, it->second);
                return it->second;
            }
        }
        return std::string_view::npos;
    }

    static int monthNumber(std::string_view folded) {
        static constexpr std::array<std::string_view, 12> kMonths = {
            "janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
            "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};
        static constexpr std::array<std::string_view, 12> kShort = {"janv", "fevr", "mars", "avr",
                                                                    "mai",  "juin", "juil", "aout",
                                                                    "sept", "oct",  "nov",  "dec"};
        for (int m = 0; m < 12; ++m) {
            if (folded == kMonths[static_cast<std::size_t>(m)] ||
                folded == kShort[static_cast<std::size_t>(m)]) {
                return m + 1;
            }
        }
        return 0;
    }

    std::size_t readNumber(std::size_t i, int maxDigits, int& value) const {
        value = 0;
        int count = 0;
        while (i < n_ && isDigit(s_[i]) && count < maxDigits) {
            value = value * 10 + (s_[i] - '0');
            ++i;
            ++count;
        }
        return count == 0 || isDigit(at(i)) ? std::string_view::npos : i;
    }

    // A date at `i`: 12/03/1961, 12.03.61, 1961-03-12, 3 avril 1975, 1er mai 1950.
    std::size_t date(std::size_t i) const {
        int a = 0, b = 0, c = 0;
        std::size_t p = readNumber(i, 4, a);
        if (p == std::string_view::npos) {
            return p;
        }
        if (p - i == 4) { // ISO
            if (at(p) != '-') {
                return std::string_view::npos;
            }
            std::size_t q = readNumber(p + 1, 2, b);
            if (q == std::string_view::npos || at(q) != '-') {
                return std::string_view::npos;
            }
            std::size_t r = readNumber(q + 1, 2, c);
            return r != std::string_view::npos && b >= 1 && b <= 12 && c >= 1 && c <= 31
                       ? r
                       : std::string_view::npos;
        }
        if (a < 1 || a > 31) {
            return std::string_view::npos;
        }
        const char sep = at(p);
        if (sep == '/' || sep == '.' || sep == '-') {
            std::size_t q = readNumber(p + 1, 2, b);
            if (q == std::string_view::npos || at(q) != sep || b < 1 || b > 12) {
                return std::string_view::npos;
            }
            std::size_t r = readNumber(q + 1, 4, c);
            return r != std::string_view::npos && (r - q - 1 == 2 || r - q - 1 == 4)
                       ? r
                       : std::string_view::npos;
        }
        if (a == 1 && (lower(at(p)) == 'e') && lower(at(p + 1)) == 'r') {
            p += 2; // 1er
        }
        std::size_t m = skipSpaces(p);
        if (m == p) {
            return std::string_view::npos;
        }
        const std::size_t mEnd = wordEnd(m);
        if (mEnd == m || mEnd - m > 12) {
            return std::string_view::npos;
        }
        if (monthNumber(text::foldAccents(s_.substr(m, mEnd - m))) == 0) {
            return std::string_view::npos;
        }
        std::size_t end = mEnd;
        if (at(end) == '.') {
            ++end;
        }
        std::size_t y = skipSpaces(end);
        if (y > end && isDigit(at(y))) {
            int year = 0;
            if (std::size_t r = readNumber(y, 4, year); r != std::string_view::npos && r - y == 4) {
                end = r;
            }
        }
        return end;
    }

    // "né le 12/03/1961", "née le 3 avril 1975", "date de naissance : 04/05/1980",
    // "DDN : 12/03/1961", "né à Lyon le 2 mai 1950". An age or a birth year alone is not one.
    std::size_t birthDate(std::size_t i) {
        std::size_t p = std::string_view::npos;
        bool needsLe = false;
        for (std::string_view w : {"nees", "nee", "nes", "ne"}) {
            if ((p = wordIs(i, w)) != std::string_view::npos) {
                needsLe = true;
                break;
            }
        }
        if (p != std::string_view::npos && at(p) == '(' && lower(at(p + 1)) == 'e' &&
            at(p + 2) == ')') {
            p += 3; // né(e)
        }
        if (p == std::string_view::npos) {
            if ((p = wordIs(i, "naissance")) == std::string_view::npos &&
                (p = wordIs(i, "ddn")) == std::string_view::npos) {
                return std::string_view::npos;
            }
        }
        std::size_t q = skipSpaces(p);
        if (needsLe) {
            // "né à Bourg-en-Bresse le ..."
            if (auto e = wordIs(q, "a"); e != std::string_view::npos) {
                std::size_t r = skipSpaces(e);
                for (int guard = 0; guard < 4 && startsUppercase(r); ++guard) {
                    r = skipSpaces(wordEnd(r));
                    while (at(r) == '-') {
                        r = skipSpaces(wordEnd(r + 1));
                    }
                }
                q = r;
            }
            const std::size_t e = wordIs(q, "le");
            if (e == std::string_view::npos) {
                return std::string_view::npos;
            }
            q = skipSpaces(e);
        } else {
            if (at(q) == ':') {
                q = skipSpaces(q + 1);
            }
            if (auto e = wordIs(q, "le"); e != std::string_view::npos) {
                q = skipSpaces(e);
            }
        }
        const std::size_t end = date(q);
        if (end == std::string_view::npos) {
            return std::string_view::npos;
        }
        add(PersonalDataKind::BirthDate, i, end);
        return end;
    }

    std::vector<PersonalDataFinding> finish() {
        std::stable_sort(found_.begin(), found_.end(),
                         [](const auto& a, const auto& b) { return a.offset < b.offset; });
        return std::move(found_);
    }

    std::string_view s_;
    std::size_t n_;
    std::vector<PersonalDataFinding> found_;
};

} // namespace

bool isValidNir(std::string_view nir) {
    if (nir.size() != 15) {
        return false;
    }
    std::string digits(nir);
    // Corsica: the key is computed with 2A read as 19 and 2B as 18.
    if (digits[5] == '2' && (digits[6] == 'A' || digits[6] == 'B')) {
        digits[5] = '1';
        digits[6] = digits[6] == 'A' ? '9' : '8';
    }
    if (!std::all_of(digits.begin(), digits.end(), isDigit)) {
        return false;
    }
    const char sex = digits[0];
    if (sex != '1' && sex != '2' && sex != '3' && sex != '4' && sex != '7' && sex != '8') {
        return false;
    }
    const int month = (digits[3] - '0') * 10 + (digits[4] - '0');
    if (month == 0 || (month > 12 && month < 20)) {
        return false;
    }
    const long long number = std::stoll(digits.substr(0, 13));
    const int key = (digits[13] - '0') * 10 + (digits[14] - '0');
    return key == 97 - static_cast<int>(number % 97);
}

bool isValidIban(std::string_view compact) {
    if (compact.size() < 15 || compact.size() > 34 || !isAsciiAlpha(compact[0]) ||
        !isAsciiAlpha(compact[1]) || !isDigit(compact[2]) || !isDigit(compact[3])) {
        return false;
    }
    int remainder = 0;
    auto feed = [&](char c) {
        if (isDigit(c)) {
            remainder = (remainder * 10 + (c - '0')) % 97;
        } else if (isAsciiAlpha(c)) {
            const int v = lower(c) - 'a' + 10;
            remainder = (remainder * 100 + v) % 97;
        }
    };
    for (std::size_t k = 4; k < compact.size(); ++k) {
        if (!isDigit(compact[k]) && !isAsciiAlpha(compact[k])) {
            return false;
        }
        feed(compact[k]);
    }
    for (std::size_t k = 0; k < 4; ++k) {
        feed(compact[k]);
    }
    return remainder == 1;
}

// The numbers, e-mails and addresses; privacy_kinds.cpp adds names, health, offences.
std::vector<PersonalDataFinding> findNumbersAndAddresses(std::string_view text) {
    return Scanner(text).run();
}

} // namespace vigie
