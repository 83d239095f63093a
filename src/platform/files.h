// Whole-file reads and atomic writes: a failed write never leaves half a file.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

namespace vigie::platform {

// Throws StorageError(CannotOpen) with the reason when the file cannot be read.
std::string readWholeFile(const std::filesystem::path& file);
// The file as a binary stream, read as it is needed; the same refusals.
std::ifstream openForReading(const std::filesystem::path& file);

// Writes to a temporary file beside `file`, flushes it, then renames it over `file`.
void writeFileAtomically(const std::filesystem::path& file, std::string_view bytes);

} // namespace vigie::platform
