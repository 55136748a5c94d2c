// The operator's routes of the real soudan-server on SQLite or PostgreSQL ($SOUDAN_TEST_BACKEND):
// /health, /ready (the database answers) and /metrics (Prometheus text, to this machine only).

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

// The value of one series of the exposition, or -1 when it is not there.
double series(const QByteArray &text, const QString &name)
{
    for (const QByteArray &line : text.split('\n')) {
        const QString l = QString::fromUtf8(line);
        if (l.startsWith(name + u' '))
            return l.mid(name.size() + 1).toDouble();
    }
    return -1;
}

} // namespace

class TestServerOps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthAndReady();
    void metrics_countRequestsByRouteAndStatus();
    void metrics_areForThisMachineOnly();
    void backup_whileServing_restoresTheBoard();
    void config_fileThenEnvironmentThenCommandLine();
    void config_unknownSettingNamesFileAndLine();
};

void TestServerOps::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerOps::healthAndReady()
{
    ServerProcess server;
    QVERIFY(server.startDemoBoard({u"member"_s}));
    Http http(server.url());
    Http::Response r = http.get(u"/health"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"ok"_s);
    r = http.get(u"/ready"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"ready"_s);
    QCOMPARE(r.json()[u"feedSequence"_s].toInteger(),
             server.scalar(u"SELECT last_seq FROM feed_state WHERE id = 1"_s).toLongLong());
}

void TestServerOps::metrics_countRequestsByRouteAndStatus()
{
    ServerProcess server;
    QVERIFY(server.startDemoBoard({u"member"_s}));
    Http member(server.url());
    QVERIFY(!member.login(u"member"_s, ServerProcess::passwordOf(u"member"_s)).isEmpty());
    const QString thread = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(member
                 .put(u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 11},
                                                       {u"title"_s, u"指標の確認"_s},
                                                       {u"body"_s, u"本文です。"_s},
                                                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    Http stranger(server.url());
    QCOMPARE(
        stranger.post(u"/api/v1/session"_s, {{u"user"_s, u"member"_s}, {u"password"_s, u"x"_s}})
            .status,
        401);
    QCOMPARE(stranger.get(u"/no/such/route/%1"_s.arg(thread)).status, 404);

    const Http::Response r = stranger.get(u"/metrics"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    const QByteArray text = r.body;
    QCOMPARE(series(text,
                    u"soudan_http_requests_total{method=\"PUT\",route=\"/api/v1/threads/{id}\","
                    u"status=\"201\"}"_s),
             1.0);
    QCOMPARE(series(text, u"soudan_http_requests_total{method=\"POST\",route=\"/api/v1/session\","
                          u"status=\"200\"}"_s),
             1.0);
    QCOMPARE(series(text, u"soudan_http_requests_total{method=\"GET\",route=\"other\","
                          u"status=\"404\"}"_s),
             1.0);
    QCOMPARE(series(text, u"soudan_sign_in_failures_total"_s), 1.0);
    QCOMPARE(qint64(series(text, u"soudan_feed_sequence"_s)),
             server.scalar(u"SELECT last_seq FROM feed_state WHERE id = 1"_s).toLongLong());
    // No id makes a series of its own.
    QVERIFY(!text.contains(thread.toUtf8()));
    // The histogram's buckets only grow, up to its count.
    const QString labels = u"method=\"PUT\",route=\"/api/v1/threads/{id}\""_s;
    double previous = 0;
    static const QRegularExpression bucket(
        uR"re(^soudan_http_request_duration_seconds_bucket\{method="PUT",route="/api/v1/threads/\{id\}",le="([^"]+)"\} (\d+)$)re"_s);
    int buckets = 0;
    for (const QByteArray &line : text.split('\n')) {
        const QRegularExpressionMatch m = bucket.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        ++buckets;
        QVERIFY(m.captured(2).toDouble() >= previous);
        previous = m.captured(2).toDouble();
    }
    QCOMPARE(buckets, 12);
    QCOMPARE(previous, 1.0);
    QCOMPARE(series(text, u"soudan_http_request_duration_seconds_count{%1}"_s.arg(labels)), 1.0);
    QVERIFY(text.contains("# TYPE soudan_http_request_duration_seconds histogram"));
}

void TestServerOps::metrics_areForThisMachineOnly()
{
    // Behind a trusted proxy, a request for another client's address gets no metrics.
    ServerProcess server;
    QVERIFY(server.startDemoBoard({u"member"_s}, {}, {u"--trust-proxy"_s, u"127.0.0.1"_s}));
    Http http(server.url());
    const QString noToken;
    QCOMPARE(http.send("GET", u"/metrics"_s, {}, noToken, {{"X-Real-IP", "203.0.113.7"}}).status,
             404);
    QCOMPARE(http.send("GET", u"/metrics"_s, {}, noToken, {{"X-Real-IP", "127.0.0.1"}}).status,
             200);
    QCOMPARE(http.get(u"/metrics"_s).status, 200);
}

void TestServerOps::backup_whileServing_restoresTheBoard()
{
    if (ServerProcess::backendFromEnvironment() != ServerProcess::Backend::SQLite)
        QSKIP("SQLite's online backup; a PostgreSQL board is backed up with pg_dump");
    ServerProcess server;
    QVERIFY(server.startDemoBoard({u"member"_s}));
    Http member(server.url());
    QVERIFY(!member.login(u"member"_s, ServerProcess::passwordOf(u"member"_s)).isEmpty());
    auto ask = [&](const QString &title) {
        return member
            .put(u"/api/v1/threads/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                 {{u"categoryId"_s, 11},
                  {u"title"_s, title},
                  {u"body"_s, u"バックアップの確認です。"_s},
                  {u"urgency"_s, u"calm"_s}})
            .status;
    };
    for (int i = 0; i < 20; ++i)
        QCOMPARE(ask(u"保存される質問 %1"_s.arg(i)), 201);
    const int threads = server.scalar(u"SELECT COUNT(*) FROM threads"_s).toInt();
    const qint64 seq =
        server.scalar(u"SELECT last_seq FROM feed_state WHERE id = 1"_s).toLongLong();

    // While the server serves; not over an existing file.
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"board-copy.sqlite"_s);
    const ServerProcess::Run done = server.command({u"backup"_s, u"--to"_s, copy});
    QCOMPARE(done.exitCode, 0);
    QVERIFY2(done.out.contains(u"backed up"_s), qPrintable(done.out));
    QVERIFY(server.command({u"backup"_s, u"--to"_s, copy}).exitCode != 0);
    QVERIFY(!QFile::exists(copy + u".part"_s));
    QCOMPARE(ask(u"バックアップの後の質問"_s), 201);

    // Restored: a server on the copy has the board as it was, and serves it.
    ServerProcess restored(ServerProcess::Backend::SQLite);
    QVERIFY(restored.createDatabase());
    QVERIFY(QFile::copy(copy, restored.databaseUrl()));
    QVERIFY(restored.start());
    QCOMPARE(restored.scalar(u"SELECT COUNT(*) FROM threads"_s).toInt(), threads);
    QCOMPARE(restored.scalar(u"SELECT last_seq FROM feed_state WHERE id = 1"_s).toLongLong(), seq);
    QCOMPARE(restored.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    Http reader(restored.url());
    QVERIFY(!reader.login(u"member"_s, ServerProcess::passwordOf(u"member"_s)).isEmpty());
    QCOMPARE(reader.get(u"/api/v1/changes?limit=10"_s).status, 200);
}

void TestServerOps::config_fileThenEnvironmentThenCommandLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.conf"_s);
    QFile conf(path);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    // The command line's --listen (a free port) wins over the file's unusable port 1; the
    // environment's log format wins over the file's.
    conf.write("# the board of the test\n"
               "listen = 127.0.0.1:1\n"
               "rate-limit = 3\n"
               "burst = \"3\"\n"
               "log-format = text\n");
    conf.close();
    qputenv("SOUDAN_LOG_FORMAT", "json");
    ServerProcess server;
    const bool started = server.startDemoBoard({u"member"_s}, {}, {u"--config"_s, path});
    qunsetenv("SOUDAN_LOG_FORMAT");
    QVERIFY2(started, qPrintable(server.log()));
    QVERIFY(server.url().port() != 1);

    // The file's rate limit holds: the fourth quick request is refused.
    Http http(server.url());
    QList<int> statuses;
    for (int i = 0; i < 5; ++i)
        statuses << http.get(u"/api/v1/categories"_s).status;
    QVERIFY2(statuses.contains(429), qPrintable(QDebug::toString(statuses)));

    // The request log is JSON lines, one per request, with its fields.
    QTRY_VERIFY(server.log().count(u'\n') >= 5);
    int lines = 0;
    for (const QString &line : server.log().split(u'\n', Qt::SkipEmptyParts)) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(line));
        QCOMPARE(o[u"path"_s].toString(), u"/api/v1/categories"_s);
        QCOMPARE(o[u"method"_s].toString(), u"GET"_s);
        QVERIFY(o[u"status"_s].toInt() == 200 || o[u"status"_s].toInt() == 401 ||
                o[u"status"_s].toInt() == 429);
        QVERIFY(o.contains(u"time"_s) && o.contains(u"ms"_s) && o.contains(u"remote"_s));
        ++lines;
    }
    QCOMPARE(lines, 5);
}

void TestServerOps::config_unknownSettingNamesFileAndLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"server.conf"_s);
    QFile conf(path);
    QVERIFY(conf.open(QIODevice::WriteOnly));
    conf.write("listen = 127.0.0.1:0\n\nlisten-port = 8080\n");
    conf.close();
    ServerProcess server;
    QVERIFY(server.createDatabase());
    const ServerProcess::Run run = server.command({u"serve"_s, u"--config"_s, path});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(path + u":3: unknown setting \"listen-port\""_s),
             qPrintable(run.err));
    // A number out of range names the option and the value.
    qputenv("SOUDAN_THREADS", "0");
    const ServerProcess::Run zero = server.command({u"serve"_s});
    qunsetenv("SOUDAN_THREADS");
    QCOMPARE(zero.exitCode, 2);
    QVERIFY2(zero.err.contains(u"--threads wants a number from 1 to 256, not \"0\""_s),
             qPrintable(zero.err));
}

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_server_ops.moc"
