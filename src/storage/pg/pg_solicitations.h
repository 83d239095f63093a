// Solicitations of the partnership on the shared database: the same behaviour as the
// SQLite file's, each site seeing only its own.
#pragma once

#include "pg_database.h"

namespace vigie::storage::pg {

class PgSolicitations final : public SolicitationRepository {
public:
    explicit PgSolicitations(Session& session) : s_(session) {}
    void insert(Solicitation& s) override;
    void update(Solicitation& s) override;
    void remove(SolicitationId id) override;
    std::optional<Solicitation> find(SolicitationId id) override;
    std::optional<Solicitation> ofDecision(DecisionId id) override;
    std::vector<Solicitation> list(const SolicitationFilter& filter) override;
    long long overdueCount(const Date& today) override;

private:
    Params fields(const Solicitation& s);
    void writeParts(const Solicitation& s);
    std::vector<Solicitation> select(const std::string& where, const Params& params);
    Session& s_;
};

} // namespace vigie::storage::pg
