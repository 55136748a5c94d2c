#include "sync/instancedoor.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

using namespace Qt::StringLiterals;

namespace Soudan {

namespace {

// One line each way: "show" or "open <uuid>"; then "done" or "no-thread".
constexpr qsizetype MaxLine = 200;

QByteArray requestLine(const InstanceDoor::Request &request)
{
    if (request.thread.isNull())
        return "show\n";
    return "open " + request.thread.toString(QUuid::WithoutBraces).toLatin1() + '\n';
}

std::optional<InstanceDoor::Request> parseRequest(const QByteArray &line)
{
    if (line == "show")
        return InstanceDoor::Request{};
    if (line.startsWith("open ")) {
        const QUuid thread = QUuid::fromString(QLatin1StringView(line.mid(5)));
        if (!thread.isNull())
            return InstanceDoor::Request{thread};
    }
    return std::nullopt;
}

} // namespace

InstanceDoor::InstanceDoor(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_name(socketName(profileDir))
{}

InstanceDoor::~InstanceDoor() = default;

// In the user's runtime folder (Qt's choice), named by a hash of the profile's path: a path can
// be longer than a socket's name may be.
QString InstanceDoor::socketName(const QString &profileDir)
{
    const QByteArray path = QDir(profileDir).absolutePath().toUtf8();
    return u"soudan-"_s +
           QString::fromLatin1(
               QCryptographicHash::hash(path, QCryptographicHash::Sha256).toHex().left(24));
}

bool InstanceDoor::open()
{
    // The caller holds the profile's lock: a socket left by a client that crashed is stale.
    QLocalServer::removeServer(m_name);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name))
        return false;
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > MaxLine)
                        socket->abort();
                    return;
                }
                const std::optional<Request> request =
                    parseRequest(socket->readLine(MaxLine).trimmed());
                if (!request) {
                    socket->abort();
                    return;
                }
                bool found = true;
                Q_EMIT requested(*request, &found);
                socket->write(found ? "done\n" : "no-thread\n");
                socket->disconnectFromServer();
            });
        }
    });
    return true;
}

InstanceDoor::Answer InstanceDoor::knock(const QString &profileDir, const Request &request,
                                         int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(socketName(profileDir));
    if (!socket.waitForConnected(int(deadline.remainingTime())))
        return Answer::NoAnswer;
    socket.write(requestLine(request));
    if (!socket.waitForBytesWritten(int(deadline.remainingTime())))
        return Answer::NoAnswer;
    while (!socket.canReadLine() && socket.state() == QLocalSocket::ConnectedState &&
           !deadline.hasExpired())
        socket.waitForReadyRead(int(deadline.remainingTime()));
    const QByteArray answer = socket.readLine(MaxLine).trimmed();
    if (answer == "done")
        return Answer::Done;
    if (answer == "no-thread")
        return Answer::NoSuchThread;
    return Answer::NoAnswer;
}

} // namespace Soudan
