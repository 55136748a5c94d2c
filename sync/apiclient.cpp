#include "sync/apiclient.h"

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "domain/servererrors.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QSslError>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcApi, "soudan.api")

namespace Soudan {

namespace {

// What QNetworkAccessManager hands to the socket in one write, less the request's headers.
constexpr qsizetype MaxSingleWrite = 15 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::ApiClient)
};

// Why a certificate was refused, in the user's words; Qt's own are English and technical.
QString certificateProblem(const QList<QSslError> &errors, const QString &host)
{
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::CertificateExpired:
            return Tr::tr("its certificate has expired.");
        case QSslError::CertificateNotYetValid:
            return Tr::tr("its certificate is not valid yet (or this computer's clock is wrong).");
        case QSslError::HostNameMismatch:
            return Tr::tr("its certificate is for another name than %1.").arg(host);
        case QSslError::CertificateRevoked:
            return Tr::tr("its certificate has been revoked.");
        default:
            break;
        }
    }
    for (const QSslError &e : errors) {
        switch (e.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            return Tr::tr("its certificate is not signed by an authority this computer trusts.");
        default:
            break;
        }
    }
    return Tr::tr("its certificate cannot be checked.");
}

int retryAfter(const QNetworkReply *reply)
{
    const QByteArray value = reply->rawHeader("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const int seconds = value.toInt(&ok);
    if (ok)
        return qBound(0, seconds, 24 * 3600);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(qBound(qint64(0), QDateTime::currentDateTimeUtc().secsTo(when), qint64(24 * 3600)));
}

ApiReply malformed(ApiReply reply, const QString &problem)
{
    reply.failure = ApiReply::Failure::Malformed;
    //: %1 says what was wrong with the server's answer.
    reply.message = Tr::tr("The server sent an answer Soudan cannot read: %1").arg(problem);
    return reply;
}

} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_manager(new QNetworkAccessManager(this))
{
    // A redirect to another origin would take the token (or a password) with it.
    m_manager->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    // The desktop's proxy settings (through libproxy: http_proxy, https_proxy and no_proxy, or
    // GNOME's and KDE's settings where their modules are installed).
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}

ApiClient::~ApiClient()
{
    abortAll();
}

void ApiClient::abortAll()
{
    for (QNetworkReply *reply : m_manager->findChildren<QNetworkReply *>()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
                     std::function<void(const ApiReply &)> done,
                     const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setTransferTimeout(m_timeoutMs);
    request.setMaximumRedirectsAllowed(3);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("User-Agent", "Soudan/" SOUDAN_VERSION);
    if (!body.isEmpty())
        request.setRawHeader("Content-Type", "application/json");
    // Qt 6.4 writes a request body in pieces of 16 KiB on a socket without TCP_NODELAY, so the
    // kernel holds each later piece (Nagle) until the server acknowledges the one before, and the
    // server's kernel delays that acknowledgement by some 40 ms as it has nothing to send. Asked
    // for "100 Continue", the server answers the headers at once and the acknowledgement goes
    // with it: a 30 KB answer then takes under a millisecond on loopback instead of 44 ms
    // (bench_post, docs/performance.md).
    if (m_expectContinue && body.size() > MaxSingleWrite)
        request.setRawHeader("Expect", "100-continue");
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_manager->sendCustomRequest(request, method, body);
    // A server that announces or sends more than the limit is cut off.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this, reply](qint64 received, qint64) {
        if (received > m_maxBytes)
            reply->abort();
    });
    // Certificate errors are never ignored: the request ends, and the user is told why.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            qCWarning(lcApi) << "TLS:" << reply->url().host() << e.errorString();
        reply->setProperty("soudanTls", certificateProblem(errors, reply->url().host()));
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] { finish(reply, done); });
}

void ApiClient::finish(QNetworkReply *reply, const std::function<void(const ApiReply &)> &done)
{
    reply->deleteLater();
    ApiReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (r.status == 0 || (error != QNetworkReply::NoError && r.status < 400)) {
        if (error == QNetworkReply::OperationCanceledError &&
            reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_maxBytes) {
            done(malformed(r, Tr::tr("it is larger than %n MB.", "", int(m_maxBytes >> 20))));
            return;
        }
        if (error == QNetworkReply::SslHandshakeFailedError) {
            r.failure = ApiReply::Failure::Tls;
            const QString problem = reply->property("soudanTls").toString();
            //: %1 is the server's host name, %2 why its certificate was refused.
            r.message =
                Tr::tr("The connection to %1 is not safe, so Soudan sent nothing: %2 Ask "
                       "the board's operator.")
                    .arg(reply->url().host(),
                         problem.isEmpty() ? Tr::tr("the secure connection could not be set up.")
                                           : problem);
            done(r);
            return;
        }
        const bool timeout =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        r.failure = timeout ? ApiReply::Failure::Timeout : ApiReply::Failure::Network;
        r.message = timeout ? Tr::tr("The server did not answer within %n second(s).", "",
                                     m_timeoutMs / 1000)
                            : reply->errorString();
        done(r);
        return;
    }
    if (r.status >= 400) {
        r.failure = ApiReply::Failure::Http;
        r.retryAfterSeconds = retryAfter(reply);
        if (const std::optional<ApiError> e = ApiCodec::decodeError(r.body)) {
            r.code = e->code;
            // The server's message is English, for logs: people read the code's meaning.
            qCInfo(lcApi) << "refused:" << r.status << e->code << e->message;
            r.message = ServerErrors::describe(e->code, e->message);
            r.serverMessage = e->message;
        } else if (reply->header(QNetworkRequest::ContentTypeHeader)
                       .toString()
                       .contains(u"json"_s)) {
            // The server's error, cut short or garbled on the way: not an answer to act on (the
            // item would be refused without its reason), so it is tried again.
            done(malformed(r, Tr::tr("its error could not be read.")));
            return;
        } else {
            //: An HTTP error without an explanation from the server.
            r.message = Tr::tr("The server answered with error %1.").arg(r.status);
        }
    }
    done(r);
}

void ApiClient::login(const Credentials &credentials,
                      std::function<void(const ApiReply &, const std::optional<Session> &)> done)
{
    const QByteArray body = ApiCodec::body(ApiCodec::encode(credentials));
    send("POST", u"/api/v1/session"_s, body, [done](const ApiReply &reply) {
        if (!reply.ok()) {
            done(reply, std::nullopt);
            return;
        }
        const Result<Session> session = ApiCodec::decodeSession(reply.body);
        if (!session) {
            done(malformed(reply, session.error()), std::nullopt);
            return;
        }
        done(reply, session.value());
    });
}

void ApiClient::changes(const QString &cursor, int limit,
                        std::function<void(const ApiReply &, const std::optional<FeedPage> &)> done)
{
    QUrlQuery query;
    if (!cursor.isEmpty())
        query.addQueryItem(u"cursor"_s, cursor);
    query.addQueryItem(u"limit"_s, QString::number(limit));
    send("GET", u"/api/v1/changes?"_s + query.toString(QUrl::FullyEncoded), {},
         [done, cursor](const ApiReply &reply) {
             if (!reply.ok()) {
                 done(reply, std::nullopt);
                 return;
             }
             FeedPage feed;
             const Result<ChangesPage> head =
                 ApiCodec::decodeChangesHead(reply.body, &feed.changes);
             if (!head) {
                 done(malformed(reply, head.error()), std::nullopt);
                 return;
             }
             // A feed that says there is more without moving on would be asked forever: a server
             // fault, reported and tried again later like any other.
             if (head->hasMore && head->cursor == cursor) {
                 ApiReply stuck = reply;
                 stuck.failure = ApiReply::Failure::Malformed;
                 stuck.message = Tr::tr("The server's list of changes does not move on (it repeats "
                                        "the same place); Soudan tries again later.");
                 done(stuck, std::nullopt);
                 return;
             }
             feed.page = head.value();
             done(reply, feed);
         });
}

ApiReply ApiClient::readChanges(const ApiReply &reply, FeedPage &page)
{
    const QString problem = ApiCodec::decodeChanges(page.changes, page.page.changes);
    page.changes = {};
    return problem.isEmpty() ? reply : malformed(reply, problem);
}

} // namespace Soudan
