// A GNU gettext message catalog (.mo file) read by the program itself, so that French
// needs neither a generated system locale (a minimal Debian, a container) nor libintl
// (Windows). Written here rather than taken from a library: libintl only loads catalogs
// for a locale the system has, which is the very thing missing.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace vigie::platform {

class MessageCatalog {
public:
    // Reads a .mo file; nullopt when it cannot be read or is not a message catalog.
    static std::optional<MessageCatalog> load(const std::filesystem::path& file);
    // The same from the file's bytes.
    static std::optional<MessageCatalog> parse(std::string_view bytes);

    // The translation of `msgid`, or nullptr when the catalog has none. The pointer stays
    // valid as long as the catalog lives.
    const char* find(std::string_view msgid) const;
    // The plural form for `n` of the entry whose singular is `singular`, or nullptr.
    const char* findPlural(std::string_view singular, unsigned long n) const;

    std::size_t size() const { return entries_.size(); }

private:
    struct Entry {
        std::string text;              // the translation; plural forms separated by '\0'
        std::vector<std::size_t> forms; // where each plural form starts in `text`
    };
    std::unordered_map<std::string, Entry> entries_;
    std::string pluralRule_ = "n != 1"; // the header's "plural=" expression
};

// Which plural form a catalog's rule (a C expression of n, e.g. "(n > 1)") picks for n;
// 0 or 1 by English rules when the expression cannot be read.
unsigned long pluralForm(std::string_view rule, unsigned long n);

} // namespace vigie::platform
