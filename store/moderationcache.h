#pragma once

#include "store/storetypes.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

#include <optional>

namespace Soudan {

class Outbox;
class StoreConnection;

// Moderation, for moderators: the items in the cache as the queue shows them, and the
// moderator's actions on them. Each action waits in the outbox with the version of the item the
// moderator saw, and shows at once as the item's local action.
class ModerationCache final
{
    Q_DISABLE_COPY_MOVE(ModerationCache)

public:
    ModerationCache(const StoreConnection &connection, Outbox &outbox);

    // The items in the cache: all, or those of ids.
    QList<ModerationEntry> entries(const QList<QUuid> &ids = {}) const;
    std::optional<ModerationEntry> entry(const QUuid &id) const;

    std::optional<QUuid> claim(const QUuid &itemId);
    // Hide (reason: a ReportReason's wire name) or Dismiss (a DismissReason's).
    std::optional<QUuid> resolve(const QUuid &itemId, ModerationAction action,
                                 const QString &reason, const QString &note = {});
    std::optional<QUuid> restore(const QUuid &itemId, const QString &reason = {});
    std::optional<QUuid> note(const QUuid &itemId, const QString &note);
    std::optional<QUuid> warn(const QUuid &itemId, const QString &message);
    // Suspends a member's posting for some days, makes their account read-only, or lifts that.
    std::optional<QUuid> restrict(qint64 userId, const RestrictionInput &restriction);

    // The server did the action and answered with the item as it is now: the item is stored,
    // and this moderator's next actions on it that wait move to its new version (they follow
    // from this one, not from another moderator's change).
    bool markSent(const QUuid &outboxId, const ModerationItem &now);
    // The payload of an action with the item's current version: to apply it again after a
    // conflict, having seen what changed.
    QByteArray rebasedPayload(const OutboxItem &item) const;

private:
    std::optional<QUuid> act(OutboxKind kind, const QUuid &itemId, const QJsonObject &payload,
                             AuditAction shown);

    const StoreConnection &m_connection;
    Outbox &m_outbox;
};

} // namespace Soudan
