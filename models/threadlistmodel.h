#pragma once

#include "models/rowtablemodel.h"
#include "store/storetypes.h"

#include <QList>
#include <QSet>

namespace Soudan {

class Store;

// The threads of one category, read from the store a page at a time (canFetchMore/fetchMore)
// with keyset paging; sorting and filtering happen in SQL. When the store changes, the rows
// already shown are re-read and the differences announced as inserts, removals, moves and
// data changes, so that views keep their selection and scroll position. New threads and those
// with answers the user has not read are marked.
class ThreadListModel final : public RowTableModel<ThreadSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadListModel)

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        AnswersColumn,
        ViewsColumn,
        AskedColumn,
        LastActivityColumn,
        ColumnCount,
    };
    enum Role
    {
        ThreadIdRole = Qt::UserRole + 1,
        UrgentRole,       // bool: すぐ知りたい!
        UrgencyLabelRole, // the urgency tag's text
        StatusRole,       // int(ThreadStatus)
        SortValueRole,    // the raw number or time behind a column
        LocalStateRole,   // int(LocalState): asked here and not sent yet, or refused
        UnreadRole,       // bool: new, or with unread answers (shown in bold)
        UnreadAnswersRole,
        DetailsRole, // answers, views and dates in one line, for the list's second line
    };

    explicit ThreadListModel(Store &store, QObject *parent = nullptr);

    void setQuery(const ThreadQuery &query);
    const ThreadQuery &query() const { return m_query; }
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }

    QUuid threadId(int row) const;
    int rowOf(const QUuid &id) const; // -1 when not loaded

    static Column columnOf(ThreadSort sort);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorts by Asked, Last activity, Answers or Views; other columns keep the current order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void queryChanged(const Soudan::ThreadQuery &query);

private:
    void onStoreChanged(const StoreChange &change);
    void refresh();
    QUuid rowId(const ThreadSummary &row) const override;

    Store &m_store;
    ThreadQuery m_query;
    QSet<qint64> m_categoryIds; // the categories the query covers
    int m_pageSize = 200;
    bool m_atEnd = true;
    bool m_busy = false; // inside a reset, fetch or refresh
};

} // namespace Soudan
