#include "store/ownposteffects.h"

#include "db/rowreader.h"
#include "domain/apicodec.h"
#include "store/connection.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Soudan {

using Db::uuidText;

bool applyOwnPostEffect(const StoreConnection &connection, OutboxKind kind, const QUuid &threadId,
                        const QUuid &targetId, const QByteArray &payload, LocalState state)
{
    const bool shown = state != LocalState::NeedsAttention;
    switch (kind) {
    case OutboxKind::EditQuestion: {
        const Result<QuestionEdit> edit = ApiCodec::decodeQuestionEdit(payload);
        if (!shown || !edit) {
            return connection.run(u"outbox"_s, u"local_question_edit_undo"_s,
                                  {{u":id"_s, uuidText(threadId)}});
        }
        return connection.run(u"outbox"_s, u"local_question_edit"_s,
                              {{u":title"_s, edit->title},
                               {u":body"_s, edit->body},
                               {u":urgent"_s, edit->urgency == Urgency::Urgent ? 1 : 0},
                               {u":base"_s, edit->revision},
                               {u":id"_s, uuidText(threadId)},
                               {u":base2"_s, edit->revision}});
    }
    case OutboxKind::EditAnswer: {
        const Result<AnswerEdit> edit = ApiCodec::decodeAnswerEdit(payload);
        if (!shown || !edit) {
            return connection.run(u"outbox"_s, u"local_answer_body_edit_undo"_s,
                                  {{u":id"_s, uuidText(targetId)}});
        }
        return connection.run(u"outbox"_s, u"local_answer_body_edit"_s,
                              {{u":body"_s, edit->body},
                               {u":base"_s, edit->revision},
                               {u":id"_s, uuidText(targetId)},
                               {u":base2"_s, edit->revision}});
    }
    case OutboxKind::WithdrawQuestion:
        return connection.run(u"outbox"_s, u"local_question_withdrawn"_s,
                              {{u":on"_s, shown ? 1 : 0}, {u":id"_s, uuidText(threadId)}});
    case OutboxKind::WithdrawAnswer:
        return connection.run(u"outbox"_s, u"local_answer_withdrawn"_s,
                              {{u":on"_s, shown ? 1 : 0}, {u":id"_s, uuidText(targetId)}});
    case OutboxKind::CloseQuestion:
        return connection.run(u"outbox"_s, u"local_closed"_s,
                              {{u":on"_s, shown ? 1 : 0}, {u":id"_s, uuidText(threadId)}});
    default:
        break;
    }
    return true;
}

QByteArray rebasedOwnEdit(const StoreConnection &connection, OutboxKind kind, const QUuid &threadId,
                          const QUuid &targetId, const QByteArray &payload)
{
    if (kind != OutboxKind::EditQuestion && kind != OutboxKind::EditAnswer)
        return payload;
    const bool question = kind == OutboxKind::EditQuestion;
    QSqlQuery q =
        connection.prepare(u"outbox"_s, question ? u"question_revision"_s : u"answer_revision"_s,
                           {{u":id"_s, uuidText(question ? threadId : targetId)}});
    if (!q.exec() || !q.next())
        return payload;
    const int revision = int(Db::RowReader(q).integer("revision"_L1));
    if (question) {
        const Result<QuestionEdit> decoded = ApiCodec::decodeQuestionEdit(payload);
        if (!decoded)
            return payload;
        QuestionEdit edit = decoded.value();
        edit.revision = revision;
        return ApiCodec::body(ApiCodec::encode(edit));
    }
    const Result<AnswerEdit> decoded = ApiCodec::decodeAnswerEdit(payload);
    if (!decoded)
        return payload;
    AnswerEdit edit = decoded.value();
    edit.revision = revision;
    return ApiCodec::body(ApiCodec::encode(edit));
}

} // namespace Soudan
