#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QUuid>

#include <optional>

namespace Soudan {

// A table of rows with ids, refreshed from the cache by reconcile(): the difference between the
// rows shown and the fresh ones is announced with the fewest signals that keep a view's
// selection and scroll position on their rows (removals in runs, insertions where the rows
// belong, one layout change for a new order, data changes for rows that changed in place).
template<typename Row>
class RowTableModel : public QAbstractTableModel
{
public:
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    using QAbstractTableModel::QAbstractTableModel;

    virtual QUuid rowId(const Row &row) const = 0;
    void reconcile(QList<Row> fresh);

    QList<Row> m_rows;

private:
    void reconcileOnce(QList<Row> fresh);

    bool m_reconciling = false;
    std::optional<QList<Row>> m_pending; // fresher rows that came while announcing others
};

// A view may write to the cache from a signal sent while rows are announced (the next row
// selected, its thread's view recorded); the cache's change then comes back here before the
// announcement is over. Those rows are taken once it is, never halfway through.
template<typename Row>
void RowTableModel<Row>::reconcile(QList<Row> fresh)
{
    if (m_reconciling) {
        m_pending = std::move(fresh);
        return;
    }
    m_reconciling = true;
    reconcileOnce(std::move(fresh));
    while (m_pending) {
        QList<Row> next = std::move(*m_pending);
        m_pending.reset();
        reconcileOnce(std::move(next));
    }
    m_reconciling = false;
}

template<typename Row>
void RowTableModel<Row>::reconcileOnce(QList<Row> fresh)
{
    QHash<QUuid, int> freshRow;
    freshRow.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i)
        freshRow.insert(rowId(fresh[i]), int(i));

    // 1. Rows that left, in contiguous runs from the end.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (freshRow.contains(rowId(m_rows[i])))
            continue;
        int first = i;
        while (first > 0 && !freshRow.contains(rowId(m_rows[first - 1])))
            --first;
        beginRemoveRows({}, first, i);
        m_rows.remove(first, i - first + 1);
        endRemoveRows();
        i = first;
    }

    // 2. New rows. When the rows that stayed kept their order, insert each run of new rows where
    //    it belongs; otherwise append them and reorder everything in one layout change.
    QSet<QUuid> present;
    for (const Row &row : std::as_const(m_rows))
        present.insert(rowId(row));
    bool orderKept = true;
    for (qsizetype i = 0, kept = 0; i < fresh.size() && orderKept; ++i) {
        if (!present.contains(rowId(fresh[i])))
            continue;
        orderKept = rowId(m_rows[kept]) == rowId(fresh[i]);
        ++kept;
    }
    if (orderKept) {
        for (qsizetype i = 0; i < fresh.size(); ++i) {
            if (present.contains(rowId(fresh[i])))
                continue;
            qsizetype end = i;
            while (end < fresh.size() && !present.contains(rowId(fresh[end])))
                ++end;
            beginInsertRows({}, int(i), int(end - 1));
            m_rows.insert(i, end - i, Row());
            for (qsizetype j = i; j < end; ++j)
                m_rows[j] = fresh[j];
            endInsertRows();
            i = end - 1;
        }
    } else {
        QList<Row> added;
        for (const Row &row : std::as_const(fresh)) {
            if (!present.contains(rowId(row)))
                added.append(row);
        }
        if (!added.isEmpty()) {
            const int first = int(m_rows.size());
            beginInsertRows({}, first, first + int(added.size()) - 1);
            m_rows.append(added);
            endInsertRows();
        }
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex &index : before)
            after.append(createIndex(freshRow.value(rowId(m_rows[index.row()])), index.column()));
        // The old rows in the new order; step 3 then announces what changed in them.
        QList<Row> reordered(fresh.size());
        for (Row &row : m_rows)
            reordered[freshRow.value(rowId(row))] = std::move(row);
        m_rows = std::move(reordered);
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }

    // 3. Rows whose content changed in place.
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        if (m_rows[i] == fresh[i])
            continue;
        m_rows[i] = std::move(fresh[i]);
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), columnCount() - 1));
    }
}

} // namespace Soudan
