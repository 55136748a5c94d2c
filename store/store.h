#pragma once

#include "domain/apitypes.h"
#include "domain/changeset.h"
#include "domain/report.h"
#include "domain/result.h"
#include "domain/searchtext.h"
#include "store/storetypes.h"

#include <QHash>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

namespace Soudan {

// The local cache: one SQLite file in the profile folder, one connection per Store object
// (and so per thread). It hands out plain values and says what changed after each write.
class Store final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Store)

public:
    struct Opened
    {
        std::unique_ptr<Store> store; // null only when no cache could be opened at all
        QString error;                // why not
        QString movedAsidePath;       // set when an unusable file was moved aside
        QString movedAsideReason;
    };

    // Opens or creates the cache at path and brings its schema up to date. A file that is
    // damaged, fails to upgrade or comes from a newer Soudan is renamed beside it with a time
    // stamp (never deleted), and a fresh cache is created in its place.
    static Opened open(const QString &path);

    ~Store() override;

    QString path() const { return m_path; }
    QString lastError() const { return m_lastError; }

    bool hasThreads() const;
    CacheTotals totals() const;
    QList<Category> categories() const;
    QHash<qint64, CategoryCounts> categoryCounts() const;
    // The category and its direct subcategories: what a thread list of that category shows.
    QList<qint64> categoryAndChildren(qint64 id) const;

    // Up to limit threads of query, starting after the row whose key is after.
    QList<ThreadSummary> threads(const ThreadQuery &query, const std::optional<ThreadKey> &after,
                                 int limit) const;
    std::optional<ThreadDetail> threadDetail(const QUuid &id) const;

    // Inserts or replaces every row of changes, and removes the tombstoned ones, in one
    // transaction: all or nothing.
    bool ingest(const ChangeSet &changes);

    // Sync: a page pulled from the server is written together with the cursor after it.
    bool applyPage(const ChangeSet &page, const QString &cursor);
    SyncState syncState() const;
    // A full resync from the server origin ("url user"): the cursor starts again; rows the
    // server does not send before finishResync() are then removed, the rest stay readable
    // meanwhile.
    bool beginResync(const QString &origin);
    bool finishResync();
    bool setLastSync(const QDateTime &when);
    // Re-emits a change written through another Store on the same file (the sync thread's).
    void announce(const StoreChange &change);

    // The signed-in user, whose writes these are.
    bool setMe(const User &me);
    std::optional<User> me() const;

    // Writing: each puts an item in the outbox and shows its effect at once, in one
    // transaction, and removes the draft it came from. They return the new item's id.
    std::optional<QUuid> ask(const QuestionInput &question, const QString &draftKey = {});
    std::optional<QUuid> answer(const QUuid &threadId, const QString &body,
                                const QString &draftKey = {});
    std::optional<QUuid> chooseBestAnswer(const QUuid &threadId, const QUuid &answerId);
    std::optional<QUuid> thank(const QUuid &threadId, const QString &body,
                               const QString &draftKey = {});
    std::optional<QUuid> report(const ReportInput &report, const QString &draftKey = {});
    // Queues a view of the thread, once a day.
    bool recordView(const QUuid &threadId);

    // The outbox: items waiting or needing attention, and those sent in the last day; views,
    // which are bookkeeping, are sent but neither listed nor counted.
    QList<OutboxItem> outbox(int limit = 500) const;
    std::optional<OutboxItem> outboxItem(const QUuid &id) const;
    std::optional<OutboxItem> nextWaiting() const;
    int outboxCount(OutboxState state) const;
    bool markSent(const QUuid &id);
    bool markAttempt(const QUuid &id, const QString &error);
    bool markNeedsAttention(const QUuid &id, const QString &code, const QString &message);
    // Sends a refused item again, as it is or with a new payload (same id).
    bool resend(const QUuid &id, const QByteArray &payload = {});
    // Drops an item that was not sent, and its effect.
    bool discard(const QUuid &id);

    // Moderation, for moderators: the items in the cache (all, or those of ids), and actions on
    // them. Each action waits in the outbox with the version the moderator saw and shows at once
    // as the item's local action.
    QList<ModerationEntry> moderationEntries(const QList<QUuid> &ids = {}) const;
    std::optional<ModerationEntry> moderationEntry(const QUuid &id) const;
    std::optional<QUuid> claimReport(const QUuid &itemId);
    std::optional<QUuid> resolveReport(const QUuid &itemId, const QString &action,
                                       const QString &reason, const QString &note = {});
    std::optional<QUuid> restoreReport(const QUuid &itemId, const QString &reason = {});
    std::optional<QUuid> noteReport(const QUuid &itemId, const QString &note);
    std::optional<QUuid> warnAuthor(const QUuid &itemId, const QString &message);
    // The server did the action and answered with the item as it is now: the item is stored,
    // and this moderator's next actions on it that wait move to its new version (they follow
    // from this one, not from another moderator's change).
    bool markModerationSent(const QUuid &id, const ModerationItem &now);
    // The payload of an action with the item's current version: to apply it again after a
    // conflict, having seen what changed.
    QByteArray rebasedPayload(const OutboxItem &item) const;

    // Search (domain/searchtext.h): up to limit threads with a matching post, newest first or
    // by relevance, each with the first matching post's snippet. A query that cannot be done
    // gives its error in lastError() and no hits; no input reaches SQL as syntax.
    QList<SearchHit> search(const SearchText::Query &query, SearchOrder order = SearchOrder::Newest,
                            int limit = 50) const;
    // Indexes every cached post again; returns how many were indexed.
    std::optional<int> rebuildSearchIndex();

    // Drafts, saved while typing, by composer ("question", "answer:<thread id>", …).
    bool saveDraft(const QString &key, const QJsonObject &content);
    QJsonObject draft(const QString &key) const;
    bool removeDraft(const QString &key);

Q_SIGNALS:
    void changed(const Soudan::StoreChange &change);

private:
    Store(QString path, QString connectionName);
    QSqlDatabase db() const;
    bool fail(const QString &error) const;
    bool write(const ChangeSet &changes, const QString *cursor);
    bool remove(const Tombstone &tombstone, StoreChange &change, QString *error);
    QString syncValue(const QString &key) const;
    std::optional<QUuid> enqueue(OutboxKind kind, const QUuid &threadId, const QUuid &targetId,
                                 const QByteArray &payload, const QString &draftKey,
                                 const std::function<bool(QSqlQuery &, const QUuid &)> &effect);
    bool setLocalState(const OutboxItem &item, LocalState state);
    std::optional<QUuid> moderate(OutboxKind kind, const QUuid &itemId, const QJsonObject &payload,
                                  const QString &localAction);
    bool writeModerationItem(QSqlQuery &q, const ModerationItem &item);
    bool run(const QString &file, const QString &name,
             std::initializer_list<std::pair<QString, QVariant>> values);
    bool setSyncValue(const QString &key, const QString &value, QString *error = nullptr);
    std::optional<Category> category(qint64 id) const;

    QString m_path;
    QString m_connectionName;
    mutable QString m_lastError;
};

} // namespace Soudan
