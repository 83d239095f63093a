// Emergency aid on the shared database: the same behaviour as the SQLite file's, each site
// seeing only its own.
#pragma once

#include "pg_database.h"

namespace vigie::storage::pg {

class PgAids final : public AidRepository {
public:
    explicit PgAids(Session& session) : s_(session) {}
    void insert(EmergencyAid& aid) override;
    void update(EmergencyAid& aid) override;
    void remove(AidId id) override;
    std::optional<EmergencyAid> find(AidId id) override;
    std::vector<EmergencyAid> list(const std::optional<Period>& period) override;

private:
    Params fields(const EmergencyAid& a);
    void writeReports(const EmergencyAid& a);
    std::vector<EmergencyAid> select(const std::string& where, const Params& params);
    Session& s_;
};

} // namespace vigie::storage::pg
