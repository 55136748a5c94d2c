// A request's writes: one transaction, its statements sent together where the dialect allows,
// and what it changed published once it commits (see database.h).

#include "db/rowreader.h"
#include "server/database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QtEndian>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

int &WriteTransaction::openInThisThread()
{
    thread_local int open = 0;
    return open;
}

WriteTransaction::WriteTransaction(const Database &db)
    : m_db(db)
    , m_connection(db.connection())
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    begin({}, {});
}

WriteTransaction::WriteTransaction(const Database &db, const QString &thread, const QString &row,
                                   Start start)
    : m_db(db)
    , m_connection(db.connection())
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    begin(thread, row, start);
}

void WriteTransaction::begin(const QString &thread, const QString &row, Start start)
{
    if (!m_connection.isOpen()) {
        fail(m_connection.lastError().text());
        return;
    }
    // Reads of this request so far let go of their rows first: on SQLite an unfinished one
    // holds a read snapshot that a write transaction could not start from.
    Database::finishStatements();
    QSqlQuery q(m_connection);
    if (m_db.dialect() == Database::Dialect::SQLite) {
        // One writer at a time (BEGIN IMMEDIATE): the feed's numbers go on from here.
        if (!q.exec(Database::sql(m_db.dialect(), u"begin_write"_s))) {
            failWith(q.lastError());
            return;
        }
        m_open = true;
        ++openInThisThread();
        if (!q.exec(Database::sql(m_db.dialect(), u"feed_lock"_s)) || !q.next()) {
            failWith(q.lastError());
            return;
        }
        m_lastSeq = m_startSeq = Db::RowReader(q).integer("last_seq"_L1);
    } else {
        // Begun with its locks in one round trip: alone, when it may change anything (every
        // other write has committed, and none starts until this one has); or, within a thread,
        // one at a time for the thread and for the row, the smaller key first so that two which
        // share a key never wait for each other in a circle.
        auto key = [](const QString &text) {
            const QByteArray hash =
                QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1);
            return qFromBigEndian<qint32>(hash.constData());
        };
        const qint32 a = key(thread);
        const qint32 b = key(row);
        const QString begin = thread.isEmpty()
                                  ? Database::sql(m_db.dialect(), u"begin_board"_s)
                                  : Database::sql(m_db.dialect(), u"begin_thread"_s)
                                        .replace(u"{first}"_s, QString::number(qMin(a, b)))
                                        .replace(u"{second}"_s, QString::number(qMax(a, b)));
        // Open even when a lock failed after BEGIN: the destructor rolls it back.
        m_open = true;
        ++openInThisThread();
        if (start == Start::WithFirstStatement) {
            // Each statement one of those put off: they count one result each.
            for (const QString &statement : begin.split(u';'))
                m_later.append(statement.trimmed());
        } else if (!run(q, begin, int(begin.count(u';')) + 1)) {
            return;
        }
    }
    checkKey();
}

void WriteTransaction::checkKey()
{
    // No other write with this key runs now (a retried request holds the same keys): a key
    // recorded now was recorded by a request that committed first.
    RequestWrites &request = RequestWrites::current();
    if (!ok() || request.key.isEmpty() || request.committed)
        return;
    QSqlQuery &stored = m_db.prepare(u"idempotency_get"_s);
    stored.bindValue(u":user_id"_s, request.userId);
    stored.bindValue(u":key"_s, request.key);
    if (!exec(stored))
        return;
    if (stored.next()) {
        request.replay = true;
        fail(u"the request's Idempotency-Key is already recorded"_s);
    }
}

RequestWrites &RequestWrites::current()
{
    thread_local RequestWrites writes;
    return writes;
}

void WriteTransaction::failWith(const QSqlError &error)
{
    // Another writer won a race the database could not order: the whole request may be tried
    // again, as nothing of this transaction stays.
    static const QStringList retryable = {u"40001"_s, u"40P01"_s, u"5"_s, u"6"_s};
    if (retryable.contains(error.nativeErrorCode()))
        RequestWrites::current().retryable = true;
    fail(error.text());
}

WriteTransaction::~WriteTransaction()
{
    if (m_open) {
        m_connection.rollback();
        --openInThisThread();
    }
}

void WriteTransaction::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error.isEmpty() ? u"unknown database error"_s : error;
}

bool WriteTransaction::exec(QSqlQuery &query)
{
    if (!ok() || !sendLater())
        return false;
    if (!query.exec()) {
        failWith(query.lastError());
        return false;
    }
    return true;
}

bool WriteTransaction::execLater(QSqlQuery &query)
{
    if (m_db.dialect() != Database::Dialect::PostgreSQL)
        return exec(query);
    if (!ok())
        return false;
    QString error;
    const QString text = m_db.executeText(query, &error);
    if (text.isEmpty()) {
        fail(error);
        return false;
    }
    m_later.append(text);
    return true;
}

QString WriteTransaction::textOf(const QList<QSqlQuery *> &queries)
{
    QStringList all = m_later;
    m_later.clear();
    for (const QSqlQuery *query : queries) {
        QString error;
        all.append(m_db.executeText(*query, &error));
        if (all.constLast().isEmpty()) {
            fail(error);
            return {};
        }
    }
    return all.join(u"; "_s);
}

bool WriteTransaction::run(QSqlQuery &q, const QString &text, int statements)
{
    // Qt's driver answers with the first statement's result; a later one's failure shows only
    // on the way to it.
    if (!q.exec(text)) {
        failWith(q.lastError());
        return false;
    }
    for (int i = 1; i < statements; ++i) {
        if (!q.nextResult()) {
            failWith(q.lastError());
            return false;
        }
    }
    return true;
}

bool WriteTransaction::readAll(const QList<QSqlQuery *> &queries)
{
    m_reads.clear();
    if (!ok())
        return false;
    if (m_db.dialect() != Database::Dialect::PostgreSQL) {
        for (QSqlQuery *query : queries) {
            if (!exec(*query))
                return false;
        }
        m_reads = queries;
        return true;
    }
    const int statements = int(m_later.size()) + 1; // to the first one's rows
    const QString text = textOf(queries);
    if (!ok())
        return false;
    m_text.emplace(m_connection);
    m_text->setForwardOnly(true);
    if (!run(*m_text, text, statements))
        return false;
    m_reads = QList<QSqlQuery *>(queries.size(), &*m_text);
    m_readStarted = false;
    return true;
}

QSqlQuery *WriteTransaction::nextRead()
{
    if (!ok() || m_reads.isEmpty())
        return nullptr;
    QSqlQuery *q = m_reads.takeFirst();
    if (m_text && q == &*m_text) {
        // The statements' results follow one another in the one text.
        if (m_readStarted && !q->nextResult()) {
            failWith(q->lastError());
            return nullptr;
        }
        m_readStarted = true;
    }
    return q;
}

bool WriteTransaction::sendLater()
{
    if (m_later.isEmpty() || !ok())
        return ok();
    const QString text = m_later.join(u"; "_s);
    const int statements = int(m_later.size());
    m_later.clear();
    QSqlQuery q(m_connection);
    return run(q, text, statements);
}

QSqlQuery *WriteTransaction::read(QSqlQuery &query)
{
    if (m_later.isEmpty() || !ok())
        return exec(query) ? &query : nullptr;
    return readAll({&query}) ? nextRead() : nullptr;
}

bool WriteTransaction::touch(int kind, const QString &entityId, bool deleted, qint64 owner)
{
    if (!ok())
        return false;
    m_touches.append({kind, entityId, deleted, owner});
    return true;
}

bool WriteTransaction::flushTouches()
{
    return writeTouches(false);
}

bool WriteTransaction::writeTouches(bool commit)
{
    if (m_touches.isEmpty() || !ok())
        return ok();
    // A row touched more than once goes in at its last touch, once: a statement may not
    // change one row twice.
    QSet<std::pair<int, QString>> seen;
    QList<Touch> latest;
    for (auto it = m_touches.crbegin(); it != m_touches.crend(); ++it) {
        if (!seen.contains({it->kind, it->entityId})) {
            seen.insert({it->kind, it->entityId});
            latest.append(*it);
        }
    }
    std::reverse(latest.begin(), latest.end());
    m_touches = latest;
    constexpr qsizetype Chunk = Database::RowsPerStatement;
    for (qsizetype start = 0; ok() && start < m_touches.size(); start += Chunk) {
        const qsizetype rows = qMin(Chunk, m_touches.size() - start);
        // SQLite's numbers are counted here; PostgreSQL's statement takes its own from the
        // counter row, which it then holds until commit.
        const bool numbered = m_db.dialect() == Database::Dialect::PostgreSQL;
        QSqlQuery &q = m_db.prepare(u"feed_touch"_s, int(rows));
        q.bindValue(u":now"_s, m_now);
        if (numbered) {
            q.bindValue(u":count"_s, rows);
            q.bindValue(u":count2"_s, rows);
        }
        for (qsizetype i = 0; i < rows; ++i) {
            const Touch &t = m_touches.at(start + i);
            const QString n = u'_' + QString::number(i);
            if (numbered)
                q.bindValue(u":i"_s + n, i + 1);
            else
                q.bindValue(u":seq"_s + n, ++m_lastSeq);
            q.bindValue(u":kind"_s + n, t.kind);
            q.bindValue(u":entity_id"_s + n, t.entityId);
            q.bindValue(u":deleted"_s + n, t.deleted ? 1 : 0);
            q.bindValue(u":owner_id"_s + n,
                        t.owner > 0 ? QVariant(t.owner) : QVariant(QMetaType::fromType<qint64>()));
        }
        if (commit && numbered && start + rows == m_touches.size()) {
            // The last rows and COMMIT in one round trip: the counter row this takes is let go
            // of as soon as PostgreSQL has written them, not a round trip later.
            const int statements = int(m_later.size()) + 2;
            const QString text = textOf({&q});
            QSqlQuery all(m_connection);
            if (!ok() || !run(all, text + u"; COMMIT"_s, statements))
                break;
            m_committed = true;
        } else {
            exec(q);
        }
    }
    m_touches.clear();
    return ok();
}

bool WriteTransaction::commit()
{
    if (!ok() || !m_open)
        return false;
    RequestWrites &request = RequestWrites::current();
    if (!request.key.isEmpty() && !request.committed) {
        // The key, with the effect; its response is added once the route has made it. The
        // same key on an answer to another thread may have committed meanwhile: this then
        // fails on the key's uniqueness, and the request is answered as that one's duplicate.
        QSqlQuery &key = m_db.prepare(u"idempotency_put"_s);
        key.bindValue(u":key"_s, request.key);
        key.bindValue(u":user_id"_s, request.userId);
        key.bindValue(u":request_hash"_s, request.requestHash);
        key.bindValue(u":status"_s, 0);
        key.bindValue(u":body"_s, u"{}"_s); // until the response is added
        key.bindValue(u":now"_s, m_now);
        if (!exec(key))
            return false;
    }
    // Last, as on PostgreSQL this takes the feed's counter row, which the writers after it wait
    // for until this commits (there, in the same round trip as COMMIT).
    if (!writeTouches(true) || !sendLater())
        return false;
    if (m_lastSeq != m_startSeq) {
        QSqlQuery &q = m_db.prepare(u"feed_advance"_s);
        q.bindValue(u":last_seq"_s, m_lastSeq);
        if (!exec(q))
            return false;
    }
    if (!m_committed && !m_connection.commit()) {
        failWith(m_connection.lastError());
        return false;
    }
    m_open = false;
    --openInThisThread();
    request.committed = true;
    return true;
}

} // namespace Soudan::Server
