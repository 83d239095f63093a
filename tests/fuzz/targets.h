// What each fuzz target does with its input, shared by the libFuzzer programs and by the
// regression test that replays the inputs they once crashed on (tests/data/fuzz-regressions).
#pragma once

#include <cstddef>
#include <cstdint>

namespace vigie::fuzz {

// CSV reader and report import check: any bytes, never a crash; what the writer writes,
// the reader reads back.
void csvInput(const std::uint8_t* data, std::size_t size);
// Privacy guard: any bytes, never a crash, findings inside the text.
void privacyInput(const std::uint8_t* data, std::size_t size);
// Opening a database file: any bytes as a file, refused or opened and read, never a crash.
void databaseInput(const std::uint8_t* data, std::size_t size);

} // namespace vigie::fuzz
