// libFuzzer entry point for the database target (see targets.h).
#include "targets.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    vigie::fuzz::databaseInput(data, size);
    return 0;
}
