#pragma once

#include "domain/changeset.h"
#include "store/storetypes.h"

#include <QString>

#include <optional>

namespace Soudan {

class StoreConnection;

// Writes what the server sends into the cache: pages of changes with the cursor after them, a
// full resync, the signed-in user. Each write is one transaction (all or nothing) that also keeps
// the search index in step, and says afterwards what changed.
class SyncWriter final
{
    Q_DISABLE_COPY_MOVE(SyncWriter)

public:
    explicit SyncWriter(const StoreConnection &connection);

    // Inserts or replaces every row of changes, and removes the tombstoned ones.
    bool ingest(const ChangeSet &changes);
    // A page pulled from the server, written together with the cursor after it.
    bool applyPage(const ChangeSet &page, const QString &cursor);

    SyncState state() const;
    // A full resync from the server origin ("url user"): the cursor starts again; rows the
    // server does not send before finishResync() are then removed, the rest stay readable
    // meanwhile.
    bool beginResync(const QString &origin);
    bool finishResync();
    bool setLastSync(const QDateTime &when);

    // The user this cache syncs for: whose writes the outbox's items are.
    bool setMe(const User &me);
    std::optional<User> me() const;

private:
    bool write(const ChangeSet &changes, const QString *cursor);
    bool remove(const Tombstone &tombstone, StoreChange &change, QString *error);
    // Finds again which threads the user asked and answered (another user, or after a resync).
    bool rebuildMine();

    const StoreConnection &m_connection;
};

} // namespace Soudan
