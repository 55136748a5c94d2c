#pragma once

#include "server/boardtypes.h"
#include "server/outcome.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

#include <httplib.h>
#include <optional>

// What the API's routes share: the request as a route sees it, its reply, and the replies every
// route gives alike (errors, a bad id, a body that does not decode).
namespace Soudan::Server::Http {

struct Reply
{
    int status = 200;
    QJsonObject body;
    bool empty = false; // 204
    int retryAfter = 0; // seconds, for a Retry-After header
};

struct Context
{
    const httplib::Request &request;
    std::optional<AuthUser> user;

    QByteArray body() const { return QByteArray::fromStdString(request.body); }
    QString match(int i) const { return QString::fromStdString(request.matches[i].str()); }
};

Reply error(int status, const QString &code, const QString &message);
Reply error(const Failure &f);
Reply moderatorsOnly();
// Malformed JSON is a bad request; well-formed JSON that breaks a rule of the API is
// unprocessable. Either way the message names what was wrong.
Reply invalidBody(const QString &problem);
// A UUID written in full (36 characters), or none.
std::optional<QUuid> uuidFrom(const QString &text);
Reply badId(const QString &text);
Reply signInFirst();
// The code of a status the HTTP library answers itself.
QString statusCode(int status);
void send(httplib::Response &res, const Reply &reply);

} // namespace Soudan::Server::Http
