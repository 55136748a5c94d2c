#pragma once

#include "store/storetypes.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace Soudan {

class BoardReads;
class StoreConnection;

// The outbox: what the user did that the server must hear of, in order. The sync engine sends
// the waiting items and marks each sent, tried or refused; the user sends a refused one again or
// discards it. An item's effect on the cached board follows its state.
class Outbox final
{
    Q_DISABLE_COPY_MOVE(Outbox)

public:
    // Writes an item's effect on the cached board, in the item's transaction; id is the new
    // item's id. A failure has said why in the store's lastError().
    using Effect = std::function<bool(const QUuid &id)>;

    Outbox(const StoreConnection &connection, const BoardReads &reads);

    // Puts an item in the outbox with its effect, and removes the draft it came from, in one
    // transaction. Returns the new item's id (for a question, the thread's id too).
    std::optional<QUuid> enqueue(OutboxKind kind, const QUuid &threadId, const QUuid &targetId,
                                 const QByteArray &payload, const QString &draftKey,
                                 const Effect &effect, qint64 targetNumber = 0);

    // Items waiting or needing attention, and those sent in the last day; views and the user's
    // own state, which are bookkeeping, are sent but neither listed nor counted.
    QList<OutboxItem> items(int limit = 500) const;
    std::optional<OutboxItem> item(const QUuid &id) const;
    // The next item to send; only the cache's account sends its items (and those written
    // before any account synced).
    std::optional<OutboxItem> nextWaiting() const;
    int count(OutboxState state) const;
    // Unsent items written for another server or account: they wait for it, or are discarded.
    int countElsewhere() const;

    bool markSent(const QUuid &id);
    bool markAttempt(const QUuid &id, const QString &error);
    bool markNeedsAttention(const QUuid &id, const QString &code, const QString &message);
    // Sends a refused item again, as it is or with a new payload (same id).
    bool resend(const QUuid &id, const QByteArray &payload = {});
    // Drops an item that was not sent, and its effect.
    bool discard(const QUuid &id);
    // The unsent items of a cache file this version could not use (moved aside: newer, damaged),
    // put back in this outbox as they were, for their account; kinds this version does not know
    // stay in that file. How many came back.
    int salvage(const QString &oldCachePath);

private:
    bool setLocalState(const OutboxItem &item, LocalState state);
    // The item's state and the server's reason, and its effect's state when given, together.
    bool setState(const OutboxItem &item, OutboxState state, const QVariant &code,
                  const QVariant &error, std::optional<LocalState> effect);
    void announce(const OutboxItem &item, bool everything = false) const;

    const StoreConnection &m_connection;
    const BoardReads &m_reads;
};

} // namespace Soudan
