// Problems found in an input file, one line each on the user's screen or terminal:
// "FILE:LINE: column: message" and "FILE:LINE: column: notice: message" (FORMATS.md).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "domain/sensitive_data.h"

namespace vigie::app {

// A privacy finding is a notice of its own form: "FILE:LINE: COLUMN: privacy: KIND".
enum class Severity { Error, Notice, Privacy };

struct Problem {
    int line = 1;
    std::string column; // CSV key, or "*" for the whole record or file
    Severity severity = Severity::Error;
    std::string message; // for Privacy: the kind code (nir, phone, email, ...)
};

// One Privacy notice per kind of personal data found in a free-text cell.
// `known`: the reference data's names (institutions, sources), never a person's.
void addPrivacyNotices(std::vector<Problem>& problems, int line, const std::string& column,
                       std::string_view cellText, const KnownNames& known = {});

// The kinds of personal data the privacy notices from index `from` on found, as the
// history says them ("nom d'une personne, santé"); empty when none.
std::string personalDataIn(const std::vector<Problem>& problems, std::size_t from = 0);
// The same per line of the file.
std::map<int, std::string> personalDataByLine(const std::vector<Problem>& problems);
// What the history says of a row imported with personal data, as the forms say it.
std::string importedDespiteNote(const std::string& kinds);

std::string formatProblem(const std::string& file, const Problem& p);
// A value from the file, quoted as the language quotes it: "value" in English,
// « value » (no-break spaces inside) in French, as in the catalog's other messages.
std::string quotedValue(std::string_view value);
bool hasErrors(const std::vector<Problem>& problems);
// Stable order: by line, errors and notices interleaved as found.
void sortByLine(std::vector<Problem>& problems);

} // namespace vigie::app
