#include "reference_codes.h"

#include <set>

#include <fmt/format.h>

#include "platform/i18n.h"
#include "domain/text.h"
#include "storage/store.h"
#include "reference_rows.h"

namespace vigie::app {

ReferenceCodes::ReferenceCodes(storage::Store& store) {
    for (const auto& r : store.reference().rights()) {
        rights_.known[codeKey(r.code)] = {r.code, r.active};
    }
    for (const auto& i : store.reference().institutions()) {
        institutions_.known[codeKey(i.code)] = {i.code, i.active};
    }
    for (const auto& g : store.reference().sourceGroups()) {
        groups_[codeKey(g.name)] = g.name;
    }
}

std::vector<std::string> ReferenceCodes::resolve(Book& book, const std::string& cell, int line,
                                                 const char* column, std::vector<Problem>& problems,
                                                 const char* unknownSingular,
                                                 const char* unknownPlural,
                                                 const char* inactiveSingular,
                                                 const char* inactivePlural) {
    std::vector<std::string> out, unknown, inactive;
    std::set<std::string> seen;
    for (const auto& written : text::splitList(cell)) {
        const std::string key = codeKey(written);
        if (!seen.insert(key).second) {
            continue;
        }
        if (auto it = book.known.find(key); it != book.known.end()) {
            out.push_back(it->second.first);
            if (!it->second.second) {
                inactive.push_back(it->second.first);
            }
            continue;
        }
        auto [it, fresh] = book.toCreate.emplace(key, written);
        (void)fresh;
        out.push_back(it->second);
        unknown.push_back(written);
    }
    auto quoteAll = [](const std::vector<std::string>& list) {
        std::string joined;
        for (const auto& c : list) {
            joined += (joined.empty() ? "" : ", ") + quotedValue(c);
        }
        return joined;
    };
    if (!unknown.empty()) {
        problems.push_back(
            {line, column, Severity::Notice,
             fmt::format(fmt::runtime(trn(unknownSingular, unknownPlural, unknown.size())),
                         quoteAll(unknown))});
    }
    if (!inactive.empty()) {
        problems.push_back(
            {line, column, Severity::Notice,
             fmt::format(fmt::runtime(trn(inactiveSingular, inactivePlural, inactive.size())),
                         quoteAll(inactive))});
    }
    return out;
}

std::vector<std::string> ReferenceCodes::rights(const std::string& cell, int line,
                                                const char* column, std::vector<Problem>& problems) {
    return resolve(rights_, cell, line, column, problems,
                   tr_noop("unknown right {}: it will be created in the family \"autre\""),
                   tr_noop("unknown rights {}: they will be created in the family \"autre\""),
                   tr_noop("right {} is deactivated; accepted for this report"),
                   tr_noop("rights {} are deactivated; accepted for this report"));
}

std::vector<std::string> ReferenceCodes::institutions(const std::string& cell, int line,
                                                      const char* column,
                                                      std::vector<Problem>& problems) {
    return resolve(institutions_, cell, line, column, problems,
                   tr_noop("unknown institution {}: it will be created"),
                   tr_noop("unknown institutions {}: they will be created"),
                   tr_noop("institution {} is deactivated; accepted for this record"),
                   tr_noop("institutions {} are deactivated; accepted for this record"));
}

std::string ReferenceCodes::sourceGroup(const std::string& name) {
    if (name.empty()) {
        return name;
    }
    const std::string key = codeKey(name);
    if (auto it = groups_.find(key); it != groups_.end()) {
        return it->second;
    }
    groups_.emplace(key, name);
    newGroups_.emplace(key, name);
    return name;
}

std::size_t ReferenceCodes::pending() const {
    return newGroups_.size() + rights_.toCreate.size() + institutions_.toCreate.size();
}

void ReferenceCodes::createMissing(storage::Store& store, const Actor& actor) {
    // The lists only grow, and creating is idempotent: called again when they grew.
    if (pending() == created_) {
        return;
    }
    created_ = pending();
    const std::string why = tr("named by an imported file");
    for (const auto& [key, name] : newGroups_) {
        addMissingSourceGroup(store, actor, name, why);
    }
    std::vector<std::string> rights, institutions;
    for (const auto& [key, code] : rights_.toCreate) {
        rights.push_back(code);
    }
    for (const auto& [key, code] : institutions_.toCreate) {
        institutions.push_back(code);
    }
    addMissingRights(store, actor, rights, why);
    addMissingInstitutions(store, actor, institutions, why);
}

} // namespace vigie::app
