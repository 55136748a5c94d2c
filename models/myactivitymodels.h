#pragma once

#include "models/rowtablemodel.h"
#include "store/storetypes.h"

namespace Soudan {

class Store;

// My activity: the user's questions with their status and answers not read yet, their answers
// with best-answer marks, and their drafts. Each follows the cache.
class MyQuestionsModel final : public RowTableModel<ThreadSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyQuestionsModel)

public:
    enum Column
    {
        TitleColumn,
        StatusColumn,
        AnswersColumn,
        AskedColumn,
        ColumnCount,
    };
    enum Role
    {
        ThreadIdRole = Qt::UserRole + 1,
        UnreadRole, // bool: answers not read yet (shown in bold)
    };

    explicit MyQuestionsModel(Store &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QUuid rowId(const ThreadSummary &row) const override { return row.id; }

    Store &m_store;
};

class MyAnswersModel final : public RowTableModel<MyAnswer>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MyAnswersModel)

public:
    enum Column
    {
        ThreadColumn,
        AnswerColumn,
        BestColumn,
        WrittenColumn,
        ColumnCount,
    };
    enum Role
    {
        ThreadIdRole = Qt::UserRole + 1,
        AnswerIdRole,
        BestRole,
    };

    explicit MyAnswersModel(Store &store, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QUuid rowId(const MyAnswer &row) const override { return row.answerId; }

    Store &m_store;
};

class DraftsModel final : public RowTableModel<DraftSummary>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DraftsModel)

public:
    enum Column
    {
        KindColumn,
        TextColumn,
        SavedColumn,
        ColumnCount,
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        ThreadIdRole,
        KindRole, // int(DraftSummary::Kind)
    };

    explicit DraftsModel(Store &store, QObject *parent = nullptr);
    // Drafts change as the user types, without a store change: read them again.
    void reload();

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QUuid rowId(const DraftSummary &row) const override;

    Store &m_store;
};

} // namespace Soudan
