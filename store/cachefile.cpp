#include "store/cachefile.h"

#include "db/rowreader.h"
#include "store/searchrank.h"
#include "store/sqltext.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Soudan {

namespace {

std::atomic<int> connectionCounter{0};

// The connection's settings; an error, or nothing.
QString setUp(QSqlDatabase &connection)
{
    QSqlQuery q(connection);
    if (!q.exec(SqlText::get(u"connection"_s, u"journal_mode"_s)) || !q.next())
        return q.lastError().text();
    const QString mode = Db::RowReader(q).text("journal_mode"_L1);
    if (mode != u"wal"_s)
        return u"journal_mode is %1"_s.arg(mode);
    if (!q.exec(SqlText::get(u"connection"_s, u"synchronous"_s)) ||
        !q.exec(SqlText::get(u"connection"_s, u"wal_autocheckpoint"_s)) ||
        !q.exec(SqlText::get(u"connection"_s, u"foreign_keys"_s)))
        return q.lastError().text();
    return SearchRank::install(connection);
}

} // namespace

CacheFile::Opened CacheFile::open(const QString &path,
                                  const std::function<QString(const QString &)> &finish)
{
    Opened result;
    const QFileInfo info(path);
    result.path = info.absoluteFilePath();
    if (!QDir().mkpath(info.absolutePath())) {
        result.error = tr("Cannot create the folder %1.").arg(info.absolutePath());
        return result;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QString name = u"soudan-store-%1"_s.arg(++connectionCounter);
        Migrator::Outcome outcome;
        {
            QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            connection.setDatabaseName(result.path);
            connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!connection.open()) {
                result.error =
                    tr("Cannot open the cache %1: %2").arg(path, connection.lastError().text());
                connection = QSqlDatabase();
                QSqlDatabase::removeDatabase(name);
                return result;
            }
            // Its owner's alone (SQLite gives the -wal and -shm files the same permissions).
            QFile::setPermissions(result.path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            outcome = Migrator(connection).migrate();
            if (outcome.problem == Migrator::Problem::None) {
                QString why = setUp(connection);
                if (why.isEmpty())
                    why = finish(name);
                if (why.isEmpty()) {
                    result.connectionName = name;
                    return result;
                }
                outcome = {Migrator::Problem::NotADatabase,
                           tr("The cache cannot be set up: %1").arg(why), 0};
            }
            connection.close();
        }
        QSqlDatabase::removeDatabase(name);
        if (attempt == 1) {
            result.error = outcome.message;
            return result;
        }
        const QString moved = moveAside(result.path, outcome.problem);
        if (moved.isEmpty()) {
            result.error = tr("%1 Moving it aside failed as well, so it was left as it is.")
                               .arg(outcome.message);
            return result;
        }
        qCWarning(lcStore) << "moved" << path << "aside to" << moved << ":" << outcome.message;
        result.movedAsidePath = moved;
        result.movedAsideReason = outcome.message;
    }
    return result;
}

QString CacheFile::moveAside(const QString &path, Migrator::Problem why)
{
    QString reason;
    switch (why) {
    case Migrator::Problem::NewerVersion:
        reason = u"newer"_s;
        break;
    case Migrator::Problem::StepFailed:
        reason = u"failed-upgrade"_s;
        break;
    case Migrator::Problem::NotADatabase:
    case Migrator::Problem::None:
        reason = u"damaged"_s;
        break;
    }
    const QFileInfo info(path);
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    const QString base =
        info.absolutePath() + u'/' + info.completeBaseName() + u'.' + reason + u'-' + stamp;
    QString target = base + u'.' + info.suffix();
    for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + u"-wal"_s); ++n)
        target = base + u'-' + QString::number(n) + u'.' + info.suffix();

    if (!QFile::rename(path, target))
        return {};
    for (const QString &companion : {u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(path + companion))
            QFile::rename(path + companion, target + companion);
    }
    return target;
}

} // namespace Soudan
