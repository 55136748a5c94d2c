#pragma once

#include "domain/apitypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Soudan {

// What came back from one request: either success with its body, or why not, in words a
// person can act on (the server's own message where it sent one).
struct ApiReply
{
    enum class Failure
    {
        None,
        Network,   // no connection, refused, reset
        Timeout,   // no complete answer in time
        Http,      // the server answered with an error status
        Malformed, // a response Soudan cannot read
        Tls,       // the server's certificate cannot be trusted: nothing was sent
    };

    Failure failure = Failure::None;
    int status = 0;
    QByteArray body;
    QString code;    // the server's error code, for Http failures
    QString message; // for people
    // The server's own message with its code (English, and for a few codes parameters that
    // ServerErrors reads: a field's name, a restriction's end and reason).
    QString serverMessage;
    int retryAfterSeconds = -1;

    bool ok() const { return failure == Failure::None; }
};

// A page of the feed as it arrived: where it leads, read at once, and its changes, read later
// with ApiClient::readChanges (so that the next page can be asked for first).
struct FeedPage
{
    ChangesPage page; // its changes are empty until read
    QJsonArray changes;
};

// The board's HTTP API, behind one QNetworkAccessManager on the thread this object lives in.
// Every request has a transfer timeout and a size limit; redirects stay on https when started
// there.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl &url) { m_base = url; }
    QUrl baseUrl() const { return m_base; }
    void setToken(const QString &token) { m_token = token; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }
    // Whether bodies larger than QNetworkAccessManager's write chunk go with
    // "Expect: 100-continue" (see send()). On by default; off only to measure the difference.
    void setExpectContinue(bool on) { m_expectContinue = on; }

    void login(const Credentials &credentials,
               std::function<void(const ApiReply &, const std::optional<Session> &)> done);
    void changes(const QString &cursor, int limit,
                 std::function<void(const ApiReply &, const std::optional<FeedPage> &)> done);
    // Reads a page's changes into page.page.changes: the reply as it was, or one that says
    // what the server sent wrong.
    static ApiReply readChanges(const ApiReply &reply, FeedPage &page);
    void send(const QByteArray &method, const QString &path, const QByteArray &body,
              std::function<void(const ApiReply &)> done,
              const QList<QPair<QByteArray, QByteArray>> &headers = {});
    void abortAll();

private:
    void finish(QNetworkReply *reply, const std::function<void(const ApiReply &)> &done);

    QNetworkAccessManager *m_manager;
    QUrl m_base;
    QString m_token;
    int m_timeoutMs = 30000;
    qint64 m_maxBytes = 256LL * 1024 * 1024;
    bool m_expectContinue = true;
};

} // namespace Soudan
