#pragma once

#include "domain/apitypes.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

namespace Soudan::Server {

class Idempotency;
class Reports;

// The changes feed: one row per board row at the sequence number of its latest change. A reader
// pages through it with a cursor and gets the rows' current state, filtered by its role, and its
// own private rows (notifications, follow levels, read marks) but nobody else's; hidden or
// deleted rows come as tombstones. Old tombstones are pruned; a cursor from before them gets
// 410 and starts again.
class Feed final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Feed)

public:
    Feed(const Database &db, const Reports &reports, const Idempotency &idempotency);

    // The last sequence number the feed gave (a query of the database: /ready asks it).
    Outcome<qint64> lastSeq() const;
    // The reader is nobody (id 0, a member) without a token.
    Outcome<ChangesPage> changes(const QString &cursor, int limit, const AuthUser &reader) const;
    // Deletes hidden posts, stored responses and tombstones older than the age.
    Outcome<PruneSummary> prune(qint64 olderThanMs) const;

private:
    const Database &m_db;
    const Reports &m_reports;
    const Idempotency &m_idempotency;
};

} // namespace Soudan::Server
