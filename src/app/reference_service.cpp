#include "reference_service.h"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "platform/i18n.h"
#include "domain/text.h"
#include "storage/store.h"

namespace vigie::app {

std::vector<Institution> ReferenceService::institutions() {
    return store_.reference().institutions();
}

std::vector<Right> ReferenceService::rights() {
    return store_.reference().rights();
}

std::vector<RightFamily> ReferenceService::rightFamilies() {
    return store_.reference().rightFamilies();
}

std::vector<SourceGroup> ReferenceService::sourceGroups() {
    return store_.reference().sourceGroups();
}

std::vector<Person> ReferenceService::people() {
    return store_.reference().people();
}

namespace {

using Json = nlohmann::ordered_json;

Json toJson(const Institution& i) {
    return {{"code", i.code},
            {"name", i.name},
            {"postal_address", i.postalAddress},
            {"email", i.email},
            {"contact", i.contactPerson},
            {"active", i.active}};
}
Json toJson(const Right& r) {
    return {{"code", r.code}, {"label", r.label}, {"family", r.familyCode}, {"active", r.active}};
}
Json toJson(const RightFamily& f) {
    return {{"code", f.code}, {"label", f.label}};
}
Json toJson(const SourceGroup& g) {
    return {{"name", g.name}, {"active", g.active}};
}
Json toJson(const Person& p) {
    return {{"name", p.name},
            {"institution", p.institutionCode},
            {"email", p.email},
            {"distribution_list", p.onDistributionList},
            {"active", p.active}};
}

const std::string& keyOf(const Institution& i) {
    return i.code;
}
const std::string& keyOf(const Right& r) {
    return r.code;
}
const std::string& keyOf(const SourceGroup& g) {
    return g.name;
}
const std::string& keyOf(const Person& p) {
    return p.name;
}

template <class T> std::optional<T> findById(const std::vector<T>& all, std::int64_t id) {
    for (const auto& x : all) {
        if (x.id == id) {
            return x;
        }
    }
    return std::nullopt;
}

std::vector<Institution> listOf(storage::ReferenceRepository& r, const Institution*) {
    return r.institutions();
}
std::vector<Right> listOf(storage::ReferenceRepository& r, const Right*) {
    return r.rights();
}
std::vector<SourceGroup> listOf(storage::ReferenceRepository& r, const SourceGroup*) {
    return r.sourceGroups();
}
std::vector<Person> listOf(storage::ReferenceRepository& r, const Person*) {
    return r.people();
}

} // namespace

template <class T> T ReferenceService::saveEntry(T entry, const char* entity) {
    if (text::trim(keyOf(entry)).empty()) {
        throw std::invalid_argument(tr("A code or a name is required."));
    }
    auto work = store_.begin();
    auto& repo = store_.reference();
    std::string before;
    if (entry.id == 0) {
        repo.add(entry);
    } else {
        auto old = findById(listOf(repo, &entry), entry.id);
        if (old) {
            before = toJson(*old).dump(-1, ' ', false, Json::error_handler_t::replace);
        }
        repo.update(entry);
    }
    store_.audit().record({0, actor_.now(), actor_.user, entity, entry.id,
                           before.empty() ? "create" : "update", before,
                           toJson(entry).dump(-1, ' ', false, Json::error_handler_t::replace), ""});
    work->commit();
    return entry;
}

Institution ReferenceService::save(Institution institution) {
    return saveEntry(std::move(institution), "institution");
}
Right ReferenceService::save(Right right) {
    return saveEntry(std::move(right), "right");
}
SourceGroup ReferenceService::save(SourceGroup group) {
    return saveEntry(std::move(group), "source_group");
}
Person ReferenceService::save(Person person) {
    return saveEntry(std::move(person), "person");
}

RightFamily ReferenceService::renameFamily(const std::string& code, const std::string& label) {
    const std::string newLabel = text::trimmed(label);
    if (newLabel.empty()) {
        throw std::invalid_argument(tr("The family needs a label."));
    }
    auto work = store_.begin();
    auto& repo = store_.reference();
    const auto families = repo.rightFamilies();
    const auto old = std::find_if(families.begin(), families.end(),
                                  [&](const RightFamily& f) { return f.code == code; });
    if (old == families.end()) {
        throw std::invalid_argument(
            fmt::format(fmt::runtime(tr("There is no right family \"{}\".")), code));
    }
    for (const auto& other : families) {
        if (other.code != code && codeKey(other.label) == codeKey(newLabel)) {
            throw StorageError(
                StorageError::Kind::Conflict,
                fmt::format(fmt::runtime(tr("Another family is already called \"{}\".")),
                            other.label));
        }
    }
    RightFamily renamed = *old;
    renamed.label = newLabel;
    if (renamed.label == old->label) {
        return renamed;
    }
    repo.updateFamilyLabel(code, renamed.label);
    // Families have no numeric id: their code, in both values, says which one it was.
    store_.audit().record({0, actor_.now(), actor_.user, "right_family", 0, "update",
                           toJson(*old).dump(-1, ' ', false, Json::error_handler_t::replace),
                           toJson(renamed).dump(-1, ' ', false, Json::error_handler_t::replace),
                           ""});
    work->commit();
    return renamed;
}

OrganisationProfile ReferenceService::organisation() {
    OrganisationProfile p;
    auto& settings = store_.settings();
    p.name = settings.get("organisation.name").value_or("");
    p.logo = settings.file("organisation.logo").value_or("");
    if (auto delay = settings.get("solicitation.answer_delay_days")) {
        try {
            p.answerDelayDays = std::stoi(*delay);
        } catch (const std::exception&) {
        }
    }
    return p;
}

void ReferenceService::saveOrganisation(const OrganisationProfile& profile) {
    auto work = store_.begin();
    const OrganisationProfile before = organisation();
    auto& settings = store_.settings();
    settings.set("organisation.name", profile.name);
    settings.set("solicitation.answer_delay_days", std::to_string(profile.answerDelayDays));
    if (profile.logo.empty()) {
        settings.removeFile("organisation.logo");
    } else {
        settings.setFile("organisation.logo", profile.logo);
    }
    auto summary = [](const OrganisationProfile& p) {
        return Json{{"name", p.name},
                    {"logo_bytes", p.logo.size()},
                    {"answer_delay_days", p.answerDelayDays}}
            .dump(-1, ' ', false, Json::error_handler_t::replace);
    };
    store_.audit().record({0, actor_.now(), actor_.user, "organisation", 0, "update",
                           summary(before), summary(profile), ""});
    work->commit();
}

} // namespace vigie::app
