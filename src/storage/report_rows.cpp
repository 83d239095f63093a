#include "report_rows.h"

#include <algorithm>
#include <sstream>

namespace vigie::storage {

std::vector<std::string> splitUnit(const std::string& joined) {
    std::vector<std::string> out;
    if (joined.empty()) {
        return out;
    }
    std::size_t start = 0;
    while (true) {
        auto end = joined.find('\x1f', start);
        out.push_back(joined.substr(start, end == std::string::npos ? end : end - start));
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    return out;
}

// The folded words of a label or code ("CHEQUE_ENERGIE" -> cheque, energie).
std::vector<std::string> labelWords(const std::string& text) {
    std::vector<std::string> out;
    std::string current;
    for (char c : text::foldAccents(text) + " ") {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
            current.push_back(c);
        } else if (!current.empty()) {
            out.push_back(std::move(current));
            current.clear();
        }
    }
    return out;
}

namespace {

// Whether every part of the typed word begins a word of the label.
bool names(const std::vector<std::string>& typedParts, const std::vector<std::string>& label) {
    if (typedParts.empty()) {
        return false;
    }
    return std::all_of(typedParts.begin(), typedParts.end(), [&](const std::string& part) {
        return std::any_of(label.begin(), label.end(),
                           [&](const std::string& w) { return w.rfind(part, 0) == 0; });
    });
}

} // namespace

std::vector<NamedBy> namedBy(const std::string& search, const std::vector<NamedRow>& rights,
                             const std::vector<NamedRow>& institutions,
                             const std::vector<NamedRow>& sources) {
    std::vector<NamedBy> out;
    std::istringstream typed(search);
    std::string word;
    while (typed >> word) {
        NamedBy n;
        n.word = word;
        const auto parts = labelWords(word);
        for (Category c : kAllCategories) {
            if (names(parts, labelWords(std::string(code(c)) + " " + label(c)))) {
                n.categories |= 1LL << static_cast<int>(c);
            }
        }
        auto ids = [&](const std::vector<NamedRow>& rows) {
            std::vector<std::int64_t> list;
            for (const auto& r : rows) {
                if (names(parts, r.words)) {
                    list.push_back(r.id);
                }
            }
            return list;
        };
        n.rights = ids(rights);
        n.institutions = ids(institutions);
        n.sources = ids(sources);
        out.push_back(std::move(n));
    }
    return out;
}

int statusIndex(const std::string& statusCode) {
    for (std::size_t k = 0; k < std::size(kAllStatuses); ++k) {
        if (code(kAllStatuses[k]) == statusCode) {
            return static_cast<int>(k);
        }
    }
    return 0;
}

void addToTally(const ListRow& r, ReportTally& tally) {
    ++tally.total;
    tally.nonAccess += (r.categories & 1) != 0;
    tally.delay += (r.categories & 2) != 0;
    tally.precarity += (r.categories & 4) != 0;
    tally.awaitingFollowUp += r.status == 0;
}

std::vector<ReportId> orderedIds(std::vector<ListRow> rows, ReportOrder order, bool ascending,
                                 const ListRanks& ranks) {
    if (!ascending) {
        std::reverse(rows.begin(), rows.end());
    }
    auto sortBy = [&](auto key) {
        std::stable_sort(rows.begin(), rows.end(), [&](const ListRow& a, const ListRow& b) {
            return ascending ? key(a) < key(b) : key(b) < key(a);
        });
    };
    switch (order) {
    case ReportOrder::ReceivedOn: break;
    case ReportOrder::Reference:
        sortBy([](const ListRow& r) { return std::pair(r.refYear, r.refSeq); });
        break;
    case ReportOrder::Status: sortBy([](const ListRow& r) { return r.status; }); break;
    case ReportOrder::Categories: sortBy([](const ListRow& r) { return r.categories; }); break;
    case ReportOrder::Source:
        // Reports without a source come first.
        sortBy([&](const ListRow& r) {
            auto it = ranks.sourceRank.find(r.sourceId);
            return it == ranks.sourceRank.end() ? 0 : it->second;
        });
        break;
    case ReportOrder::Rights:
        // By the first right named (its code), reports without rights last.
        sortBy([&](const ListRow& r) {
            auto it = ranks.firstRightRank.find(r.id);
            return it == ranks.firstRightRank.end() ? ranks.noRight : it->second;
        });
        break;
    }
    std::vector<ReportId> out;
    out.reserve(rows.size());
    for (const auto& r : rows) {
        out.push_back(r.id);
    }
    return out;
}

} // namespace vigie::storage
