#pragma once

#include "store/storetypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace Soudan {

namespace Db {
class RowReader;
}

class StoreConnection;

// What the views read of the cached board: categories with their counts, pages of a category's
// threads, one thread with its answers. Plain values out; nothing is written.
class BoardReads final
{
    Q_DISABLE_COPY_MOVE(BoardReads)

public:
    explicit BoardReads(const StoreConnection &connection);

    // A row of a thread list, as the list's statements name its columns (shown_status,
    // shown_answers, …).
    static ThreadSummary summaryOf(const Db::RowReader &row);

    bool hasThreads() const;
    CacheTotals totals() const;
    QList<Category> categories() const;
    std::optional<Category> category(qint64 id) const;
    QHash<qint64, CategoryCounts> categoryCounts() const;
    // The category and its direct subcategories: what a thread list of that category shows.
    QList<qint64> categoryAndChildren(qint64 id) const;

    // Up to limit threads of query, starting after the row whose key is after.
    QList<ThreadSummary> threads(const ThreadQuery &query, const std::optional<ThreadKey> &after,
                                 int limit) const;
    std::optional<ThreadDetail> threadDetail(const QUuid &id) const;
    // The thread a question or an answer belongs to; null when it is not in the cache.
    QUuid threadOfPost(const QUuid &postId) const;

private:
    const StoreConnection &m_connection;
};

} // namespace Soudan
