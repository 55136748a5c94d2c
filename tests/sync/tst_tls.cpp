// The client against a TLS server whose certificate it cannot trust: a real TLS listener with a
// certificate made for the test. The sync stops before anything is sent, and says why.

#include "sync/syncengine.h"
#include "tests/support/testclient.h"

#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

class TestTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void untrustedCertificate_stopsTheSync_beforeAnythingIsSent();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestTls::initTestCase()
{
    setUpClientTests();
    if (!QSslSocket::supportsSsl())
        QSKIP("this Qt has no TLS backend");
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (./scripts/test installs it)");
    // A certificate for 127.0.0.1, signed by itself.
    const int made = QProcess::execute(
        openssl,
        {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
         u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
         u"-keyout"_s, m_dir.filePath(u"key.pem"_s), u"-out"_s, m_dir.filePath(u"cert.pem"_s)});
    QCOMPARE(made, 0);
    QFile cert(m_dir.filePath(u"cert.pem"_s)), key(m_dir.filePath(u"key.pem"_s));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!m_certificate.isNull() && !m_key.isNull());
}

void TestTls::untrustedCertificate_stopsTheSync_beforeAnythingIsSent()
{
    QSslServer server;
    QSslConfiguration serving = QSslConfiguration::defaultConfiguration();
    serving.setLocalCertificate(m_certificate);
    serving.setPrivateKey(m_key);
    server.setSslConfiguration(serving);
    QByteArray received; // what the client sent inside the encrypted connection
    connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
        while (QTcpSocket *socket = server.nextPendingConnection())
            connect(socket, &QIODevice::readyRead, socket,
                    [&received, socket] { received += socket->readAll(); });
    });
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString port = QString::number(server.serverPort());

    // Signed by itself: not trusted, and nothing of the request (nor the token) is sent.
    EngineClient client;
    client.configure(QUrl(u"https://127.0.0.1:"_s + port), u"asker"_s, u"a-secret-token"_s, 500,
                     5000);
    QVERIFY(!client.sync(20000));
    QCOMPARE(client.engine->status().state, SyncStatus::State::Error);
    const QString message = client.engine->status().message;
    QVERIFY2(message.contains(u"not safe"_s) &&
                 message.contains(u"not signed by an authority this computer trusts"_s),
             qPrintable(message));
    QVERIFY(received.isEmpty());

    // Trusted, but reached under another name: refused as well, saying so.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(m_certificate);
    QSslConfiguration::setDefaultConfiguration(trusting);
    EngineClient renamed;
    renamed.configure(QUrl(u"https://localhost:"_s + port), u"asker"_s, u"a-secret-token"_s, 500,
                      5000);
    QVERIFY(!renamed.sync(20000));
    QVERIFY2(renamed.engine->status().message.contains(u"for another name than localhost"_s),
             qPrintable(renamed.engine->status().message));
    QVERIFY(received.isEmpty());

    // Trusted and under its own name: the request goes (so the checks above were real ones).
    EngineClient trusted;
    trusted.configure(QUrl(u"https://127.0.0.1:"_s + port), u"asker"_s, u"a-secret-token"_s, 500,
                      3000);
    trusted.sync(20000);
    QVERIFY2(received.startsWith("GET /api/v1/"), received.left(80).constData());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
