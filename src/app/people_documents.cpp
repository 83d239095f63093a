// A person's extract as the requester receives it: JSON for a machine, PDF for a person.
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "documents.h"
#include "output_guard.h"
#include "people.h"
#include "platform/i18n.h"
#include "reports/person_extract.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

using Json = nlohmann::ordered_json;

// The kinds of record, in the order the extract lists them, with their group's title.
struct Kind {
    const char* code;
    std::string title;
};

std::vector<Kind> kinds() {
    return {{"report", tr("Difficulty reports")},
            {"meeting", tr("Meetings")},
            {"decision", tr("Follow-ups decided")},
            {"solicitation", tr("Solicitations")},
            {"session", tr("Outreach sessions")},
            {"aid", tr("Emergency aid")},
            {"faq", tr("FAQ")},
            {"institution", tr("Institutions")},
            {"setting", tr("Settings")},
            {"audit", tr("History of changes")}};
}

std::string referenceLine(const Person& p) {
    std::string line = p.name;
    if (!p.institutionCode.empty()) {
        line += " (" + p.institutionCode + ")";
    }
    if (!p.email.empty()) {
        line += ", " + p.email;
    }
    if (p.onDistributionList) {
        line += fmt::format(", {}", tr("on the distribution list"));
    }
    return line;
}

// "2026-12-03T19:18:37Z" as people read it: "03/12/2026 19:18" (UTC, as recorded).
std::string frenchTime(const std::string& at) {
    const auto day = Date::fromIso(at.substr(0, 10));
    if (!day || at.size() < 16) {
        return at;
    }
    return day->french() + " " + at.substr(11, 5);
}

reports::PersonExtractData extractData(storage::Store& store, const PersonExtract& x) {
    reports::PersonExtractData d;
    d.heading = documentHeading(store);
    d.heading.generatedOn = x.madeOn.french();
    d.title = fmt::format(fmt::runtime(tr("Extract of the data concerning {}")), x.name);
    d.fields = {{tr("Person"), x.name}, {tr("Extract made on"), x.madeOn.french()}};
    if (!x.login.empty()) {
        d.fields.emplace_back(tr("Login"), x.login);
    }
    d.fields.emplace_back(tr("Places found"), std::to_string(x.placeCount()));
    d.introduction = tr("Every place of the watch group's database that names this person "
                        "(case and accents ignored; the full name in either order, or the "
                        "surname after a civility), with the whole text that holds it.");
    for (const auto& p : x.references) {
        d.references.push_back(referenceLine(p));
    }
    for (const auto& kind : kinds()) {
        reports::ExtractGroup group{kind.title, {}};
        for (const auto& place : x.places) {
            if (place.kind == kind.code) {
                group.rows.push_back({place.record, place.field,
                                      place.on ? place.on->french() : "", place.text});
            }
        }
        if (!group.rows.empty()) {
            d.groups.push_back(std::move(group));
        }
    }
    for (const auto& e : x.madeByLogin) {
        d.madeByLogin.push_back({frenchTime(e.at), fmt::format("{} #{}", e.entity, e.entityId),
                                 e.action});
    }
    if (x.placeCount() == 0 && x.madeByLogin.empty()) {
        d.introduction += std::string("\n") + tr("Nothing in the database names this person.");
    }
    d.footnote = tr("Extract made for a right-of-access request (GDPR, article 15). The "
                    "automatic copies of the database hold the same data.");
    return d;
}

Json placeJson(const PersonPlace& p) {
    return Json{{"kind", p.kind},
                {"id", p.id},
                {"record", p.record},
                {"field", p.field},
                {"date", p.on ? p.on->iso() : ""},
                {"text", p.text}};
}

} // namespace

std::string personExtractJson(const PersonExtract& x) {
    Json references = Json::array();
    for (const auto& p : x.references) {
        references.push_back({{"id", p.id},
                              {"name", p.name},
                              {"institution", p.institutionCode},
                              {"email", p.email},
                              {"distribution_list", p.onDistributionList},
                              {"active", p.active}});
    }
    Json places = Json::array();
    for (const auto& kind : kinds()) {
        for (const auto& p : x.places) {
            if (p.kind == kind.code) {
                places.push_back(placeJson(p));
            }
        }
    }
    Json made = Json::array();
    for (const auto& e : x.madeByLogin) {
        made.push_back({{"id", e.id},
                        {"at", e.at},
                        {"entity", e.entity},
                        {"entity_id", e.entityId},
                        {"action", e.action},
                        {"before", e.before},
                        {"after", e.after},
                        {"note", e.note}});
    }
    const Json j{{"person", x.name},      {"login", x.login},       {"extracted_on", x.madeOn.iso()},
                 {"count", x.placeCount()}, {"references", references}, {"places", places},
                 {"made_by_login", made}};
    return j.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

void writePersonExtract(storage::Store& store, const PersonExtract& extract,
                        const std::filesystem::path& file) {
    checkOutputTarget(store, file);
    reports::writePersonExtract(extractData(store, extract), file);
}

} // namespace vigie::app
