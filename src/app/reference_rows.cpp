#include "reference_rows.h"

#include <set>

#include <nlohmann/json.hpp>

#include "domain/text.h"
#include "storage/store.h"

namespace vigie::app {

namespace {

void audit(storage::Store& store, const Actor& actor, const char* entity, std::int64_t id,
           const nlohmann::json& after, const std::string& why) {
    store.audit().record({0, actor.now(), actor.user, entity, id, "create_auto", "",
                          after.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                          why});
}

template <class Rows, class Key>
std::set<std::string> keysOf(const Rows& rows, Key key) {
    std::set<std::string> keys;
    for (const auto& row : rows) {
        keys.insert(codeKey(key(row)));
    }
    return keys;
}

} // namespace

void addMissingInstitutions(storage::Store& store, const Actor& actor,
                            const std::vector<std::string>& codes, const std::string& why) {
    auto known = keysOf(store.reference().institutions(),
                        [](const Institution& i) { return i.code; });
    for (const auto& code : codes) {
        if (!code.empty() && known.insert(codeKey(code)).second) {
            Institution institution;
            institution.code = institution.name = code;
            store.reference().add(institution);
            audit(store, actor, "institution", institution.id,
                  {{"code", institution.code}, {"nom", institution.name}}, why);
        }
    }
}

void addMissingRights(storage::Store& store, const Actor& actor,
                      const std::vector<std::string>& codes, const std::string& why) {
    auto known = keysOf(store.reference().rights(), [](const Right& r) { return r.code; });
    for (const auto& code : codes) {
        if (!code.empty() && known.insert(codeKey(code)).second) {
            Right right{0, code, code, std::string(kOtherFamilyCode), true};
            store.reference().add(right);
            audit(store, actor, "right", right.id,
                  {{"code", right.code}, {"libelle", right.label}, {"famille", right.familyCode}},
                  why);
        }
    }
}

void addMissingSourceGroup(storage::Store& store, const Actor& actor, const std::string& name,
                           const std::string& why) {
    if (name.empty()) {
        return;
    }
    const auto known = keysOf(store.reference().sourceGroups(),
                              [](const SourceGroup& g) { return g.name; });
    if (!known.count(codeKey(name))) {
        SourceGroup group{0, name, true};
        store.reference().add(group);
        audit(store, actor, "source_group", group.id, {{"nom", group.name}}, why);
    }
}

} // namespace vigie::app
