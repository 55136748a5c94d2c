#include "tests/support/http.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

QJsonObject Http::Response::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString Http::Response::errorCode() const
{
    return json().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QByteArray Http::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

Http::Http(QUrl base)
    : m_base(std::move(base))
{}

Http::Response Http::send(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(30000);
    request.setRawHeader("Content-Type", "application/json");
    const QString bearer = token == u"<default>"_s ? m_token : token;
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

Http::Response Http::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Http::Response Http::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString Http::login(const QString &user, const QString &password)
{
    const Response r = send("POST", u"/api/v1/session"_s,
                            QJsonDocument(QJsonObject{{u"user"_s, user}, {u"password"_s, password}})
                                .toJson(QJsonDocument::Compact),
                            QString());
    m_token = r.json().value(u"token"_s).toString();
    return m_token;
}

} // namespace Soudan::Test
