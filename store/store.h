#pragma once

#include "store/storetypes.h"

#include <QObject>
#include <QString>

#include <memory>

namespace Soudan {

class ActivityCache;
class BoardReads;
class BoardWrites;
class Drafts;
class ModerationCache;
class Outbox;
class Search;
class StoreConnection;
class SyncWriter;

// The local cache: one SQLite file in the profile folder, one connection per Store object (and
// so per thread). Its parts share the connection, each with one responsibility: what the views
// read, the user's writes, the outbox, the moderation items, search, drafts, what sync writes,
// and what is new for the user. They hand out plain values; after each write the Store says what
// changed.
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
        int salvagedItems = 0; // unsent items of the moved file, back in the new outbox
    };

    // Opens or creates the cache at path and brings its schema up to date. A file that is
    // damaged, fails to upgrade or comes from a newer Soudan is renamed beside it with a time
    // stamp (never deleted), and a fresh cache is created in its place.
    static Opened open(const QString &path);

    ~Store() override;

    QString path() const;
    // Why the last thing asked of any part failed, or a search's message.
    QString lastError() const;

    BoardReads &reads() const { return *m_reads; }
    BoardWrites &writes() const { return *m_writes; }
    Outbox &outbox() const { return *m_outbox; }
    ModerationCache &moderation() const { return *m_moderation; }
    Search &search() const { return *m_search; }
    Drafts &drafts() const { return *m_drafts; }
    SyncWriter &sync() const { return *m_sync; }
    ActivityCache &activity() const { return *m_activity; }

    // Re-emits a change written through another Store on the same file (the sync thread's).
    void announce(const StoreChange &change);

Q_SIGNALS:
    void changed(const Soudan::StoreChange &change);

private:
    Store(const QString &path, const QString &connectionName);

    std::unique_ptr<StoreConnection> m_connection;
    std::unique_ptr<BoardReads> m_reads;
    std::unique_ptr<SyncWriter> m_sync;
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<BoardWrites> m_writes;
    std::unique_ptr<ModerationCache> m_moderation;
    std::unique_ptr<Search> m_search;
    std::unique_ptr<Drafts> m_drafts;
    std::unique_ptr<ActivityCache> m_activity;
};

} // namespace Soudan
