#include "store/store.h"

#include "store/activitycache.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/cachefile.h"
#include "store/connection.h"
#include "store/drafts.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/search.h"
#include "store/syncwriter.h"

using namespace Qt::StringLiterals;

namespace Soudan {

Store::Store(const QString &path, const QString &connectionName)
    : m_connection(std::make_unique<StoreConnection>(
          path, connectionName, [this](const StoreChange &change) { Q_EMIT changed(change); }))
    , m_reads(std::make_unique<BoardReads>(*m_connection))
    , m_sync(std::make_unique<SyncWriter>(*m_connection))
    , m_outbox(std::make_unique<Outbox>(*m_connection, *m_reads))
    , m_writes(std::make_unique<BoardWrites>(*m_connection, *m_reads, *m_sync, *m_outbox))
    , m_moderation(std::make_unique<ModerationCache>(*m_connection, *m_outbox))
    , m_search(std::make_unique<Search>(*m_connection, *m_reads))
    , m_drafts(std::make_unique<Drafts>(*m_connection))
    , m_activity(std::make_unique<ActivityCache>(*m_connection, *m_sync, *m_outbox))
{}

Store::~Store() = default;

Store::Opened Store::open(const QString &path)
{
    const CacheFile::Opened file = CacheFile::open(path, [&path](const QString &connectionName) {
        // A cache from before the search index gets its posts indexed once.
        const StoreConnection connection(path, connectionName, {},
                                         StoreConnection::Ownership::Borrowed);
        if (connection.value(u"search_rebuild"_s).isEmpty())
            return connection.lastError();
        BoardReads reads(connection);
        return Search(connection, reads).rebuildIndex() ? QString() : connection.lastError();
    });
    Opened result;
    result.error = file.error;
    result.movedAsidePath = file.movedAsidePath;
    result.movedAsideReason = file.movedAsideReason;
    if (!file.connectionName.isEmpty())
        result.store.reset(new Store(file.path, file.connectionName));
    // What the user wrote and had not sent is never left behind in the moved file.
    if (result.store && !result.movedAsidePath.isEmpty())
        result.salvagedItems = result.store->outbox().salvage(result.movedAsidePath);
    return result;
}

QString Store::path() const
{
    return m_connection->path();
}

QString Store::lastError() const
{
    return m_connection->lastError();
}

void Store::announce(const StoreChange &change)
{
    Q_EMIT changed(change);
}

} // namespace Soudan
