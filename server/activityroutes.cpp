#include "server/activityroutes.h"

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "domain/limits.h"
#include "server/activity.h"

using namespace Qt::StringLiterals;

namespace Soudan::Server::ActivityRoutes {

using namespace Http;

namespace {

// A whole number id from the path ("0" is the whole board for categories), or none.
std::optional<qint64> numberFrom(const QString &text, qint64 min)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    if (!ok || n < min || n > Limits::JsonIntegerMax || text.size() > 18 || !text.front().isDigit())
        return std::nullopt;
    return n;
}

Reply notANumber(const QString &text)
{
    return error(400, u"invalid_id"_s, u"\"%1\" is not an id."_s.arg(text.left(64)));
}

} // namespace

Reply threadState(const Board &board, const Context &c)
{
    const auto threadId = uuidFrom(c.match(1));
    if (!threadId)
        return badId(c.match(1));
    if (!c.user)
        return signInFirst();
    const Result<ThreadStateInput> input = ApiCodec::decodeThreadState(c.body());
    if (!input)
        return invalidBody(input.error());
    const Outcome<ThreadState> state =
        board.activity().setThreadState(*c.user, *threadId, input.value());
    if (!state.ok())
        return error(state.failure());
    return {200, JsonCodec::encode(state.value())};
}

Reply categoryState(const Board &board, const Context &c)
{
    const auto categoryId = numberFrom(c.match(1), 0);
    if (!categoryId)
        return notANumber(c.match(1));
    if (!c.user)
        return signInFirst();
    const Result<CategoryStateInput> input = ApiCodec::decodeCategoryState(c.body());
    if (!input)
        return invalidBody(input.error());
    const Outcome<CategoryState> state =
        board.activity().setCategoryState(*c.user, *categoryId, input.value());
    if (!state.ok())
        return error(state.failure());
    return {200, JsonCodec::encode(state.value())};
}

Reply notificationRead(const Board &board, const Context &c)
{
    const auto id = numberFrom(c.match(1), 1);
    if (!id)
        return notANumber(c.match(1));
    if (!c.user)
        return signInFirst();
    if (!c.request.body.empty())
        return error(422, u"invalid_field"_s, u"This route takes no body."_s);
    const Outcome<Notification> n = board.activity().markRead(*c.user, *id);
    if (!n.ok())
        return error(n.failure());
    return {200, JsonCodec::encode(n.value())};
}

} // namespace Soudan::Server::ActivityRoutes
