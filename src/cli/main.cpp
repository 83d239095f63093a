// vigie-cli: the command-line front end (FORMATS.md).
#include <filesystem>
#include <iostream>

#include "commands.h"
#include "domain/i18n.h"
#include "storage/platform.h"

int main(int argc, char** argv) {
    vigie::initTranslations(vigie::storage::localeDirectory().string());
    std::vector<std::string> args(argv + 1, argv + argc);
    return vigie::cli::run(args, std::cout, std::cerr);
}
