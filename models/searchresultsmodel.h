#pragma once

#include "store/storetypes.h"

#include <QAbstractListModel>

namespace Soudan {

class Store;

// The results of a search of the cache (domain/searchtext.h): one row per thread with its title,
// category, status and the snippet of the first matching post, newest first or by relevance.
// It searches again when the cache changes, so a result that was hidden or deleted goes.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role
    {
        ThreadIdRole = Qt::UserRole + 1,
        PostIdRole,
        TitleRole,
        CategoryRole, // the category's name
        StatusRole,   // int(ThreadStatus)
        StatusTextRole,
        UrgentRole,
        SnippetRole,
        HighlightsRole, // QVariantList of QPoint(start, length) in the snippet
        PostTimeRole,   // QDateTime of the matching post
        AuthorRole,
    };

    explicit SearchResultsModel(Store &store, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_query; }
    void setOrder(SearchOrder order);
    SearchOrder order() const { return m_order; }
    // Why the query gave nothing, when it could not be done as typed; else empty.
    QString error() const { return m_error; }
    std::optional<SearchHit> hit(int row) const;
    // About how many posts the search could not look at yet (a first sync, or an upgrade of the
    // index, leaves them to be indexed after it), or nothing when it covered the whole cache.
    std::optional<int> postsLeftForLater() const { return m_postsLeftForLater; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void searched(); // new results (or a new error)

private:
    void run();

    Store &m_store;
    QString m_query;
    SearchOrder m_order = SearchOrder::Newest;
    QString m_error;
    std::optional<int> m_postsLeftForLater;
    QList<SearchHit> m_hits;
    QHash<qint64, QString> m_categories;
};

} // namespace Soudan
