// Difficulty reports on the shared database: the same behaviour as the SQLite file's
// (tests/unit/store_contract_test.cpp), each site seeing and numbering its own.
#pragma once

#include "pg_database.h"

namespace vigie::storage {
struct NamedBy;
struct ListRanks;
} // namespace vigie::storage

namespace vigie::storage::pg {

class PgReports final : public ReportRepository {
public:
    explicit PgReports(Session& session) : s_(session) {}
    void insert(DifficultyReport& report) override;
    void update(DifficultyReport& report) override;
    std::optional<DifficultyReport> find(ReportId id) override;
    std::optional<DifficultyReport> findByReference(const ReportReference& ref) override;
    int lastSequence(int year) override;
    ReportReference nextReference(int year) override;
    long long count(const ReportFilter& filter) override;
    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order,
                              bool ascending) override;
    std::vector<ReportId> ids(const ReportFilter& filter, ReportOrder order, bool ascending,
                              ReportTally& tally) override;
    std::vector<DifficultyReport> load(const std::vector<ReportId>& ids) override;
    void forEach(const ReportFilter& filter,
                 const std::function<void(const DifficultyReport&)>& visit) override;
    std::vector<ReportFacts> facts(const Period& period) override;
    std::vector<int> years() override;

private:
    Params fields(const DifficultyReport& r);
    std::vector<NamedBy> namedBy(const std::string& search);
    ListRanks listRanks(ReportOrder order);
    Session& s_;
};

} // namespace vigie::storage::pg
