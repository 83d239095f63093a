#include "message_catalog.h"

#include <cstdint>
#include <fstream>
#include <iterator>

namespace vigie::platform {

namespace {

constexpr std::uint32_t kMagic = 0x950412de;
constexpr std::uint32_t kMagicSwapped = 0xde120495;

std::uint32_t read32(std::string_view bytes, std::size_t at, bool swapped) {
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    }
    if (swapped) {
        v = (v >> 24) | ((v >> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24);
    }
    return v;
}

// The string of table entry `index` (length, offset pairs from `table`), or nullopt when
// the file is cut or lies about it.
std::optional<std::string_view> tableString(std::string_view bytes, std::uint32_t table,
                                            std::uint32_t index, bool swapped) {
    const std::size_t at = std::size_t{table} + std::size_t{index} * 8;
    if (at + 8 > bytes.size()) {
        return std::nullopt;
    }
    const std::size_t length = read32(bytes, at, swapped);
    const std::size_t offset = read32(bytes, at + 4, swapped);
    if (offset > bytes.size() || length > bytes.size() - offset) {
        return std::nullopt;
    }
    return bytes.substr(offset, length);
}

// The "plural=" expression of the catalog header's Plural-Forms line.
std::optional<std::string> pluralRuleOf(std::string_view header) {
    const auto line = header.find("Plural-Forms:");
    if (line == std::string_view::npos) {
        return std::nullopt;
    }
    const auto end = header.find('\n', line);
    const std::string_view forms = header.substr(line, end - line);
    const auto rule = forms.find("plural=");
    if (rule == std::string_view::npos) {
        return std::nullopt;
    }
    std::string_view expression = forms.substr(rule + 7);
    expression = expression.substr(0, expression.find(';'));
    return std::string(expression);
}

// A recursive-descent reader of the C subset gettext allows in plural rules: n, numbers,
// ! * / % + - < > <= >= == != && || ?: and parentheses.
class PluralExpression {
public:
    PluralExpression(std::string_view text, unsigned long n) : text_(text), n_(n) {}

    std::optional<unsigned long> evaluate() {
        const unsigned long v = conditional();
        skipSpaces();
        if (failed_ || at_ != text_.size()) {
            return std::nullopt;
        }
        return v;
    }

private:
    void skipSpaces() {
        while (at_ < text_.size() && (text_[at_] == ' ' || text_[at_] == '\t')) {
            ++at_;
        }
    }
    bool take(std::string_view token) {
        skipSpaces();
        if (text_.substr(at_, token.size()) == token) {
            // "<" must not eat the "<" of "<=", nor "!" the "!" of "!=".
            const bool longer = token.size() == 1 && at_ + 1 < text_.size() &&
                                text_[at_ + 1] == '=' && (token == "<" || token == ">" || token == "!");
            if (!longer) {
                at_ += token.size();
                return true;
            }
        }
        return false;
    }
    unsigned long conditional() {
        const unsigned long test = logicalOr();
        if (!take("?")) {
            return test;
        }
        const unsigned long yes = conditional();
        if (!take(":")) {
            failed_ = true;
            return 0;
        }
        const unsigned long no = conditional();
        return test ? yes : no;
    }
    unsigned long logicalOr() {
        unsigned long v = logicalAnd();
        while (take("||")) {
            const unsigned long r = logicalAnd();
            v = (v || r) ? 1 : 0;
        }
        return v;
    }
    unsigned long logicalAnd() {
        unsigned long v = equality();
        while (take("&&")) {
            const unsigned long r = equality();
            v = (v && r) ? 1 : 0;
        }
        return v;
    }
    unsigned long equality() {
        unsigned long v = relation();
        for (;;) {
            if (take("==")) {
                v = v == relation();
            } else if (take("!=")) {
                v = v != relation();
            } else {
                return v;
            }
        }
    }
    unsigned long relation() {
        unsigned long v = additive();
        for (;;) {
            if (take("<=")) {
                v = v <= additive();
            } else if (take(">=")) {
                v = v >= additive();
            } else if (take("<")) {
                v = v < additive();
            } else if (take(">")) {
                v = v > additive();
            } else {
                return v;
            }
        }
    }
    unsigned long additive() {
        unsigned long v = multiplicative();
        for (;;) {
            if (take("+")) {
                v += multiplicative();
            } else if (take("-")) {
                v -= multiplicative();
            } else {
                return v;
            }
        }
    }
    unsigned long multiplicative() {
        unsigned long v = unary();
        for (;;) {
            if (take("*")) {
                v *= unary();
            } else if (take("/") || take("%")) {
                const bool divide = text_[at_ - 1] == '/';
                const unsigned long r = unary();
                if (r == 0) {
                    failed_ = true;
                    return 0;
                }
                v = divide ? v / r : v % r;
            } else {
                return v;
            }
        }
    }
    unsigned long unary() {
        if (take("!")) {
            return unary() == 0 ? 1 : 0;
        }
        if (take("(")) {
            const unsigned long v = conditional();
            if (!take(")")) {
                failed_ = true;
            }
            return v;
        }
        skipSpaces();
        if (at_ < text_.size() && text_[at_] == 'n') {
            ++at_;
            return n_;
        }
        unsigned long v = 0;
        const std::size_t start = at_;
        while (at_ < text_.size() && text_[at_] >= '0' && text_[at_] <= '9') {
            v = v * 10 + static_cast<unsigned long>(text_[at_++] - '0');
        }
        if (at_ == start) {
            failed_ = true;
        }
        return v;
    }

    std::string_view text_;
    unsigned long n_;
    std::size_t at_ = 0;
    bool failed_ = false;
};

} // namespace

unsigned long pluralForm(std::string_view rule, unsigned long n) {
    if (auto v = PluralExpression(rule, n).evaluate()) {
        return *v;
    }
    return n == 1 ? 0 : 1;
}

std::optional<MessageCatalog> MessageCatalog::load(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        return std::nullopt;
    }
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return parse(bytes);
}

std::optional<MessageCatalog> MessageCatalog::parse(std::string_view bytes) {
    if (bytes.size() < 20) {
        return std::nullopt;
    }
    const std::uint32_t magic = read32(bytes, 0, false);
    if (magic != kMagic && magic != kMagicSwapped) {
        return std::nullopt;
    }
    const bool swapped = magic == kMagicSwapped;
    const std::uint32_t count = read32(bytes, 8, swapped);
    const std::uint32_t originals = read32(bytes, 12, swapped);
    const std::uint32_t translations = read32(bytes, 16, swapped);

    MessageCatalog catalog;
    for (std::uint32_t i = 0; i < count; ++i) {
        const auto id = tableString(bytes, originals, i, swapped);
        const auto text = tableString(bytes, translations, i, swapped);
        if (!id || !text) {
            return std::nullopt;
        }
        if (id->empty()) {
            if (auto rule = pluralRuleOf(*text)) {
                catalog.pluralRule_ = *rule;
            }
            continue;
        }
        // A plural entry's id is "singular\0plural": it is found by its singular.
        const std::string_view singular = id->substr(0, id->find('\0'));
        Entry entry{std::string(*text), {0}};
        for (std::size_t at = 0; (at = entry.text.find('\0', at)) != std::string::npos;) {
            entry.forms.push_back(++at);
        }
        if (!entry.text.empty()) {
            catalog.entries_.insert_or_assign(std::string(singular), std::move(entry));
        }
    }
    return catalog;
}

const char* MessageCatalog::find(std::string_view msgid) const {
    const auto it = entries_.find(std::string(msgid));
    return it == entries_.end() ? nullptr : it->second.text.c_str();
}

const char* MessageCatalog::findPlural(std::string_view singular, unsigned long n) const {
    const auto it = entries_.find(std::string(singular));
    if (it == entries_.end()) {
        return nullptr;
    }
    const unsigned long form = pluralForm(pluralRule_, n);
    const Entry& entry = it->second;
    return form < entry.forms.size() ? entry.text.c_str() + entry.forms[form] : nullptr;
}

} // namespace vigie::platform
