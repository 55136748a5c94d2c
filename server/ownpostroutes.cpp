#include "server/ownpostroutes.h"

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "server/ownposts.h"
#include "server/reports.h"
#include "server/restrictions.h"

using namespace Qt::StringLiterals;

namespace Soudan::Server::OwnPostRoutes {

using namespace Http;

namespace {

// The thread's id (and the answer's) from the path, for a signed-in member; or the reply that
// refuses the request.
struct Target
{
    QUuid threadId;
    QUuid answerId;
    std::optional<Reply> refusal;
};

Target target(const Context &c, bool answer)
{
    const auto threadId = uuidFrom(c.match(1));
    if (!threadId)
        return {{}, {}, badId(c.match(1))};
    std::optional<QUuid> answerId;
    if (answer) {
        answerId = uuidFrom(c.match(2));
        if (!answerId)
            return {{}, {}, badId(c.match(2))};
    }
    if (!c.user)
        return {{}, {}, signInFirst()};
    return {*threadId, answerId.value_or(QUuid()), std::nullopt};
}

// An action without a body: one that comes with one was meant for another route.
std::optional<Reply> noBody(const Context &c)
{
    if (!c.request.body.empty() && c.request.body != "{}")
        return error(422, u"invalid_field"_s, u"This route takes no body."_s);
    return std::nullopt;
}

template<typename T>
Reply written(const Outcome<Written<T>> &w)
{
    if (!w.ok())
        return error(w.failure());
    return {200, JsonCodec::encode(w->value)};
}

} // namespace

Reply editQuestion(const Board &board, const Context &c)
{
    const Target t = target(c, false);
    if (t.refusal)
        return *t.refusal;
    const Result<QuestionEdit> edit = ApiCodec::decodeQuestionEdit(c.body());
    if (!edit)
        return invalidBody(edit.error());
    return written(board.ownPosts().editQuestion(*c.user, t.threadId, edit.value()));
}

Reply editAnswer(const Board &board, const Context &c)
{
    const Target t = target(c, true);
    if (t.refusal)
        return *t.refusal;
    const Result<AnswerEdit> edit = ApiCodec::decodeAnswerEdit(c.body());
    if (!edit)
        return invalidBody(edit.error());
    return written(board.ownPosts().editAnswer(*c.user, t.threadId, t.answerId, edit.value()));
}

Reply supplement(const Board &board, const Context &c)
{
    const Target t = target(c, true); // the supplement's own id is the second
    if (t.refusal)
        return *t.refusal;
    if (t.answerId.version() != QUuid::Random)
        return error(422, u"invalid_id"_s, u"A supplement's id is a random UUID (version 4)."_s);
    const Result<SupplementInput> input = ApiCodec::decodeSupplement(c.body());
    if (!input)
        return invalidBody(input.error());
    const auto w = board.ownPosts().supplement(*c.user, t.threadId, t.answerId, input.value());
    if (!w.ok())
        return error(w.failure());
    return {w->created ? 201 : 200, JsonCodec::encode(w->value)};
}

Reply withdrawQuestion(const Board &board, const Context &c)
{
    const Target t = target(c, false);
    if (t.refusal)
        return *t.refusal;
    if (auto refusal = noBody(c))
        return *refusal;
    return written(board.ownPosts().withdrawQuestion(*c.user, t.threadId));
}

Reply withdrawAnswer(const Board &board, const Context &c)
{
    const Target t = target(c, true);
    if (t.refusal)
        return *t.refusal;
    if (auto refusal = noBody(c))
        return *refusal;
    return written(board.ownPosts().withdrawAnswer(*c.user, t.threadId, t.answerId));
}

Reply close(const Board &board, const Context &c)
{
    const Target t = target(c, false);
    if (t.refusal)
        return *t.refusal;
    if (auto refusal = noBody(c))
        return *refusal;
    return written(board.ownPosts().close(*c.user, t.threadId));
}

Reply questionRevisions(const Board &board, const Context &c)
{
    const Target t = target(c, false);
    if (t.refusal)
        return *t.refusal;
    const Outcome<QList<Revision>> list = board.ownPosts().revisions(*c.user, t.threadId);
    if (!list.ok())
        return error(list.failure());
    return {200, ApiCodec::encodeRevisions(list.value())};
}

Reply answerRevisions(const Board &board, const Context &c)
{
    const Target t = target(c, true);
    if (t.refusal)
        return *t.refusal;
    const Outcome<QList<Revision>> list =
        board.ownPosts().revisions(*c.user, t.threadId, t.answerId);
    if (!list.ok())
        return error(list.failure());
    return {200, ApiCodec::encodeRevisions(list.value())};
}

Reply appeal(const Board &board, const Context &c)
{
    const Target t = target(c, false); // the reported post's id
    if (t.refusal)
        return *t.refusal;
    const Result<AppealInput> input = ApiCodec::decodeAppeal(c.body());
    if (!input)
        return invalidBody(input.error());
    const Outcome<ModerationItem> item = board.reports().appeal(*c.user, t.threadId, input.value());
    if (!item.ok())
        return error(item.failure());
    // The author learns that the appeal was taken, not the moderators' timeline.
    return {200, {{u"appealed"_s, true}}};
}

Reply restrict(const Board &board, const Context &c)
{
    bool ok = false;
    const QString idText = c.match(1);
    const qint64 userId = idText.toLongLong(&ok);
    if (!ok || userId < 1 || idText.size() > 18 || !idText.front().isDigit())
        return badId(idText);
    if (!c.user)
        return signInFirst();
    if (c.user->role != Role::Moderator)
        return moderatorsOnly();
    const Result<RestrictionInput> input = ApiCodec::decodeRestriction(c.body());
    if (!input)
        return invalidBody(input.error());
    const Outcome<Restriction> r = board.restrictions().set(*c.user, userId, input.value());
    if (!r.ok())
        return error(r.failure());
    return {200, ApiCodec::encode(r.value())};
}

} // namespace Soudan::Server::OwnPostRoutes
