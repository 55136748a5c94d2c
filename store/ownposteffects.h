#pragma once

#include "store/storetypes.h"

#include <QByteArray>
#include <QUuid>

namespace Soudan {

class StoreConnection;

// The effect on the cached board of the user's change to their own post (an edit, a withdrawal,
// a closing; a supplement shows from the outbox itself), as its outbox item's state says:
// shown while the item waits or was sent (until the server's row has it), taken back when the
// server refused it. A failure has said why in the store's lastError().
bool applyOwnPostEffect(const StoreConnection &connection, OutboxKind kind, const QUuid &threadId,
                        const QUuid &targetId, const QByteArray &payload, LocalState state);

// A refused edit sent again (as it was, or edited in the outbox) is over the revision the
// server has now, which the thread shows: the user saw it and chose to replace it. Other
// payloads come back as they are.
QByteArray rebasedOwnEdit(const StoreConnection &connection, OutboxKind kind, const QUuid &threadId,
                          const QUuid &targetId, const QByteArray &payload);

} // namespace Soudan
