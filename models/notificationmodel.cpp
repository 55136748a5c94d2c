#include "models/notificationmodel.h"

#include "domain/vocabulary.h"
#include "models/activitylabels.h"
#include "models/retranslation.h"
#include "store/activitycache.h"
#include "store/store.h"

namespace Soudan {

NotificationModel::NotificationModel(Store &store, QObject *parent, Scope scope)
    : RowTableModel(parent)
    , m_store(store)
    , m_scope(scope)
{
    followLanguage(this);
    m_rows = rows();
    m_unread = m_store.activity().unreadNotificationCount();
    connect(&m_store, &Store::changed, this, [this](const StoreChange &change) {
        if (change.activity || change.everything || !change.threadIds.isEmpty())
            reload();
    });
}

QList<NotificationView> NotificationModel::rows() const
{
    QList<NotificationView> list = m_store.activity().notifications();
    if (m_scope == Scope::Moderation) {
        static const QStringList kinds = {Wire::name(NotificationKind::PostHidden),
                                          Wire::name(NotificationKind::PostRestored),
                                          Wire::name(NotificationKind::Warned),
                                          Wire::name(NotificationKind::ReportDecided),
                                          Wire::name(NotificationKind::Suspended),
                                          Wire::name(NotificationKind::ReadOnly),
                                          Wire::name(NotificationKind::RestrictionLifted)};
        list.removeIf(
            [](const NotificationView &n) { return !kinds.contains(n.notification.kind); });
    }
    return list;
}

void NotificationModel::reload()
{
    reconcile(rows());
    const int unread = m_store.activity().unreadNotificationCount();
    if (unread != m_unread) {
        m_unread = unread;
        Q_EMIT unreadCountChanged(unread);
    }
}

void NotificationModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WhenColumn), index(int(m_rows.size()) - 1, WhenColumn));
}

QUuid NotificationModel::rowId(const NotificationView &row) const
{
    // Notification ids are numbers: one UUID each.
    const quint64 id = quint64(row.notification.id);
    return QUuid(uint(id), ushort(id >> 32), ushort(id >> 48), 0, 0, 0, 0, 0, 0, 0, 0);
}

std::optional<NotificationView> NotificationModel::notification(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

QList<NotificationView> NotificationModel::takeUnshown()
{
    return m_store.activity().takeUnshown();
}

int NotificationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationView &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn:
            return ActivityLabels::what(row);
        case WhereColumn:
            return ActivityLabels::where(row);
        case WhenColumn:
            return ActivityLabels::ago(row.notification.at,
                                       m_now.isValid() ? m_now : QDateTime::currentDateTime());
        }
        break;
    case Qt::ToolTipRole: {
        QString tip = ActivityLabels::what(row);
        if (const QString where = ActivityLabels::where(row); !where.isEmpty())
            tip += u'\n' + where;
        return tip;
    }
    case NotificationIdRole:
        return row.notification.id;
    case ThreadIdRole:
        return row.notification.threadId;
    case PostIdRole:
        return row.notification.postId;
    case UnreadRole:
        return row.unread;
    }
    return {};
}

QVariant NotificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhatColumn:
        //: Column header of the notifications panel: what happened.
        return tr("What");
    case WhereColumn:
        //: Column header of the notifications panel: in which thread.
        return tr("Where");
    case WhenColumn:
        //: Column header of the notifications panel.
        return tr("When");
    }
    return {};
}

} // namespace Soudan
