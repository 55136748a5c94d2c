#include "server/activity.h"

#include "db/boardrows.h"
#include "domain/vocabulary.h"
#include "server/postrows.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

// The later of two marks: a mark never moves back.
QDateTime later(const QDateTime &a, const QDateTime &b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return std::max(a, b);
}

// A mark given by a client, no later than limit.
QDateTime atMost(const QDateTime &given, const QDateTime &limit)
{
    return given.isValid() ? std::min(given, limit) : given;
}

} // namespace

Activity::Activity(const Database &db, const PostRows &rows)
    : m_db(db)
    , m_rows(rows)
{}

QString Activity::feedId(qint64 userId, const QString &id)
{
    return QString::number(userId) + u':' + id;
}

Outcome<ThreadState> Activity::setThreadState(const AuthUser &user, const QUuid &threadId,
                                              const ThreadStateInput &input) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    const Outcome<std::optional<Thread>> thread = m_rows.visibleThread(user, threadId);
    if (!thread.ok())
        return thread.failure();
    if (!*thread)
        return Failure{404, u"not_found"_s, tr("There is no thread %1.").arg(uuidText(threadId))};
    QString error;
    std::optional<QSqlQuery> q = m_db.selectByIds(u"thread_states_by_ids"_s, {uuidText(threadId)},
                                                  &error, {{u":user_id"_s, user.id}});
    if (!q)
        return internalFailure(error);
    const ThreadState before =
        q->next() ? Db::readThreadState(RowReader(*q)) : ThreadState{threadId, {}, {}};
    q->finish();
    ThreadState after = before;
    if (input.setLevel)
        after.level = input.level;
    after.readUpTo = later(before.readUpTo, atMost(input.readUpTo, (*thread)->lastActivityAt));
    if (after == before)
        return after;
    QSqlQuery &put = m_db.prepare(u"thread_state_put"_s);
    Db::bind(put, after);
    put.bindValue(u":user_id"_s, user.id);
    if (!tx.exec(put) ||
        !tx.touch(int(EntityKind::ThreadState), feedId(user.id, uuidText(threadId)), false,
                  user.id) ||
        !tx.commit())
        return internalFailure(tx.error());
    return after;
}

Outcome<CategoryState> Activity::setCategoryState(const AuthUser &user, qint64 categoryId,
                                                  const CategoryStateInput &input) const
{
    if (categoryId == 0 && input.setLevel && input.level) {
        return Failure{422, u"invalid_field"_s,
                       tr("level: the whole board (category 0) has no level.")};
    }
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    QString error;
    if (categoryId != 0) {
        std::optional<QSqlQuery> category =
            m_db.selectByIds(u"categories_by_ids"_s, {QString::number(categoryId)}, &error);
        if (!category)
            return internalFailure(error);
        if (!category->next()) {
            return Failure{404, u"not_found"_s, tr("There is no category %1.").arg(categoryId)};
        }
        category->finish();
    }
    std::optional<QSqlQuery> q =
        m_db.selectByIds(u"category_states_by_ids"_s, {QString::number(categoryId)}, &error,
                         {{u":user_id"_s, user.id}});
    if (!q)
        return internalFailure(error);
    const CategoryState before =
        q->next() ? Db::readCategoryState(RowReader(*q)) : CategoryState{categoryId, {}, {}, {}};
    q->finish();
    const QDateTime now = Db::fromMs(Db::nowMs());
    CategoryState after = before;
    if (input.setLevel)
        after.level = input.level;
    after.seenAt = later(before.seenAt, atMost(input.seenAt, now));
    after.readUpTo = later(before.readUpTo, atMost(input.readUpTo, now));
    if (after == before)
        return after;
    QSqlQuery &put = m_db.prepare(u"category_state_put"_s);
    Db::bind(put, after);
    put.bindValue(u":user_id"_s, user.id);
    if (!tx.exec(put) ||
        !tx.touch(int(EntityKind::CategoryState), feedId(user.id, QString::number(categoryId)),
                  false, user.id) ||
        !tx.commit())
        return internalFailure(tx.error());
    return after;
}

Outcome<Notification> Activity::markRead(const AuthUser &user, qint64 id) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    QString error;
    std::optional<QSqlQuery> q = m_db.selectByIds(u"notifications_by_ids"_s, {QString::number(id)},
                                                  &error, {{u":user_id"_s, user.id}});
    if (!q)
        return internalFailure(error);
    // Another member's notification is not theirs to know of: the same answer as none.
    if (!q->next())
        return Failure{404, u"not_found"_s, tr("There is no notification %1.").arg(id)};
    Notification n = Db::readNotification(RowReader(*q));
    q->finish();
    if (n.read)
        return n;
    n.read = true;
    QSqlQuery &update = m_db.prepare(u"notification_read"_s);
    update.bindValue(u":id"_s, id);
    update.bindValue(u":user_id"_s, user.id);
    if (!tx.exec(update) ||
        !tx.touch(int(EntityKind::Notification), QString::number(id), false, user.id) ||
        !tx.commit())
        return internalFailure(tx.error());
    return n;
}

bool Activity::notify(WriteTransaction &tx, qint64 userId, const Notification &n) const
{
    return notify(tx, {{userId, n}});
}

bool Activity::notify(WriteTransaction &tx,
                      const QList<std::pair<qint64, Notification>> &each) const
{
    constexpr qsizetype Chunk = Database::RowsPerStatement;
    for (qsizetype start = 0; tx.ok() && start < each.size(); start += Chunk) {
        const qsizetype rows = qMin(Chunk, each.size() - start);
        QSqlQuery &q = m_db.prepare(u"notification_insert"_s, int(rows));
        for (qsizetype i = 0; i < rows; ++i) {
            const auto &[user, n] = each.at(start + i);
            const QString suffix = u'_' + QString::number(i);
            Db::bind(q, n, suffix);
            q.bindValue(u":user_id"_s + suffix, user);
        }
        QSqlQuery *written = tx.read(q);
        if (!written)
            return false;
        const RowReader row(*written);
        qsizetype returned = 0;
        while (written->next()) {
            ++returned;
            tx.touch(int(EntityKind::Notification), QString::number(row.integer("id"_L1)), false,
                     row.integer("user_id"_L1));
        }
        written->finish();
        if (returned != rows)
            tx.fail(u"%1 of %2 notifications were written"_s.arg(returned).arg(rows));
    }
    return tx.ok();
}

QHash<qint64, FollowLevel> Activity::threadLevels(WriteTransaction &tx, const QUuid &threadId) const
{
    QHash<qint64, FollowLevel> levels;
    QSqlQuery &q = m_db.prepare(u"thread_levels"_s);
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    if (!tx.exec(q))
        return levels;
    const RowReader row(q);
    while (q.next()) {
        if (const std::optional<FollowLevel> level = Db::readLevel(row, "level"_L1))
            levels.insert(row.integer("user_id"_L1), *level);
    }
    return levels;
}

bool Activity::threadAsked(WriteTransaction &tx, const Thread &thread) const
{
    // The category and its parents, nearest first.
    QStringList chain;
    qint64 id = thread.categoryId;
    while (id > 0 && chain.size() < 16 && !chain.contains(QString::number(id))) {
        chain.append(QString::number(id));
        QString error;
        std::optional<QSqlQuery> q =
            m_db.selectByIds(u"categories_by_ids"_s, {QString::number(id)}, &error);
        if (!q) {
            tx.fail(error);
            return false;
        }
        id = q->next() ? RowReader(*q).integer("parent_id"_L1) : 0;
    }
    QString error;
    std::optional<QSqlQuery> q = m_db.selectByIds(u"category_levels"_s, chain, &error);
    if (!q) {
        tx.fail(error);
        return false;
    }
    // Each member's level from the nearest category that has one.
    QHash<qint64, std::pair<qsizetype, FollowLevel>> nearest;
    const RowReader row(*q);
    while (q->next()) {
        const std::optional<FollowLevel> level = Db::readLevel(row, "level"_L1);
        const qsizetype depth = chain.indexOf(QString::number(row.integer("category_id"_L1)));
        const qint64 user = row.integer("user_id"_L1);
        const auto it = nearest.constFind(user);
        if (level && (it == nearest.constEnd() || depth < it->first))
            nearest.insert(user, {depth, *level});
    }
    q->finish();
    QList<qint64> watchers;
    for (auto it = nearest.constBegin(); it != nearest.constEnd(); ++it) {
        if (it->second == FollowLevel::Watching && it.key() != thread.authorId)
            watchers.append(it.key());
    }
    std::sort(watchers.begin(), watchers.end());
    const Notification asked{0,
                             Wire::name(NotificationKind::NewThread),
                             thread.id,
                             thread.id,
                             thread.authorId,
                             {},
                             thread.createdAt,
                             false};
    QList<std::pair<qint64, Notification>> each;
    for (const qint64 user : std::as_const(watchers))
        each.append({user, asked});
    return notify(tx, each);
}

QSqlQuery &Activity::followersStatement(const QUuid &threadId) const
{
    // Watching: those who said so, and those who answered and said nothing.
    QSqlQuery &q = m_db.prepare(u"thread_followers"_s);
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":thread_id2"_s, uuidText(threadId));
    return q;
}

QList<std::pair<qint64, Notification>> Activity::answerNotices(QSqlQuery &q, const Thread &thread,
                                                               const Answer &answer)
{
    QHash<qint64, FollowLevel> levels;
    QList<qint64> answerers;
    const RowReader row(q);
    while (q.next()) {
        const qint64 user = row.integer("user_id"_L1);
        if (row.integer("answered"_L1))
            answerers.append(user);
        else if (const std::optional<FollowLevel> level = Db::readLevel(row, "level"_L1))
            levels.insert(user, *level);
    }
    QList<qint64> watchers;
    for (auto it = levels.constBegin(); it != levels.constEnd(); ++it) {
        if (*it == FollowLevel::Watching)
            watchers.append(it.key());
    }
    for (const qint64 answerer : std::as_const(answerers)) {
        if (!levels.contains(answerer))
            watchers.append(answerer);
    }
    auto about = [&](NotificationKind kind) {
        return Notification{0,  Wire::name(kind), thread.id, answer.id, answer.authorId,
                            {}, answer.createdAt, false};
    };
    // The asker, then the others watching, in one statement.
    QList<std::pair<qint64, Notification>> each;
    if (thread.authorId != answer.authorId &&
        levels.value(thread.authorId, FollowLevel::Watching) != FollowLevel::Muted)
        each.append({thread.authorId, about(NotificationKind::Answer)});
    std::sort(watchers.begin(), watchers.end());
    watchers.erase(std::unique(watchers.begin(), watchers.end()), watchers.end());
    for (const qint64 user : std::as_const(watchers)) {
        if (user != answer.authorId && user != thread.authorId)
            each.append({user, about(NotificationKind::FollowedAnswer)});
    }
    return each;
}

bool Activity::bestAnswerChosen(WriteTransaction &tx, const Thread &thread, const Answer &answer,
                                const QDateTime &at) const
{
    const QHash<qint64, FollowLevel> levels = threadLevels(tx, thread.id);
    if (!tx.ok() || levels.value(answer.authorId) == FollowLevel::Muted)
        return tx.ok();
    return notify(tx, answer.authorId,
                  {0,
                   Wire::name(NotificationKind::BestAnswer),
                   thread.id,
                   answer.id,
                   thread.authorId,
                   {},
                   at,
                   false});
}

bool Activity::thanked(WriteTransaction &tx, const Thread &thread, const QUuid &bestAnswerId,
                       const QDateTime &at) const
{
    const Outcome<std::optional<Answer>> best = m_rows.answer(bestAnswerId);
    if (!best.ok()) {
        tx.fail(best.failure().message);
        return false;
    }
    if (!*best || (*best)->authorId == thread.authorId)
        return true;
    const QHash<qint64, FollowLevel> levels = threadLevels(tx, thread.id);
    if (!tx.ok() || levels.value((*best)->authorId) == FollowLevel::Muted)
        return tx.ok();
    return notify(tx, (*best)->authorId,
                  {0,
                   Wire::name(NotificationKind::Thanks),
                   thread.id,
                   bestAnswerId,
                   thread.authorId,
                   {},
                   at,
                   false});
}

} // namespace Soudan::Server
