#include "db/boardrows.h"

#include "domain/vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Soudan::Db {

QVariant supplementsText(const QList<Supplement> &supplements)
{
    if (supplements.isEmpty())
        return textOrNull(std::nullopt);
    QJsonArray list;
    for (const Supplement &s : supplements) {
        list.append(QJsonObject{{u"id"_s, uuidText(s.id)},
                                {u"body"_s, s.body},
                                {u"at_ms"_s, s.at.toMSecsSinceEpoch()}});
    }
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

QList<Supplement> readSupplements(const QString &text)
{
    QList<Supplement> list;
    if (text.isEmpty())
        return list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        list.append({QUuid::fromString(o.value(u"id"_s).toString()), o.value(u"body"_s).toString(),
                     fromMs(o.value(u"at_ms"_s).toInteger())});
    }
    return list;
}

void bind(QSqlQuery &q, const Thread &t)
{
    q.bindValue(u":id"_s, uuidText(t.id));
    q.bindValue(u":category_id"_s, t.categoryId);
    q.bindValue(u":author_id"_s, t.authorId);
    q.bindValue(u":title"_s, t.title);
    q.bindValue(u":body"_s, t.body);
    q.bindValue(u":created_ms"_s, t.createdAt.toMSecsSinceEpoch());
    q.bindValue(u":last_activity_ms"_s, t.lastActivityAt.toMSecsSinceEpoch());
    q.bindValue(u":status"_s, int(t.status));
    q.bindValue(u":urgent"_s, t.urgency == Urgency::Urgent ? 1 : 0);
    q.bindValue(u":view_count"_s, t.viewCount);
    q.bindValue(u":answer_count"_s, t.answerCount);
    q.bindValue(u":best_answer_id"_s, uuidOrNull(t.bestAnswerId));
    q.bindValue(u":thanks_body"_s,
                textOrNull(t.thanks ? std::optional(t.thanks->body) : std::nullopt));
    q.bindValue(
        u":thanks_ms"_s,
        integerOrNull(t.thanks ? std::optional(t.thanks->at.toMSecsSinceEpoch()) : std::nullopt));
    q.bindValue(u":version"_s, t.version);
    q.bindValue(u":hidden"_s, t.hidden ? 1 : 0);
    q.bindValue(
        u":hidden_reason"_s,
        textOrNull(t.hiddenReason.isEmpty() ? std::nullopt : std::optional(t.hiddenReason)));
    q.bindValue(u":revision"_s, t.revision);
    q.bindValue(u":edited_ms"_s,
                integerOrNull(t.editedAt.isValid() ? std::optional(t.editedAt.toMSecsSinceEpoch())
                                                   : std::nullopt));
    q.bindValue(u":withdrawn"_s, t.withdrawn ? 1 : 0);
    q.bindValue(u":supplements"_s, supplementsText(t.supplements));
}

void bind(QSqlQuery &q, const Answer &a)
{
    q.bindValue(u":id"_s, uuidText(a.id));
    q.bindValue(u":thread_id"_s, uuidText(a.threadId));
    q.bindValue(u":author_id"_s, a.authorId);
    q.bindValue(u":body"_s, a.body);
    q.bindValue(u":created_ms"_s, a.createdAt.toMSecsSinceEpoch());
    q.bindValue(u":version"_s, a.version);
    q.bindValue(u":hidden"_s, a.hidden ? 1 : 0);
    q.bindValue(
        u":hidden_reason"_s,
        textOrNull(a.hiddenReason.isEmpty() ? std::nullopt : std::optional(a.hiddenReason)));
    q.bindValue(u":revision"_s, a.revision);
    q.bindValue(u":edited_ms"_s,
                integerOrNull(a.editedAt.isValid() ? std::optional(a.editedAt.toMSecsSinceEpoch())
                                                   : std::nullopt));
    q.bindValue(u":withdrawn"_s, a.withdrawn ? 1 : 0);
}

void bind(QSqlQuery &q, const Category &c)
{
    q.bindValue(u":id"_s, c.id);
    q.bindValue(u":parent_id"_s, integerOrNull(c.parentId));
    q.bindValue(u":name"_s, c.name);
    q.bindValue(u":side"_s, int(c.side));
    q.bindValue(u":sort_order"_s, c.order);
}

void bind(QSqlQuery &q, const User &u)
{
    q.bindValue(u":id"_s, u.id);
    q.bindValue(u":display_name"_s, u.displayName);
    q.bindValue(u":role"_s, int(u.role));
}

Thread readThread(const RowReader &row)
{
    Thread t;
    t.id = row.uuid("id"_L1);
    t.categoryId = row.integer("category_id"_L1);
    t.authorId = row.integer("author_id"_L1);
    t.title = row.text("title"_L1);
    t.body = row.text("body"_L1);
    t.createdAt = row.time("created_ms"_L1);
    t.lastActivityAt = row.time("last_activity_ms"_L1);
    t.status = threadStatusFromInt(int(row.integer("status"_L1)));
    t.urgency = row.flag("urgent"_L1) ? Urgency::Urgent : Urgency::Calm;
    t.viewCount = row.integer("view_count"_L1);
    t.answerCount = int(row.integer("answer_count"_L1));
    t.bestAnswerId = row.uuid("best_answer_id"_L1);
    if (!row.isNull("thanks_body"_L1))
        t.thanks = Thanks{row.text("thanks_body"_L1), row.time("thanks_ms"_L1)};
    t.version = row.integer("version"_L1);
    t.hidden = row.flag("hidden"_L1);
    t.hiddenReason = row.text("hidden_reason"_L1);
    t.revision = int(row.integer("revision"_L1));
    t.editedAt = row.isNull("edited_ms"_L1) ? QDateTime() : row.time("edited_ms"_L1);
    t.withdrawn = row.flag("withdrawn"_L1);
    t.supplements = readSupplements(row.text("supplements"_L1));
    return t;
}

Answer readAnswer(const RowReader &row)
{
    Answer a;
    a.id = row.uuid("id"_L1);
    a.threadId = row.uuid("thread_id"_L1);
    a.authorId = row.integer("author_id"_L1);
    a.body = row.text("body"_L1);
    a.createdAt = row.time("created_ms"_L1);
    a.version = row.integer("version"_L1);
    a.hidden = row.flag("hidden"_L1);
    a.hiddenReason = row.text("hidden_reason"_L1);
    a.revision = int(row.integer("revision"_L1));
    a.editedAt = row.isNull("edited_ms"_L1) ? QDateTime() : row.time("edited_ms"_L1);
    a.withdrawn = row.flag("withdrawn"_L1);
    return a;
}

Category readCategory(const RowReader &row)
{
    Category c;
    c.id = row.integer("id"_L1);
    if (!row.isNull("parent_id"_L1))
        c.parentId = row.integer("parent_id"_L1);
    c.name = row.text("name"_L1);
    c.side = row.integer("side"_L1) == int(Side::Client) ? Side::Client : Side::Contractor;
    c.order = int(row.integer("sort_order"_L1));
    return c;
}

User readUser(const RowReader &row)
{
    return User{row.integer("id"_L1), row.text("display_name"_L1),
                row.integer("role"_L1) == int(Role::Moderator) ? Role::Moderator : Role::Member};
}

QVariant levelOrNull(std::optional<FollowLevel> level)
{
    return textOrNull(level ? std::optional(Wire::name(*level)) : std::nullopt);
}

std::optional<FollowLevel> readLevel(const RowReader &row, QLatin1StringView column)
{
    return row.isNull(column) ? std::nullopt : Wire::parse<FollowLevel>(row.text(column));
}

qint64 msOrZero(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromMsOrNull(qint64 ms)
{
    return ms > 0 ? fromMs(ms) : QDateTime();
}

void bind(QSqlQuery &q, const Notification &n, const QString &suffix)
{
    q.bindValue(u":id"_s + suffix, n.id);
    q.bindValue(u":kind"_s + suffix, n.kind);
    q.bindValue(u":thread_id"_s + suffix, uuidOrNull(n.threadId));
    q.bindValue(u":post_id"_s + suffix, uuidOrNull(n.postId));
    q.bindValue(u":actor_id"_s + suffix,
                integerOrNull(n.actorId ? std::optional(n.actorId) : std::nullopt));
    q.bindValue(u":detail"_s + suffix, n.detail.isNull() ? u""_s : n.detail); // never NULL
    q.bindValue(u":at_ms"_s + suffix, n.at.toMSecsSinceEpoch());
    q.bindValue(u":is_read"_s + suffix, n.read ? 1 : 0);
}

void bind(QSqlQuery &q, const ThreadState &s)
{
    q.bindValue(u":thread_id"_s, uuidText(s.threadId));
    q.bindValue(u":level"_s, levelOrNull(s.level));
    q.bindValue(u":read_ms"_s, msOrZero(s.readUpTo));
}

void bind(QSqlQuery &q, const CategoryState &s)
{
    q.bindValue(u":category_id"_s, s.categoryId);
    q.bindValue(u":level"_s, levelOrNull(s.level));
    q.bindValue(u":seen_ms"_s, msOrZero(s.seenAt));
    q.bindValue(u":read_ms"_s, msOrZero(s.readUpTo));
}

Notification readNotification(const RowReader &row)
{
    Notification n;
    n.id = row.integer("id"_L1);
    n.kind = row.text("kind"_L1);
    n.threadId = row.uuid("thread_id"_L1);
    n.postId = row.uuid("post_id"_L1);
    n.actorId = row.integer("actor_id"_L1);
    n.detail = row.text("detail"_L1);
    n.at = row.time("at_ms"_L1);
    n.read = row.flag("is_read"_L1);
    return n;
}

ThreadState readThreadState(const RowReader &row)
{
    return ThreadState{row.uuid("thread_id"_L1), readLevel(row, "level"_L1),
                       fromMsOrNull(row.integer("read_ms"_L1))};
}

CategoryState readCategoryState(const RowReader &row)
{
    return CategoryState{row.integer("category_id"_L1), readLevel(row, "level"_L1),
                         fromMsOrNull(row.integer("seen_ms"_L1)),
                         fromMsOrNull(row.integer("read_ms"_L1))};
}

} // namespace Soudan::Db
