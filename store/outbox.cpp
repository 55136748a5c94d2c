// The Store's outbox and drafts: writing offline. Each write is an outbox item and its effect on
// the cached board, in one transaction; the sync engine sends the items in order.

#include "domain/apicodec.h"
#include "store/searchindex.h"
#include "store/sqltext.h"
#include "store/store.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan {

using SqlText::uuidText;

namespace {

QString sql(const QString &file, const QString &name)
{
    return SqlText::get(file, name);
}

QVariant uuidOrNull(const QUuid &id)
{
    return id.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(id));
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// What a moderator's action shows on its item until the server confirms it.
QString moderationAction(const OutboxItem &item)
{
    switch (item.kind) {
    case OutboxKind::ModerationClaim:
        return u"claimed"_s;
    case OutboxKind::ModerationResolve:
        return ApiCodec::decodeResolve(item.payload)->action == u"hide"_s ? u"hidden"_s
                                                                          : u"dismissed"_s;
    case OutboxKind::ModerationRestore:
        return u"restored"_s;
    case OutboxKind::ModerationNote:
        return u"note"_s;
    case OutboxKind::ModerationWarn:
        return u"warned"_s;
    default:
        return {};
    }
}

// One change to the search index, written at once.
template<typename Change>
bool indexing(const QSqlDatabase &db, Change change)
{
    SearchIndexer index(db);
    return change(index) && index.flush();
}

OutboxItem readItem(const QSqlQuery &q)
{
    OutboxItem item;
    item.seq = q.value(0).toLongLong();
    item.id = QUuid::fromString(q.value(1).toString());
    item.kind = OutboxKind(q.value(2).toInt());
    item.threadId = QUuid::fromString(q.value(3).toString());
    item.targetId = QUuid::fromString(q.value(4).toString());
    item.payload = q.value(5).toString().toUtf8();
    item.state = OutboxState(q.value(6).toInt());
    item.attempts = q.value(7).toInt();
    item.errorCode = q.value(8).toString();
    item.lastError = q.value(9).toString();
    item.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    item.updatedAt = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    return item;
}

} // namespace

bool Store::run(const QString &file, const QString &name,
                std::initializer_list<std::pair<QString, QVariant>> values)
{
    QSqlQuery q(db());
    q.prepare(sql(file, name));
    for (const auto &[key, value] : values)
        q.bindValue(key, value);
    if (q.exec())
        return true;
    m_lastError = u"%1.%2: %3"_s.arg(file, name, q.lastError().text());
    return false;
}

bool Store::setMe(const User &me)
{
    ChangeSet user;
    user.users = {me};
    return ingest(user) && setSyncValue(u"me_id"_s, QString::number(me.id)) &&
           setSyncValue(u"me_name"_s, me.displayName) &&
           setSyncValue(u"me_role"_s, me.role == Role::Moderator ? u"moderator"_s : u"member"_s);
}

std::optional<User> Store::me() const
{
    const qint64 id = syncValue(u"me_id"_s).toLongLong();
    if (id <= 0)
        return std::nullopt;
    return User{id, syncValue(u"me_name"_s),
                syncValue(u"me_role"_s) == u"moderator"_s ? Role::Moderator : Role::Member};
}

std::optional<QUuid> Store::enqueue(OutboxKind kind, const QUuid &threadId, const QUuid &targetId,
                                    const QByteArray &payload, const QString &draftKey,
                                    const std::function<bool(QSqlQuery &, const QUuid &)> &effect)
{
    QSqlDatabase connection = db();
    if (!connection.transaction()) {
        fail(connection.lastError().text());
        return std::nullopt;
    }
    const QUuid id = QUuid::createUuid();
    const qint64 now = nowMs();
    QSqlQuery q(connection);
    q.prepare(sql(u"outbox"_s, u"insert"_s));
    q.bindValue(u":id"_s, uuidText(id));
    q.bindValue(u":kind"_s, int(kind));
    q.bindValue(u":thread_id"_s, uuidOrNull(kind == OutboxKind::Question ? id : threadId));
    q.bindValue(u":target_id"_s, uuidOrNull(targetId));
    q.bindValue(u":payload"_s, QString::fromUtf8(payload));
    q.bindValue(u":now"_s, now);
    q.bindValue(u":now2"_s, now);
    bool ok = q.exec();
    QString error = q.lastError().text();
    if (ok && effect) {
        QSqlQuery e(connection);
        ok = effect(e, id);
        error = e.lastError().text();
    }
    if (ok && !draftKey.isEmpty()) {
        QSqlQuery d(connection);
        d.prepare(sql(u"drafts"_s, u"remove"_s));
        d.bindValue(u":key"_s, draftKey);
        ok = d.exec();
        error = d.lastError().text();
    }
    if (!ok || !connection.commit()) {
        connection.rollback();
        fail(error.isEmpty() ? connection.lastError().text() : error);
        return std::nullopt;
    }
    StoreChange change;
    change.outbox = true;
    change.moderation = kind >= OutboxKind::ModerationClaim;
    if (!threadId.isNull())
        change.threadIds.insert(threadId);
    if (kind == OutboxKind::Question) {
        change.threadIds.insert(id);
        change.categoryIds.insert(ApiCodec::decodeQuestion(payload)->categoryId);
    }
    if (const std::optional<ThreadDetail> detail =
            threadId.isNull() ? std::nullopt : threadDetail(threadId))
        change.categoryIds.insert(detail->thread.categoryId);
    Q_EMIT changed(change);
    return id;
}

std::optional<QUuid> Store::ask(const QuestionInput &question, const QString &draftKey)
{
    const std::optional<User> author = me();
    if (!author) {
        fail(u"not signed in"_s);
        return std::nullopt;
    }
    return enqueue(OutboxKind::Question, {}, {}, json(ApiCodec::encode(question)), draftKey,
                   [&](QSqlQuery &q, const QUuid &id) {
                       const qint64 now = nowMs();
                       q.prepare(sql(u"outbox"_s, u"local_thread"_s));
                       q.bindValue(u":id"_s, uuidText(id));
                       q.bindValue(u":category_id"_s, question.categoryId);
                       q.bindValue(u":author_id"_s, author->id);
                       q.bindValue(u":title"_s, question.title);
                       q.bindValue(u":body"_s, question.body);
                       q.bindValue(u":now"_s, now);
                       q.bindValue(u":now2"_s, now);
                       q.bindValue(u":urgent"_s, question.urgency == Urgency::Urgent ? 1 : 0);
                       // Found by search at once, like the server's posts.
                       return q.exec() && indexing(db(), [&](SearchIndexer &index) {
                                  return index.put(EntityKind::Thread, id, id,
                                                   question.title + u'\n' + question.body, now,
                                                   false);
                              });
                   });
}

std::optional<QUuid> Store::answer(const QUuid &threadId, const QString &body,
                                   const QString &draftKey)
{
    const std::optional<User> author = me();
    if (!author) {
        fail(u"not signed in"_s);
        return std::nullopt;
    }
    return enqueue(OutboxKind::Answer, threadId, {}, json(ApiCodec::encode(AnswerInput{body})),
                   draftKey, [&](QSqlQuery &q, const QUuid &id) {
                       q.prepare(sql(u"outbox"_s, u"local_answer"_s));
                       q.bindValue(u":id"_s, uuidText(id));
                       q.bindValue(u":thread_id"_s, uuidText(threadId));
                       q.bindValue(u":author_id"_s, author->id);
                       q.bindValue(u":body"_s, body);
                       const qint64 now = nowMs();
                       q.bindValue(u":now"_s, now);
                       return q.exec() && indexing(db(), [&](SearchIndexer &index) {
                                  return index.put(EntityKind::Answer, id, threadId, body, now,
                                                   false);
                              });
                   });
}

std::optional<QUuid> Store::chooseBestAnswer(const QUuid &threadId, const QUuid &answerId)
{
    return enqueue(OutboxKind::BestAnswer, threadId, answerId,
                   json(ApiCodec::encode(BestAnswerInput{answerId})), {},
                   [&](QSqlQuery &q, const QUuid &) {
                       q.prepare(sql(u"outbox"_s, u"local_best_answer"_s));
                       q.bindValue(u":answer_id"_s, uuidText(answerId));
                       q.bindValue(u":id"_s, uuidText(threadId));
                       return q.exec();
                   });
}

std::optional<QUuid> Store::thank(const QUuid &threadId, const QString &body,
                                  const QString &draftKey)
{
    return enqueue(OutboxKind::Thanks, threadId, {}, json(ApiCodec::encode(ThanksInput{body})),
                   draftKey, [&](QSqlQuery &q, const QUuid &) {
                       q.prepare(sql(u"outbox"_s, u"local_thanks"_s));
                       q.bindValue(u":body"_s, body);
                       q.bindValue(u":now"_s, nowMs());
                       q.bindValue(u":id"_s, uuidText(threadId));
                       return q.exec();
                   });
}

std::optional<QUuid> Store::report(const ReportInput &report, const QString &draftKey)
{
    return enqueue(OutboxKind::Report, {}, report.targetId, json(ApiCodec::encode(report)),
                   draftKey, nullptr);
}

bool Store::recordView(const QUuid &threadId)
{
    const qint64 dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery q(db());
    q.prepare(sql(u"outbox"_s, u"viewed_since"_s));
    q.bindValue(u":thread_id"_s, uuidText(threadId));
    q.bindValue(u":since"_s, dayStart);
    if (q.exec() && q.next() && q.value(0).toBool())
        return true;
    q.finish();
    return enqueue(OutboxKind::View, threadId, {}, "{}", {}, nullptr).has_value();
}

QList<OutboxItem> Store::outbox(int limit) const
{
    QList<OutboxItem> items;
    QSqlQuery q(db());
    q.prepare(sql(u"outbox"_s, u"list"_s));
    q.bindValue(u":sent_since"_s, nowMs() - 24LL * 3600 * 1000);
    q.bindValue(u":limit"_s, limit);
    if (!q.exec()) {
        fail(q.lastError().text());
        return items;
    }
    while (q.next())
        items.append(readItem(q));
    return items;
}

std::optional<OutboxItem> Store::outboxItem(const QUuid &id) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"outbox"_s, u"get"_s));
    q.bindValue(u":id"_s, uuidText(id));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readItem(q);
}

std::optional<OutboxItem> Store::nextWaiting() const
{
    QSqlQuery q(db());
    if (!q.exec(sql(u"outbox"_s, u"next_waiting"_s)) || !q.next())
        return std::nullopt;
    return readItem(q);
}

int Store::outboxCount(OutboxState state) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"outbox"_s, u"count_in_state"_s));
    q.bindValue(u":state"_s, int(state));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

bool Store::setLocalState(const OutboxItem &item, LocalState state)
{
    // The effect follows the item: a refused best answer or thanks is taken back until it is sent
    // again; a refused question or answer stays, marked.
    switch (item.kind) {
    case OutboxKind::Question:
        return run(u"outbox"_s, u"thread_pending"_s,
                   {{u":pending"_s, int(state)}, {u":id"_s, uuidText(item.id)}});
    case OutboxKind::Answer:
        return run(u"outbox"_s, u"answer_pending"_s,
                   {{u":pending"_s, int(state)}, {u":id"_s, uuidText(item.id)}});
    case OutboxKind::BestAnswer: {
        const QVariant answer =
            state == LocalState::NeedsAttention
                ? QVariant(QMetaType::fromType<QString>())
                : QVariant(uuidText(ApiCodec::decodeBestAnswer(item.payload)->answerId));
        return run(u"outbox"_s, u"local_best_answer"_s,
                   {{u":answer_id"_s, answer}, {u":id"_s, uuidText(item.threadId)}});
    }
    case OutboxKind::Thanks: {
        const QVariant body = state == LocalState::NeedsAttention
                                  ? QVariant(QMetaType::fromType<QString>())
                                  : QVariant(ApiCodec::decodeThanks(item.payload)->body);
        return run(u"outbox"_s, u"local_thanks"_s,
                   {{u":body"_s, body}, {u":now"_s, nowMs()}, {u":id"_s, uuidText(item.threadId)}});
    }
    case OutboxKind::Report:
    case OutboxKind::View:
        return true;
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ModerationNote:
    case OutboxKind::ModerationWarn:
        // Refused, the action stays shown on the item, marked, with its note in the outbox.
        if (state == LocalState::Synced) {
            return run(u"moderation"_s, u"settled"_s,
                       {{u":id"_s, uuidText(item.targetId)}, {u":id2"_s, uuidText(item.targetId)}});
        }
        return run(u"moderation"_s, u"local_action"_s,
                   {{u":action"_s, moderationAction(item)},
                    {u":state"_s, int(state)},
                    {u":id"_s, uuidText(item.targetId)}});
    }
    return true;
}

bool Store::markSent(const QUuid &id)
{
    const std::optional<OutboxItem> item = outboxItem(id);
    if (!item)
        return false;
    QSqlDatabase connection = db();
    connection.transaction();
    const bool ok = run(u"outbox"_s, u"set_state"_s,
                        {{u":state"_s, int(OutboxState::Sent)},
                         {u":code"_s, QVariant(QMetaType::fromType<QString>())},
                         {u":error"_s, QVariant(QMetaType::fromType<QString>())},
                         {u":now"_s, nowMs()},
                         {u":id"_s, uuidText(id)}}) &&
                    (item->kind == OutboxKind::BestAnswer || item->kind == OutboxKind::Thanks ||
                     setLocalState(*item, LocalState::Synced)) &&
                    connection.commit();
    if (!ok) {
        connection.rollback();
        return false;
    }
    StoreChange change;
    change.outbox = true;
    change.moderation = item->kind >= OutboxKind::ModerationClaim;
    change.threadIds.insert(item->kind == OutboxKind::Question ? item->id : item->threadId);
    Q_EMIT changed(change);
    return true;
}

bool Store::markAttempt(const QUuid &id, const QString &error)
{
    const bool ok = run(u"outbox"_s, u"attempted"_s,
                        {{u":error"_s, error}, {u":now"_s, nowMs()}, {u":id"_s, uuidText(id)}});
    if (ok) {
        StoreChange change;
        change.outbox = true;
        Q_EMIT changed(change);
    }
    return ok;
}

bool Store::markNeedsAttention(const QUuid &id, const QString &code, const QString &message)
{
    const std::optional<OutboxItem> item = outboxItem(id);
    if (!item)
        return false;
    QSqlDatabase connection = db();
    connection.transaction();
    const bool ok = run(u"outbox"_s, u"set_state"_s,
                        {{u":state"_s, int(OutboxState::NeedsAttention)},
                         {u":code"_s, code},
                         {u":error"_s, message},
                         {u":now"_s, nowMs()},
                         {u":id"_s, uuidText(id)}}) &&
                    setLocalState(*item, LocalState::NeedsAttention) && connection.commit();
    if (!ok) {
        connection.rollback();
        return false;
    }
    StoreChange change;
    change.outbox = true;
    change.moderation = item->kind >= OutboxKind::ModerationClaim;
    change.threadIds.insert(item->kind == OutboxKind::Question ? item->id : item->threadId);
    if (item->kind == OutboxKind::BestAnswer) {
        if (const auto detail = threadDetail(item->threadId))
            change.categoryIds.insert(detail->thread.categoryId);
    }
    Q_EMIT changed(change);
    return true;
}

bool Store::resend(const QUuid &id, const QByteArray &payload)
{
    std::optional<OutboxItem> item = outboxItem(id);
    if (!item || item->state == OutboxState::Sent)
        return false;
    if (!payload.isEmpty())
        item->payload = payload;
    QSqlDatabase connection = db();
    connection.transaction();
    bool ok =
        run(u"outbox"_s, u"set_payload"_s,
            {{u":payload"_s, QString::fromUtf8(item->payload)},
             {u":now"_s, nowMs()},
             {u":id"_s, uuidText(id)}}) &&
        run(u"outbox"_s, u"reset_attempts"_s, {{u":now"_s, nowMs()}, {u":id"_s, uuidText(id)}}) &&
        setLocalState(*item, LocalState::Waiting);
    // The text shown in place follows the edit.
    if (ok && item->kind == OutboxKind::Question) {
        const Result<QuestionInput> q = ApiCodec::decodeQuestion(item->payload);
        ok = q &&
             run(u"outbox"_s, u"local_thread_edit"_s,
                 {{u":category_id"_s, q->categoryId},
                  {u":title"_s, q->title},
                  {u":body"_s, q->body},
                  {u":urgent"_s, q->urgency == Urgency::Urgent ? 1 : 0},
                  {u":id"_s, uuidText(id)}}) &&
             indexing(db(), [&](SearchIndexer &index) {
                 return index.put(EntityKind::Thread, id, id, q->title + u'\n' + q->body,
                                  item->createdAt.toMSecsSinceEpoch(), false);
             });
    } else if (ok && item->kind == OutboxKind::Answer) {
        const Result<AnswerInput> a = ApiCodec::decodeAnswerInput(item->payload);
        ok = a &&
             run(u"outbox"_s, u"local_answer_edit"_s,
                 {{u":body"_s, a->body}, {u":id"_s, uuidText(id)}}) &&
             indexing(db(), [&](SearchIndexer &index) {
                 return index.put(EntityKind::Answer, id, item->threadId, a->body,
                                  item->createdAt.toMSecsSinceEpoch(), false);
             });
    }
    if (!ok || !connection.commit()) {
        connection.rollback();
        return false;
    }
    StoreChange change;
    change.outbox = true;
    change.moderation = item->kind >= OutboxKind::ModerationClaim;
    change.threadIds.insert(item->kind == OutboxKind::Question ? item->id : item->threadId);
    Q_EMIT changed(change);
    return true;
}

bool Store::discard(const QUuid &id)
{
    const std::optional<OutboxItem> item = outboxItem(id);
    if (!item || item->state == OutboxState::Sent)
        return false;
    QSqlDatabase connection = db();
    connection.transaction();
    bool ok = run(u"outbox"_s, u"delete"_s, {{u":id"_s, uuidText(id)}});
    switch (item->kind) {
    case OutboxKind::Question:
        ok = ok && run(u"outbox"_s, u"local_thread_delete"_s, {{u":id"_s, uuidText(id)}}) &&
             indexing(db(), [&](SearchIndexer &index) { return index.removeThread(id); });
        break;
    case OutboxKind::Answer:
        ok = ok && run(u"outbox"_s, u"local_answer_delete"_s, {{u":id"_s, uuidText(id)}}) &&
             indexing(db(), [&](SearchIndexer &index) { return index.remove(id); });
        break;
    case OutboxKind::BestAnswer:
    case OutboxKind::Thanks:
        ok = ok && setLocalState(*item, LocalState::NeedsAttention); // takes the effect back
        break;
    case OutboxKind::Report:
    case OutboxKind::View:
        break;
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ModerationNote:
    case OutboxKind::ModerationWarn:
        ok = ok && setLocalState(*item, LocalState::Synced);
        break;
    }
    if (!ok || !connection.commit()) {
        connection.rollback();
        return false;
    }
    StoreChange change;
    change.outbox = true;
    change.moderation = item->kind >= OutboxKind::ModerationClaim;
    change.everything = item->kind == OutboxKind::Question; // it leaves its category's list
    change.threadIds.insert(item->kind == OutboxKind::Question ? item->id : item->threadId);
    Q_EMIT changed(change);
    return true;
}

bool Store::saveDraft(const QString &key, const QJsonObject &content)
{
    return run(u"drafts"_s, u"save"_s,
               {{u":key"_s, key},
                {u":content"_s, QString::fromUtf8(json(content))},
                {u":now"_s, nowMs()}});
}

QJsonObject Store::draft(const QString &key) const
{
    QSqlQuery q(db());
    q.prepare(sql(u"drafts"_s, u"get"_s));
    q.bindValue(u":key"_s, key);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

bool Store::removeDraft(const QString &key)
{
    return run(u"drafts"_s, u"remove"_s, {{u":key"_s, key}});
}

} // namespace Soudan
