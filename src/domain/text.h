// Small UTF-8 text helpers shared by the layers (no locale dependence).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigie::text {

std::string_view trim(std::string_view s);
std::string trimmed(std::string_view s);

// Splits on `sep`, trims each piece and drops the empty ones ("RSA | AAH|" -> RSA, AAH).
std::vector<std::string> splitList(std::string_view s, char sep = '|');
std::string join(const std::vector<std::string>& parts, std::string_view sep);

bool isValidUtf8(std::string_view s);

// Decodes the code point at `pos` of valid UTF-8 and advances `pos`.
char32_t decodeUtf8(std::string_view s, std::size_t& pos);
void appendUtf8(std::string& out, char32_t cp);

// A key for tolerant matching of codes and labels: lower case, accents removed,
// every run of other characters turned into one '_' ("Délais anormalement longs" ->
// "delais_anormalement_longs", "a l'ordre du jour" -> "a_l_ordre_du_jour").
std::string matchKey(std::string_view s);

// Lower case and accents removed, spacing kept: for searching and sorting.
std::string foldAccents(std::string_view s);

std::string asciiUpper(std::string_view s);
bool equalsIgnoreCase(std::string_view a, std::string_view b);

// At most `maxChars` characters, cut at a word boundary with "…" when shortened.
std::string ellipsis(std::string_view s, std::size_t maxChars);

// Number of code points (what a user counts as characters).
std::size_t length(std::string_view s);

} // namespace vigie::text
