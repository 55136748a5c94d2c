#include "server/idempotency.h"

#include "db/rowreader.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

Idempotency::Idempotency(const Database &db)
    : m_db(db)
{}

Outcome<std::optional<StoredResponse>> Idempotency::stored(qint64 userId, const QString &key) const
{
    QSqlQuery &q = m_db.prepare(u"idempotency_get"_s);
    q.bindValue(u":user_id"_s, userId);
    q.bindValue(u":key"_s, key);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (!q.next())
        return std::optional<StoredResponse>();
    const Db::RowReader row(q);
    return std::optional<StoredResponse>(
        StoredResponse{row.text("request_hash"_L1), int(row.integer("status"_L1)),
                       row.text("body"_L1).toUtf8(), row.integer("created_ms"_L1)});
}

Outcome<bool> Idempotency::finish(qint64 userId, const QString &key,
                                  const StoredResponse &response) const
{
    QSqlQuery &q = m_db.prepare(u"idempotency_finish"_s);
    q.bindValue(u":key"_s, key);
    q.bindValue(u":user_id"_s, userId);
    q.bindValue(u":status"_s, response.status);
    q.bindValue(u":body"_s, QString::fromUtf8(response.body));
    if (!q.exec())
        return internalFailure(q.lastError().text());
    return q.numRowsAffected() > 0;
}

bool Idempotency::prune(WriteTransaction &tx, qint64 beforeMs) const
{
    QSqlQuery &q = m_db.prepare(u"idempotency_prune"_s);
    q.bindValue(u":before"_s, beforeMs);
    return tx.exec(q);
}

} // namespace Soudan::Server
