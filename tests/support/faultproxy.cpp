#include "tests/support/faultproxy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Soudan::Test {

namespace {

// The length of a complete HTTP message at the start of data, or -1.
qsizetype messageLength(const QByteArray &data)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return -1;
    qsizetype length = 0;
    for (const QByteArray &line : data.left(end).split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    const qsizetype total = end + 4 + length;
    return data.size() >= total ? total : -1;
}

QByteArray withHeader(QByteArray message, const QByteArray &name, const QByteArray &value)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QList<QByteArray> lines = message.left(end).split('\n');
    for (qsizetype i = lines.size() - 1; i > 0; --i) {
        if (lines[i].toLower().startsWith(QByteArray(name.toLower() + ':')))
            lines.removeAt(i);
    }
    lines.append(name + ": " + value + '\r');
    QByteArray head;
    for (QByteArray &line : lines) {
        if (!line.endsWith('\r'))
            line.append('\r');
        head += line + '\n';
    }
    head.chop(1);
    return head + "\n\r\n" + message.mid(end + 4);
}

QByteArray response(int status, const QByteArray &reason, const QByteArray &body,
                    const QByteArray &extra = {})
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
           "\r\nContent-Type: application/json\r\nConnection: close\r\n" + extra +
           "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

FaultProxy::FaultProxy(const QUrl &upstream, QObject *parent)
    : QObject(parent)
    , m_upstream(upstream)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::onConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FaultProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void FaultProxy::setFault(Fault fault, int passes, int times)
{
    m_fault = fault;
    m_passes = m_requests + passes;
    m_times = times;
}

void FaultProxy::onConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(client, &QObject::destroyed, this, [buffer] { delete buffer; });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
        connect(client, &QTcpSocket::readyRead, this, [this, client, buffer] {
            *buffer += client->readAll();
            const qsizetype length = messageLength(*buffer);
            if (length < 0)
                return;
            const QByteArray request = buffer->left(length);
            buffer->remove(0, length);
            if (m_delayMs > 0) {
                QTimer::singleShot(m_delayMs, client,
                                   [this, client, request] { forward(client, request); });
                return;
            }
            forward(client, request);
        });
    }
}

void FaultProxy::forward(QTcpSocket *client, const QByteArray &request)
{
    const int number = m_requests++;
    const bool inWindow = number >= m_passes && (m_times < 0 || number < m_passes + m_times);
    const Fault fault = inWindow ? m_fault : Fault::None;
    if (fault != Fault::None)
        ++m_faulted;
    if (fault == Fault::Stall)
        return; // the client waits until its own timeout
    if (fault == Fault::ResetBeforeServer) {
        client->abort();
        return;
    }
    if (fault == Fault::ServerError) {
        client->write(
            response(500, "Internal Server Error",
                     R"({"error":{"code":"internal","message":"The database is gone."}})"));
        client->disconnectFromHost();
        return;
    }
    if (fault == Fault::Redirect) {
        const QByteArray path = request.left(request.indexOf("\r\n")).split(' ').value(1);
        client->write(response(307, "Temporary Redirect", "{}",
                               "Location: " + m_redirectTarget.toEncoded() + path + "\r\n"));
        client->disconnectFromHost();
        return;
    }
    if (fault == Fault::TooManyRequests) {
        client->write(response(429, "Too Many Requests",
                               R"({"error":{"code":"too_many_requests","message":"Slow down."}})",
                               "Retry-After: 1\r\n"));
        client->disconnectFromHost();
        return;
    }
    auto *upstream = new QTcpSocket(this);
    auto *received = new QByteArray;
    connect(upstream, &QObject::destroyed, this, [received] { delete received; });
    // The client may go away (killed) while the server answers.
    const QPointer<QTcpSocket> alive(client);
    connect(upstream, &QTcpSocket::readyRead, this, [this, upstream, received, alive, fault] {
        *received += upstream->readAll();
        const qsizetype length = messageLength(*received);
        if (length < 0)
            return;
        const QByteArray reply = withHeader(received->left(length), "Connection", "close");
        upstream->disconnectFromHost();
        upstream->deleteLater();
        if (m_delayMs > 0) {
            QTimer::singleShot(m_delayMs, this,
                               [this, alive, reply, fault] { answer(alive, reply, fault); });
        } else {
            answer(alive, reply, fault);
        }
    });
    upstream->connectToHost(m_upstream.host(), quint16(m_upstream.port()));
    upstream->write(withHeader(request, "Connection", "close"));
}

void FaultProxy::answer(const QPointer<QTcpSocket> &client, const QByteArray &reply, Fault fault)
{
    if (!client)
        return; // killed while the server answered
    if (fault == Fault::ResetAfterServer) {
        client->abort();
    } else if (fault == Fault::CutOff) {
        const qsizetype bodyStart = reply.indexOf("\r\n\r\n") + 4;
        client->write(reply.left(bodyStart + (reply.size() - bodyStart) / 3));
        client->flush();
        client->abort();
    } else {
        client->write(damage(reply, fault));
        client->disconnectFromHost();
    }
}

QByteArray FaultProxy::damage(const QByteArray &message, Fault fault)
{
    const qsizetype end = message.indexOf("\r\n\r\n");
    QByteArray body = message.mid(end + 4);
    switch (fault) {
    case Fault::TruncatedJson:
        body.truncate(body.size() / 2);
        break;
    case Fault::StuckCursor: {
        QJsonObject page = QJsonDocument::fromJson(body).object();
        if (!page.contains(u"cursor"_s))
            return message;
        if (m_stuckCursor.isEmpty())
            m_stuckCursor = page.value(u"cursor"_s).toString();
        page.insert(u"cursor"_s, m_stuckCursor);
        page.insert(u"hasMore"_s, true);
        body = QJsonDocument(page).toJson(QJsonDocument::Compact);
        break;
    }
    case Fault::WrongTypes:
        body.replace("\"hasMore\":true", "\"hasMore\":\"yes\"");
        body.replace("\"hasMore\":false", "\"hasMore\":\"no\"");
        body.replace("\"viewCount\":", "\"viewCount\":\"many\",\"x\":");
        break;
    case Fault::WrongRowType:
        body.replace("\"viewCount\":", "\"viewCount\":\"many\",\"x\":");
        break;
    default:
        return message;
    }
    return withHeader(message.left(end + 4) + body, "Content-Length",
                      QByteArray::number(body.size()));
}

} // namespace Soudan::Test
