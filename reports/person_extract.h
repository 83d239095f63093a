// A person's extract (right of access, GDPR art. 15) on paper: every place of the database
// that names them, grouped by kind of record. Texts are final (French, dates formatted).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "documents.h"

namespace vigie::reports {

struct ExtractGroup {
    std::string title;                          // « Fiches de remontée »
    std::vector<std::vector<std::string>> rows; // record, field, date, text
};

struct PersonExtractData {
    Heading heading;
    std::string title;                                        // « Extrait des données concernant … »
    std::vector<std::pair<std::string, std::string>> fields;  // person, date, login, count
    std::string introduction;
    std::vector<std::string> references;                      // their reference entries
    std::vector<ExtractGroup> groups;
    std::vector<std::vector<std::string>> madeByLogin;        // when, what, which, action
    std::string footnote;
};

void writePersonExtract(const PersonExtractData& data, const std::filesystem::path& file);

} // namespace vigie::reports
