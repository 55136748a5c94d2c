#include "server/postrows.h"

#include "db/boardrows.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

// The one row of a lookup by id, read by read; nothing when there is none.
template<typename T, typename Read>
Outcome<std::optional<T>> lookUp(QSqlQuery &q, Read read)
{
    if (!q.exec())
        return internalFailure(q.lastError().text());
    if (!q.next())
        return std::optional<T>();
    return std::optional<T>(read(RowReader(q)));
}

} // namespace

PostRows::PostRows(const Database &db)
    : m_db(db)
{}

QSqlQuery &PostRows::threadStatement(const QUuid &id) const
{
    QSqlQuery &q = m_db.prepare(u"thread_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    return q;
}

std::optional<Thread> PostRows::readThread(QSqlQuery &rows)
{
    if (!rows.next())
        return std::nullopt;
    return Db::readThread(RowReader(rows));
}

Outcome<std::optional<Thread>> PostRows::thread(const QUuid &id) const
{
    QSqlQuery &q = threadStatement(id);
    if (!q.exec())
        return internalFailure(q.lastError().text());
    return readThread(q);
}

bool PostRows::visibleTo(const AuthUser &user, const Thread &t)
{
    return !t.hidden || user.role == Role::Moderator || t.authorId == user.id;
}

Outcome<std::optional<Thread>> PostRows::visibleThread(const AuthUser &user, const QUuid &id) const
{
    Outcome<std::optional<Thread>> t = thread(id);
    if (t.ok() && *t && !visibleTo(user, **t))
        return std::optional<Thread>();
    return t;
}

Outcome<std::optional<Answer>> PostRows::answer(const QUuid &id) const
{
    QSqlQuery &q = m_db.prepare(u"answer_get"_s);
    q.bindValue(u":id"_s, uuidText(id));
    return lookUp<Answer>(q, Db::readAnswer);
}

QSqlQuery &PostRows::idUseStatement(const QUuid &id) const
{
    QSqlQuery &q = m_db.prepare(u"post_id_use"_s);
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":id2"_s, uuidText(id));
    return q;
}

Outcome<PostRows::IdUse> PostRows::readIdUse(QSqlQuery &rows)
{
    if (!rows.next())
        return internalFailure(rows.lastError().text());
    const RowReader row(rows);
    IdUse use;
    if (!row.text("id"_L1).isEmpty())
        use.answer = Db::readAnswer(row);
    use.question = row.integer("questions"_L1) > 0;
    return use;
}

bool PostRows::upsert(WriteTransaction &tx, const Thread &t) const
{
    QSqlQuery &q = m_db.prepare(u"thread_upsert"_s);
    Db::bind(q, t);
    return tx.exec(q) && tx.touch(int(EntityKind::Thread), uuidText(t.id));
}

bool PostRows::upsert(WriteTransaction &tx, const Answer &a) const
{
    QSqlQuery &q = m_db.prepare(u"answer_upsert"_s);
    Db::bind(q, a);
    return tx.exec(q) && tx.touch(int(EntityKind::Answer), uuidText(a.id));
}

bool PostRows::upsertLater(WriteTransaction &tx, const Answer &a) const
{
    QSqlQuery &q = m_db.prepare(u"answer_upsert"_s);
    Db::bind(q, a);
    return tx.execLater(q) && tx.touch(int(EntityKind::Answer), uuidText(a.id));
}

bool PostRows::applyHidden(WriteTransaction &tx, EntityKind kind, const QUuid &id, bool hidden,
                           const QString &reason) const
{
    const qint64 now = Db::nowMs();
    if (kind == EntityKind::Thread) {
        QSqlQuery &q = m_db.prepare(u"thread_set_hidden"_s);
        q.bindValue(u":hidden"_s, hidden ? 1 : 0);
        q.bindValue(u":reason"_s, reason);
        q.bindValue(u":now"_s, now);
        q.bindValue(u":id"_s, uuidText(id));
        if (!tx.exec(q) || !tx.touch(int(EntityKind::Thread), uuidText(id)))
            return false;
        // Its answers go and come back with it.
        QSqlQuery &answers = m_db.prepare(u"answer_ids_of_thread"_s);
        answers.bindValue(u":thread_id"_s, uuidText(id));
        if (!tx.exec(answers))
            return false;
        QStringList ids;
        const RowReader row(answers);
        while (answers.next())
            ids.append(row.text("id"_L1));
        for (const QString &answerId : std::as_const(ids)) {
            if (!tx.touch(int(EntityKind::Answer), answerId))
                return false;
        }
        return true;
    }
    const Outcome<std::optional<Answer>> a = answer(id);
    if (!a.ok() || !*a) {
        tx.fail(a.ok() ? u"no answer %1"_s.arg(uuidText(id)) : a.failure().message);
        return false;
    }
    QSqlQuery &q = m_db.prepare(u"answer_set_hidden"_s);
    q.bindValue(u":hidden"_s, hidden ? 1 : 0);
    q.bindValue(u":reason"_s, reason);
    q.bindValue(u":now"_s, now);
    q.bindValue(u":id"_s, uuidText(id));
    QSqlQuery &recount = m_db.prepare(u"thread_recount"_s);
    recount.bindValue(u":id"_s, uuidText((*a)->threadId));
    recount.bindValue(u":id2"_s, uuidText((*a)->threadId));
    return tx.exec(q) && tx.touch(int(EntityKind::Answer), uuidText(id)) && tx.exec(recount) &&
           tx.touch(int(EntityKind::Thread), uuidText((*a)->threadId));
}

} // namespace Soudan::Server
