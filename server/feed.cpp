#include "server/feed.h"

#include "db/boardrows.h"
#include "server/idempotency.h"
#include "server/reports.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan::Server {

using Db::RowReader;
using Db::uuidText;

namespace {

struct FeedRow
{
    qint64 seq;
    EntityKind kind;
    QString id;
    bool deleted;
};

// The current rows of one kind, by id, or the failure of the statement: a row missing here is
// gone, so a lookup that failed must never look like one that found nothing.
template<typename T, typename Read, typename Key>
Outcome<QHash<QString, T>> rowsByIds(const Database &db, const QString &statement,
                                     const QStringList &ids, Read read, Key key,
                                     const QVariantHash &values = {})
{
    QHash<QString, T> rows;
    if (ids.isEmpty())
        return rows;
    QString error;
    std::optional<QSqlQuery> q = db.selectByIds(statement, ids, &error, values);
    if (!q)
        return internalFailure(error);
    const RowReader row(*q);
    while (q->next()) {
        const T value = read(row);
        rows.insert(key(value), value);
    }
    return rows;
}

} // namespace

Feed::Feed(const Database &db, const Reports &reports, const Idempotency &idempotency)
    : m_db(db)
    , m_reports(reports)
    , m_idempotency(idempotency)
{}

Outcome<qint64> Feed::lastSeq() const
{
    QSqlQuery &state = m_db.prepare(u"feed_state"_s);
    if (!state.exec() || !state.next())
        return internalFailure(state.lastError().text());
    return RowReader(state).integer("last_seq"_L1);
}

Outcome<ChangesPage> Feed::changes(const QString &cursorText, int limit,
                                   const AuthUser &reader) const
{
    // A cursor is "<seq>", or "<seq>-<horizon>" once tombstones have been dropped: the horizon
    // when the reader's pass began. A reader below the horizon may have missed a dropped
    // tombstone, unless its pass began after the drop (it then never had those rows).
    qint64 cursor = 0;
    qint64 cursorHorizon = 0;
    if (!cursorText.isEmpty()) {
        const QStringList parts = cursorText.split(u'-');
        bool ok = parts.size() <= 2 && cursorText.size() <= 40;
        for (const QString &part : parts)
            ok = ok && !part.isEmpty() && part.size() <= 18 && part.front().isDigit();
        if (ok)
            cursor = parts.at(0).toLongLong(&ok);
        if (ok && parts.size() == 2)
            cursorHorizon = parts.at(1).toLongLong(&ok);
        if (!ok)
            return Failure{400, u"invalid_cursor"_s, tr("The cursor is not one this server gave.")};
    }
    if (limit < 1 || limit > 1000)
        return Failure{400, u"invalid_limit"_s, tr("limit must be between 1 and 1000.")};

    QSqlQuery &state = m_db.prepare(u"feed_state"_s);
    if (!state.exec() || !state.next())
        return internalFailure(state.lastError().text());
    const qint64 lastSeq = RowReader(state).integer("last_seq"_L1);
    const qint64 horizon = RowReader(state).integer("horizon"_L1);
    state.finish();
    if (cursor > lastSeq || (cursor > 0 && cursor < horizon && cursorHorizon != horizon)) {
        return Failure{
            410, u"cursor_expired"_s,
            tr("This cursor is too old or unknown here: start again from the beginning.")};
    }

    QList<FeedRow> rows;
    QSqlQuery &feed = m_db.prepare(u"feed_page"_s);
    feed.bindValue(u":cursor"_s, cursor);
    feed.bindValue(u":limit"_s, limit + 1);
    feed.bindValue(u":reader"_s, reader.id);
    if (!feed.exec())
        return internalFailure(feed.lastError().text());
    const RowReader entry(feed);
    while (feed.next()) {
        rows.append({entry.integer("seq"_L1), EntityKind(entry.integer("kind"_L1)),
                     entry.text("entity_id"_L1), entry.flag("deleted"_L1)});
    }
    feed.finish();
    ChangesPage page;
    page.hasMore = rows.size() > limit;
    if (page.hasMore)
        rows.resize(limit);
    // At the end of the feed the reader has seen everything up to lastSeq (read before the
    // rows, and sequence numbers commit in order), also where the last rows were dropped.
    const qint64 next = rows.isEmpty() ? cursor : rows.constLast().seq;
    page.cursor = QString::number(page.hasMore ? next : qMax(next, lastSeq));
    if (horizon > 0)
        page.cursor += u'-' + QString::number(horizon);
    page.latest = QString::number(lastSeq);

    // The ids to look up, by EntityKind; a private row's own id follows its owner's ("7:…").
    constexpr int Kinds = int(EntityKind::CategoryState) + 1;
    QStringList ids[Kinds];
    for (FeedRow &r : rows) {
        if (r.kind == EntityKind::ThreadState || r.kind == EntityKind::CategoryState)
            r.id = r.id.section(u':', 1);
        if (!r.deleted && int(r.kind) < Kinds)
            ids[int(r.kind)].append(r.id);
    }
    const auto categories = rowsByIds<Category>(
        m_db, u"categories_by_ids"_s, ids[int(EntityKind::Category)], Db::readCategory,
        [](const Category &c) { return QString::number(c.id); });
    const auto users =
        rowsByIds<User>(m_db, u"users_by_ids"_s, ids[int(EntityKind::User)], Db::readUser,
                        [](const User &u) { return QString::number(u.id); });
    const auto threads =
        rowsByIds<Thread>(m_db, u"threads_by_ids"_s, ids[int(EntityKind::Thread)], Db::readThread,
                          [](const Thread &t) { return uuidText(t.id); });
    const auto answers =
        rowsByIds<Answer>(m_db, u"answers_by_ids"_s, ids[int(EntityKind::Answer)], Db::readAnswer,
                          [](const Answer &a) { return uuidText(a.id); });
    const QVariantHash own{{u":user_id"_s, reader.id}};
    const auto notifications = rowsByIds<Notification>(
        m_db, u"notifications_by_ids"_s, ids[int(EntityKind::Notification)], Db::readNotification,
        [](const Notification &n) { return QString::number(n.id); }, own);
    const auto threadStates = rowsByIds<ThreadState>(
        m_db, u"thread_states_by_ids"_s, ids[int(EntityKind::ThreadState)], Db::readThreadState,
        [](const ThreadState &t) { return uuidText(t.threadId); }, own);
    const auto categoryStates = rowsByIds<CategoryState>(
        m_db, u"category_states_by_ids"_s, ids[int(EntityKind::CategoryState)],
        Db::readCategoryState, [](const CategoryState &c) { return QString::number(c.categoryId); },
        own);
    for (const Failure *failure :
         {categories.ok() ? nullptr : &categories.failure(),
          users.ok() ? nullptr : &users.failure(), threads.ok() ? nullptr : &threads.failure(),
          answers.ok() ? nullptr : &answers.failure(),
          notifications.ok() ? nullptr : &notifications.failure(),
          threadStates.ok() ? nullptr : &threadStates.failure(),
          categoryStates.ok() ? nullptr : &categoryStates.failure()}) {
        if (failure)
            return *failure;
    }
    const bool moderator = reader.role == Role::Moderator;
    // An answer of a hidden thread is hidden with it.
    QStringList parents;
    for (const Answer &a : *answers)
        parents.append(uuidText(a.threadId));
    const auto parentThreads =
        rowsByIds<Thread>(m_db, u"threads_by_ids"_s, moderator ? QStringList() : parents,
                          Db::readThread, [](const Thread &t) { return uuidText(t.id); });
    if (!parentThreads.ok())
        return parentThreads.failure();

    ChangeSet &c = page.changes;
    for (const FeedRow &r : std::as_const(rows)) {
        bool gone = r.deleted;
        switch (r.kind) {
        case EntityKind::Category:
            gone = gone || !categories->contains(r.id);
            if (!gone)
                c.categories.append(categories->value(r.id));
            break;
        case EntityKind::User:
            gone = gone || !users->contains(r.id);
            if (!gone) {
                // Who moderates is for members to know, not for anyone who asks.
                User u = users->value(r.id);
                if (reader.id == 0)
                    u.role = Role::Member;
                c.users.append(u);
            }
            break;
        case EntityKind::Thread: {
            const auto it = threads->constFind(r.id);
            // A hidden post stays with its author, who sees why (and may appeal).
            gone = gone || it == threads->constEnd() ||
                   (it->hidden && !moderator && it->authorId != reader.id);
            if (!gone)
                c.threads.append(*it);
            break;
        }
        case EntityKind::Answer: {
            const auto it = answers->constFind(r.id);
            gone = gone || it == answers->constEnd() ||
                   (!moderator && ((it->hidden && it->authorId != reader.id) ||
                                   parentThreads->value(uuidText(it->threadId)).hidden));
            if (!gone)
                c.answers.append(*it);
            break;
        }
        case EntityKind::ModerationItem: {
            // Reports and their audit are for moderators only: others do not even see a row.
            if (!moderator)
                continue;
            const Outcome<std::optional<ModerationItem>> item =
                r.deleted ? Outcome<std::optional<ModerationItem>>(std::nullopt)
                          : m_reports.item(QUuid::fromString(r.id));
            if (!item.ok())
                return item.failure();
            if (*item)
                c.moderationItems.append(**item);
            else
                gone = true;
            break;
        }
        case EntityKind::Notification:
            gone = gone || !notifications->contains(r.id);
            if (!gone)
                c.notifications.append(notifications->value(r.id));
            break;
        case EntityKind::ThreadState:
            gone = gone || !threadStates->contains(r.id);
            if (!gone)
                c.threadStates.append(threadStates->value(r.id));
            break;
        case EntityKind::CategoryState:
            gone = gone || !categoryStates->contains(r.id);
            if (!gone)
                c.categoryStates.append(categoryStates->value(r.id));
            break;
        }
        if (gone)
            c.tombstones.append({r.kind, r.id});
    }
    return page;
}

Outcome<PruneSummary> Feed::prune(qint64 olderThanMs) const
{
    WriteTransaction tx(m_db);
    if (!tx.ok())
        return internalFailure(tx.error());
    PruneSummary summary;
    const qint64 before = Db::nowMs() - olderThanMs;
    auto ids = [&](const QString &statement, const QString &param, const QVariant &value) {
        QStringList list;
        QSqlQuery &q = m_db.prepare(statement);
        q.bindValue(param, value);
        if (tx.exec(q)) {
            const RowReader row(q);
            while (q.next())
                list.append(row.text("id"_L1));
        }
        return list;
    };
    auto run = [&](const QString &statement, const QString &id) {
        QSqlQuery &q = m_db.prepare(statement);
        q.bindValue(u":id"_s, id);
        return tx.exec(q);
    };
    for (const QString &threadId : ids(u"hidden_threads_before"_s, u":before"_s, before)) {
        const QStringList answerIds = ids(u"answer_ids_of_thread"_s, u":thread_id"_s, threadId);
        for (const QString &answerId : answerIds)
            tx.touch(int(EntityKind::Answer), answerId, true);
        run(u"answers_delete_of_thread"_s, threadId);
        run(u"views_delete_of_thread"_s, threadId);
        run(u"thread_delete"_s, threadId);
        tx.touch(int(EntityKind::Thread), threadId, true);
        ++summary.threads;
        summary.answers += int(answerIds.size());
    }
    for (const QString &answerId : ids(u"hidden_answers_before"_s, u":before"_s, before)) {
        QSqlQuery &of = m_db.prepare(u"answer_get"_s);
        of.bindValue(u":id"_s, answerId);
        if (!tx.exec(of))
            break;
        const std::optional<Answer> a =
            of.next() ? std::optional(Db::readAnswer(RowReader(of))) : std::nullopt;
        of.finish();
        run(u"answer_delete"_s, answerId);
        tx.touch(int(EntityKind::Answer), answerId, true);
        if (a) {
            QSqlQuery &q = m_db.prepare(u"thread_recount"_s);
            q.bindValue(u":id"_s, uuidText(a->threadId));
            q.bindValue(u":id2"_s, uuidText(a->threadId));
            tx.exec(q);
            tx.touch(int(EntityKind::Thread), uuidText(a->threadId));
        }
        ++summary.answers;
    }
    m_idempotency.prune(tx, before);
    // Tombstones older than the age go; a cursor from before the newest of them would miss one.
    // The tombstones of this pass count too (with an age of 0 they are old enough to go).
    tx.flushTouches();
    QSqlQuery &newest = m_db.prepare(u"tombstones_before"_s);
    newest.bindValue(u":before"_s, before + (olderThanMs == 0 ? 1 : 0));
    if (!tx.exec(newest) || !newest.next())
        return internalFailure(tx.error());
    const qint64 seq = RowReader(newest).integer("seq"_L1);
    newest.finish();
    if (seq > 0) {
        QSqlQuery &drop = m_db.prepare(u"tombstones_delete"_s);
        drop.bindValue(u":seq"_s, seq);
        tx.exec(drop);
        summary.tombstones = drop.numRowsAffected();
        QSqlQuery &horizon = m_db.prepare(u"feed_set_horizon"_s);
        horizon.bindValue(u":horizon"_s, seq);
        horizon.bindValue(u":horizon2"_s, seq);
        tx.exec(horizon);
        summary.horizon = seq;
    }
    // Every statement above ran in tx, which keeps the first failure: commit then fails.
    if (!tx.commit())
        return internalFailure(tx.error());
    return summary;
}

} // namespace Soudan::Server
