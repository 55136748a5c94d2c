// The server's own front door against slow and malformed clients, with raw sockets: a slow
// client holds nothing a member needs, every body is measured however it is sent, and a proxy's
// word on who the client is counts only when the operator said to trust it.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

// Sends raw bytes on a new connection and reads until the server closes it (or the wait ends).
QByteArray exchange(const QUrl &url, const QByteArray &bytes, int waitMs = 10000)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(bytes);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < waitMs) {
        socket.waitForReadyRead(200);
        answer += socket.readAll();
    }
    return answer + socket.readAll();
}

int statusOf(const QByteArray &answer)
{
    return answer.startsWith("HTTP/1.") ? answer.mid(9, 3).toInt() : 0;
}

QByteArray codeOf(const QByteArray &answer)
{
    const QJsonObject body =
        QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    return body.value(u"error"_s).toObject().value(u"code"_s).toString().toUtf8();
}

QByteArray chunked(const QByteArray &body, int chunk)
{
    QByteArray out;
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        const QByteArray piece = body.mid(at, chunk);
        out += QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n";
    }
    return out + "0\r\n\r\n";
}

} // namespace

class TestServerFrontDoor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void slowClients_holdNoWorker_andAreCutAtTheDeadline();
    void bodies_areMeasuredHoweverTheyAreSent();
    void heads_haveLimits();
    void proxy_namesTheClient_onlyWhenTrusted();
    void log_isNeverWrittenIntoByARequest();
    void oneAddress_holdsAtMost64Connections();

private:
    bool start(const QStringList &options = {});
    QByteArray signInRequest(bool asChunks) const;

    std::unique_ptr<ServerProcess> m_server;
};

void TestServerFrontDoor::init()
{
    m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::SQLite);
    QVERIFY(m_server->createDatabase());
    QCOMPARE(m_server->command({u"import-demo"_s}).exitCode, 0);
    QVERIFY(m_server->addUser(u"asker"_s));
}

void TestServerFrontDoor::cleanup()
{
    m_server.reset();
}

bool TestServerFrontDoor::start(const QStringList &options)
{
    return m_server->start(options);
}

QByteArray TestServerFrontDoor::signInRequest(bool asChunks) const
{
    const QByteArray body =
        QJsonDocument(QJsonObject{{u"user"_s, u"asker"_s},
                                  {u"password"_s, ServerProcess::passwordOf(u"asker"_s)}})
            .toJson(QJsonDocument::Compact);
    QByteArray head = "POST /api/v1/session HTTP/1.1\r\nHost: soudan\r\nConnection: close\r\n";
    if (asChunks)
        return head + "Transfer-Encoding: chunked\r\n\r\n" + chunked(body, 7);
    return head + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

void TestServerFrontDoor::slowClients_holdNoWorker_andAreCutAtTheDeadline()
{
    // Eight workers, sixty slow clients: each sends a header byte now and then, as an attack does.
    QVERIFY(start({u"--threads"_s, u"8"_s, u"--read-timeout"_s, u"4"_s}));
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 60; ++i) {
        slow.push_back(std::make_unique<QTcpSocket>());
        slow.back()->connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(slow.back()->waitForConnected(5000));
        slow.back()->write("G");
        slow.back()->flush();
    }
    const QByteArray drip = "ET /api/v1/health HTTP/1.1\r\n";
    Http member(m_server->url());
    for (int round = 0; round < 3; ++round) {
        for (auto &s : slow) {
            s->write(drip.mid(round, 1));
            s->flush();
        }
        // Meanwhile a member signs in and writes, and the health check answers.
        QCOMPARE(Http(m_server->url()).get(u"/api/v1/health"_s).status, 200);
        QTest::qWait(700);
    }
    QVERIFY(!member.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s)).isEmpty());
    QCOMPARE(member
                 .put(u"/api/v1/threads/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                      {{u"categoryId"_s, 11},
                       {u"title"_s, u"遅い接続が多くても書ける"_s},
                       {u"body"_s, u"六十の遅い接続の最中に書いた質問です。"_s},
                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    // At the deadline each slow client gets 408 and its connection ends.
    for (auto &s : slow) {
        QTRY_VERIFY_WITH_TIMEOUT(
            s->state() == QAbstractSocket::UnconnectedState || s->bytesAvailable() > 0, 15000);
        s->waitForReadyRead(200);
        QCOMPARE(statusOf(s->readAll()), 408);
    }
}

void TestServerFrontDoor::bodies_areMeasuredHoweverTheyAreSent()
{
    QVERIFY(start({u"--max-body"_s, u"4096"_s}));
    const QUrl url = m_server->url();
    // Chunks are joined and measured: a small chunked body is served like any other...
    const QByteArray signedIn = exchange(url, signInRequest(true));
    QCOMPARE(statusOf(signedIn), 200);
    QVERIFY(signedIn.contains("\"token\""));
    QCOMPARE(statusOf(exchange(url, signInRequest(false))), 200);
    // ...and a large one is refused as soon as it passes the limit, not after it is read.
    const QByteArray put = "PUT /api/v1/threads/x HTTP/1.1\r\nHost: soudan\r\n";
    const QByteArray large = exchange(url, put + "Transfer-Encoding: chunked\r\n\r\n" +
                                               chunked(QByteArray(64 * 1024, 'x'), 1000));
    QCOMPARE(statusOf(large), 413);
    QCOMPARE(codeOf(large), "payload_too_large");
    const QByteArray oneHugeChunk =
        exchange(url, put + "Transfer-Encoding: chunked\r\n\r\n4000000\r\nxxxx");
    QCOMPARE(statusOf(oneHugeChunk), 413);
    // A body with no length at all, and a compressed one (which could expand past any limit).
    const QByteArray lengthless = exchange(url, put + "\r\n{\"title\":\"x\"}");
    QCOMPARE(statusOf(lengthless), 411);
    QCOMPARE(codeOf(lengthless), "length_required");
    const QByteArray gzip =
        exchange(url, put + "Content-Encoding: gzip\r\nContent-Length: 4\r\n\r\nxxxx");
    QCOMPARE(statusOf(gzip), 415);
    QCOMPARE(codeOf(gzip), "unsupported_encoding");
    // Two ways of saying the length, or two lengths: refused, never guessed at.
    QCOMPARE(statusOf(exchange(url, put + "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "4\r\nxxxx\r\n0\r\n\r\n")),
             400);
    QCOMPARE(statusOf(exchange(url, put + "Content-Length: 4\r\nContent-Length: 5\r\n\r\nxxxxx")),
             400);
    QCOMPARE(statusOf(exchange(url, put + "Transfer-Encoding: gzip, chunked\r\n\r\n")), 501);
    QCOMPARE(Http(url).get(u"/api/v1/health"_s).status, 200);
}

void TestServerFrontDoor::heads_haveLimits()
{
    QVERIFY(start());
    const QUrl url = m_server->url();
    // A request line of 4 MB is refused at 8 KB; it is not read whole.
    const QByteArray line = exchange(url, "GET /" + QByteArray(4 * 1024 * 1024, 'a'));
    QCOMPARE(statusOf(line), 414);
    QByteArray headers = "GET /api/v1/health HTTP/1.1\r\n";
    for (int i = 0; i < 200; ++i)
        headers += "X-Padding-" + QByteArray::number(i) + ": " + QByteArray(100, 'p') + "\r\n";
    QCOMPARE(statusOf(exchange(url, headers + "\r\n")), 431);
    QCOMPARE(statusOf(exchange(url, "GET /api/v1/health HTTP/1.1\r\nBad Header: x\r\n\r\n")), 400);
    QCOMPARE(statusOf(exchange(url, "GET /api/v1/health HTTP/1.1\r\nX: a\0b\r\n\r\n"_ba)), 400);
    QCOMPARE(statusOf(exchange(url, "GET /api/v1/health HTTP/2.0\r\n\r\n")), 505);
    // Two requests in one write (pipelining) get two answers, in order.
    const QByteArray two =
        exchange(url, "GET /api/v1/health HTTP/1.1\r\nHost: a\r\n\r\n"
                      "GET /api/v1/nothing HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n");
    QCOMPARE(statusOf(two), 200);
    QCOMPARE(statusOf(two.mid(two.indexOf("HTTP/1.1", 10))), 404);
}

void TestServerFrontDoor::proxy_namesTheClient_onlyWhenTrusted()
{
    auto askFor = [this](const QByteArray &address) {
        return statusOf(exchange(
            m_server->url(), "GET /api/v1/categories HTTP/1.1\r\nHost: a\r\nX-Real-IP: " + address +
                                 "\r\nConnection: close\r\n\r\n"));
    };
    auto limitedAfter = [&](const QByteArray &address) {
        for (int i = 0; i < 10; ++i)
            if (askFor(address) == 429)
                return i;
        return -1;
    };
    // Not trusted: the header is ignored, so every "client" shares the one address's bucket.
    QVERIFY(start({u"--rate-limit"_s, u"60"_s, u"--burst"_s, u"3"_s}));
    QCOMPARE(limitedAfter("203.0.113.7"), 3);
    QCOMPARE(askFor("203.0.113.8"), 429);
    m_server->stop();
    // Trusted: each address the proxy names has its own bucket, and the log names it.
    QVERIFY(start(
        {u"--rate-limit"_s, u"60"_s, u"--burst"_s, u"3"_s, u"--trust-proxy"_s, u"127.0.0.1"_s}));
    QCOMPARE(limitedAfter("203.0.113.7"), 3);
    QCOMPARE(askFor("203.0.113.8"), 200);
    QCOMPARE(askFor("not an address"), 200); // the proxy's own address then
    m_server->stop();
    QVERIFY(m_server->log().contains(u"203.0.113.8 GET /api/v1/categories 200"_s));
}

void TestServerFrontDoor::log_isNeverWrittenIntoByARequest()
{
    QVERIFY(start());
    // A path whose decoded form holds a newline and a made-up log line, and one with a NUL.
    Http http(m_server->url());
    QCOMPARE(http.send("POST", u"/api/v1/threads/a%0A2026-01-01T00:00:00Z%20forged%20line/views"_s)
                 .status,
             400);
    QCOMPARE(http.send("POST", u"/api/v1/threads/b%00c/views"_s).status, 400);
    m_server->stop();
    const QStringList lines = m_server->log().split(u'\n');
    for (const QString &line : lines)
        QVERIFY2(!line.startsWith(u"2026-01-01"_s), qPrintable(line));
    QVERIFY(m_server->log().contains(u"/api/v1/threads/a%0A2026-01-01"_s));
    QVERIFY(m_server->log().contains(u"/api/v1/threads/b%00c/views 400"_s));
}

void TestServerFrontDoor::oneAddress_holdsAtMost64Connections()
{
    QVERIFY(start());
    std::vector<std::unique_ptr<QTcpSocket>> held;
    for (int i = 0; i < 70; ++i) {
        held.push_back(std::make_unique<QTcpSocket>());
        held.back()->connectToHost(m_server->url().host(), quint16(m_server->url().port()));
        QVERIFY(held.back()->waitForConnected(5000));
    }
    // The six past the cap are closed at once; the 64 stay open.
    QTRY_COMPARE_WITH_TIMEOUT(std::count_if(held.begin(), held.end(),
                                            [](const auto &s) {
                                                return s->state() ==
                                                       QAbstractSocket::UnconnectedState;
                                            }),
                              6, 5000);
    QTest::qWait(300);
    QCOMPARE(
        std::count_if(held.begin(), held.end(),
                      [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; }),
        64);
    // Giving some back lets the address in again.
    held.resize(10);
    QTRY_COMPARE_WITH_TIMEOUT(Http(m_server->url()).get(u"/api/v1/health"_s).status, 200, 5000);
}

QTEST_GUILESS_MAIN(TestServerFrontDoor)
#include "tst_server_frontdoor.moc"
