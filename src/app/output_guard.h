// Documents and exports never land on the database: not on its file, its journal, its
// lock or its copies, whatever name or link the user gave (a typo, a tab completion).
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>

#include "store_ref.h"

namespace vigie::app {

struct OutputRefused : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Throws OutputRefused when writing `target` would replace or damage the open database,
// or replace something that is not an ordinary file (a folder, a device, a pipe).
void checkOutputTarget(const storage::Store& store, const std::filesystem::path& target);

// An export (CSV bytes) written atomically to `target`, after that check.
void writeExport(const storage::Store& store, const std::filesystem::path& target,
                 const std::string& bytes);

} // namespace vigie::app
