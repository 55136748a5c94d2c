#include "server/database.h"

#include "domain/namedsql.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

namespace {

std::atomic<quint64> nextDatabaseId{1};

QString readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("soudan-server: missing resource %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

QString dialectFolder(Database::Dialect dialect)
{
    return dialect == Database::Dialect::PostgreSQL ? u"postgresql"_s : u"sqlite"_s;
}

struct Statements
{
    QHash<QString, QString> common;
    QHash<QString, QString> dialect[2];
};

const Statements &statements()
{
    static const Statements all = [] {
        Statements s;
        s.common = NamedSql::parseStatements(readResource(u":/soudan-server/sql/queries.sql"_s));
        s.dialect[0] =
            NamedSql::parseStatements(readResource(u":/soudan-server/sql/sqlite/queries.sql"_s));
        s.dialect[1] = NamedSql::parseStatements(
            readResource(u":/soudan-server/sql/postgresql/queries.sql"_s));
        return s;
    }();
    return all;
}

struct Migration
{
    int version;
    QString name;
    QStringList steps;
};

QList<Migration> migrations(Database::Dialect dialect)
{
    static const QRegularExpression fileName(u"^(\\d{3})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> list;
    const QDir dir(u":/soudan-server/sql/"_s + dialectFolder(dialect));
    for (const QString &entry : dir.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch m = fileName.match(entry);
        if (m.hasMatch()) {
            list.append({m.captured(1).toInt(), m.captured(2),
                         NamedSql::splitSteps(readResource(dir.filePath(entry)))});
        }
    }
    return list;
}

} // namespace

Outcome<Database> Database::fromUrl(const QString &url)
{
    Database db;
    db.m_id = nextDatabaseId++;
    if (url.startsWith(u"postgresql://"_s) || url.startsWith(u"postgres://"_s)) {
        const QUrl u(url, QUrl::StrictMode);
        if (!u.isValid() || u.host().isEmpty() || u.path().size() < 2) {
            return Failure{2, u"bad_url"_s,
                           tr("Not a database URL: expected postgresql://user@host:port/database")};
        }
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
            return Failure{2, u"no_driver"_s,
                           tr("The PostgreSQL driver of Qt SQL (QPSQL) is not installed.")};
        }
        db.m_dialect = Dialect::PostgreSQL;
        db.m_host = u.host();
        db.m_port = u.port(5432);
        db.m_user = u.userName();
        db.m_password = u.password();
        db.m_name = u.path().mid(1);
        return db;
    }
    QString path = url;
    if (path.startsWith(u"sqlite://"_s))
        path = path.mid(9);
    if (path.isEmpty())
        return Failure{2, u"bad_url"_s, tr("No database given.")};
    db.m_dialect = Dialect::SQLite;
    db.m_path = QFileInfo(path).absoluteFilePath();
    return db;
}

QString Database::describe() const
{
    if (m_dialect == Dialect::SQLite)
        return u"sqlite:"_s + m_path;
    return u"postgresql://%1@%2:%3/%4"_s.arg(m_user, m_host).arg(m_port).arg(m_name);
}

void Database::configure(QSqlDatabase &db) const
{
    if (m_dialect == Dialect::SQLite) {
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    } else {
        db.setHostName(m_host);
        db.setPort(m_port);
        db.setUserName(m_user);
        db.setPassword(m_password);
        db.setDatabaseName(m_name);
        db.setConnectOptions(u"connect_timeout=10"_s);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name =
        u"soudan-server-%1-%2"_s.arg(m_id).arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (db.open())
            return db;
        return db;
    }
    QSqlDatabase db =
        QSqlDatabase::addDatabase(m_dialect == Dialect::SQLite ? u"QSQLITE"_s : u"QPSQL"_s, name);
    configure(db);
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(sql(m_dialect, u"connection_wal"_s));
        q.exec(sql(m_dialect, u"connection_synchronous"_s));
    }
    return db;
}

QString Database::sql(Dialect dialect, const QString &name)
{
    const Statements &all = statements();
    QString text = all.dialect[dialect == Dialect::PostgreSQL ? 1 : 0].value(name);
    if (text.isEmpty())
        text = all.common.value(name);
    if (text.isEmpty())
        qFatal("soudan-server: no SQL statement %s", qPrintable(name));
    return text;
}

QSqlQuery Database::prepare(const QString &name) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql(m_dialect, name));
    return q;
}

Outcome<int> Database::migrate() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return Failure{
            2, u"no_database"_s,
            tr("Cannot open the database %1: %2").arg(describe(), db.lastError().text())};
    }
    QSqlQuery q(db);
    // One process migrates at a time; the others wait and then find nothing left to do.
    if (m_dialect == Dialect::PostgreSQL && !q.exec(sql(m_dialect, u"migration_lock"_s)))
        return internalFailure(q.lastError().text());
    auto unlock = qScopeGuard([&] {
        if (m_dialect == Dialect::PostgreSQL)
            QSqlQuery(db).exec(sql(m_dialect, u"migration_unlock"_s));
    });
    if (!q.exec(sql(m_dialect, u"migrations_table"_s)))
        return internalFailure(q.lastError().text());

    int version = 0;
    for (const Migration &m : migrations(m_dialect)) {
        if (!q.exec(sql(m_dialect, u"begin_write"_s)))
            return internalFailure(q.lastError().text());
        QSqlQuery done(db);
        done.prepare(sql(m_dialect, u"migration_done"_s));
        done.bindValue(u":version"_s, m.version);
        if (!done.exec() || !done.next()) {
            db.rollback();
            return internalFailure(done.lastError().text());
        }
        const bool applied = done.value(0).toInt() > 0;
        done.finish();
        if (applied) {
            db.commit();
            version = m.version;
            continue;
        }
        for (const QString &step : m.steps) {
            QSqlQuery s(db);
            if (!s.exec(step)) {
                const QString error = s.lastError().text();
                s.finish();
                db.rollback();
                return Failure{
                    2, u"migration_failed"_s,
                    tr("Migration %1 (%2) failed: %3").arg(m.version).arg(m.name, error)};
            }
        }
        QSqlQuery record(db);
        record.prepare(sql(m_dialect, u"migration_record"_s));
        record.bindValue(u":version"_s, m.version);
        record.bindValue(u":name"_s, m.name);
        record.bindValue(u":now"_s, QDateTime::currentMSecsSinceEpoch());
        if (!record.exec() || !db.commit()) {
            db.rollback();
            return internalFailure(record.lastError().text());
        }
        version = m.version;
    }
    return version;
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
    , m_connection(db.connection())
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    if (!m_connection.isOpen()) {
        fail(m_connection.lastError().text());
        return;
    }
    QSqlQuery q(m_connection);
    if (!q.exec(Database::sql(db.dialect(), u"begin_write"_s))) {
        fail(q.lastError().text());
        return;
    }
    m_open = true;
    if (!q.exec(Database::sql(db.dialect(), u"feed_lock"_s)) || !q.next()) {
        fail(q.lastError().text());
        return;
    }
    m_lastSeq = m_startSeq = q.value(0).toLongLong();
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        m_connection.rollback();
}

void WriteTransaction::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error.isEmpty() ? u"unknown database error"_s : error;
}

bool WriteTransaction::exec(QSqlQuery &query)
{
    if (!ok())
        return false;
    if (!query.exec()) {
        fail(query.lastError().text());
        return false;
    }
    return true;
}

bool WriteTransaction::touch(int kind, const QString &entityId, bool deleted)
{
    if (!ok())
        return false;
    QSqlQuery q = m_db.prepare(u"feed_touch"_s);
    q.bindValue(u":seq"_s, ++m_lastSeq);
    q.bindValue(u":kind"_s, kind);
    q.bindValue(u":entity_id"_s, entityId);
    q.bindValue(u":deleted"_s, deleted ? 1 : 0);
    q.bindValue(u":now"_s, m_now);
    return exec(q);
}

bool WriteTransaction::commit()
{
    if (!ok() || !m_open)
        return false;
    if (m_lastSeq != m_startSeq) {
        QSqlQuery q = m_db.prepare(u"feed_advance"_s);
        q.bindValue(u":last_seq"_s, m_lastSeq);
        if (!exec(q))
            return false;
    }
    if (!m_connection.commit()) {
        fail(m_connection.lastError().text());
        return false;
    }
    m_open = false;
    return true;
}

} // namespace Soudan::Server
