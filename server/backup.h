#pragma once

#include "server/database.h"

namespace Soudan::Server {

// A copy of a SQLite board made with SQLite's online backup API while the server serves: a
// consistent snapshot, written beside the target and renamed into place when whole. How many
// pages it copied. PostgreSQL's boards are backed up with pg_dump (docs/server.md).
Outcome<qint64> backupSqlite(const Database &db, const QString &to);

} // namespace Soudan::Server
