#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QUrl>

namespace Soudan::Test {

// A blocking HTTP client for tests of the server: requests go out exactly as given.
class Http final
{
public:
    struct Response
    {
        int status = 0; // 0: no HTTP answer (connection refused, timeout)
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QJsonObject json() const;
        QString errorCode() const; // error.code of an error body
        QByteArray header(const QByteArray &name) const;
    };

    explicit Http(QUrl base);

    void setToken(const QString &token) { m_token = token; }
    Response send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                  const QString &token = QStringLiteral("<default>"),
                  const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Response get(const QString &path) { return send("GET", path); }
    Response put(const QString &path, const QJsonObject &body);
    Response post(const QString &path, const QJsonObject &body);
    // Signs in and keeps the token for later requests; returns it.
    QString login(const QString &user, const QString &password);

private:
    QNetworkAccessManager m_manager;
    QUrl m_base;
    QString m_token;
};

} // namespace Soudan::Test
