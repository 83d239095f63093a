#include "faq_page.h"

#include <algorithm>

#include <fmt/format.h>

#include "domain/text.h"
#include "output_guard.h"
#include "platform/files.h"
#include "platform/i18n.h"
#include "storage/store.h"

namespace vigie::app {

namespace fs = std::filesystem;

namespace {

// Readable on a phone and on paper; system fonts only (no outside resource).
constexpr const char* kStyle = R"css(
body { font-family: system-ui, "Segoe UI", Arial, sans-serif; line-height: 1.5; color: #1a1a1a;
       background: #fff; margin: 0 auto; max-width: 48rem; padding: 1rem; }
h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.4rem; border-bottom: 2px solid #1d4f91; padding-bottom: 0.2rem; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin-bottom: 0.3rem; }
a { color: #1d4f91; }
a:focus { outline: 3px solid #f0b400; }
nav ol { padding-left: 1.4rem; }
article { margin-bottom: 1.5rem; }
.concerne, .maj, .intro { color: #444; font-size: 0.95rem; }
.maj { font-style: italic; }
@media print {
  body { max-width: none; font-size: 11pt; color: #000; }
  nav { display: none; }
  a { color: #000; text-decoration: none; }
  h2 { break-after: avoid; border-color: #000; }
  article { break-inside: avoid; }
}
)css";

template <class Row>
std::string labelsOf(const std::vector<std::string>& codes, const std::vector<Row>& rows,
                     std::string Row::*label) {
    std::vector<std::string> out;
    for (const auto& c : codes) {
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const Row& r) { return codeKey(r.code) == codeKey(c); });
        const std::string name = it == rows.end() || ((*it).*label).empty() ? c : (*it).*label;
        out.push_back(htmlEscaped(name == c ? c : fmt::format("{} ({})", name, c)));
    }
    return text::join(out, ", ");
}

// Paragraphs at blank lines, line breaks kept within one.
std::string paragraphs(const std::string& answer) {
    std::string out, current;
    auto flush = [&] {
        if (!text::trimmed(current).empty()) {
            std::string html = htmlEscaped(text::trimmed(current));
            std::string withBreaks;
            for (char c : html) {
                withBreaks += c == '\n' ? std::string("<br>\n") : std::string(1, c);
            }
            out += "<p>" + withBreaks + "</p>\n";
        }
        current.clear();
    };
    std::string line;
    for (std::size_t i = 0; i <= answer.size(); ++i) {
        if (i == answer.size() || answer[i] == '\n') {
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            if (text::trimmed(line).empty()) {
                flush();
            } else {
                current += (current.empty() ? "" : "\n") + line;
            }
            line.clear();
        } else {
            line += answer[i];
        }
    }
    flush();
    return out;
}

std::string anchorOf(const FaqGroup& g) {
    return g.familyCode.empty() ? std::string("autres-questions") : "famille-" + g.familyCode;
}

Date lastUpdate(const FaqEntry& e) {
    if (e.checkedOn) {
        return *e.checkedOn;
    }
    return Date::fromIso(e.updatedAt.substr(0, 10)).value_or(Date::today());
}

std::string entryHtml(const FaqEntry& e, const FaqPageContent& c) {
    std::string html =
        fmt::format("<article id=\"question-{}\">\n<h3>{}</h3>\n", e.id, htmlEscaped(e.question));
    html += paragraphs(e.answer);
    std::vector<std::string> about;
    if (!e.rights.empty()) {
        about.push_back(fmt::format(fmt::runtime(tr("Rights: {}")),
                                    labelsOf(e.rights, c.rights, &Right::label)));
    }
    if (!e.institutions.empty()) {
        about.push_back(fmt::format(fmt::runtime(tr("Bodies: {}")),
                                    labelsOf(e.institutions, c.institutions, &Institution::name)));
    }
    if (!about.empty()) {
        html += "<p class=\"concerne\">" + text::join(about, " — ") + "</p>\n";
    }
    html += "<p class=\"maj\">" +
            htmlEscaped(fmt::format(fmt::runtime(tr("Updated on {}")), lastUpdate(e).french())) +
            "</p>\n</article>\n";
    return html;
}

} // namespace

std::string htmlEscaped(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char ch : text) {
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&#39;";
            break;
        default:
            out += ch;
        }
    }
    return out;
}

std::string faqPage(const FaqPageContent& c) {
    const std::string title = c.organisation.empty()
                                  ? std::string(tr("Frequently asked questions: access to rights"))
                                  : fmt::format(fmt::runtime(tr("Frequently asked questions: "
                                                                "access to rights — {}")),
                                                c.organisation);
    std::string html = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                       "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    html += "<title>" + htmlEscaped(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n";
    html += "<body>\n<header>\n<h1>" + htmlEscaped(title) + "</h1>\n<p class=\"intro\">" +
            htmlEscaped(fmt::format(fmt::runtime(tr("Answers of the access-to-rights watch group, "
                                                    "page written on {}.")),
                                    c.generatedOn.french())) +
            "</p>\n</header>\n";
    if (!c.groups.empty()) {
        html += "<nav aria-labelledby=\"sommaire\">\n<h2 id=\"sommaire\">" +
                htmlEscaped(tr("Contents")) + "</h2>\n<ol>\n";
        for (const auto& g : c.groups) {
            html += fmt::format("<li><a href=\"#{}\">{}</a>\n<ol>\n", anchorOf(g),
                                htmlEscaped(g.label));
            for (const auto& e : g.entries) {
                html += fmt::format("<li><a href=\"#question-{}\">{}</a></li>\n", e.id,
                                    htmlEscaped(e.question));
            }
            html += "</ol>\n</li>\n";
        }
        html += "</ol>\n</nav>\n";
    }
    html += "<main>\n";
    if (c.groups.empty()) {
        html += "<p>" + htmlEscaped(tr("No answer is published yet.")) + "</p>\n";
    }
    for (const auto& g : c.groups) {
        html += fmt::format("<section aria-labelledby=\"{0}\">\n<h2 id=\"{0}\">{1}</h2>\n",
                            anchorOf(g), htmlEscaped(g.label));
        for (const auto& e : g.entries) {
            html += entryHtml(e, c);
        }
        html += "</section>\n";
    }
    html += "</main>\n</body>\n</html>\n";
    return html;
}

long long publishFaq(storage::Store& store, const fs::path& dir, const Date& today) {
    FaqPageContent content;
    {
        const auto snapshot = store.readSnapshot();
        content.organisation = store.settings().get("organisation.name").value_or("");
        content.generatedOn = today;
        content.rights = store.reference().rights();
        content.institutions = store.reference().institutions();
        content.groups =
            publishedGroups(store.faq().list(), store.reference().rightFamilies(), content.rights);
    }
    long long count = 0;
    for (const auto& g : content.groups) {
        count += static_cast<long long>(g.entries.size());
    }
    fs::create_directories(dir);
    const fs::path file = dir / "index.html";
    checkOutputTarget(store, file);
    platform::writeFileAtomically(file, faqPage(content));
    return count;
}

} // namespace vigie::app
