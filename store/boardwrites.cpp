// The user's writes: an outbox item each, with its effect on the cached board.

#include "store/boardwrites.h"

#include "db/rowreader.h"
#include "domain/apicodec.h"
#include "store/boardreads.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/searchindex.h"
#include "store/syncwriter.h"

#include <QJsonDocument>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::uuidText;

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A post written here is found by search at once, like the server's posts.
bool indexed(const StoreConnection &connection, EntityKind kind, const QUuid &id,
             const QString &text, qint64 createdMs)
{
    SearchIndexer index(connection.db());
    return (index.put(kind, id, text, createdMs, false) && index.flush()) ||
           connection.fail(index.error());
}

} // namespace

BoardWrites::BoardWrites(const StoreConnection &connection, const BoardReads &reads,
                         const SyncWriter &account, Outbox &outbox)
    : m_connection(connection)
    , m_reads(reads)
    , m_account(account)
    , m_outbox(outbox)
{}

std::optional<QUuid> BoardWrites::ask(const QuestionInput &question, const QString &draftKey)
{
    const std::optional<User> author = m_account.me();
    if (!author) {
        m_connection.fail(u"not signed in"_s);
        return std::nullopt;
    }
    return m_outbox.enqueue(
        OutboxKind::Question, {}, {}, json(ApiCodec::encode(question)), draftKey,
        [&](const QUuid &id) {
            const qint64 now = Db::nowMs();
            return m_connection.run(
                       u"outbox"_s, u"local_thread"_s,
                       {{u":id"_s, uuidText(id)},
                        {u":category_id"_s, question.categoryId},
                        {u":author_id"_s, author->id},
                        {u":title"_s, question.title},
                        {u":body"_s, question.body},
                        {u":now"_s, now},
                        {u":now2"_s, now},
                        {u":urgent"_s, question.urgency == Urgency::Urgent ? 1 : 0}}) &&
                   indexed(m_connection, EntityKind::Thread, id,
                           question.title + u'\n' + question.body, now);
        });
}

std::optional<QUuid> BoardWrites::answer(const QUuid &threadId, const QString &body,
                                         const QString &draftKey)
{
    const std::optional<User> author = m_account.me();
    if (!author) {
        m_connection.fail(u"not signed in"_s);
        return std::nullopt;
    }
    return m_outbox.enqueue(OutboxKind::Answer, threadId, {},
                            json(ApiCodec::encode(AnswerInput{body})), draftKey,
                            [&](const QUuid &id) {
                                const qint64 now = Db::nowMs();
                                return m_connection.run(u"outbox"_s, u"local_answer"_s,
                                                        {{u":id"_s, uuidText(id)},
                                                         {u":thread_id"_s, uuidText(threadId)},
                                                         {u":author_id"_s, author->id},
                                                         {u":body"_s, body},
                                                         {u":now"_s, now}}) &&
                                       indexed(m_connection, EntityKind::Answer, id, body, now);
                            });
}

std::optional<QUuid> BoardWrites::chooseBestAnswer(const QUuid &threadId, const QUuid &answerId)
{
    return m_outbox.enqueue(OutboxKind::BestAnswer, threadId, answerId,
                            json(ApiCodec::encode(BestAnswerInput{answerId})), {},
                            [&](const QUuid &) {
                                return m_connection.run(u"outbox"_s, u"local_best_answer"_s,
                                                        {{u":answer_id"_s, uuidText(answerId)},
                                                         {u":id"_s, uuidText(threadId)}});
                            });
}

std::optional<QUuid> BoardWrites::thank(const QUuid &threadId, const QString &body,
                                        const QString &draftKey)
{
    return m_outbox.enqueue(
        OutboxKind::Thanks, threadId, {}, json(ApiCodec::encode(ThanksInput{body})), draftKey,
        [&](const QUuid &) {
            if (!m_connection.run(
                    u"outbox"_s, u"local_thanks"_s,
                    {{u":body"_s, body}, {u":now"_s, Db::nowMs()}, {u":id"_s, uuidText(threadId)}}))
                return false;
            // The thanks are searchable at once, offline too.
            QSqlQuery q = m_connection.prepare(u"search"_s, u"question_for_index"_s,
                                               {{u":id"_s, uuidText(threadId)}});
            if (!q.exec())
                return m_connection.fail(q.lastError().text());
            if (!q.next())
                return true;
            const Db::RowReader row(q);
            const QString text = SearchIndexer::questionText(
                row.text("title"_L1), row.text("body"_L1), row.text("thanks"_L1));
            const qint64 created = row.integer("created_ms"_L1);
            q.finish();
            return indexed(m_connection, EntityKind::Thread, threadId, text, created);
        });
}

std::optional<QUuid> BoardWrites::report(const ReportInput &report, const QString &draftKey)
{
    return m_outbox.enqueue(OutboxKind::Report, {}, report.targetId, json(ApiCodec::encode(report)),
                            draftKey, nullptr);
}

bool BoardWrites::recordView(const QUuid &threadId)
{
    const qint64 dayStart = QDateTime(QDate::currentDate(), QTime(0, 0)).toMSecsSinceEpoch();
    QSqlQuery q =
        m_connection.prepare(u"outbox"_s, u"viewed_since"_s,
                             {{u":thread_id"_s, uuidText(threadId)}, {u":since"_s, dayStart}});
    if (!q.exec() || !q.next())
        return m_connection.fail(q.lastError().text());
    if (Db::RowReader(q).flag("viewed"_L1))
        return true;
    q.finish();
    return m_outbox.enqueue(OutboxKind::View, threadId, {}, "{}", {}, nullptr).has_value();
}

} // namespace Soudan
