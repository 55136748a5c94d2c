#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUuid>

namespace Soudan {
class Store;
}

// What bench_soak compares and measures after its run: the board as a member sees it, read from
// a client's cache and from the server; the health of SQLite files; the memory of processes.
namespace Soudan::Bench {

// The visible board: threads (not hidden) with their answer count and best answer, and the
// visible answers of those threads.
struct BoardView
{
    struct ThreadView
    {
        int answerCount = 0;
        QUuid bestAnswerId;
    };
    QHash<QUuid, ThreadView> threads;
    QHash<QUuid, QUuid> answers; // answer → thread
    int refusedPosts = 0;        // the cache's own posts the server refused (kept, marked)
    bool failed = false;
};

// From the cache, through the Store's reads (every category's thread list, each thread's
// detail). Posts the server refused stay in the cache marked; they are left out and counted.
BoardView cacheView(const Store &store);
// From the server: the changes feed read from the start with this user's token.
BoardView serverView(const QUrl &server, const QString &token);
// What differs, one line each (at most `limit` lines of each kind).
QStringList compareViews(const BoardView &cache, const BoardView &server, int limit = 8);

// PRAGMA integrity_check of a SQLite file, opened on a connection of its own ("ok" when whole).
QString integrityCheck(const QString &path);

// Resident memory of a process in MiB (/proc/PID/status VmRSS), -1 when unknown; pid 0 is this
// process.
double residentMiBOf(qint64 pid);
// The running soudan-server started by this process, or 0.
qint64 childServerPid();

// 'a','b',… for an SQL IN list of ids.
QString sqlIdList(const QList<QUuid> &ids);

} // namespace Soudan::Bench
