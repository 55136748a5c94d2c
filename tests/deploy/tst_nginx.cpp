// The documented front door for real: Debian's nginx runs the shipped
// docs/deploy/nginx/soudan.conf (only its ports, certificate and file paths replaced) with a
// certificate made here, in front of the real soudan-server. Slow clients are nginx's to cut,
// while a member signs in and syncs through it over verified TLS.

#include "domain/changeset.h"
#include "resources/demoboard.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncengine.h"
#include "tests/support/nginxfront.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

// The shipped header timeout in seconds.
int headerTimeout()
{
    static const QRegularExpression timeout(uR"(client_header_timeout\s+(\d+)s;)"_s);
    return timeout.match(NginxFront::shippedConfig()).captured(1).toInt();
}

// Reads what comes until the peer closes the connection (requests here say Connection: close).
QByteArray readToClose(QTcpSocket &socket, const QByteArray &request)
{
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 30000) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray headerOf(const QByteArray &answer, const QByteArray &name)
{
    const QList<QByteArray> lines = answer.left(answer.indexOf("\r\n\r\n")).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

// The desktop's proxy for https: an HTTP CONNECT tunnel. Every host it is asked for is the
// board (nginx's TLS port); it notes the host and port asked for.
class TunnelProxy : public QObject
{
public:
    explicit TunnelProxy(int boardPort)
        : m_boardPort(boardPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *in = m_server.nextPendingConnection())
                serve(in);
        });
    }
    int port() const { return m_server.serverPort(); }
    QStringList tunnels;

private:
    void serve(QTcpSocket *in)
    {
        auto *out = new QTcpSocket(in);
        auto head = std::make_shared<QByteArray>();
        connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
        connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
        connect(out, &QTcpSocket::disconnected, in, [in] { in->disconnectFromHost(); });
        connect(in, &QTcpSocket::readyRead, out, [this, in, out, head] {
            if (out->state() != QAbstractSocket::UnconnectedState) {
                out->write(in->readAll());
                return;
            }
            *head += in->readAll();
            const qsizetype end = head->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> request = head->left(head->indexOf("\r\n")).split(' ');
            if (request.value(0) != "CONNECT") {
                in->write("HTTP/1.1 405 Method Not Allowed\r\nConnection: close\r\n\r\n");
                in->disconnectFromHost();
                return;
            }
            tunnels << QString::fromLatin1(request.value(1));
            out->connectToHost(QHostAddress::LocalHost, quint16(m_boardPort));
            out->write(head->mid(end + 4));
            in->write("HTTP/1.1 200 Connection established\r\n\r\n");
        });
    }
    QTcpServer m_server;
    int m_boardPort;
};

} // namespace

class TestNginx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void shippedConfig_keepsTheFrontDoorsDirectives_data();
    void shippedConfig_keepsTheFrontDoorsDirectives();
    void slowClients_areCutByNginx_whileAMemberSignsInAndSyncs();
    void largeBody_isRefusedByNginx();
    void compressedBody_reachesTheServerUnchanged();
    void plainHttp_redirectsToHttps();
    void systemProxy_carriesTheMembersSync();

private:
    QUrl httpsUrl() const { return m_front.httpsUrl(); }
    // A request over TLS verified against the test's certificate.
    QByteArray exchangeTls(const QByteArray &request);

    QString m_missing; // why the stack cannot run here
    std::unique_ptr<ServerProcess> m_server;
    NginxFront m_front;
};

void TestNginx::initTestCase()
{
    m_missing = NginxFront::unavailable();
    if (!m_missing.isEmpty())
        return;
    setUpClientTests();

    // The server takes the client's address from nginx's X-Real-IP when it can be told to.
    QProcess help;
    help.start(QStringLiteral(SOUDAN_SERVER_BINARY), {u"serve"_s, u"--help"_s});
    help.waitForFinished(30000);
    const QByteArray helpText = help.readAllStandardOutput() + help.readAllStandardError();
    QStringList options;
    if (helpText.contains("--trust-proxy"))
        options = QStringList{u"--trust-proxy"_s, u"127.0.0.1"_s};
    m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::SQLite);
    QVERIFY(m_server->startDemoBoard({u"member"_s}, {}, options));
    QVERIFY(m_front.start({m_server->url().port()}));
    // The client offers no setting for a certificate authority: like a system CA, this one is
    // trusted by every connection of the process, verified as usual.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_front.certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
}

void TestNginx::cleanupTestCase()
{
    m_front.stop();
    m_server.reset();
}

QByteArray TestNginx::exchangeTls(const QByteArray &request)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_front.certificate()});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_front.tlsPort()));
    if (!socket.waitForEncrypted(30000)) {
        qWarning() << "TLS handshake failed:" << socket.errorString()
                   << socket.sslHandshakeErrors();
        return {};
    }
    return readToClose(socket, request);
}

void TestNginx::shippedConfig_keepsTheFrontDoorsDirectives_data()
{
    QTest::addColumn<QString>("pattern");
    for (const NginxFront::Directive &d : NginxFront::frontDoor())
        QTest::newRow(d.what) << QString::fromLatin1(d.pattern);
}

void TestNginx::shippedConfig_keepsTheFrontDoorsDirectives()
{
    QFETCH(QString, pattern);
    QVERIFY2(NginxFront::shippedConfig().contains(QRegularExpression(pattern)),
             qPrintable(pattern));
    QVERIFY(headerTimeout() > 0);
}

void TestNginx::slowClients_areCutByNginx_whileAMemberSignsInAndSyncs()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));

    // 50 clients that send a request's header a byte at a time, one every 2.5 s.
    constexpr int SlowClients = 50;
    const QByteArray header =
        "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: " + QByteArray(200, 'a');
    // Declared before the sockets, which report to them as they are destroyed.
    std::vector<qint64> cutAfterMs(SlowClients, -1);
    QElapsedTimer sinceOpened;
    sinceOpened.start();
    std::vector<std::unique_ptr<QSslSocket>> slow;
    for (int i = 0; i < SlowClients; ++i) {
        auto socket = std::make_unique<QSslSocket>();
        socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(socket.get(), &QSslSocket::disconnected, this,
                [&cutAfterMs, &sinceOpened, i] { cutAfterMs[size_t(i)] = sinceOpened.elapsed(); });
        socket->connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_front.tlsPort()));
        slow.push_back(std::move(socket));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        std::all_of(slow.begin(), slow.end(), [](const auto &s) { return s->isEncrypted(); }),
        60000);
    int sent = 0;
    QTimer drip;
    connect(&drip, &QTimer::timeout, this, [&] {
        for (const auto &s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write(header.mid(sent % header.size(), 1));
        }
        ++sent;
    });
    drip.start(2500);
    const auto stillOpen = [&slow] {
        return int(std::count_if(slow.begin(), slow.end(), [](const auto &s) {
            return s->state() == QAbstractSocket::ConnectedState;
        }));
    };

    // Meanwhile the board answers over verified TLS, through nginx.
    QNetworkAccessManager manager;
    QNetworkRequest request(httpsUrl().resolved(QUrl(u"/api/v1/health"_s)));
    request.setTransferTimeout(60000);
    std::unique_ptr<QNetworkReply> health(manager.get(request));
    QSignalSpy sslErrors(health.get(), &QNetworkReply::sslErrors);
    QSignalSpy finished(health.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(health->error(), QNetworkReply::NoError);
    QCOMPARE(health->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(sslErrors.count(), 0);
    const QSsl::SslProtocol protocol = health->sslConfiguration().sessionProtocol();
    QVERIFY(protocol == QSsl::TlsV1_2 || protocol == QSsl::TlsV1_3);
    qInfo() << "slow connections open while /health answered:" << stillOpen();

    // A member signs in and syncs with the client's own engine, in small pages fetched in a
    // row, as many requests as a large board's first sync makes quickly.
    EngineClient client;
    QCOMPARE(client.store->reads().totals().threads, 0);
    QSignalSpy signedIn(client.engine.get(), &SyncEngine::signedIn);
    QSignalSpy signInFailed(client.engine.get(), &SyncEngine::signInFailed);
    client.engine->signIn(httpsUrl(), u"member"_s, ServerProcess::passwordOf(u"member"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !signInFailed.isEmpty(), 60000);
    QVERIFY2(signInFailed.isEmpty(), qPrintable(signInFailed.value(0).value(0).toString()));
    const QString token = signedIn.at(0).at(0).toString();
    client.store->sync().setMe(signedIn.at(0).at(1).value<User>());
    client.configure(httpsUrl(), u"member"_s, token, 5, 60000);
    QVERIFY(client.sync());
    qInfo() << "slow connections open after the sync:" << stillOpen();
    QCOMPARE(client.store->sync().state().origin, SyncEngine::origin(httpsUrl(), u"member"_s));
    const Result<ChangeSet> demo = demoBoard();
    QVERIFY(demo);
    QVERIFY(!demo->threads.isEmpty());
    QCOMPARE(client.store->reads().totals().threads, demo->threads.size());
    for (const Thread &thread : demo->threads)
        QVERIFY2(client.hasThread(thread.id), qPrintable(thread.title));

    // nginx cuts every slow client once its header timeout has passed, not before.
    const int timeoutMs = headerTimeout() * 1000;
    QTRY_VERIFY_WITH_TIMEOUT(stillOpen() == 0, timeoutMs + 90000);
    drip.stop();
    for (const qint64 cut : cutAfterMs)
        QVERIFY2(cut >= timeoutMs - 1000, qPrintable(u"cut after %1 ms"_s.arg(cut)));
    // Cut without an answer: their header never ended, so nothing reached the server.
    for (const auto &s : slow)
        QVERIFY(s->readAll().isEmpty());
    QVERIFY(m_server->isRunning());
}

void TestNginx::largeBody_isRefusedByNginx()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));
    const QByteArray body(100 * 1024, 'x');
    const QByteArray answer =
        exchangeTls("POST /api/v1/threads HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nConnection: close\r\nContent-Length: " +
                    QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QCOMPARE(statusOf(answer), 413);
    // nginx's own page: the server, which answers JSON, never saw the request.
    QCOMPARE(headerOf(answer, "Server"), QByteArray("nginx"));
    QVERIFY(answer.contains("<html>"));
}

void TestNginx::compressedBody_reachesTheServerUnchanged()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));
    const QByteArray answer =
        exchangeTls("POST /api/v1/session HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    "Content-Type: application/json\r\nContent-Encoding: gzip\r\n"
                    "Connection: close\r\nContent-Length: 4\r\n\r\nxxxx");
    // The server's refusal, as JSON: nginx neither decompressed the body nor dropped the header.
    QCOMPARE(statusOf(answer), 415);
    QVERIFY(headerOf(answer, "Content-Type").startsWith("application/json"));
}

void TestNginx::plainHttp_redirectsToHttps()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_front.plainPort()));
    QVERIFY(socket.waitForConnected(30000));
    const QByteArray answer = readToClose(
        socket, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(statusOf(answer), 301);
    QCOMPARE(headerOf(answer, "Location"), QByteArray("https://127.0.0.1/api/v1/health"));
}

// The desktop's proxy settings are the client's: the board's host is one only the proxy knows,
// reached through its tunnel, as https_proxy names it.
void TestNginx::systemProxy_carriesTheMembersSync()
{
    if (!m_missing.isEmpty())
        QSKIP(qPrintable(m_missing));
    TunnelProxy proxy(m_front.tlsPort());
    const QByteArray proxyUrl = "http://127.0.0.1:" + QByteArray::number(proxy.port());
    qputenv("https_proxy", proxyUrl);
    qputenv("http_proxy", proxyUrl);
    qunsetenv("no_proxy");
    qunsetenv("NO_PROXY");
    const QString host = NginxFront::TestHost.toString();
    const QUrl board(u"https://%1:%2"_s.arg(host).arg(m_front.tlsPort()));

    EngineClient client;
    QSignalSpy signedIn(client.engine.get(), &SyncEngine::signedIn);
    QSignalSpy signInFailed(client.engine.get(), &SyncEngine::signInFailed);
    client.engine->signIn(board, u"member"_s, ServerProcess::passwordOf(u"member"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !signInFailed.isEmpty(), 60000);
    bool synced = false;
    if (!signedIn.isEmpty()) {
        client.store->sync().setMe(signedIn.at(0).at(1).value<User>());
        client.configure(board, u"member"_s, signedIn.at(0).at(0).toString(), 500, 60000);
        synced = client.sync();
    }
    qunsetenv("https_proxy");
    qunsetenv("http_proxy");
    QVERIFY2(signInFailed.isEmpty(), qPrintable(signInFailed.value(0).value(0).toString()));
    QVERIFY(synced);
    QCOMPARE(client.store->reads().totals().threads, demoBoard()->threads.size());
    QVERIFY2(proxy.tunnels.contains(u"%1:%2"_s.arg(host).arg(m_front.tlsPort())),
             qPrintable(proxy.tunnels.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
