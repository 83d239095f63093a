// The privacy guard's words: a person's name, health (GDPR art. 9) and offences (art. 10)
// in the free text of a report. Unlike numbers these have no checksum: they are found by
// French phrasing, with the roles, bodies, places and rights that look like them left out.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace vigie {

enum class SensitiveKind { Name, Health, Offence };

struct SensitiveFinding {
    SensitiveKind kind;
    std::size_t offset; // in bytes of the UTF-8 text
    std::size_t length; // in bytes
};

// Names Vigie knows are not people: its institutions, sources, places (reference data).
// A capitalised phrase found among them is never taken for a person's name.
struct KnownNames {
    std::vector<std::string> phrases;
};

std::vector<SensitiveFinding> findSensitiveData(std::string_view text,
                                                const KnownNames& known = {});

} // namespace vigie
