#pragma once

#include "models/rowtablemodel.h"
#include "store/storetypes.h"

namespace Soudan {

class Store;

// The user's notifications, newest first: what happened, where and when, and which are unread.
// Follows the cache: a notification becomes read when its thread is read by any path.
class NotificationModel final : public RowTableModel<NotificationView>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationModel)

public:
    enum Column
    {
        WhatColumn,
        WhereColumn,
        WhenColumn,
        ColumnCount,
    };
    enum Role
    {
        NotificationIdRole = Qt::UserRole + 1,
        ThreadIdRole,
        PostIdRole,
        UnreadRole, // bool: the view shows it in bold
    };

    // Every notification, or only what moderation did about the user's posts and reports
    // (hidden, restored, warned, a report decided): My activity's Moderation tab.
    enum class Scope
    {
        All,
        Moderation,
    };

    explicit NotificationModel(Store &store, QObject *parent = nullptr, Scope scope = Scope::All);

    int unreadCount() const { return m_unread; }
    std::optional<NotificationView> notification(int row) const;
    // Unread notifications not yet shown on the desktop; they count as shown afterwards.
    QList<NotificationView> takeUnshown();
    // The model's idea of now, for "5 minutes ago" (tests set it).
    void setNow(const QDateTime &now);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void unreadCountChanged(int count);

private:
    void reload();
    QList<NotificationView> rows() const;
    QUuid rowId(const NotificationView &row) const override;

    Store &m_store;
    Scope m_scope;
    int m_unread = 0;
    QDateTime m_now;
};

} // namespace Soudan
