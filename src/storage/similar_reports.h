// What both back ends share to find the reports like one being written, apart from SQL:
// the significant words of its text, those worth looking for, and the final order (text
// score boosted by the codes shared). Internal to storage.
#pragma once

#include <string>
#include <vector>

#include "domain/queries.h"

namespace vigie::storage {

// The distinct words of `text` worth comparing, folded as the search folds them (case
// and accents away, punctuation as spaces), in their order: no stop word, no number,
// none of a single letter. They hold only letters and digits, so that neither FTS5 nor
// to_tsquery can read an operator in them.
std::vector<std::string> significantWords(const std::string& text);

// A word and the number of reports whose description holds it.
struct WordFrequency {
    std::string word;
    long long reports = 0;
};

// The reports the text search may read for one query: each costs about a microsecond
// to score (bm25 on 100,000 demo reports). A word held by more than twice as many is
// never looked for, so that PostgreSQL, which counts by reading, counts no further.
constexpr long long kReportsReadBudget = 20000;
constexpr long long kWordCountCap = 2 * kReportsReadBudget;

// The words to look for: the rarest first, as many as keep the reports read bounded (the
// work grows with the reports holding each word; a word in half of them reads half of
// them, and tells little apart). A word no report holds is left out.
std::vector<std::string> wordsToLookFor(std::vector<WordFrequency> words);

// How many reports the text search hands over for `limit` answers.
int candidateCount(int limit);

// A report the text search found, before its codes are compared with the query's.
struct SimilarCandidate {
    SimilarReport report;
    double textScore = 0; // higher is closer
    std::vector<std::string> rights, institutions;
};

// The candidates scored by their text and the codes they share with the query, closest
// first (then the most recent), at most `query.limit`.
std::vector<SimilarReport> rankSimilar(std::vector<SimilarCandidate> candidates,
                                       const SimilarQuery& query);

} // namespace vigie::storage
