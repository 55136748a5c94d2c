#include "models/searchresultsmodel.h"

#include "domain/searchtext.h"
#include "models/labels.h"
#include "models/retranslation.h"
#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"

#include <QDateTime>
#include <QPoint>

namespace Soudan {

namespace {
constexpr int MaxResults = 200;
}

SearchResultsModel::SearchResultsModel(Store &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    followLanguage(this);
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (m_query.isEmpty())
            return;
        if (change.search) {
            // Posts left for later by a first sync are being indexed: the count goes down in
            // the summary, and the search runs again (results and all) once they are in.
            const std::optional<int> left = m_store.search().postsLeftForLater();
            if (!left) {
                run();
            } else if (left != m_postsLeftForLater) {
                m_postsLeftForLater = left;
                Q_EMIT searched();
            }
            return;
        }
        if (change.everything || change.categories || !change.threadIds.isEmpty() ||
            !change.categoryIds.isEmpty())
            run();
    });
}

void SearchResultsModel::setQuery(const QString &text)
{
    if (text == m_query)
        return;
    m_query = text;
    run();
}

void SearchResultsModel::setOrder(SearchOrder order)
{
    if (order == m_order)
        return;
    m_order = order;
    run();
}

void SearchResultsModel::run()
{
    QList<SearchHit> hits;
    QString error;
    if (!m_query.trimmed().isEmpty()) {
        const SearchText::Query query = SearchText::parse(m_query);
        hits = m_store.search().find(query, m_order, MaxResults);
        error = m_store.lastError();
    }
    m_postsLeftForLater = m_store.search().postsLeftForLater();
    m_categories.clear();
    for (const Category &c : m_store.reads().categories())
        m_categories.insert(c.id, c.name);
    // Results replace the last ones whole: they come from another query.
    beginResetModel();
    m_hits = hits;
    m_error = error;
    endResetModel();
    Q_EMIT searched();
}

std::optional<SearchHit> SearchResultsModel::hit(int row) const
{
    if (row < 0 || row >= m_hits.size())
        return std::nullopt;
    return m_hits[row];
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &h = m_hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return h.snippet;
    case ThreadIdRole:
        return h.threadId;
    case PostIdRole:
        return h.postId;
    case CategoryRole:
        return m_categories.value(h.categoryId);
    case StatusRole:
        return int(h.status);
    case StatusTextRole:
        return Labels::status(h.status);
    case UrgentRole:
        return h.urgent;
    case HighlightsRole: {
        QVariantList list;
        for (const auto &[start, length] : h.highlights)
            list.append(QPoint(start, length));
        return list;
    }
    case PostTimeRole:
        return QDateTime::fromMSecsSinceEpoch(h.postMs, Qt::UTC);
    case AuthorRole:
        return h.authorName;
    }
    return {};
}

} // namespace Soudan
