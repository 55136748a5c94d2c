#include "server/apisupport.h"

#include "domain/apicodec.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <cstdio>
#include <string>

using namespace Qt::StringLiterals;

namespace Soudan::Server::Http {

Reply error(int status, const QString &code, const QString &message)
{
    return {status, ApiCodec::encodeError(code, message)};
}

Reply error(const Failure &f)
{
    // The server's own failures say nothing of its database to the client: the detail goes to
    // the log under an id that the answer carries.
    if (f.status >= 500) {
        const QString id = QUuid::createUuid().toString(QUuid::Id128).left(12);
        std::fputs(qPrintable(u"%1 error request=%2 %3\n"_s.arg(
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), id,
                       QString(f.message).replace(u'\n', u' '))),
                   stderr);
        Reply reply =
            error(f.status, f.code, u"The server failed on this request (request %1)."_s.arg(id));
        reply.body.insert(u"requestId"_s, id);
        return reply;
    }
    Reply reply = error(f.status, f.code, f.message);
    for (auto it = f.details.begin(); it != f.details.end(); ++it)
        reply.body.insert(it.key(), it.value());
    return reply;
}

Reply moderatorsOnly()
{
    return error(403, u"forbidden"_s, u"Only moderators may use this route."_s);
}

Reply invalidBody(const QString &problem)
{
    const bool syntax = problem.startsWith(u"The document is not valid"_s);
    return error(syntax ? 400 : 422, syntax ? u"invalid_json"_s : u"invalid_field"_s, problem);
}

std::optional<QUuid> uuidFrom(const QString &text)
{
    const QUuid id = QUuid::fromString(text);
    if (id.isNull() || text.size() != 36)
        return std::nullopt;
    return id;
}

Reply badId(const QString &text)
{
    return error(400, u"invalid_id"_s, u"\"%1\" is not a UUID."_s.arg(text.left(64)));
}

Reply signInFirst()
{
    return error(401, u"unauthorized"_s, u"Sign in first: this route needs a token."_s);
}

QString statusCode(int status)
{
    switch (status) {
    case 400:
        return u"bad_request"_s;
    case 401:
        return u"unauthorized"_s;
    case 403:
        return u"forbidden"_s;
    case 404:
        return u"not_found"_s;
    case 405:
        return u"method_not_allowed"_s;
    case 408:
        return u"timeout"_s;
    case 413:
        return u"payload_too_large"_s;
    case 414:
        return u"uri_too_long"_s;
    case 429:
        return u"too_many_requests"_s;
    default:
        return status >= 500 ? u"internal"_s : u"error"_s;
    }
}

void send(httplib::Response &res, const Reply &reply)
{
    res.status = reply.status;
    if (reply.retryAfter > 0)
        res.set_header("Retry-After", std::to_string(reply.retryAfter));
    if (reply.empty)
        return;
    const QByteArray json = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    res.set_content(json.constData(), size_t(json.size()), "application/json; charset=utf-8");
}

} // namespace Soudan::Server::Http
