// UTF-8 helpers. Accent folding covers the Latin-1 and Latin Extended-A letters that
// French text uses; anything else passes through unchanged.
#include "text.h"

#include <algorithm>

namespace vigie::text {

namespace {

bool isSpace(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// Base letters (lower case) for U+00C0..U+00FF; 0 keeps the character.
constexpr const char* kLatin1Fold[64] = {
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // C0
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "ss", // D0
    "a", "a", "a", "a", "a", "a", "ae", "c",     "e", "e", "e", "e", "i", "i", "i",  "i",  // E0
    "d", "n", "o", "o", "o", "o", "o",  nullptr, "o", "u", "u", "u", "u", "y", "th", "y",  // F0
};

// Appends the folded form of `cp` (lower case, no accent) or returns false.
bool appendFolded(std::string& out, char32_t cp) {
    if (cp >= 0x300 && cp <= 0x36F) {
        return true; // a combining accent (decomposed "e\u0301"): dropped with the others
    }
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        return true;
    }
    if (cp >= 0xC0 && cp <= 0xFF && kLatin1Fold[cp - 0xC0]) {
        out += kLatin1Fold[cp - 0xC0];
        return true;
    }
    switch (cp) {
    case 0x152:
    case 0x153:
        out += "oe";
        return true; // Œ œ
    case 0x178:
        out += "y";
        return true; // Ÿ
    case 0x160:
    case 0x161:
        out += "s";
        return true; // Š š
    case 0x17D:
    case 0x17E:
        out += "z";
        return true; // Ž ž
    default:
        break;
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        // Latin Extended-A pairs upper/lower; map the common bases by range.
        static constexpr struct {
            char32_t from, to;
            char base;
        } ranges[] = {
            {0x100, 0x105, 'a'}, {0x106, 0x10D, 'c'}, {0x10E, 0x111, 'd'}, {0x112, 0x11B, 'e'},
            {0x11C, 0x123, 'g'}, {0x124, 0x127, 'h'}, {0x128, 0x131, 'i'}, {0x134, 0x135, 'j'},
            {0x136, 0x138, 'k'}, {0x139, 0x142, 'l'}, {0x143, 0x14B, 'n'}, {0x14C, 0x151, 'o'},
            {0x154, 0x159, 'r'}, {0x15A, 0x161, 's'}, {0x162, 0x167, 't'}, {0x168, 0x173, 'u'},
            {0x174, 0x175, 'w'}, {0x176, 0x178, 'y'}, {0x179, 0x17E, 'z'},
        };
        for (const auto& r : ranges) {
            if (cp >= r.from && cp <= r.to) {
                out.push_back(r.base);
                return true;
            }
        }
    }
    return false;
}

} // namespace

std::string_view trim(std::string_view s) {
    // Spaces, and the no-break spaces (U+00A0, U+202F) French Excel puts around values, in
    // any mix.
    std::size_t b = 0, e = s.size();
    while (b < e) {
        if (isSpace(static_cast<unsigned char>(s[b]))) {
            ++b;
        } else if (s.substr(b, 2) == "\xC2\xA0") {
            b += 2;
        } else if (s.substr(b, 3) == "\xE2\x80\xAF") {
            b += 3;
        } else {
            break;
        }
    }
    while (e > b) {
        if (isSpace(static_cast<unsigned char>(s[e - 1]))) {
            --e;
        } else if (e - b >= 2 && s.substr(e - 2, 2) == "\xC2\xA0") {
            e -= 2;
        } else if (e - b >= 3 && s.substr(e - 3, 3) == "\xE2\x80\xAF") {
            e -= 3;
        } else {
            break;
        }
    }
    return s.substr(b, e - b);
}

std::string trimmed(std::string_view s) {
    return std::string(trim(s));
}

std::vector<std::string> splitList(std::string_view s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto end = s.find(sep, start);
        if (end == std::string_view::npos) {
            end = s.size();
        }
        auto piece = trim(s.substr(start, end - start));
        if (!piece.empty()) {
            parts.emplace_back(piece);
        }
        start = end + 1;
    }
    return parts;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) {
            out += sep;
        }
        out += parts[i];
    }
    return out;
}

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    const std::size_t n = s.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) {
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            const auto cc = static_cast<unsigned char>(s[i + k]);
            if ((cc & 0xC0) != 0x80) {
                return false;
            }
            cp = (cp << 6) | (cc & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF)) {
            return false;
        }
        i += len;
    }
    return true;
}

char32_t decodeUtf8(std::string_view s, std::size_t& pos) {
    const auto c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
        ++pos;
        return c;
    }
    std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
    char32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len && pos + k < s.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(s[pos + k]) & 0x3F);
    }
    pos = std::min(pos + len, s.size());
    return cp;
}

void appendUtf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

std::string foldAccents(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t start = pos;
        const char32_t cp = decodeUtf8(s, pos);
        if (!appendFolded(out, cp)) {
            out.append(s.substr(start, pos - start));
        }
    }
    return out;
}

std::string matchKey(std::string_view s) {
    const std::string folded = foldAccents(trim(s));
    std::string out;
    out.reserve(folded.size());
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80;
        if (keep) {
            out.push_back(c);
        } else if (!out.empty() && out.back() != '_') {
            out.push_back('_');
        }
    }
    while (!out.empty() && out.back() == '_') {
        out.pop_back();
    }
    return out;
}

std::string asciiUpper(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'a' && c <= 'z') {
            c = static_cast<char>(c - 32);
        }
    }
    return out;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && asciiUpper(a) == asciiUpper(b);
}

std::string ellipsis(std::string_view s, std::size_t maxChars) {
    if (length(s) <= maxChars) {
        return std::string(s);
    }
    std::size_t pos = 0, chars = 0, lastSpace = 0;
    while (pos < s.size() && chars < maxChars) {
        if (s[pos] == ' ') {
            lastSpace = pos;
        }
        decodeUtf8(s, pos);
        ++chars;
    }
    const std::size_t cut = lastSpace > pos / 2 ? lastSpace : pos;
    return std::string(trim(s.substr(0, cut))) + "\u2026";
}

std::size_t length(std::string_view s) {
    return static_cast<std::size_t>(std::count_if(
        s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace vigie::text
