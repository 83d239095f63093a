// Outreach sessions on the shared database: the same behaviour as the SQLite file's, each
// site seeing only its own sessions; the schemes are reference rows (the département's,
// and each site's additions).
#pragma once

#include "pg_database.h"

namespace vigie::storage::pg {

class PgOutreach final : public OutreachRepository {
public:
    explicit PgOutreach(Session& session) : s_(session) {}
    std::vector<OutreachScheme> schemes() override;
    void add(OutreachScheme& scheme) override;
    void update(const OutreachScheme& scheme) override;
    void insert(OutreachSession& session) override;
    void update(OutreachSession& session) override;
    void remove(SessionId id) override;
    std::optional<OutreachSession> find(SessionId id) override;
    std::vector<OutreachSession> list(const SessionFilter& filter) override;
    std::vector<OutreachSession> ofReport(ReportId report) override;
    std::vector<std::string> districts() override;

private:
    Params fields(const OutreachSession& s);
    void writeReports(const OutreachSession& s);
    std::vector<OutreachSession> select(const std::string& where, const Params& params);
    Session& s_;
};

} // namespace vigie::storage::pg
