// What the reports repositories of both back ends share, apart from SQL: a report read
// from its columns, the reference rows a searched word names, and the list's orders.
// Internal to storage.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "domain/queries.h"
#include "domain/report.h"
#include "domain/text.h"

namespace vigie::storage {

// The reference rows a typed word names by a word of their code or label: "caf" the
// CAF, "energie" the chèque énergie, "precarite" the category, "nord" the Centre social
// Nord.
struct NamedBy {
    std::string word;
    long long categories = 0; // bits
    std::vector<std::int64_t> rights, institutions, sources;
    bool any() const {
        return categories != 0 || !rights.empty() || !institutions.empty() || !sources.empty();
    }
};

// A reference row as the search sees it: its id and the folded words of code and label.
struct NamedRow {
    std::int64_t id = 0;
    std::vector<std::string> words;
};
std::vector<std::string> labelWords(const std::string& text);

// What each word of `search` names among the categories and the given rows.
std::vector<NamedBy> namedBy(const std::string& search, const std::vector<NamedRow>& rights,
                             const std::vector<NamedRow>& institutions,
                             const std::vector<NamedRow>& sources);

// A report's columns in the order of both back ends' report queries: id, ref_year,
// ref_seq, received_on, source name, author, description, proposals, categories,
// non_take_up, status, closed_on, created_at, updated_at, category_order, rights and
// institutions joined by U+001F, version. `Columns` reads them: integer(i), text(i),
// isNull(i).
template <class Columns> DifficultyReport readReportColumns(const Columns& c);

// What a list row needs to be ordered: read in date order, then sorted in memory.
struct ListRow {
    ReportId id = 0;
    int refYear = 0, refSeq = 0;
    std::int64_t sourceId = 0;
    int status = 0; // index in kAllStatuses
    int categories = 0;
};
int statusIndex(const std::string& code);
void addToTally(const ListRow& row, ReportTally& tally);

// Ranks for the orders by source and by rights: source id -> rank of its name; report id
// -> rank of the code of its first right.
struct ListRanks {
    std::unordered_map<std::int64_t, int> sourceRank;
    std::unordered_map<ReportId, int> firstRightRank;
    int noRight = 0; // the rank of a report without rights: after all
};
std::vector<ReportId> orderedIds(std::vector<ListRow> rows, ReportOrder order, bool ascending,
                                 const ListRanks& ranks);

std::vector<std::string> splitUnit(const std::string& joined);

template <class Columns> DifficultyReport readReportColumns(const Columns& c) {
    DifficultyReport r;
    r.id = c.integer(0);
    r.reference = {static_cast<int>(c.integer(1)), static_cast<int>(c.integer(2))};
    r.receivedOn = Date::fromIso(c.text(3)).value_or(Date());
    r.source = c.text(4);
    r.author = c.text(5);
    r.description = c.text(6);
    r.proposals = c.text(7);
    r.categories = CategorySet::fromBits(static_cast<unsigned>(c.integer(8)));
    if (!c.isNull(9)) {
        r.nonTakeUp = parseNonTakeUp(c.text(9));
    }
    r.status = parseStatus(c.text(10)).value_or(ReportStatus::Received);
    if (!c.isNull(11)) {
        r.closedOn = Date::fromIso(c.text(11));
    }
    r.createdAt = c.text(12);
    r.updatedAt = c.text(13);
    r.rights = splitUnit(c.isNull(15) ? std::string() : c.text(15));
    r.institutions = splitUnit(c.isNull(16) ? std::string() : c.text(16));
    r.version = c.integer(17);
    // The categories in the order they were given, when that order was kept.
    CategorySet ordered;
    for (const auto& code : text::splitList(c.text(14))) {
        if (auto category = parseCategory(code)) {
            ordered.add(*category);
        }
    }
    if (ordered == r.categories) {
        r.categories = ordered;
    }
    return r;
}

} // namespace vigie::storage
