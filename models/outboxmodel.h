#pragma once

#include "models/rowtablemodel.h"
#include "store/storetypes.h"

namespace Soudan {

class Store;

// The outbox as the Outbox panel shows it: what the user wrote, newest first, with its state
// (waiting, sent, needs attention), attempts and the server's reason for a refusal.
class OutboxModel final : public RowTableModel<OutboxItem>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxModel)

public:
    enum Column
    {
        WhatColumn,
        StateColumn,
        AttemptsColumn,
        UpdatedColumn,
        ColumnCount,
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        KindRole,  // int(OutboxKind)
        StateRole, // int(OutboxState)
        TextRole,  // what the user wrote, whole
        ErrorRole,
    };

    explicit OutboxModel(Store &store, QObject *parent = nullptr);

    std::optional<OutboxItem> item(int row) const;
    // How many items are in a state, views left out (also beyond the rows listed).
    int count(OutboxState state) const;
    int countElsewhere() const;
    int rowOf(const QUuid &id) const;
    // The text the user wrote in an item: title and body, body, or the report's note.
    static QString textOf(const OutboxItem &item);
    // Why the server refused it, in the UI language.
    static QString errorOf(const OutboxItem &item);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void reload();
    bool isElsewhere(const OutboxItem &item) const;
    QUuid rowId(const OutboxItem &item) const override;

    Store &m_store;
    QString m_origin; // the cache's account: items of another wait for theirs
};

} // namespace Soudan
