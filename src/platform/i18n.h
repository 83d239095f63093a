// Translation of user-visible strings outside wxWidgets (domain, app, cli).
// Source strings are English; the French catalog is assets/locale/fr/vigie.po.
#pragma once

#include <string>
#include <vector>

// Marks a literal for extraction where it is translated later through a variable.
#define tr_noop(text) text

namespace vigie {

// The languages the user asks messages in, most wanted first, as catalog folder names
// ("fr_FR", "fr"): LANGUAGE (a colon-separated list), else the first of LC_ALL,
// LC_MESSAGES and LANG that is set. Vigie's users work in French: a machine left in the
// "C" or "POSIX" locale, or with nothing set, gets French. "en" means the source texts.
struct LocaleEnvironment {
    std::string language, lcAll, lcMessages, lang;
    static LocaleEnvironment current();
};
std::vector<std::string> requestedLanguages(const LocaleEnvironment& environment);

// Whether the user's messages should be French (the one catalog Vigie has), by the
// same rules: the window sets its toolkit's language from it.
bool wantsFrench(const LocaleEnvironment& environment);

// Loads the "vigie" catalog of the first requested language found under `localeDir`
// (<dir>/<language>/LC_MESSAGES/vigie.mo). Independent of the locales the system has
// generated: numbers keep the "C" locale so parsing never depends on the user. When
// French is asked and its catalog cannot be read, says so once on standard error and
// returns false (messages are then in English).
bool initTranslations(const std::string& localeDir);

// Where translations come from when not from gettext: the window routes them through
// wxWidgets so that the whole program speaks the language of its interface.
struct Translator {
    const char* (*singular)(const char* msgid);
    const char* (*plural)(const char* singular, const char* plural, unsigned long n);
};
void setTranslator(const Translator& translator);

// Translated text of an English message id (the id itself when no translation exists).
const char* tr(const char* msgid);
// Plural form: `n` chooses between singular and plural as the language requires.
const char* trn(const char* singular, const char* plural, unsigned long n);

} // namespace vigie
