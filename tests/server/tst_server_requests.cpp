// What the real soudan-server does with requests that are not what it expects: without a token,
// malformed, sent twice, too large, too many, too slow; and that its log never holds a secret.
// On SQLite or PostgreSQL ($SOUDAN_TEST_BACKEND).

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject question(const QString &title = u"見積もりの相場を教えてください"_s)
{
    return {{u"categoryId"_s, 11},
            {u"title"_s, title},
            {u"body"_s, u"ロゴ制作の相場はいくらくらいでしょうか。"_s},
            {u"urgency"_s, u"urgent"_s}};
}

} // namespace

class TestServerRequests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void writes_needAToken();
    void malformedRequests_getTheirError_data();
    void malformedRequests_getTheirError();
    void idempotencyKey_replaysTheFirstResponse();
    void tooLargeBody_isRefusedAtOnce();
    void tooManyRequests_getRetryAfter();
    void slowClient_isCutOff();
    void logs_neverHoldPasswordsOrTokens();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void TestServerRequests::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerRequests::init()
{
    m_server = std::make_unique<ServerProcess>();
    const QString test = QString::fromLatin1(QTest::currentTestFunction());
    QStringList options;
    if (test.startsWith(u"tooMany"_s))
        options = {u"--rate-limit"_s, u"60"_s, u"--burst"_s, u"5"_s};
    else if (test.startsWith(u"slowClient"_s))
        options = {u"--read-timeout"_s, u"1"_s};
    QVERIFY(m_server->startDemoBoard({u"asker"_s, u"helper"_s}, {u"moderator"_s}, options));
}

void TestServerRequests::cleanup()
{
    m_server.reset();
}

void TestServerRequests::writes_needAToken()
{
    Http http(m_server->url());
    const QString thread = newId();
    const Http::Response anonymous = http.put(u"/api/v1/threads/"_s + thread, question());
    QCOMPARE(anonymous.status, 401);
    QCOMPARE(anonymous.errorCode(), u"unauthorized"_s);
    QCOMPARE(http.send("PUT", u"/api/v1/threads/"_s + thread, "{}", u"made-up-token"_s).status,
             401);
    QCOMPARE(http.send("GET", u"/api/v1/changes"_s, {}, u"made-up-token"_s).errorCode(),
             u"invalid_token"_s);
    QCOMPARE(http.send("GET", u"/api/v1/changes"_s, {}, u"Basic abc"_s).status, 401);
    QCOMPARE(http.send("GET", u"/api/v1/changes"_s, {}, QString()).status,
             200); // reading needs none
}

void TestServerRequests::malformedRequests_getTheirError_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    const QString thread = u"/api/v1/threads/"_s + newId();
    auto json = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    };
    QJsonObject q = question();

    QTest::newRow("not json") << QByteArray("PUT") << thread << QByteArray("{title: 'x'}") << 400
                              << u"invalid_json"_s << u"not valid JSON"_s;
    QTest::newRow("empty body") << QByteArray("PUT") << thread << QByteArray() << 400
                                << u"invalid_json"_s << u"not valid JSON"_s;
    QTest::newRow("invalid utf-8") << QByteArray("PUT") << thread
                                   << QByteArray(R"({"categoryId":11,"title":")") + "\xc3\x28\xff" +
                                          R"(","body":"b","urgency":"calm"})"
                                   << 400 << u"invalid_json"_s << u"UTF-8"_s;
    QTest::newRow("array") << QByteArray("PUT") << thread << QByteArray("[1,2]") << 422
                           << u"invalid_field"_s << u"expected an object"_s;
    QTest::newRow("wrong type") << QByteArray("PUT") << thread << json([&] {
        QJsonObject o = q;
        o[u"categoryId"_s] = u"11"_s;
        return o;
    }()) << 422 << u"invalid_field"_s
                                << u"categoryId: expected a whole number"_s;
    QTest::newRow("huge number")
        << QByteArray("PUT") << thread
        << QByteArray(R"({"categoryId":1e308,"title":"t","body":"b","urgency":"calm"})") << 422
        << u"invalid_field"_s << u"categoryId:"_s;
    QTest::newRow("unknown field") << QByteArray("PUT") << thread << json([&] {
        QJsonObject o = q;
        o[u"admin"_s] = true;
        return o;
    }()) << 422 << u"invalid_field"_s
                                   << u"unknown field \"admin\""_s;
    QTest::newRow("missing field") << QByteArray("PUT") << thread << json([&] {
        QJsonObject o = q;
        o.remove(u"body"_s);
        return o;
    }()) << 422 << u"invalid_field"_s
                                   << u"body: missing"_s;
    QTest::newRow("over-long title") << QByteArray("PUT") << thread << json([&] {
        QJsonObject o = q;
        o[u"title"_s] = QString(101, u'長');
        return o;
    }()) << 422 << u"invalid_field"_s << u"title: longer than 100"_s;
    QTest::newRow("unknown category") << QByteArray("PUT") << thread << json([&] {
        QJsonObject o = q;
        o[u"categoryId"_s] = 999;
        return o;
    }()) << 422 << u"unknown_category"_s
                                      << u"categoryId"_s;
    QTest::newRow("bad uuid in path") << QByteArray("PUT") << u"/api/v1/threads/not-a-uuid"_s
                                      << json(q) << 400 << u"invalid_id"_s << u"not a UUID"_s;
    QTest::newRow("answer to unknown thread")
        << QByteArray("PUT") << u"/api/v1/threads/%1/answers/%2"_s.arg(newId(), newId())
        << QByteArray(R"({"body":"回答です"})") << 404 << u"not_found"_s << u"no thread"_s;
    QTest::newRow("bad uuid in answer path")
        << QByteArray("PUT") << u"/api/v1/threads/%1/answers/xyz"_s.arg(newId())
        << QByteArray(R"({"body":"回答です"})") << 400 << u"invalid_id"_s << u"xyz"_s;
    QTest::newRow("best answer not a uuid")
        << QByteArray("POST") << u"/api/v1/threads/%1/best-answer"_s.arg(newId())
        << QByteArray(R"({"answerId":"1234"})") << 422 << u"invalid_field"_s
        << u"answerId: expected a UUID"_s;
}

void TestServerRequests::malformedRequests_getTheirError()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);
    Http http(m_server->url());
    http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    const Http::Response r = http.send(method, path, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    const QString text = r.json().value(u"error"_s).toObject().value(u"message"_s).toString();
    QVERIFY2(text.contains(message), qPrintable(text));
    // The server keeps serving.
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
}

void TestServerRequests::idempotencyKey_replaysTheFirstResponse()
{
    Http asker(m_server->url()), helper(m_server->url());
    asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    const QString thread = newId(), answer = newId();
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    QCOMPARE(
        helper.put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, answer), {{u"body"_s, u"回答"_s}})
            .status,
        201);
    const QString key = newId();
    auto choose = [&](const QString &answerId) {
        return asker.send("POST", u"/api/v1/threads/%1/best-answer"_s.arg(thread),
                          QJsonDocument(QJsonObject{{u"answerId"_s, answerId}}).toJson(),
                          u"<default>"_s, {{"Idempotency-Key", key.toUtf8()}});
    };
    const Http::Response first = choose(answer);
    QCOMPARE(first.status, 200);
    const Http::Response again = choose(answer);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.body, first.body);
    QCOMPARE(choose(newId()).errorCode(), u"idempotency_key_reused"_s);
    // A refusal is not kept: the key may carry the request again, changed.
    const QString second = newId(), secondAnswer = newId(), refusedKey = newId();
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + second, question(u"三つ目"_s)).status, 201);
    QCOMPARE(helper
                 .put(u"/api/v1/threads/%1/answers/%2"_s.arg(second, secondAnswer),
                      {{u"body"_s, u"回答"_s}})
                 .status,
             201);
    auto chooseWith = [&](const QString &answerId) {
        return asker.send("POST", u"/api/v1/threads/%1/best-answer"_s.arg(second),
                          QJsonDocument(QJsonObject{{u"answerId"_s, answerId}}).toJson(),
                          u"<default>"_s, {{"Idempotency-Key", refusedKey.toUtf8()}});
    };
    const Http::Response refused = chooseWith(newId());
    QVERIFY2(refused.status >= 400 && refused.status < 500, refused.body.constData());
    QCOMPARE(chooseWith(secondAnswer).status, 200);

    // A PUT's first answer (201) comes back the same, not as the 200 of a repeated PUT.
    const QString other = newId();
    const QByteArray body = QJsonDocument(question(u"二つ目"_s)).toJson();
    const Http::Response created =
        asker.send("PUT", u"/api/v1/threads/"_s + other, body, u"<default>"_s,
                   {{"Idempotency-Key", other.toUtf8()}});
    QCOMPARE(created.status, 201);
    QCOMPARE(asker
                 .send("PUT", u"/api/v1/threads/"_s + other, body, u"<default>"_s,
                       {{"Idempotency-Key", other.toUtf8()}})
                 .status,
             201);
}

void TestServerRequests::tooLargeBody_isRefusedAtOnce()
{
    Http http(m_server->url());
    http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QElapsedTimer timer;
    timer.start();
    const Http::Response r =
        http.send("PUT", u"/api/v1/threads/"_s + newId(), QByteArray(200 * 1024, 'x'));
    QCOMPARE(r.status, 413);
    QCOMPARE(r.errorCode(), u"payload_too_large"_s);
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
}

void TestServerRequests::tooManyRequests_getRetryAfter()
{
    Http http(m_server->url());
    int limited = 0;
    Http::Response last;
    for (int i = 0; i < 12; ++i) {
        last = http.get(u"/api/v1/categories"_s);
        if (last.status == 429) {
            ++limited;
            break;
        }
        QCOMPARE(last.status, 200);
    }
    QCOMPARE(limited, 1);
    QCOMPARE(last.errorCode(), u"too_many_requests"_s);
    const int retryAfter = last.header("Retry-After").toInt();
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
}

void TestServerRequests::slowClient_isCutOff()
{
    // Half a request line, then nothing: the server gives up at its deadline for a whole
    // request.
    QTcpSocket slow;
    slow.connectToHost(m_server->url().host(), quint16(m_server->url().port()));
    QVERIFY(slow.waitForConnected(5000));
    slow.write("GET /api/v1/hea");
    QVERIFY(slow.waitForBytesWritten(5000));
    QElapsedTimer timer;
    timer.start();
    QTRY_VERIFY_WITH_TIMEOUT(
        slow.state() == QAbstractSocket::UnconnectedState || slow.bytesAvailable() > 0, 10000);
    QVERIFY(timer.elapsed() < 8000);
    if (slow.bytesAvailable() > 0)
        QVERIFY(slow.readAll().startsWith("HTTP/1.1 408"));
    // Meanwhile and afterwards, others are served.
    QCOMPARE(Http(m_server->url()).get(u"/api/v1/health"_s).status, 200);
}

void TestServerRequests::logs_neverHoldPasswordsOrTokens()
{
    Http http(m_server->url());
    const QString token = http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QCOMPARE(http.put(u"/api/v1/threads/"_s + newId(), question()).status, 201);
    http.send("POST", u"/api/v1/session"_s, R"({"user":"asker","password":"typo-password"})",
              QString());
    m_server->stop();
    const QString log = m_server->log();
    QVERIFY2(log.contains(u"PUT /api/v1/threads/"_s), qPrintable(log));
    QVERIFY(!log.contains(token));
    QVERIFY(!log.contains(ServerProcess::passwordOf(u"asker"_s)));
    QVERIFY(!log.contains(u"typo-password"_s));
}

QTEST_GUILESS_MAIN(TestServerRequests)
#include "tst_server_requests.moc"
