#pragma once

// "Best match" order without reading the length of every matching document. FTS5's bm25() looks
// up each match's length in the index's table of sizes, one statement at a time: 89,000 matches
// of a common word cost 80 ms of the 95. A document's id carries its length's bucket in its last
// three bits, so soudan_rank() knows the best score a match could have before it reads the length,
// and a match that cannot reach the best k kept so far is put last without the lookup. The k
// best are bm25's k best: the same score, exact where it decides the order.

#include <QString>

class QSqlDatabase;

namespace Soudan::SearchRank {

constexpr int Buckets = 8; // a document id modulo Buckets is its bucket
// The fewest tokens a document of each bucket has: each bucket's longest is 1.7 times its
// shortest, so that the bound is close, up to posts of 500 tokens (about 500 characters).
constexpr int BucketStart[Buckets] = {0, 20, 35, 60, 100, 170, 290, 500};

// The tokens FTS5's ascii tokenizer finds in text (runs of characters that are not ASCII
// punctuation or space), and their bucket.
int tokenCount(const QString &text);
int bucketOf(int tokens);

// Registers soudan_rank(search_index, k) on the connection: bm25's score, negative, for a
// match that may be among the best k of its query (k of 0: every match scored); a larger number
// than any score for one that cannot be. Order by it with LIMIT k. An error, or nothing.
QString install(const QSqlDatabase &db);

} // namespace Soudan::SearchRank
