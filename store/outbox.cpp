// The outbox's queue: items in order, their states, and the effects that follow the states.

#include "store/outbox.h"

#include "db/rowreader.h"
#include "domain/apicodec.h"
#include "domain/postid.h"
#include "domain/vocabulary.h"
#include "store/activitycache.h"
#include "store/boardreads.h"
#include "store/connection.h"
#include "store/ownposteffects.h"
#include "store/rows.h"
#include "store/searchindex.h"

#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::RowReader;
using Db::uuidText;

namespace {

const QVariant NullText(QMetaType::fromType<QString>());

// What a moderator's action shows on its item until the server confirms it.
AuditAction shownAction(const OutboxItem &item)
{
    switch (item.kind) {
    case OutboxKind::ModerationClaim:
        return AuditAction::Claimed;
    case OutboxKind::ModerationResolve:
        return Moderation::auditAction(ApiCodec::decodeResolve(item.payload)->action);
    case OutboxKind::ModerationRestore:
        return AuditAction::Restored;
    case OutboxKind::ModerationWarn:
        return AuditAction::Warned;
    default:
        return AuditAction::Noted;
    }
}

// One change to the search index, written at once.
template<typename Change>
bool indexing(const QSqlDatabase &db, Change change)
{
    SearchIndexer index(db);
    return change(index) && index.flush();
}

} // namespace

Outbox::Outbox(const StoreConnection &connection, const BoardReads &reads)
    : m_connection(connection)
    , m_reads(reads)
{}

std::optional<QUuid> Outbox::enqueue(OutboxKind kind, const QUuid &threadId, const QUuid &targetId,
                                     const QByteArray &payload, const QString &draftKey,
                                     const Effect &effect, qint64 targetNumber)
{
    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return std::nullopt;
    // A new post's id is also the item's; others are random (reports and supplements must be).
    const bool post = kind == OutboxKind::Question || kind == OutboxKind::Answer;
    const QUuid id = post ? PostId::make() : QUuid::createUuid();
    const qint64 now = Db::nowMs();
    bool ok = m_connection.run(
        u"outbox"_s, u"insert"_s,
        {{u":id"_s, uuidText(id)},
         {u":kind"_s, int(kind)},
         {u":thread_id"_s, Db::uuidOrNull(kind == OutboxKind::Question ? id : threadId)},
         {u":target_id"_s, Db::uuidOrNull(targetId)},
         {u":target_number"_s,
          Db::integerOrNull(targetNumber ? std::optional(targetNumber) : std::nullopt)},
         {u":payload"_s, QString::fromUtf8(payload)},
         {u":now"_s, now},
         {u":now2"_s, now}});
    if (ok && effect)
        ok = effect(id);
    if (ok && !draftKey.isEmpty())
        ok = m_connection.run(u"drafts"_s, u"remove"_s, {{u":key"_s, draftKey}});
    if (!ok || !tx.commit())
        return std::nullopt;

    StoreChange change;
    change.outbox = !isBookkeeping(kind);
    change.moderation = isModeration(kind);
    change.activity = isBookkeeping(kind) && kind != OutboxKind::View;
    if (!threadId.isNull())
        change.threadIds.insert(threadId);
    // A report (or an appeal) changes how its thread shows the post (報告済み).
    if (kind == OutboxKind::Report || kind == OutboxKind::Appeal)
        change.threadIds.insert(m_reads.threadOfPost(targetId));
    if (kind == OutboxKind::Question) {
        change.threadIds.insert(id);
        change.categoryIds.insert(ApiCodec::decodeQuestion(payload)->categoryId);
    }
    if (const std::optional<ThreadDetail> detail =
            threadId.isNull() ? std::nullopt : m_reads.threadDetail(threadId))
        change.categoryIds.insert(detail->thread.categoryId);
    m_connection.notify(change);
    return id;
}

QList<OutboxItem> Outbox::items(int limit) const
{
    QList<OutboxItem> items;
    QSqlQuery q = m_connection.prepare(
        u"outbox"_s, u"list"_s,
        {{u":sent_since"_s, Db::nowMs() - 24LL * 3600 * 1000}, {u":limit"_s, limit}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return items;
    }
    const RowReader row(q);
    while (q.next())
        items.append(StoreRows::readOutboxItem(row));
    return items;
}

std::optional<OutboxItem> Outbox::item(const QUuid &id) const
{
    QSqlQuery q = m_connection.prepare(u"outbox"_s, u"get"_s, {{u":id"_s, uuidText(id)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StoreRows::readOutboxItem(RowReader(q));
}

std::optional<OutboxItem> Outbox::nextWaiting() const
{
    QSqlQuery q = m_connection.prepare(u"outbox"_s, u"next_waiting"_s);
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return StoreRows::readOutboxItem(RowReader(q));
}

int Outbox::salvage(const QString &oldCachePath)
{
    // Read only, column by column as they are there: the file may be of another schema.
    const QString name = u"salvage-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QList<QVariantHash> rows;
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        old.setDatabaseName(oldCachePath);
        old.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (old.open()) {
            QSqlQuery q(old);
            if (q.exec(u"SELECT * FROM outbox WHERE state <> %1 ORDER BY seq"_s.arg(
                    int(OutboxState::Sent)))) {
                while (q.next()) {
                    QVariantHash row;
                    const QSqlRecord record = q.record();
                    for (int i = 0; i < record.count(); ++i)
                        row.insert(record.fieldName(i), record.value(i));
                    rows.append(row);
                }
            }
            old.close();
        }
    }
    QSqlDatabase::removeDatabase(name);

    StoreTransaction tx(m_connection);
    if (!tx.ok())
        return 0;
    int salvaged = 0;
    for (const QVariantHash &row : rows) {
        const int kind = row.value(u"kind"_s).toInt();
        const int state = row.value(u"state"_s).toInt();
        const QUuid id = QUuid::fromString(row.value(u"id"_s).toString());
        if (id.isNull() || kind < 0 || kind > int(LastOutboxKind) ||
            (state != int(OutboxState::Waiting) && state != int(OutboxState::NeedsAttention)) ||
            isBookkeeping(OutboxKind(kind)) || row.value(u"payload"_s).toString().isEmpty())
            continue;
        auto text = [&row](const QString &column) {
            const QVariant v = row.value(column);
            return v.isNull() || v.toString().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                        : QVariant(v.toString());
        };
        if (!m_connection.run(u"outbox"_s, u"insert_salvaged"_s,
                              {{u":id"_s, uuidText(id)},
                               {u":kind"_s, kind},
                               {u":thread_id"_s, text(u"thread_id"_s)},
                               {u":target_id"_s, text(u"target_id"_s)},
                               {u":target_number"_s, row.value(u"target_number"_s)},
                               {u":payload"_s, row.value(u"payload"_s).toString()},
                               {u":state"_s, state},
                               {u":error_code"_s, text(u"error_code"_s)},
                               {u":last_error"_s, text(u"last_error"_s)},
                               {u":created_ms"_s, row.value(u"created_ms"_s).toLongLong()},
                               {u":now"_s, Db::nowMs()},
                               {u":origin"_s, text(u"origin"_s)}}))
            return 0;
        ++salvaged;
    }
    if (!tx.commit())
        return 0;
    if (salvaged > 0) {
        StoreChange change;
        change.outbox = true;
        m_connection.notify(change);
    }
    return salvaged;
}

int Outbox::countElsewhere() const
{
    QSqlQuery q = m_connection.prepare(u"outbox"_s, u"count_elsewhere"_s);
    if (!q.exec() || !q.next()) {
        m_connection.fail(q.lastError().text());
        return 0;
    }
    return int(RowReader(q).integer("count"_L1));
}

int Outbox::count(OutboxState state) const
{
    QSqlQuery q =
        m_connection.prepare(u"outbox"_s, u"count_in_state"_s, {{u":state"_s, int(state)}});
    if (!q.exec() || !q.next()) {
        m_connection.fail(q.lastError().text());
        return 0;
    }
    return int(RowReader(q).integer("count"_L1));
}

bool Outbox::setLocalState(const OutboxItem &item, LocalState state)
{
    // The effect follows the item: a refused best answer or thanks is taken back until it is sent
    // again; a refused question or answer stays, marked.
    switch (item.kind) {
    case OutboxKind::Question:
        return m_connection.run(u"outbox"_s, u"thread_pending"_s,
                                {{u":pending"_s, int(state)}, {u":id"_s, uuidText(item.id)}});
    case OutboxKind::Answer:
        return m_connection.run(u"outbox"_s, u"answer_pending"_s,
                                {{u":pending"_s, int(state)}, {u":id"_s, uuidText(item.id)}});
    case OutboxKind::BestAnswer: {
        const QVariant answer =
            state == LocalState::NeedsAttention
                ? NullText
                : QVariant(uuidText(ApiCodec::decodeBestAnswer(item.payload)->answerId));
        return m_connection.run(u"outbox"_s, u"local_best_answer"_s,
                                {{u":answer_id"_s, answer}, {u":id"_s, uuidText(item.threadId)}});
    }
    case OutboxKind::Thanks: {
        const QVariant body = state == LocalState::NeedsAttention
                                  ? NullText
                                  : QVariant(ApiCodec::decodeThanks(item.payload)->body);
        return m_connection.run(
            u"outbox"_s, u"local_thanks"_s,
            {{u":body"_s, body}, {u":now"_s, Db::nowMs()}, {u":id"_s, uuidText(item.threadId)}});
    }
    case OutboxKind::Report:
    case OutboxKind::View:
    case OutboxKind::NotificationRead:
    case OutboxKind::Supplement: // shown from the outbox itself
    case OutboxKind::Appeal:
    case OutboxKind::RestrictMember:
        return true;
    case OutboxKind::EditQuestion:
    case OutboxKind::EditAnswer:
    case OutboxKind::WithdrawQuestion:
    case OutboxKind::WithdrawAnswer:
    case OutboxKind::CloseQuestion:
        return applyOwnPostEffect(m_connection, item.kind, item.threadId, item.targetId,
                                  item.payload, state);
    case OutboxKind::ThreadState:
    case OutboxKind::CategoryState:
        // A level set here shows until the server has it; refused or dropped, the server's shows
        // again. (Read marks only move forward and stay.)
        if (state == LocalState::Waiting)
            return true;
        return m_connection.run(u"activity"_s,
                                item.kind == OutboxKind::ThreadState ? u"thread_level_settled"_s
                                                                     : u"category_level_settled"_s,
                                {{u":item"_s, uuidText(item.id)}}) &&
               ActivityCache::refreshMarks(m_connection);
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ModerationNote:
    case OutboxKind::ModerationWarn:
        // Refused, the action stays shown on the item, marked, with its note in the outbox.
        if (state == LocalState::Synced) {
            return m_connection.run(
                u"moderation"_s, u"settled"_s,
                {{u":id"_s, uuidText(item.targetId)}, {u":id2"_s, uuidText(item.targetId)}});
        }
        return m_connection.run(u"moderation"_s, u"local_action"_s,
                                {{u":action"_s, Wire::name(shownAction(item))},
                                 {u":state"_s, int(state)},
                                 {u":id"_s, uuidText(item.targetId)}});
    }
    return true;
}

void Outbox::announce(const OutboxItem &item, bool everything) const
{
    StoreChange change;
    change.outbox = !isBookkeeping(item.kind);
    change.moderation = isModeration(item.kind);
    change.activity = isBookkeeping(item.kind) && item.kind != OutboxKind::View;
    change.everything = everything;
    change.threadIds.insert(item.kind == OutboxKind::Question ? item.id : item.threadId);
    m_connection.notify(change);
}

bool Outbox::markSent(const QUuid &id)
{
    const std::optional<OutboxItem> sent = item(id);
    if (!sent)
        return false;
    // A sent best answer or thanks stays shown until the server's row has its own.
    const bool keepsEffect =
        sent->kind == OutboxKind::BestAnswer || sent->kind == OutboxKind::Thanks;
    const bool ok = setState(*sent, OutboxState::Sent, NullText, NullText,
                             keepsEffect ? std::nullopt : std::optional(LocalState::Synced));
    if (ok)
        announce(*sent);
    return ok;
}

bool Outbox::setState(const OutboxItem &item, OutboxState state, const QVariant &code,
                      const QVariant &error, std::optional<LocalState> effect)
{
    StoreTransaction tx(m_connection);
    return tx.ok() &&
           m_connection.run(u"outbox"_s, u"set_state"_s,
                            {{u":state"_s, int(state)},
                             {u":code"_s, code},
                             {u":error"_s, error},
                             {u":now"_s, Db::nowMs()},
                             {u":id"_s, uuidText(item.id)}}) &&
           (!effect || setLocalState(item, *effect)) && tx.commit();
}

bool Outbox::markAttempt(const QUuid &id, const QString &error)
{
    const bool ok = m_connection.run(
        u"outbox"_s, u"attempted"_s,
        {{u":error"_s, error}, {u":now"_s, Db::nowMs()}, {u":id"_s, uuidText(id)}});
    if (ok) {
        StoreChange change;
        change.outbox = true;
        m_connection.notify(change);
    }
    return ok;
}

bool Outbox::markNeedsAttention(const QUuid &id, const QString &code, const QString &message)
{
    const std::optional<OutboxItem> refused = item(id);
    if (!refused)
        return false;
    if (!setState(*refused, OutboxState::NeedsAttention, code, message, LocalState::NeedsAttention))
        return false;
    StoreChange change;
    change.outbox = true;
    change.moderation = isModeration(refused->kind);
    change.threadIds.insert(refused->kind == OutboxKind::Question ? refused->id
                                                                  : refused->threadId);
    if (refused->kind == OutboxKind::BestAnswer) {
        if (const auto detail = m_reads.threadDetail(refused->threadId))
            change.categoryIds.insert(detail->thread.categoryId);
    }
    m_connection.notify(change);
    return true;
}

bool Outbox::resend(const QUuid &id, const QByteArray &payload)
{
    std::optional<OutboxItem> again = item(id);
    if (!again || again->state == OutboxState::Sent)
        return false;
    if (!payload.isEmpty())
        again->payload = payload;
    if (again->state == OutboxState::NeedsAttention) {
        again->payload = rebasedOwnEdit(m_connection, again->kind, again->threadId, again->targetId,
                                        again->payload);
    }
    const QDateTime created = again->createdAt;
    StoreTransaction tx(m_connection);
    bool ok = tx.ok() &&
              m_connection.run(u"outbox"_s, u"set_payload"_s,
                               {{u":payload"_s, QString::fromUtf8(again->payload)},
                                {u":now"_s, Db::nowMs()},
                                {u":id"_s, uuidText(id)}}) &&
              m_connection.run(u"outbox"_s, u"reset_attempts"_s,
                               {{u":now"_s, Db::nowMs()}, {u":id"_s, uuidText(id)}}) &&
              setLocalState(*again, LocalState::Waiting);
    // The text shown in place follows the edit.
    if (ok && again->kind == OutboxKind::Question) {
        const Result<QuestionInput> q = ApiCodec::decodeQuestion(again->payload);
        ok = q &&
             m_connection.run(u"outbox"_s, u"local_thread_edit"_s,
                              {{u":category_id"_s, q->categoryId},
                               {u":title"_s, q->title},
                               {u":body"_s, q->body},
                               {u":urgent"_s, q->urgency == Urgency::Urgent ? 1 : 0},
                               {u":id"_s, uuidText(id)}}) &&
             indexing(m_connection.db(), [&](SearchIndexer &index) {
                 return index.put(EntityKind::Thread, id, q->title + u'\n' + q->body,
                                  created.toMSecsSinceEpoch(), false);
             });
    } else if (ok && again->kind == OutboxKind::Answer) {
        const Result<AnswerInput> a = ApiCodec::decodeAnswerInput(again->payload);
        ok = a &&
             m_connection.run(u"outbox"_s, u"local_answer_edit"_s,
                              {{u":body"_s, a->body}, {u":id"_s, uuidText(id)}}) &&
             indexing(m_connection.db(), [&](SearchIndexer &index) {
                 return index.put(EntityKind::Answer, id, a->body, created.toMSecsSinceEpoch(),
                                  false);
             });
    }
    if (!ok || !tx.commit())
        return false;
    announce(*again);
    return true;
}

bool Outbox::discard(const QUuid &id)
{
    const std::optional<OutboxItem> dropped = item(id);
    if (!dropped || dropped->state == OutboxState::Sent)
        return false;
    StoreTransaction tx(m_connection);
    bool ok = tx.ok() && m_connection.run(u"outbox"_s, u"delete"_s, {{u":id"_s, uuidText(id)}});
    switch (dropped->kind) {
    case OutboxKind::Question:
        ok = ok &&
             indexing(m_connection.db(),
                      [&](SearchIndexer &index) { return index.removeThread(id); }) &&
             m_connection.run(u"outbox"_s, u"local_thread_delete"_s, {{u":id"_s, uuidText(id)}});
        break;
    case OutboxKind::Answer:
        ok = ok &&
             indexing(m_connection.db(), [&](SearchIndexer &index) { return index.remove(id); }) &&
             m_connection.run(u"outbox"_s, u"local_answer_delete"_s, {{u":id"_s, uuidText(id)}});
        break;
    case OutboxKind::BestAnswer:
    case OutboxKind::Thanks:
    case OutboxKind::EditQuestion:
    case OutboxKind::EditAnswer:
    case OutboxKind::WithdrawQuestion:
    case OutboxKind::WithdrawAnswer:
    case OutboxKind::CloseQuestion:
        ok = ok && setLocalState(*dropped, LocalState::NeedsAttention); // takes the effect back
        break;
    case OutboxKind::Supplement: // gone with its item
    case OutboxKind::Appeal:
    case OutboxKind::RestrictMember:
    case OutboxKind::Report:
    case OutboxKind::View:
    case OutboxKind::NotificationRead:
        break;
    case OutboxKind::ThreadState:
    case OutboxKind::CategoryState:
        ok = ok && setLocalState(*dropped, LocalState::Synced);
        break;
    case OutboxKind::ModerationClaim:
    case OutboxKind::ModerationResolve:
    case OutboxKind::ModerationRestore:
    case OutboxKind::ModerationNote:
    case OutboxKind::ModerationWarn:
        ok = ok && setLocalState(*dropped, LocalState::Synced);
        break;
    }
    if (!ok || !tx.commit())
        return false;
    // A question leaves its category's list.
    announce(*dropped, dropped->kind == OutboxKind::Question);
    return true;
}

} // namespace Soudan
