// Errors the storage layer reports to the layers above, in words a user can act on.
#pragma once

#include <stdexcept>
#include <string>

namespace vigie {

class StorageError : public std::runtime_error {
public:
    enum class Kind {
        CannotOpen, // missing file, no permission, disk full
        NotSqlite,  // not a database file at all
        NotVigie,   // an SQLite database of another program
        TooNew,     // written by a newer Vigie
        Corrupted,  // integrity check failed
        ReadOnly,   // opened read-only: changes refused
        Busy,       // another program holds the database
        Conflict,   // a uniqueness rule was broken
        Stale,      // saved from an older version: someone else saved in between
        NotFound,   // what was to be changed is no longer there
        Crossed,    // two writers crossed and the server rolled one back: may be run again
        Failed,     // anything else
    };
    StorageError(Kind kind, const std::string& message)
        : std::runtime_error(message), kind_(kind) {}
    Kind kind() const { return kind_; }

private:
    Kind kind_;
};

} // namespace vigie
