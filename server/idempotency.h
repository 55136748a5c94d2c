#pragma once

#include "server/boardtypes.h"
#include "server/database.h"

#include <optional>

namespace Soudan::Server {

// The first successful response to each request with an Idempotency-Key, per user, so that a
// request sent again is answered the same and done once. The key itself is recorded by the
// request's writing transaction (RequestWrites); its response is added here right after. A key
// with status 0 is done, its response not yet (or, after a crash, never) added.
class Idempotency final
{
    Q_DISABLE_COPY_MOVE(Idempotency)

public:
    explicit Idempotency(const Database &db);

    Outcome<std::optional<StoredResponse>> stored(qint64 userId, const QString &key) const;
    Outcome<bool> finish(qint64 userId, const QString &key, const StoredResponse &response) const;
    // Forgets the responses stored before the time, in the caller's transaction.
    bool prune(WriteTransaction &tx, qint64 beforeMs) const;

private:
    const Database &m_db;
};

} // namespace Soudan::Server
