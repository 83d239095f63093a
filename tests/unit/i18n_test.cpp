#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "platform/i18n.h"
#include "platform/message_catalog.h"

#include <unistd.h>

using vigie::LocaleEnvironment;
using vigie::platform::MessageCatalog;
using vigie::platform::pluralForm;

namespace {

// A .mo file as msgfmt writes it (little-endian, no hash table), from id/text pairs
// already sorted by id as the format wants.
std::string moFile(const std::vector<std::pair<std::string, std::string>>& entries) {
    std::string out;
    auto put = [&out](std::uint32_t v) {
        for (int i = 0; i < 4; ++i) {
            out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
        }
    };
    const auto n = static_cast<std::uint32_t>(entries.size());
    const std::uint32_t originals = 28, translations = originals + 8 * n;
    std::uint32_t data = translations + 8 * n;
    put(0x950412de);
    put(0);
    put(n);
    put(originals);
    put(translations);
    put(0);
    put(0);
    std::string strings;
    std::vector<std::uint32_t> table;
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& [id, text] : entries) {
            const std::string& s = pass == 0 ? id : text;
            put(static_cast<std::uint32_t>(s.size()));
            put(data + static_cast<std::uint32_t>(strings.size()));
            strings += s;
            strings.push_back('\0');
        }
    }
    return out + strings;
}

const std::string kHeader = "Content-Type: text/plain; charset=UTF-8\n"
                            "Plural-Forms: nplurals=2; plural=(n > 1);\n";

} // namespace

TEST_CASE("a message catalog gives the French of singular and plural messages") {
    using namespace std::string_literals;
    const auto catalog = MessageCatalog::parse(moFile({
        {"", kHeader},
        {"%d report imported\0%d reports imported"s, "%d fiche importée\0%d fiches importées"s},
        {"Open", "Ouvrir"},
        {"Untranslated", ""},
    }));
    REQUIRE(catalog);
    CHECK(std::string(catalog->find("Open")) == "Ouvrir");
    CHECK(catalog->find("Close") == nullptr);
    CHECK(catalog->find("Untranslated") == nullptr); // an empty translation is none
    // French counts 0 and 1 in the singular.
    CHECK(std::string(catalog->findPlural("%d report imported", 0)) == "%d fiche importée");
    CHECK(std::string(catalog->findPlural("%d report imported", 1)) == "%d fiche importée");
    CHECK(std::string(catalog->findPlural("%d report imported", 2)) == "%d fiches importées");
}

TEST_CASE("a file that is not a message catalog, or is cut short, is refused") {
    CHECK_FALSE(MessageCatalog::parse(""));
    CHECK_FALSE(MessageCatalog::parse("Content-Type: text/plain; charset=UTF-8\n"));
    const std::string whole = moFile({{"", kHeader}, {"Open", "Ouvrir"}});
    CHECK(MessageCatalog::parse(whole));
    CHECK_FALSE(MessageCatalog::parse(whole.substr(0, whole.size() - 10)));
    CHECK_FALSE(MessageCatalog::load("/nonexistent/vigie.mo"));
}

TEST_CASE("the catalog Vigie builds is read, with its French plural rule") {
    const auto catalog = MessageCatalog::load(VIGIE_BUILD_LOCALE_DIR "/fr/LC_MESSAGES/vigie.mo");
    REQUIRE(catalog);
    CHECK(catalog->size() > 500);
    REQUIRE(catalog->find("Cancel") != nullptr);
}

TEST_CASE("plural rules of other languages are evaluated as C expressions") {
    CHECK(pluralForm("(n > 1)", 1) == 0);
    CHECK(pluralForm("(n > 1)", 2) == 1);
    CHECK(pluralForm("n != 1", 0) == 1);
    const char* polish = "(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2)";
    CHECK(pluralForm(polish, 1) == 0);
    CHECK(pluralForm(polish, 3) == 1);
    CHECK(pluralForm(polish, 13) == 2);
    CHECK(pluralForm(polish, 22) == 1);
    CHECK(pluralForm(polish, 25) == 2);
    CHECK(pluralForm("0", 7) == 0);
    CHECK(pluralForm("!(n <= 1)", 1) == 0);
    // Unreadable rules fall back on English.
    CHECK(pluralForm("n >", 1) == 0);
    CHECK(pluralForm("n % 0", 5) == 1);
}

TEST_CASE("French unless another language is asked for, whatever locales the system has") {
    auto env = [](std::string language, std::string all, std::string messages, std::string lang) {
        return LocaleEnvironment{std::move(language), std::move(all), std::move(messages),
                                 std::move(lang)};
    };
    // A bare system: nothing set, C, POSIX, C.UTF-8.
    CHECK(vigie::wantsFrench(env("", "", "", "")));
    CHECK(vigie::wantsFrench(env("", "C", "", "")));
    CHECK(vigie::wantsFrench(env("", "", "", "C.UTF-8")));
    CHECK(vigie::wantsFrench(env("", "POSIX", "", "en_US.UTF-8"))); // LC_ALL wins
    CHECK(vigie::wantsFrench(env("", "", "", "fr_FR.UTF-8")));
    CHECK(vigie::wantsFrench(env("", "", "fr_BE.UTF-8@euro", "en_GB.UTF-8")));
    // Asked explicitly, even in the C locale (GNU gettext would ignore LANGUAGE there).
    CHECK_FALSE(vigie::wantsFrench(env("en", "C", "", "")));
    CHECK_FALSE(vigie::wantsFrench(env("", "", "", "en_US.UTF-8")));
    CHECK(vigie::wantsFrench(env("de:fr", "", "", "")));
    CHECK_FALSE(vigie::wantsFrench(env("", "", "", "de_DE.UTF-8")));
    CHECK(vigie::requestedLanguages(env("", "", "", "fr_CA.UTF-8")) ==
          std::vector<std::string>{"fr_CA", "fr"});
}

TEST_CASE("French asked and its catalog missing: said once on standard error, English after") {
    const char* saved = std::getenv("LANGUAGE");
    const std::string before = saved ? saved : "";
    setenv("LANGUAGE", "fr", 1);
    std::fflush(stderr);
    const int kept = dup(STDERR_FILENO);
    char name[] = "/tmp/vigie-i18n-XXXXXX";
    const int captured = mkstemp(name);
    dup2(captured, STDERR_FILENO);
    const bool found = vigie::initTranslations("/nonexistent/locale");
    std::fflush(stderr);
    dup2(kept, STDERR_FILENO);
    close(kept);
    std::ifstream in(name);
    const std::string said((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    close(captured);
    std::remove(name);
    before.empty() ? unsetenv("LANGUAGE") : setenv("LANGUAGE", before.c_str(), 1);

    CHECK_FALSE(found);
    CHECK(said.find("/nonexistent/locale/fr/LC_MESSAGES/vigie.mo") != std::string::npos);
    CHECK(std::count(said.begin(), said.end(), '\n') == 1);
    CHECK(std::string(vigie::tr("Cancel")) == "Cancel"); // the messages stay readable
}
