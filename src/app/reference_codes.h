// Codes met in an imported file, resolved against the reference data: known ones in their
// stored spelling, unknown ones to be created (with a notice), deactivated ones accepted
// for the record (with a notice). Shared by every CSV import.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "actor.h"
#include "problems.h"
#include "store_ref.h"

namespace vigie::app {

class ReferenceCodes {
public:
    explicit ReferenceCodes(storage::Store& store);

    // The codes of a `|` list cell; one notice per cell for unknown codes and one for
    // deactivated codes.
    std::vector<std::string> rights(const std::string& cell, int line, const char* column,
                                     std::vector<Problem>& problems);
    std::vector<std::string> institutions(const std::string& cell, int line, const char* column,
                                          std::vector<Problem>& problems);
    // A source group by name (case and accents ignored), created silently when new.
    std::string sourceGroup(const std::string& name);

    // Inside the import's unit of work: creates what the file named so far and the base
    // lacks, each once however often it is called.
    void createMissing(storage::Store& store, const Actor& actor);

private:
    struct Book {
        std::map<std::string, std::pair<std::string, bool>> known; // key -> (code, active)
        std::map<std::string, std::string> toCreate;               // key -> code as written
    };
    std::vector<std::string> resolve(Book& book, const std::string& cell, int line,
                                     const char* column, std::vector<Problem>& problems,
                                     const char* unknownSingular, const char* unknownPlural,
                                     const char* inactiveSingular, const char* inactivePlural);
    Book rights_, institutions_;
    std::map<std::string, std::string> groups_, newGroups_;
    std::size_t created_ = 0; // entries of the three lists below already created
    std::size_t pending() const;
};

} // namespace vigie::app
