// Translation of user-visible strings outside wxWidgets (domain, app, cli).
// Source strings are English; the French catalog is assets/locale/fr/vigie.po.
#pragma once

#include <string>

// Marks a literal for extraction where it is translated later through a variable.
#define tr_noop(text) text

namespace vigie {

// Binds the "vigie" catalog found in `localeDir` and selects the user's language for
// messages only: numbers keep the "C" locale so parsing never depends on the user.
void initTranslations(const std::string& localeDir);

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
