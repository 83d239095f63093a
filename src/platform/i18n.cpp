// Translations through Vigie's own catalog reader (platform/message_catalog.h): French
// whatever locales the system has generated, and no libintl to ship on Windows.
#include "i18n.h"

#include <algorithm>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>

#include "message_catalog.h"

namespace vigie {

namespace {
Translator installed{nullptr, nullptr};
std::optional<platform::MessageCatalog> catalog;

std::string variable(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

bool isPlainC(const std::string& locale) {
    return locale == "C" || locale == "POSIX" || locale.rfind("C.", 0) == 0;
}

// "fr_FR.UTF-8@euro" -> {"fr_FR", "fr"}: the folders a catalog may live in.
void addLanguage(std::vector<std::string>& out, std::string name) {
    name = name.substr(0, name.find_first_of(".@"));
    if (name.empty()) {
        return;
    }
    out.push_back(name);
    const auto territory = name.find('_');
    if (territory != std::string::npos) {
        out.push_back(name.substr(0, territory));
    }
}
} // namespace

LocaleEnvironment LocaleEnvironment::current() {
    return {variable("LANGUAGE"), variable("LC_ALL"), variable("LC_MESSAGES"), variable("LANG")};
}

std::vector<std::string> requestedLanguages(const LocaleEnvironment& environment) {
    std::vector<std::string> out;
    // Unlike GNU gettext, LANGUAGE is honoured in the "C" locale too: it is how a user
    // of a bare system asks for another language.
    std::string list = environment.language;
    for (std::size_t start = 0; !list.empty() && start <= list.size();) {
        const auto end = std::min(list.find(':', start), list.size());
        addLanguage(out, list.substr(start, end - start));
        start = end + 1;
    }
    if (!out.empty()) {
        return out;
    }
    for (const std::string* locale :
         {&environment.lcAll, &environment.lcMessages, &environment.lang}) {
        if (!locale->empty()) {
            if (!isPlainC(*locale)) {
                addLanguage(out, *locale);
                return out;
            }
            break;
        }
    }
    return {"fr"};
}

bool wantsFrench(const LocaleEnvironment& environment) {
    for (const std::string& language : requestedLanguages(environment)) {
        if (language == "fr" || language.rfind("fr_", 0) == 0) {
            return true;
        }
        if (language == "en" || language.rfind("en_", 0) == 0) {
            return false; // the source texts are English
        }
    }
    return false; // a language Vigie has no catalog for: the source texts
}

void setTranslator(const Translator& translator) {
    installed = translator;
}

bool initTranslations(const std::string& localeDir) {
    // LC_CTYPE as the user has it (character classes); messages never depend on it.
    std::setlocale(LC_CTYPE, "");
    catalog.reset();
    const auto environment = LocaleEnvironment::current();
    for (const std::string& language : requestedLanguages(environment)) {
        if (language == "en" || language.rfind("en_", 0) == 0) {
            return true;
        }
        const auto file =
            std::filesystem::u8path(localeDir) / language / "LC_MESSAGES" / "vigie.mo";
        if ((catalog = platform::MessageCatalog::load(file))) {
            return true;
        }
    }
    if (wantsFrench(environment)) {
        // Said in English: without the catalog there is no French to say it in.
        std::fprintf(stderr, "vigie: the French message catalog cannot be read (%s); "
                             "messages are in English\n",
                     (std::filesystem::u8path(localeDir) / "fr" / "LC_MESSAGES" / "vigie.mo")
                         .string()
                         .c_str());
        return false;
    }
    return true;
}

const char* tr(const char* msgid) {
    if (installed.singular) {
        return installed.singular(msgid);
    }
    const char* text = catalog ? catalog->find(msgid) : nullptr;
    return text ? text : msgid;
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    if (installed.plural) {
        return installed.plural(singular, plural, n);
    }
    const char* text = catalog ? catalog->findPlural(singular, n) : nullptr;
    return text ? text : (n == 1 ? singular : plural);
}

} // namespace vigie
