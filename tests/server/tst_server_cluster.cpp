// Two soudan-server processes on one PostgreSQL database serve one board, and a client paging
// the changes feed through both while they write never skips a change.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

class TestServerCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoServersOnePostgres_noClientSkipsAChange();
};

void TestServerCluster::twoServersOnePostgres_noClientSkipsAChange()
{
    const QString why = ServerProcess::unavailable(ServerProcess::Backend::PostgreSQL);
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    ServerProcess first(ServerProcess::Backend::PostgreSQL);
    QVERIFY(first.createDatabase());
    QVERIFY(first.addUser(u"writer"_s));
    ServerProcess second(ServerProcess::Backend::PostgreSQL);
    // The second process shares the first one's database.
    const QStringList shared = {u"--threads"_s, u"8"_s};
    QVERIFY(first.start(shared));
    ServerProcess::Run migrated = first.command({u"migrate"_s});
    QCOMPARE(migrated.exitCode, 0);
    QProcess other;
    other.start(QStringLiteral(SOUDAN_SERVER_BINARY),
                {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, first.databaseUrl()});
    QVERIFY(other.waitForReadyRead(30000));
    const QString line = QString::fromUtf8(other.readAllStandardOutput());
    const qsizetype at = line.indexOf(u"http://"_s);
    QVERIFY2(at >= 0, qPrintable(line));
    const QUrl secondUrl(line.mid(at).section(u' ', 0, 0));
    const QList<QUrl> servers = {first.url(), secondUrl};

    Http login(first.url());
    const QString token = login.login(u"writer"_s, ServerProcess::passwordOf(u"writer"_s));
    QVERIFY(!token.isEmpty());
    Http categories(secondUrl);
    QCOMPARE(first.command({u"import-demo"_s}).exitCode, 0);

    // 200 questions written through both servers at once, 16 requests in flight.
    QNetworkAccessManager nam;
    QSet<QString> written;
    int inFlight = 0, sent = 0, failed = 0;
    const int total = 200;
    std::function<void()> sendNext = [&] {
        while (inFlight < 16 && sent < total) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            QNetworkRequest request(servers[sent % 2].resolved(QUrl(u"/api/v1/threads/"_s + id)));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setRawHeader("Content-Type", "application/json");
            const QJsonObject body{{u"categoryId"_s, 11 + sent % 4},
                                   {u"title"_s, u"同時書き込み %1"_s.arg(sent)},
                                   {u"body"_s, u"本文"_s},
                                   {u"urgency"_s, u"calm"_s}};
            QNetworkReply *reply = nam.put(request, QJsonDocument(body).toJson());
            ++inFlight;
            ++sent;
            connect(reply, &QNetworkReply::finished, this, [&, reply, id] {
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    written.insert(id);
                else
                    ++failed;
                reply->deleteLater();
                sendNext();
            });
        }
    };

    // Meanwhile a reader pages the feed through both servers in turn.
    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    sendNext();
    while (inFlight > 0 || sent < total) {
        Http reader(servers[pages % 2]);
        const QJsonObject page = reader.get(u"/api/v1/changes?limit=13&cursor="_s + cursor).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            if (v.toObject().value(u"kind"_s).toString() == u"thread"_s)
                seen.insert(v.toObject().value(u"data"_s).toObject().value(u"id"_s).toString());
        }
        cursor = page.value(u"cursor"_s).toString();
        ++pages;
        QCoreApplication::processEvents();
    }
    for (bool more = true; more;) {
        Http reader(servers[pages++ % 2]);
        const QJsonObject page = reader.get(u"/api/v1/changes?limit=13&cursor="_s + cursor).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            if (v.toObject().value(u"kind"_s).toString() == u"thread"_s)
                seen.insert(v.toObject().value(u"data"_s).toObject().value(u"id"_s).toString());
        }
        cursor = page.value(u"cursor"_s).toString();
        more = page.value(u"hasMore"_s).toBool();
    }
    QCOMPARE(failed, 0);
    QCOMPARE(written.size(), total);
    for (const QString &id : written)
        QVERIFY2(seen.contains(id), qPrintable(u"the reader skipped "_s + id));
    QCOMPARE(seen.size(), total + 44);
    QVERIFY(pages > 5);
    other.terminate();
    other.waitForFinished(10000);
}

QTEST_GUILESS_MAIN(TestServerCluster)
#include "tst_server_cluster.moc"
