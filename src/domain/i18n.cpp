// gettext through libintl (part of glibc on Linux; the vcpkg gettext port on Windows).
#include "i18n.h"

#include <clocale>

#include <libintl.h>

namespace vigie {

namespace {
constexpr const char* kDomain = "vigie";
Translator installed{nullptr, nullptr};
} // namespace

void setTranslator(const Translator& translator) {
    installed = translator;
}

void initTranslations(const std::string& localeDir) {
    // LC_CTYPE lets gettext convert to UTF-8; LC_MESSAGES picks the language.
    std::setlocale(LC_CTYPE, "");
#ifdef LC_MESSAGES
    // Vigie's users work in French: a machine left in the "C" locale (servers, fresh
    // installs) gets French too; any other language set by the user is respected.
    const char* chosen = std::setlocale(LC_MESSAGES, "");
    const std::string name = chosen ? chosen : "C";
    if (name == "C" || name == "POSIX" || name.rfind("C.", 0) == 0) {
        for (const char* french : {"fr_FR.UTF-8", "fr_FR.utf8", "fr_FR"}) {
            if (std::setlocale(LC_MESSAGES, french)) {
                break;
            }
        }
    }
#endif
    bindtextdomain(kDomain, localeDir.c_str());
    bind_textdomain_codeset(kDomain, "UTF-8");
}

const char* tr(const char* msgid) {
    return installed.singular ? installed.singular(msgid) : dgettext(kDomain, msgid);
}

const char* trn(const char* singular, const char* plural, unsigned long n) {
    return installed.plural ? installed.plural(singular, plural, n)
                            : dngettext(kDomain, singular, plural, n);
}

} // namespace vigie
