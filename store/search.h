#pragma once

#include "domain/searchtext.h"
#include "store/storetypes.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Soudan {

class BoardReads;
class StoreConnection;

// Search over the cached posts (domain/searchtext.h): the bigram index is kept in step by every
// write; this reads it.
class Search final
{
    Q_DISABLE_COPY_MOVE(Search)

public:
    Search(const StoreConnection &connection, const BoardReads &reads);

    // Up to limit threads with a matching post, newest first or by relevance, each with the
    // first matching post's snippet. A query that cannot be done gives its error in the store's
    // lastError() and no hits; no input reaches SQL as syntax.
    QList<SearchHit> find(const SearchText::Query &query, SearchOrder order = SearchOrder::Newest,
                          int limit = 50) const;
    // Indexes every cached post again; returns how many were indexed.
    std::optional<int> rebuildIndex();
    // Indexes up to limit of the posts a first sync or a resync left for later, in one
    // transaction; returns about how many are left (0: none).
    std::optional<int> indexBacklog(int limit);
    // About how many posts search cannot find yet because they are left for later, or nothing
    // when it covers the whole cache.
    std::optional<int> postsLeftForLater() const;
    // Whether the index's segments wait to be merged into one, after many documents went in at
    // once (the end of a backlog, a rebuild, an upgrade): a 1-character query reads each of its
    // terms in every segment, so it is several times faster on one.
    bool mergePending() const;
    // One step of that merge, in a transaction of its own, of at most pages pages of the index
    // (mostly under a tenth of a second for the default; the step that finishes with a segment
    // deletes its pages at once); whether more is left, nothing when it failed.
    static constexpr int MergePages = 500;
    std::optional<bool> mergeIndex(int pages = MergePages);

private:
    // Each 1-token prefix of query (a 1-character query, a word ending in *) as its terms ORed,
    // by its token; one with no terms, or too many, is left out. Nothing when the index failed.
    std::optional<QHash<QString, QString>> prefixAlternatives(const SearchText::Query &query) const;

    const StoreConnection &m_connection;
    const BoardReads &m_reads;
};

} // namespace Soudan
