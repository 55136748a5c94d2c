#pragma once

#include "store/storetypes.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QUuid>

#include <functional>
#include <optional>

namespace Soudan {

class Outbox;
class StoreConnection;
class SyncWriter;

// What is new for the user of the cache: their notifications, how closely they follow threads
// and categories, and how far they have read. Levels and marks set here show at once (also
// offline) and wait in the outbox; read marks only move forward, to the board's time as the
// cache has it, so the server and the user's other devices agree. A notification is read when
// the user reads it, or reads its thread by any path, or marks its category or everything read.
class ActivityCache final
{
    Q_DISABLE_COPY_MOVE(ActivityCache)

public:
    ActivityCache(const StoreConnection &connection, const SyncWriter &account, Outbox &outbox);

    // Follow levels: none goes back to what the category says.
    bool setThreadLevel(const QUuid &threadId, std::optional<FollowLevel> level);
    bool setCategoryLevel(qint64 categoryId, std::optional<FollowLevel> level);
    FollowState threadFollow(const QUuid &threadId) const;
    FollowState categoryFollow(qint64 categoryId) const;

    // The thread was opened: what it has up to now is read, its notifications too. Nothing is
    // queued when it was read already; queued says whether something was (to be sent).
    bool markThreadRead(const QUuid &threadId, bool *queued = nullptr);
    // The user looked at a category: threads created until now are no longer new there.
    bool lookedAtCategory(qint64 categoryId);
    // A category (0: everything) marked read.
    bool markCategoryRead(qint64 categoryId);
    bool markNotificationRead(qint64 id);

    // The server took a state item and answered with the row as it now is.
    bool confirm(const OutboxItem &item, const QByteArray &reply);
    // Works out again what the category marks add up to and which notifications they cover:
    // after any change to categories, marks or notifications (in the caller's transaction).
    static bool refreshMarks(const StoreConnection &connection);
    // Fills in what is new in threads of a list (ThreadSummary::isNew, unreadAnswers).
    static bool markNew(const StoreConnection &connection, QList<ThreadSummary> &rows);

    QList<NotificationView> notifications(int limit = 200) const;
    int unreadNotificationCount() const;
    // Unread notifications not yet shown on the desktop; they count as shown afterwards.
    QList<NotificationView> takeUnshown();
    // New and unread threads per category (its own threads, not its children's).
    QHash<qint64, CategoryCounts> categoryActivity() const;

    // My activity: my questions (with their unread answers), my answers.
    QList<ThreadSummary> myQuestions(int limit = 200) const;
    QList<MyAnswer> myAnswers(int limit = 200) const;

private:
    std::optional<QUuid> enqueue(OutboxKind kind, const QUuid &threadId, qint64 number,
                                 const QByteArray &payload,
                                 const std::function<bool(const QUuid &)> &effect);
    // A category's seen mark (looked at) or read mark, forward to the board's time.
    bool moveCategoryMark(qint64 categoryId, bool read);
    // The newest time of the board in the cache: the marks set here.
    qint64 boardTime() const;
    qint64 meId() const;

    const StoreConnection &m_connection;
    const SyncWriter &m_account;
    Outbox &m_outbox;
};

} // namespace Soudan
