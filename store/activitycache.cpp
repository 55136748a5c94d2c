// What is new for the user: notifications, follow levels and read marks in the cache.

#include "store/activitycache.h"

#include "db/boardrows.h"
#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "store/boardreads.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/sqltext.h"
#include "store/syncwriter.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

namespace {

NotificationView readView(const RowReader &row)
{
    NotificationView view;
    view.notification = Db::readNotification(row);
    view.actorName = row.text("actor_name"_L1);
    view.threadTitle = row.text("thread_title"_L1);
    view.categoryId = row.integer("category_id"_L1);
    view.unread = row.flag("unread"_L1);
    return view;
}

} // namespace

ActivityCache::ActivityCache(const StoreConnection &connection, const SyncWriter &account,
                             Outbox &outbox)
    : m_connection(connection)
    , m_account(account)
    , m_outbox(outbox)
{}

bool ActivityCache::refreshMarks(const StoreConnection &connection)
{
    return connection.run(u"activity"_s, u"effective_clear"_s) &&
           connection.run(u"activity"_s, u"effective_fill"_s) &&
           connection.run(u"activity"_s, u"settle_notifications"_s);
}

qint64 ActivityCache::meId() const
{
    const std::optional<User> me = m_account.me();
    return me ? me->id : 0;
}

qint64 ActivityCache::boardTime() const
{
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"board_time"_s);
    if (!q.exec() || !q.next()) {
        m_connection.fail(q.lastError().text());
        return 0;
    }
    return RowReader(q).integer("board_ms"_L1);
}

std::optional<QUuid> ActivityCache::enqueue(OutboxKind kind, const QUuid &threadId, qint64 number,
                                            const QByteArray &payload,
                                            const std::function<bool(const QUuid &)> &effect)
{
    auto withMarks = [&](const QUuid &id) { return effect(id) && refreshMarks(m_connection); };
    if (m_account.me())
        return m_outbox.enqueue(kind, threadId, {}, payload, {}, withMarks, number);
    // Without an account (the demo board) the marks are kept here only.
    StoreTransaction tx(m_connection);
    if (!tx.ok() || !withMarks({}) || !tx.commit())
        return std::nullopt;
    StoreChange change;
    change.activity = true;
    if (!threadId.isNull())
        change.threadIds.insert(threadId);
    m_connection.notify(change);
    return QUuid();
}

bool ActivityCache::setThreadLevel(const QUuid &threadId, std::optional<FollowLevel> level)
{
    if (!m_account.me())
        return m_connection.fail(u"not signed in"_s);
    const qint64 me = meId();
    return enqueue(OutboxKind::ThreadState, threadId, 0,
                   ApiCodec::body(ApiCodec::encode(ThreadStateInput{true, level, {}})),
                   [&](const QUuid &item) {
                       return m_connection.run(u"activity"_s, u"thread_local"_s,
                                               {{u":thread_id"_s, uuidText(threadId)},
                                                {u":thread_id2"_s, uuidText(threadId)},
                                                {u":me"_s, me}}) &&
                              m_connection.run(u"activity"_s, u"thread_local_level"_s,
                                               {{u":item"_s, uuidText(item)},
                                                {u":level"_s, Db::levelOrNull(level)},
                                                {u":thread_id"_s, uuidText(threadId)}});
                   })
        .has_value();
}

bool ActivityCache::setCategoryLevel(qint64 categoryId, std::optional<FollowLevel> level)
{
    if (!m_account.me())
        return m_connection.fail(u"not signed in"_s);
    if (categoryId == 0 && level)
        return m_connection.fail(u"the whole board has no level"_s);
    return enqueue(OutboxKind::CategoryState, {}, categoryId,
                   ApiCodec::body(ApiCodec::encode(CategoryStateInput{true, level, {}, {}})),
                   [&](const QUuid &item) {
                       return m_connection.run(u"activity"_s, u"category_local"_s,
                                               {{u":category_id"_s, categoryId}}) &&
                              m_connection.run(u"activity"_s, u"category_local_level"_s,
                                               {{u":item"_s, uuidText(item)},
                                                {u":level"_s, Db::levelOrNull(level)},
                                                {u":category_id"_s, categoryId}});
                   })
        .has_value();
}

bool ActivityCache::markThreadRead(const QUuid &threadId, bool *queued)
{
    if (queued)
        *queued = false;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"thread_read_mark"_s,
                                       {{u":thread_id"_s, uuidText(threadId)}});
    if (!q.exec())
        return m_connection.fail(q.lastError().text());
    if (!q.next())
        return true; // not in the cache
    const RowReader row(q);
    const qint64 last = row.integer("last_activity_ms"_L1);
    const bool synced = LocalState(row.integer("pending"_L1)) == LocalState::Synced;
    const qint64 mark = row.integer("read_mark"_L1);
    q.finish();
    // A question not sent yet is the user's own: nothing in it to read.
    if (!synced || last <= mark)
        return true;
    const qint64 me = meId();
    const std::optional<QUuid> item = enqueue(
        OutboxKind::ThreadState, threadId, 0,
        ApiCodec::body(ApiCodec::encode(ThreadStateInput{false, {}, Db::fromMs(last)})),
        [&](const QUuid &) {
            return m_connection.run(u"activity"_s, u"thread_local"_s,
                                    {{u":thread_id"_s, uuidText(threadId)},
                                     {u":thread_id2"_s, uuidText(threadId)},
                                     {u":me"_s, me}}) &&
                   m_connection.run(u"activity"_s, u"thread_local_read"_s,
                                    {{u":read_ms"_s, last}, {u":thread_id"_s, uuidText(threadId)}});
        });
    if (queued)
        *queued = item.has_value();
    return item.has_value();
}

bool ActivityCache::lookedAtCategory(qint64 categoryId)
{
    return moveCategoryMark(categoryId, false);
}

bool ActivityCache::markCategoryRead(qint64 categoryId)
{
    return moveCategoryMark(categoryId, true);
}

bool ActivityCache::moveCategoryMark(qint64 categoryId, bool read)
{
    const qint64 now = boardTime();
    QSqlQuery q =
        m_connection.prepare(u"activity"_s, u"category_marks"_s, {{u":category_id"_s, categoryId}});
    if (!q.exec())
        return m_connection.fail(q.lastError().text());
    const qint64 mark = q.next() ? RowReader(q).integer(read ? "read_mark"_L1 : "seen_mark"_L1) : 0;
    q.finish();
    if (now <= mark)
        return true; // marks only move forward
    const QDateTime at = Db::fromMs(now);
    const CategoryStateInput input{false, {}, read ? QDateTime() : at, read ? at : QDateTime()};
    return enqueue(OutboxKind::CategoryState, {}, categoryId,
                   ApiCodec::body(ApiCodec::encode(input)),
                   [&](const QUuid &) {
                       return m_connection.run(u"activity"_s, u"category_local"_s,
                                               {{u":category_id"_s, categoryId}}) &&
                              m_connection.run(u"activity"_s, u"category_local_marks"_s,
                                               {{u":seen_ms"_s, read ? 0 : now},
                                                {u":read_ms"_s, read ? now : 0},
                                                {u":category_id"_s, categoryId}});
                   })
        .has_value();
}

bool ActivityCache::markNotificationRead(qint64 id)
{
    return enqueue(OutboxKind::NotificationRead, {}, id, "{}",
                   [&](const QUuid &) {
                       return m_connection.run(u"activity"_s, u"notification_read_here"_s,
                                               {{u":id"_s, id}});
                   })
        .has_value();
}

bool ActivityCache::confirm(const OutboxItem &item, const QByteArray &reply)
{
    const Result<QJsonValue> body = JsonCodec::parse(reply);
    if (!body)
        return m_connection.fail(body.error());
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return false;
    bool ok = true;
    switch (item.kind) {
    case OutboxKind::ThreadState: {
        const Result<ThreadState> state = JsonCodec::decodeThreadState(body.value());
        if (!state)
            return m_connection.fail(state.error());
        QSqlQuery q = m_connection.prepare(u"activity"_s, u"thread_state_upsert"_s);
        Db::bind(q, state.value());
        q.bindValue(u":thread_id2"_s, uuidText(state->threadId));
        q.bindValue(u":me"_s, meId());
        ok = (q.exec() || m_connection.fail(q.lastError().text())) &&
             m_connection.run(u"activity"_s, u"thread_level_settled"_s,
                              {{u":item"_s, uuidText(item.id)}});
        break;
    }
    case OutboxKind::CategoryState: {
        const Result<CategoryState> state = JsonCodec::decodeCategoryState(body.value());
        if (!state)
            return m_connection.fail(state.error());
        QSqlQuery q = m_connection.prepare(u"activity"_s, u"category_state_upsert"_s);
        Db::bind(q, state.value());
        ok = (q.exec() || m_connection.fail(q.lastError().text())) &&
             m_connection.run(u"activity"_s, u"category_level_settled"_s,
                              {{u":item"_s, uuidText(item.id)}});
        break;
    }
    case OutboxKind::NotificationRead: {
        const Result<Notification> n = JsonCodec::decodeNotification(body.value());
        if (!n)
            return m_connection.fail(n.error());
        QSqlQuery q = m_connection.prepare(u"activity"_s, u"notification_upsert"_s);
        Db::bind(q, n.value());
        ok = q.exec() || m_connection.fail(q.lastError().text());
        break;
    }
    default:
        return m_connection.fail(u"not a state item"_s);
    }
    if (!ok || !refreshMarks(m_connection) || !tx.commit())
        return false;
    return m_outbox.markSent(item.id);
}

FollowState ActivityCache::threadFollow(const QUuid &threadId) const
{
    FollowState state;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"thread_follow"_s,
                                       {{u":thread_id"_s, uuidText(threadId)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return state;
    }
    if (!q.next())
        return state;
    const RowReader row(q);
    state.own = Db::readLevel(row, "own_level"_L1);
    state.waiting = !row.isNull("local_item"_L1);
    const bool asked = row.flag("asked"_L1);
    const bool answered = row.flag("answered"_L1);
    const qint64 categoryId = row.integer("category_id"_L1);
    q.finish();
    if (state.own) {
        state.effective = *state.own;
        state.reason = FollowReason::Chosen;
    } else if (asked || answered) {
        state.effective = FollowLevel::Watching;
        state.reason = asked ? FollowReason::Asked : FollowReason::Answered;
    } else if (const FollowState category = categoryFollow(categoryId);
               category.effective != FollowLevel::Normal) {
        // A muted category mutes its threads; a watched one tells of its new threads only.
        state.effective =
            category.effective == FollowLevel::Muted ? FollowLevel::Muted : FollowLevel::Normal;
        state.reason = FollowReason::Category;
        state.levelFrom = category.levelFrom;
    }
    return state;
}

FollowState ActivityCache::categoryFollow(qint64 categoryId) const
{
    FollowState state;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"category_effective"_s,
                                       {{u":category_id"_s, categoryId}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return state;
    }
    if (!q.next())
        return state;
    const RowReader row(q);
    const std::optional<FollowLevel> level = Db::readLevel(row, "level"_L1);
    const qint64 from = row.integer("level_from"_L1);
    q.finish();
    QSqlQuery own =
        m_connection.prepare(u"activity"_s, u"category_marks"_s, {{u":category_id"_s, categoryId}});
    if (own.exec() && own.next())
        state.waiting = !RowReader(own).isNull("local_item"_L1);
    if (!level)
        return state;
    state.effective = *level;
    if (from == categoryId) {
        state.own = level;
        state.reason = FollowReason::Chosen;
    } else {
        state.reason = FollowReason::Category;
        state.levelFrom = from;
    }
    return state;
}

QList<NotificationView> ActivityCache::notifications(int limit) const
{
    QList<NotificationView> list;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"notifications"_s, {{u":limit"_s, limit}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return list;
    }
    const RowReader row(q);
    while (q.next())
        list.append(readView(row));
    return list;
}

int ActivityCache::unreadNotificationCount() const
{
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"unread_count"_s);
    if (!q.exec() || !q.next()) {
        m_connection.fail(q.lastError().text());
        return 0;
    }
    return int(RowReader(q).integer("count"_L1));
}

QList<NotificationView> ActivityCache::takeUnshown()
{
    QList<NotificationView> list;
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return list;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"unshown"_s);
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return list;
    }
    const RowReader row(q);
    while (q.next())
        list.append(readView(row));
    q.finish();
    if (list.isEmpty() || !m_connection.run(u"activity"_s, u"shown"_s) || !tx.commit())
        return {};
    return list;
}

QHash<qint64, CategoryCounts> ActivityCache::categoryActivity() const
{
    QHash<qint64, CategoryCounts> counts;
    for (const QString &name : {u"new_counts"_s, u"unread_counts"_s}) {
        QSqlQuery q = m_connection.prepare(u"activity"_s, name, {{u":me"_s, meId()}});
        if (!q.exec()) {
            m_connection.fail(q.lastError().text());
            return {};
        }
        const RowReader row(q);
        while (q.next()) {
            CategoryCounts &c = counts[row.integer("category_id"_L1)];
            (name == u"new_counts"_s ? c.newThreads : c.unreadThreads) =
                int(row.integer("count"_L1));
        }
    }
    return counts;
}

bool ActivityCache::markNew(const StoreConnection &connection, QList<ThreadSummary> &rows)
{
    if (rows.isEmpty())
        return true;
    QStringList placeholders;
    for (qsizetype i = 0; i < rows.size(); ++i)
        placeholders.append(u":t"_s + QString::number(i));
    QSqlQuery q(connection.db());
    q.setForwardOnly(true);
    QString text = SqlText::get(u"activity"_s, u"page_marks"_s);
    if (!q.prepare(text.replace(u"{ids}"_s, placeholders.join(u", "_s))))
        return connection.fail(q.lastError().text());
    QHash<QUuid, qsizetype> byId;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        q.bindValue(placeholders.at(i), uuidText(rows.at(i).id));
        byId.insert(rows.at(i).id, i);
    }
    const qint64 me = connection.value(u"me_id"_s).toLongLong();
    q.bindValue(u":me"_s, me);
    q.bindValue(u":me2"_s, me);
    if (!q.exec())
        return connection.fail(q.lastError().text());
    const RowReader row(q);
    while (q.next()) {
        ThreadSummary &summary = rows[byId.value(row.uuid("id"_L1))];
        summary.isNew = row.flag("is_new"_L1);
        summary.unreadAnswers = int(row.integer("unread_answers"_L1));
    }
    return true;
}

QList<ThreadSummary> ActivityCache::myQuestions(int limit) const
{
    QList<ThreadSummary> rows;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"my_questions"_s,
                                       {{u":me"_s, meId()}, {u":limit"_s, limit}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return rows;
    }
    const RowReader r(q);
    while (q.next()) {
        ThreadSummary row = BoardReads::summaryOf(r);
        row.unreadAnswers = int(r.integer("unread_answers"_L1));
        rows.append(std::move(row));
    }
    return rows;
}

QList<MyAnswer> ActivityCache::myAnswers(int limit) const
{
    QList<MyAnswer> rows;
    QSqlQuery q = m_connection.prepare(u"activity"_s, u"my_answers"_s,
                                       {{u":me"_s, meId()}, {u":limit"_s, limit}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return rows;
    }
    const RowReader r(q);
    while (q.next()) {
        rows.append({r.uuid("id"_L1), r.uuid("thread_id"_L1), r.integer("category_id"_L1),
                     r.text("title"_L1), r.text("body"_L1), r.integer("created_ms"_L1),
                     r.flag("best"_L1), LocalState(r.integer("pending"_L1))});
    }
    return rows;
}

} // namespace Soudan
