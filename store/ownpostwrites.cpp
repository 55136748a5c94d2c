// The user's changes to their own posts: outbox items with their effect on the cached board
// (store/ownposteffects.h).

#include "db/rowreader.h"
#include "domain/apicodec.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/connection.h"
#include "store/outbox.h"
#include "store/ownposteffects.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::uuidText;

std::optional<int> BoardWrites::editBase(const QString &statement, const QUuid &postId) const
{
    QSqlQuery q = m_connection.prepare(u"outbox"_s, statement, {{u":id"_s, uuidText(postId)}});
    if (!q.exec()) {
        m_connection.fail(q.lastError().text());
        return std::nullopt;
    }
    if (!q.next()) {
        m_connection.fail(u"no post %1"_s.arg(uuidText(postId)));
        return std::nullopt;
    }
    return int(Db::RowReader(q).integer("base"_L1));
}

std::optional<QUuid> BoardWrites::ownPostItem(OutboxKind kind, const QUuid &threadId,
                                              const QUuid &targetId, const QByteArray &payload,
                                              const QString &draftKey)
{
    return m_outbox.enqueue(kind, threadId, targetId, payload, draftKey, [&](const QUuid &) {
        return applyOwnPostEffect(m_connection, kind, threadId, targetId, payload,
                                  LocalState::Waiting);
    });
}

std::optional<QUuid> BoardWrites::editQuestion(const QUuid &threadId, const QuestionInput &question,
                                               const QString &draftKey)
{
    const std::optional<int> base = editBase(u"question_edit_base"_s, threadId);
    if (!base)
        return std::nullopt;
    const QuestionEdit edit{*base, question.title, question.body, question.urgency};
    return ownPostItem(OutboxKind::EditQuestion, threadId, {},
                       ApiCodec::body(ApiCodec::encode(edit)), draftKey);
}

std::optional<QUuid> BoardWrites::editAnswer(const QUuid &threadId, const QUuid &answerId,
                                             const QString &body, const QString &draftKey)
{
    const std::optional<int> base = editBase(u"answer_edit_base"_s, answerId);
    if (!base)
        return std::nullopt;
    return ownPostItem(OutboxKind::EditAnswer, threadId, answerId,
                       ApiCodec::body(ApiCodec::encode(AnswerEdit{*base, body})), draftKey);
}

std::optional<QUuid> BoardWrites::supplement(const QUuid &threadId, const QString &body,
                                             const QString &draftKey)
{
    return ownPostItem(OutboxKind::Supplement, threadId, {},
                       ApiCodec::body(ApiCodec::encode(SupplementInput{body})), draftKey);
}

std::optional<QUuid> BoardWrites::withdrawQuestion(const QUuid &threadId)
{
    return ownPostItem(OutboxKind::WithdrawQuestion, threadId, {}, "{}", {});
}

std::optional<QUuid> BoardWrites::withdrawAnswer(const QUuid &threadId, const QUuid &answerId)
{
    return ownPostItem(OutboxKind::WithdrawAnswer, threadId, answerId, "{}", {});
}

std::optional<QUuid> BoardWrites::closeQuestion(const QUuid &threadId)
{
    return ownPostItem(OutboxKind::CloseQuestion, threadId, {}, "{}", {});
}

std::optional<QUuid> BoardWrites::appeal(const QUuid &postId, const QString &text)
{
    return m_outbox.enqueue(OutboxKind::Appeal, m_reads.threadOfPost(postId), postId,
                            ApiCodec::body(ApiCodec::encode(AppealInput{text})), {}, nullptr);
}

} // namespace Soudan
