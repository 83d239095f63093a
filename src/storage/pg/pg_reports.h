// Difficulty reports on the shared database: the same behaviour as the SQLite file's
// (tests/unit/store_contract_test.cpp), each site seeing and numbering its own.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "pg_database.h"

namespace vigie::storage {
struct NamedBy;
struct ListRanks;
struct WordFrequency;
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
    std::vector<SimilarReport> similar(const SimilarQuery& query) override;

private:
    Params fields(const DifficultyReport& r);
    std::vector<NamedBy> namedBy(const std::string& search);
    ListRanks listRanks(ReportOrder order);
    // The site's reports holding each word, as similar() chooses its words.
    std::vector<WordFrequency> wordFrequencies(const std::vector<std::string>& words);
    Session& s_;
    // Counting a word reads the reports holding it (the index does not know how many):
    // each word is counted once per site while a report is written, and forgotten at the
    // next write of this connection (others' writes only make the choice a little less apt).
    std::unordered_map<std::string, long long> wordCounts_;
    std::string wordCountsSite_;
};

} // namespace vigie::storage::pg
