#include "models/categorytreemodel.h"

#include "models/activitylabels.h"
#include "models/labels.h"
#include "models/retranslation.h"
#include "store/activitycache.h"
#include "store/boardreads.h"
#include "store/store.h"

#include <QHash>

#include <functional>

using namespace Qt::StringLiterals;

namespace Soudan {

CategoryTreeModel::CategoryTreeModel(Store &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    followLanguage(this);
    m_nodes = build(m_store.reads().categories());
    applyCounts(m_nodes);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_roots.append(int(i));
    }
    connect(&m_store, &Store::changed, this, &CategoryTreeModel::onStoreChanged);
}

QList<CategoryTreeModel::Node> CategoryTreeModel::build(const QList<Category> &categories) const
{
    // The store lists sides first, then children by parent and order.
    QList<Node> nodes;
    QHash<qint64, int> byId;
    for (const Category &c : categories) {
        byId.insert(c.id, int(nodes.size()));
        nodes.append({c, -1, 0, {}, {}});
    }
    // Two levels, whatever the data says: a category whose parent is missing or is itself a
    // subcategory is shown as a side of its own (this also breaks cycles).
    auto isSide = [&](const Node &n) {
        return !n.category.parentId || !byId.contains(*n.category.parentId);
    };
    int roots = 0;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        Node &n = nodes[i];
        const int parent = isSide(n) ? -1 : byId.value(*n.category.parentId);
        if (parent >= 0 && isSide(nodes[parent])) {
            n.parent = parent;
            n.row = int(nodes[parent].children.size());
            nodes[parent].children.append(int(i));
        } else {
            n.row = roots++;
        }
    }
    return nodes;
}

void CategoryTreeModel::applyCounts(QList<Node> &nodes) const
{
    QHash<qint64, CategoryCounts> counts = m_store.reads().categoryCounts();
    const QHash<qint64, CategoryCounts> activity = m_store.activity().categoryActivity();
    for (auto it = activity.begin(); it != activity.end(); ++it) {
        counts[it.key()].newThreads = it->newThreads;
        counts[it.key()].unreadThreads = it->unreadThreads;
    }
    for (Node &n : nodes)
        n.counts = counts.value(n.category.id);
    for (Node &n : nodes) {
        for (int child : n.children) {
            const CategoryCounts c = counts.value(nodes[child].category.id);
            n.counts.threads += c.threads;
            n.counts.open += c.open;
            n.counts.newThreads += c.newThreads;
            n.counts.unreadThreads += c.unreadThreads;
        }
    }
}

bool CategoryTreeModel::hasThreads() const
{
    for (int root : m_roots) {
        if (m_nodes[root].counts.threads > 0)
            return true;
    }
    return false;
}

void CategoryTreeModel::onStoreChanged(const StoreChange &change)
{
    if (change.categories || change.everything) {
        reload();
        return;
    }
    if (change.categoryIds.isEmpty() && change.threadIds.isEmpty() && !change.activity)
        return;
    QList<Node> updated = m_nodes;
    applyCounts(updated);
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (updated[i].counts == m_nodes[i].counts)
            continue;
        m_nodes[i].counts = updated[i].counts;
        const QModelIndex first = createIndex(m_nodes[i].row, NameColumn, quintptr(i));
        const QModelIndex last = createIndex(m_nodes[i].row, UnreadColumn, quintptr(i));
        Q_EMIT dataChanged(first, last, {Qt::DisplayRole, Qt::ToolTipRole, UnreadRole});
    }
}

void CategoryTreeModel::reload()
{
    QList<Node> fresh = build(m_store.reads().categories());
    applyCounts(fresh);
    bool sameShape = fresh.size() == m_nodes.size();
    for (qsizetype i = 0; sameShape && i < fresh.size(); ++i) {
        sameShape = fresh[i].category.id == m_nodes[i].category.id &&
                    fresh[i].parent == m_nodes[i].parent && fresh[i].row == m_nodes[i].row;
    }
    if (sameShape) {
        m_nodes = fresh;
        for (qsizetype i = 0; i < m_nodes.size(); ++i) {
            Q_EMIT dataChanged(createIndex(m_nodes[i].row, 0, quintptr(i)),
                               createIndex(m_nodes[i].row, ColumnCount - 1, quintptr(i)));
        }
        return;
    }
    beginResetModel();
    m_nodes = fresh;
    m_roots.clear();
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].parent < 0)
            m_roots.append(int(i));
    }
    endResetModel();
}

int CategoryTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? int(index.internalId()) : -1;
}

const QList<int> &CategoryTreeModel::childrenOf(const QModelIndex &parent) const
{
    return parent.isValid() ? m_nodes[nodeOf(parent)].children : m_roots;
}

QModelIndex CategoryTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex CategoryTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[nodeOf(child)].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int CategoryTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(childrenOf(parent).size());
}

int CategoryTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QModelIndex CategoryTreeModel::indexOfCategory(qint64 id) const
{
    for (qsizetype i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].category.id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    }
    return {};
}

qint64 CategoryTreeModel::categoryId(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[nodeOf(index)].category.id : 0;
}

QString CategoryTreeModel::path(const QModelIndex &index) const
{
    QStringList names;
    for (int n = nodeOf(index); n >= 0; n = m_nodes[n].parent)
        names.prepend(m_nodes[n].category.name);
    return names.join(u" › "_s);
}

CategoryCounts CategoryTreeModel::counts(const QModelIndex &index) const
{
    return index.isValid() ? m_nodes[nodeOf(index)].counts : CategoryCounts();
}

FollowState CategoryTreeModel::follow(const QModelIndex &index) const
{
    return index.isValid() ? m_store.activity().categoryFollow(categoryId(index)) : FollowState();
}

QList<QModelIndex> CategoryTreeModel::leaves() const
{
    QList<QModelIndex> found;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex child = index(row, 0, parent);
            if (rowCount(child) == 0)
                found.append(child);
            else
                visit(child);
        }
    };
    visit({});
    return found;
}

QString CategoryTreeModel::name(qint64 id) const
{
    for (const Node &n : m_nodes) {
        if (n.category.id == id)
            return n.category.name;
    }
    return {};
}

QVariant CategoryTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &n = m_nodes[nodeOf(index)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return n.category.name;
        case ThreadsColumn:
            return Labels::number(n.counts.threads);
        case OpenColumn:
            return Labels::number(n.counts.open);
        case UnreadColumn: {
            const int unread = n.counts.newThreads + n.counts.unreadThreads;
            return unread > 0 ? Labels::number(unread) : QString();
        }
        }
        break;
    case Qt::ToolTipRole: {
        const QString summary =
            Labels::categorySummary(n.category.name, n.counts.threads, n.counts.open);
        const QString activity = ActivityLabels::activitySummary(n.counts);
        return activity.isEmpty() ? summary : summary + u'\n' + activity;
    }
    case UnreadRole:
        return n.counts.newThreads + n.counts.unreadThreads > 0;
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case CategoryIdRole:
        return n.category.id;
    case SideRole:
        return int(n.category.side);
    }
    return {};
}

QVariant CategoryTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != NameColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Category");
    case ThreadsColumn:
        //: Column header: number of threads in a category.
        return tr("Threads");
    case OpenColumn:
        //: Column header: number of threads still accepting answers (回答受付中).
        return tr("Open");
    case UnreadColumn:
        //: Column header: number of threads new or with unread answers for the user (未読).
        return tr("Unread");
    }
    return {};
}

} // namespace Soudan
