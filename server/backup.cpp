#include "server/backup.h"

#include <QFile>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

Outcome<qint64> backupSqlite(const Database &db, const QString &to)
{
    if (db.dialect() != Database::Dialect::SQLite)
        return Failure{2, u"not_sqlite"_s, u"a PostgreSQL board is backed up with pg_dump"_s};
    if (QFile::exists(to))
        return Failure{2, u"exists"_s, u"%1 exists already: back up to a new file"_s.arg(to)};
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return internalFailure(u"no SQLite handle"_s);
    sqlite3 *source = *static_cast<sqlite3 *const *>(handle.constData());
    const QString part = to + u".part"_s;
    QFile::remove(part);
    sqlite3 *target = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(part).constData(), &target,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        return internalFailure(u"cannot write %1: %2"_s.arg(part, why));
    }
    sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
    if (!backup) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(target));
        sqlite3_close(target);
        QFile::remove(part);
        return internalFailure(why);
    }
    // A few hundred pages at a time: writers of the serving process wait only that long.
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const qint64 pages = sqlite3_backup_pagecount(backup);
    sqlite3_backup_finish(backup);
    const QString why = QString::fromUtf8(sqlite3_errmsg(target));
    sqlite3_close(target);
    if (rc != SQLITE_DONE) {
        QFile::remove(part);
        return internalFailure(u"the backup stopped: %1"_s.arg(why));
    }
    if (!QFile::rename(part, to)) {
        QFile::remove(part);
        return internalFailure(u"cannot rename %1 to %2"_s.arg(part, to));
    }
    return pages;
}

} // namespace Soudan::Server
