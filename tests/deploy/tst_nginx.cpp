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

const QString NginxBinary = u"/usr/sbin/nginx"_s;

QString shippedConfigPath()
{
    return QStringLiteral(SOUDAN_SOURCE_DIR "/docs/deploy/nginx/soudan.conf");
}

// The shipped file without its comments, which never count as directives.
QString shippedConfig()
{
    QFile file(shippedConfigPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression comment(u"#[^\n]*"_s);
    return QString::fromUtf8(file.readAll()).remove(comment);
}

// What makes the shipped file the front door the docs promise; each is kept as it is.
struct Directive
{
    const char *what;
    const char *pattern;
};
const Directive FrontDoor[] = {
    {"proxy_pass", R"(proxy_pass\s+http://\S+;)"},
    {"request buffering", R"(proxy_request_buffering\s+on;)"},
    {"body limit of --max-body", R"(client_max_body_size\s+64k;)"},
    {"header timeout", R"(client_header_timeout\s+\d+s;)"},
    {"body timeout", R"(client_body_timeout\s+\d+s;)"},
    {"send timeout", R"(send_timeout\s+\d+s;)"},
    {"keep-alive timeout", R"(keepalive_timeout\s+\d+s;)"},
    {"header buffers", R"(large_client_header_buffers\s+\d+\s+\d+k;)"},
    {"connection zone per address", R"(limit_conn_zone\s+\$binary_remote_addr\s)"},
    {"connection limit", R"(limit_conn\s+\w+\s+\d+;)"},
    {"request zone per address", R"(limit_req_zone\s+\$binary_remote_addr\s)"},
    {"request limit", R"(limit_req\s+zone=\w+)"},
    {"upstream read timeout", R"(proxy_read_timeout\s+\d+s;)"},
    {"X-Real-IP", R"(proxy_set_header\s+X-Real-IP\s+\$remote_addr;)"},
    {"X-Forwarded-Proto", R"(proxy_set_header\s+X-Forwarded-Proto\s+\$scheme;)"},
    {"TLS 1.2 and 1.3 only", R"(ssl_protocols\s+TLSv1\.2\s+TLSv1\.3;)"},
    {"redirect to https", R"(return\s+301\s+https://)"},
};

struct Ports
{
    int tls = 0;
    int plain = 0;
    int upstream = 0;
};

// The shipped file with this machine's ports, certificate and folder; empty, with the reason in
// problem, when the file misses a directive of the front door or a line the test replaces.
QString testConfig(const Ports &ports, const QString &dir, QString *problem)
{
    QString site = shippedConfig();
    if (site.isEmpty()) {
        *problem = u"cannot read "_s + shippedConfigPath();
        return {};
    }
    for (const Directive &d : FrontDoor) {
        if (!site.contains(QRegularExpression(QString::fromLatin1(d.pattern)))) {
            *problem = u"the shipped config lost its %1"_s.arg(QLatin1StringView(d.what));
            return {};
        }
    }
    struct Replacement
    {
        const char *pattern;
        QString with;
        bool required;
    };
    const Replacement replacements[] = {
        {R"(listen\s+443\s+ssl\s+http2;)", u"listen 127.0.0.1:%1 ssl http2;"_s.arg(ports.tls),
         true},
        {R"(listen\s+80;)", u"listen 127.0.0.1:%1;"_s.arg(ports.plain), true},
        {R"(listen\s+\[::\]:\d+[^;]*;)", QString(), false},
        {R"(server\s+127\.0\.0\.1:8080\b)", u"server 127.0.0.1:%1"_s.arg(ports.upstream), true},
        {R"(ssl_certificate\s+\S+;)", u"ssl_certificate %1/cert.pem;"_s.arg(dir), true},
        {R"(ssl_certificate_key\s+\S+;)", u"ssl_certificate_key %1/key.pem;"_s.arg(dir), true},
        {R"((access_log|error_log)\s+/\S+;)", u"\\1 %1/site-\\1.log;"_s.arg(dir), false},
    };
    for (const Replacement &r : replacements) {
        const QRegularExpression pattern(QString::fromLatin1(r.pattern));
        if (r.required && !site.contains(pattern)) {
            *problem = u"the shipped config has no line like %1"_s.arg(pattern.pattern());
            return {};
        }
        site.replace(pattern, r.with);
    }
    // What Debian's nginx.conf gives a site, and what nginx needs to run without root's files.
    QString main = u"daemon off;\nworker_processes 1;\npid %1/nginx.pid;\n"
                   "error_log %1/error.log info;\n"_s.arg(dir);
    // As root, workers would otherwise run as nobody, who cannot read the temporary folder.
    if (::geteuid() == 0)
        main += u"user root;\n"_s;
    main += u"events {\n    worker_connections 512;\n}\nhttp {\n"
            "    access_log %1/access.log;\n"
            "    client_body_temp_path %1/body;\n    proxy_temp_path %1/proxy;\n"
            "    fastcgi_temp_path %1/fastcgi;\n    uwsgi_temp_path %1/uwsgi;\n"
            "    scgi_temp_path %1/scgi;\n"_s.arg(dir);
    return main + site + u"\n}\n"_s;
}

// The shipped header timeout in seconds.
int headerTimeout()
{
    static const QRegularExpression timeout(uR"(client_header_timeout\s+(\d+)s;)"_s);
    return timeout.match(shippedConfig()).captured(1).toInt();
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
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

private:
    bool makeCertificate();
    bool startNginx();
    void stopNginx();
    QUrl httpsUrl() const { return QUrl(u"https://127.0.0.1:%1"_s.arg(m_ports.tls)); }
    // A request over TLS verified against the test's certificate.
    QByteArray exchangeTls(const QByteArray &request);

    QString m_missing; // why the stack cannot run here
    QTemporaryDir m_dir;
    QSslCertificate m_ca;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<QProcess> m_nginx;
    Ports m_ports;
};

void TestNginx::initTestCase()
{
    if (!QFileInfo(NginxBinary).isExecutable())
        m_missing = u"nginx is not installed (apt-get install nginx; ./scripts/test does)"_s;
    else if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        m_missing = u"openssl is not installed (apt-get install openssl; ./scripts/test does)"_s;
    if (!m_missing.isEmpty())
        return;
    setUpClientTests();
    QVERIFY(m_dir.isValid());
    QVERIFY(makeCertificate());
    // The client offers no setting for a certificate authority: like a system CA, this one is
    // trusted by every connection of the process, verified as usual.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_ca);
    QSslConfiguration::setDefaultConfiguration(trusting);

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
    QVERIFY(startNginx());
}

void TestNginx::cleanupTestCase()
{
    stopNginx();
    m_server.reset();
}

bool TestNginx::makeCertificate()
{
    // For 127.0.0.1 (the address the client verifies), self-signed, so it is its own CA.
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(u"openssl"_s,
                  {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                   u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                   u"-out"_s, u"cert.pem"_s, u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                   u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s});
    if (!openssl.waitForFinished(60000) || openssl.exitCode() != 0) {
        qWarning() << "openssl failed:" << openssl.readAllStandardError();
        return false;
    }
    const QList<QSslCertificate> certs =
        QSslCertificate::fromPath(m_dir.filePath(u"cert.pem"_s), QSsl::Pem);
    if (certs.size() != 1)
        return false;
    m_ca = certs.first();
    return true;
}

bool TestNginx::startNginx()
{
    // Free ports are looked for before nginx binds them: another process may take one between,
    // so a failed start tries new ones.
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_ports = {freePort(), freePort(), m_server->url().port()};
        QString problem;
        const QString config = testConfig(m_ports, m_dir.path(), &problem);
        if (config.isEmpty()) {
            qWarning() << problem;
            return false;
        }
        QFile file(m_dir.filePath(u"nginx.conf"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(config.toUtf8()) < 0)
            return false;
        file.close();
        m_nginx = std::make_unique<QProcess>();
        // nginx logs to its files; a test that crashes takes it along instead of leaving it
        // holding the ports (SIGTERM: nginx's fast shutdown, workers included).
        m_nginx->setStandardOutputFile(QProcess::nullDevice());
        m_nginx->setStandardErrorFile(m_dir.filePath(u"stderr.log"_s));
        m_nginx->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        m_nginx->start(NginxBinary, {u"-c"_s, file.fileName(), u"-p"_s, m_dir.path(), u"-e"_s,
                                     m_dir.filePath(u"error.log"_s)});
        m_nginx->waitForStarted(30000);
        const bool listening = QTest::qWaitFor(
            [this] {
                if (m_nginx->state() != QProcess::Running)
                    return true;
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, quint16(m_ports.tls));
                return probe.waitForConnected(500);
            },
            30000);
        if (listening && m_nginx->state() == QProcess::Running)
            return true;
        stopNginx();
    }
    QFile log(m_dir.filePath(u"error.log"_s));
    log.open(QIODevice::ReadOnly);
    qWarning() << "nginx did not start:" << log.readAll();
    return false;
}

void TestNginx::stopNginx()
{
    if (!m_nginx)
        return;
    if (m_nginx->state() != QProcess::NotRunning) {
        m_nginx->terminate();
        if (!m_nginx->waitForFinished(15000)) {
            m_nginx->kill();
            m_nginx->waitForFinished(5000);
        }
    }
    m_nginx.reset();
}

QByteArray TestNginx::exchangeTls(const QByteArray &request)
{
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates({m_ca});
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_ports.tls));
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
    for (const Directive &d : FrontDoor)
        QTest::newRow(d.what) << QString::fromLatin1(d.pattern);
}

void TestNginx::shippedConfig_keepsTheFrontDoorsDirectives()
{
    QFETCH(QString, pattern);
    QVERIFY2(shippedConfig().contains(QRegularExpression(pattern)), qPrintable(pattern));
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
        socket->connectToHostEncrypted(u"127.0.0.1"_s, quint16(m_ports.tls));
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
    socket.connectToHost(QHostAddress::LocalHost, quint16(m_ports.plain));
    QVERIFY(socket.waitForConnected(30000));
    const QByteArray answer = readToClose(
        socket, "GET /api/v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QCOMPARE(statusOf(answer), 301);
    QCOMPARE(headerOf(answer, "Location"), QByteArray("https://127.0.0.1/api/v1/health"));
}

QTEST_GUILESS_MAIN(TestNginx)
#include "tst_nginx.moc"
