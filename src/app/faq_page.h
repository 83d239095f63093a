// The FAQ published on the city's site (FORMATS.md, "FAQ"): one self-contained French HTML
// page — no script, no outside resource, its style inline — with the published answers
// only, grouped by right family, a table of contents, and a print style, so that the
// city's webmaster can put it online as it is, or the CCAS print it for its desk.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "domain/faq.h"
#include "domain/reference_data.h"
#include "store_ref.h"

namespace vigie::app {

// Every text HTML-escaped: & < > " ' (an answer may quote a form's "<champ>").
std::string htmlEscaped(std::string_view text);

struct FaqPageContent {
    std::string organisation; // "CCAS de Bourg-en-Bresse"; may be empty
    Date generatedOn;
    std::vector<FaqGroup> groups; // domain publishedGroups
    std::vector<Right> rights;    // for their labels
    std::vector<Institution> institutions;
};

// The page: each answer with « Mise à jour le JJ/MM/AAAA », the day it was last checked
// (else the day it was last changed).
std::string faqPage(const FaqPageContent& content);

// Writes DIR/index.html (DIR created when missing, the file replaced whole); returns how
// many answers it holds. OutputRefused when the target would damage the database.
long long publishFaq(storage::Store& store, const std::filesystem::path& dir, const Date& today);

} // namespace vigie::app
