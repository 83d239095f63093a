// The FAQ on the shared database: the same behaviour as the SQLite file's, each site
// seeing only its own answers.
#pragma once

#include "pg_database.h"

namespace vigie::storage::pg {

class PgFaq final : public FaqRepository {
public:
    explicit PgFaq(Session& session) : s_(session) {}
    void insert(FaqEntry& entry) override;
    void update(FaqEntry& entry) override;
    void remove(FaqId id) override;
    std::optional<FaqEntry> find(FaqId id) override;
    std::vector<FaqEntry> list() override;

private:
    Params fields(const FaqEntry& e);
    void writeLinks(const FaqEntry& e);
    std::vector<FaqEntry> select(const std::string& where, const Params& params);
    Session& s_;
};

} // namespace vigie::storage::pg
