#pragma once

#include "store/storetypes.h"

#include <QAbstractItemModel>
#include <QList>

namespace Soudan {

class Store;

// The board's categories as a tree: the two sides (受注者 / 発注者) with their subcategories,
// and per category the number of threads, of open ones, and of those new or unread for the user
// (a parent counts its children's).
class CategoryTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryTreeModel)

public:
    enum Column
    {
        NameColumn,
        ThreadsColumn,
        OpenColumn,
        UnreadColumn, // new and unread threads
        ColumnCount,
    };
    enum Role
    {
        CategoryIdRole = Qt::UserRole + 1,
        SideRole,
        UnreadRole, // bool: something is new or unread in it (shown in bold)
    };

    explicit CategoryTreeModel(Store &store, QObject *parent = nullptr);

    QModelIndex indexOfCategory(qint64 id) const;
    qint64 categoryId(const QModelIndex &index) const;
    // "受注者からの相談 › 契約・トラブルの相談(受注者)"
    QString path(const QModelIndex &index) const;
    CategoryCounts counts(const QModelIndex &index) const;
    // How closely the user follows the category, and why (read when asked).
    FollowState follow(const QModelIndex &index) const;
    // The name of a category by id (for "from the category …"); empty when unknown.
    QString name(qint64 id) const;
    // The categories without subcategories, at any level, in the tree's order (depth first).
    QList<QModelIndex> leaves() const;
    // Whether any category has a thread to show: the cache is not empty.
    bool hasThreads() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        Category category;
        int parent = -1; // index in m_nodes, -1 for a side
        int row = 0;     // position among its siblings
        QList<int> children;
        CategoryCounts counts; // including the children's
    };

    void onStoreChanged(const StoreChange &change);
    void reload();
    QList<Node> build(const QList<Category> &categories) const;
    void applyCounts(QList<Node> &nodes) const;
    const QList<int> &childrenOf(const QModelIndex &parent) const;
    int nodeOf(const QModelIndex &index) const;

    Store &m_store;
    QList<Node> m_nodes;
    QList<int> m_roots;
};

} // namespace Soudan
