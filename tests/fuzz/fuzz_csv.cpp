// libFuzzer entry point for the csv target (see targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vigie::fuzz::csvInput(data, size);
    return 0;
}
