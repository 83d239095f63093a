// vigie-cli: the command-line front end (FORMATS.md).
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#ifdef _WIN32
#include <windows.h>
#include <shellapi.h>
#endif

#include "commands.h"
#include "platform/i18n.h"
#include "platform/system.h"

namespace {

// The arguments as UTF-8, as the rest of the program takes them: Windows gives main()
// the ANSI code page, where a file named with accents may not even be representable.
std::vector<std::string> utf8Arguments(int argc, char** argv) {
#ifdef _WIN32
    (void)argc;
    (void)argv;
    int count = 0;
    wchar_t** wide = CommandLineToArgvW(GetCommandLineW(), &count);
    std::vector<std::string> args;
    for (int i = 1; i < count; ++i) {
        args.push_back(vigie::platform::utf8(std::filesystem::path(wide[i])));
    }
    LocalFree(wide);
    return args;
#else
    return std::vector<std::string>(argv + 1, argv + argc);
#endif
}

} // namespace

int main(int argc, char** argv) {
#ifdef _WIN32
    // Vigie writes UTF-8; the console shows it as such.
    SetConsoleOutputCP(CP_UTF8);
#endif
    vigie::initTranslations(vigie::platform::utf8(vigie::platform::localeDirectory()));
    return vigie::cli::run(utf8Arguments(argc, argv), std::cout, std::cerr);
}
