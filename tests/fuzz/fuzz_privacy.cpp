// libFuzzer entry point for the privacy target (see targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vigie::fuzz::privacyInput(data, size);
    return 0;
}
