// The sites of a shared database and what the server lets each login role see of them
// (FORMATS.md, "Shared database and sites"): the row-level security policies, made with
// the schema, and the grants that give a role one site to work on or every site to read.
#pragma once

#include <string>
#include <vector>

#include "storage/store.h"

namespace vigie::storage::pg {

class Connection;
class Session;

// The schema's part that confines login roles: a table of grants, the functions the
// policies read it through, and a policy on every table holding a site's data. The
// tables' owner (whoever created the schema) and superusers are not confined.
std::string rowSecurityScript();

// A later version's tables on a database made before it: they get their policies, and the
// roles already granted get the same rights on them (and on their sequences) as on the
// others. `referenceTables` hold the département's rows and each site's additions.
void confineNewTables(Connection& db, const std::vector<std::string>& siteTables,
                      const std::vector<std::string>& referenceTables,
                      const std::vector<std::string>& sequences);

class PgSites final : public SiteDirectory {
public:
    explicit PgSites(Session& session) : s_(session) {}
    // The sites this login may read (all of them for the schema's owner).
    std::vector<Site> list() override;
    void add(const Site& site) override;
    const std::string& current() const override;
    void use(const std::string& code) override;
    void grant(const std::string& site, const std::string& role) override;
    void grantReadingAll(const std::string& role) override;

private:
    Session& s_;
};

} // namespace vigie::storage::pg
