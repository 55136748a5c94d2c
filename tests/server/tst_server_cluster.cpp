// Two soudan-server processes on one PostgreSQL database serve one board, and a client paging
// the changes feed through both while they write never skips a change. Answers to different
// threads are written side by side there: two of them with one id, or with one member's
// Idempotency-Key, still make one answer.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QProcess>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

class TestServerCluster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void twoServersOnePostgres_noClientSkipsAChange();
    void oneIdOnTwoThreadsAtOnce_oneAnswerWins();
    void oneKeyOnTwoThreadsAtOnce_oneAnswerTheOtherRefused();
    void oneThreadAtOnce_answersViewsBestAnswerAndThanksInTurn();

private:
    struct Put
    {
        QUrl url;
        QString token;
        QJsonObject body;
        QByteArray key; // Idempotency-Key, if any
        QByteArray method = "PUT";
    };
    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };
    // Sends every request at once and waits for their answers, in the same order.
    static QList<Reply> putAtOnce(const QList<Put> &puts);
    // A second server process on the first one's database; its URL.
    QUrl startSecond(const ServerProcess &first);
    // The demo board with these members on first, served by it and by a second process; the
    // second's URL (empty when something failed).
    QUrl startDemoBoard(ServerProcess &first, const QStringList &members);
    // The board's open threads, by id.
    static QStringList openThreads(const ServerProcess &server);

    QProcess m_second;
};

void TestServerCluster::init()
{
    const QString why = ServerProcess::unavailable(ServerProcess::Backend::PostgreSQL);
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerCluster::cleanup()
{
    m_second.terminate();
    m_second.waitForFinished(10000);
}

QList<TestServerCluster::Reply> TestServerCluster::putAtOnce(const QList<Put> &puts)
{
    QNetworkAccessManager nam;
    QList<Reply> replies(puts.size());
    int open = int(puts.size());
    QEventLoop loop;
    for (qsizetype i = 0; i < puts.size(); ++i) {
        QNetworkRequest request(puts.at(i).url);
        request.setRawHeader("Authorization", "Bearer " + puts.at(i).token.toUtf8());
        request.setRawHeader("Content-Type", "application/json");
        if (!puts.at(i).key.isEmpty())
            request.setRawHeader("Idempotency-Key", puts.at(i).key);
        QNetworkReply *reply = nam.sendCustomRequest(request, puts.at(i).method,
                                                     QJsonDocument(puts.at(i).body).toJson());
        connect(reply, &QNetworkReply::finished, &loop, [&, reply, i] {
            replies[i] = {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          QJsonDocument::fromJson(reply->readAll()).object()};
            reply->deleteLater();
            if (--open == 0)
                loop.quit();
        });
    }
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return replies;
}

QUrl TestServerCluster::startSecond(const ServerProcess &first)
{
    m_second.start(QStringLiteral(SOUDAN_SERVER_BINARY),
                   {u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--db"_s, first.databaseUrl()});
    if (!m_second.waitForReadyRead(30000))
        return {};
    const QString line = QString::fromUtf8(m_second.readAllStandardOutput());
    const qsizetype at = line.indexOf(u"http://"_s);
    return at < 0 ? QUrl() : QUrl(line.mid(at).section(u' ', 0, 0));
}

QUrl TestServerCluster::startDemoBoard(ServerProcess &first, const QStringList &members)
{
    if (!first.createDatabase())
        return {};
    for (const QString &member : members) {
        if (!first.addUser(member))
            return {};
    }
    if (!first.start({u"--threads"_s, u"8"_s}) || first.command({u"import-demo"_s}).exitCode != 0)
        return {};
    return startSecond(first);
}

QStringList TestServerCluster::openThreads(const ServerProcess &server)
{
    return server
        .scalar(u"SELECT string_agg(id, ',' ORDER BY id) FROM threads "
                "WHERE status = 0 AND hidden = 0"_s)
        .toString()
        .split(u',', Qt::SkipEmptyParts);
}

void TestServerCluster::twoServersOnePostgres_noClientSkipsAChange()
{
    ServerProcess first(ServerProcess::Backend::PostgreSQL);
    QVERIFY(first.createDatabase());
    QVERIFY(first.addUser(u"writer"_s));
    // The second process shares the first one's database.
    QVERIFY(first.start({u"--threads"_s, u"8"_s}));
    ServerProcess::Run migrated = first.command({u"migrate"_s});
    QCOMPARE(migrated.exitCode, 0);
    const QUrl secondUrl = startSecond(first);
    QVERIFY(secondUrl.isValid());
    const QList<QUrl> servers = {first.url(), secondUrl};

    Http login(first.url());
    const QString token = login.login(u"writer"_s, ServerProcess::passwordOf(u"writer"_s));
    QVERIFY(!token.isEmpty());
    QCOMPARE(first.command({u"import-demo"_s}).exitCode, 0);
    const QStringList threads = openThreads(first);
    QVERIFY(threads.size() > 10);

    // 200 questions and 200 answers (to the demo's open threads) written through both servers at
    // once, 16 requests in flight: the answers to different threads side by side.
    QNetworkAccessManager nam;
    QSet<QString> written, answered;
    int inFlight = 0, sent = 0, failed = 0;
    const int total = 400;
    std::function<void()> sendNext = [&] {
        while (inFlight < 16 && sent < total) {
            const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const bool answer = sent % 2 == 1;
            const QString path =
                answer
                    ? u"/api/v1/threads/%1/answers/%2"_s.arg(threads.at(sent % threads.size()), id)
                    : u"/api/v1/threads/"_s + id;
            QNetworkRequest request(servers[(sent / 2) % 2].resolved(QUrl(path)));
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
            request.setRawHeader("Content-Type", "application/json");
            const QJsonObject body = answer
                                         ? QJsonObject{{u"body"_s, u"同時回答 %1"_s.arg(sent)}}
                                         : QJsonObject{{u"categoryId"_s, 11 + sent % 4},
                                                       {u"title"_s, u"同時書き込み %1"_s.arg(sent)},
                                                       {u"body"_s, u"本文"_s},
                                                       {u"urgency"_s, u"calm"_s}};
            QNetworkReply *reply = nam.put(request, QJsonDocument(body).toJson());
            ++inFlight;
            ++sent;
            connect(reply, &QNetworkReply::finished, this, [&, reply, id, answer] {
                --inFlight;
                if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 201)
                    (answer ? answered : written).insert(id);
                else
                    ++failed;
                reply->deleteLater();
                sendNext();
            });
        }
    };

    // Meanwhile a reader pages the feed through both servers in turn.
    QSet<QString> seen, seenAnswers;
    QString cursor;
    int pages = 0;
    auto readPage = [&] {
        Http reader(servers[pages++ % 2]);
        const QJsonObject page = reader.get(u"/api/v1/changes?limit=13&cursor="_s + cursor).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QString kind = v.toObject().value(u"kind"_s).toString();
            const QString id = v.toObject().value(u"data"_s).toObject().value(u"id"_s).toString();
            if (kind == u"thread"_s)
                seen.insert(id);
            else if (kind == u"answer"_s)
                seenAnswers.insert(id);
        }
        cursor = page.value(u"cursor"_s).toString();
        return page.value(u"hasMore"_s).toBool();
    };
    sendNext();
    while (inFlight > 0 || sent < total) {
        readPage();
        QCoreApplication::processEvents();
    }
    while (readPage()) {
    }
    QCOMPARE(failed, 0);
    QCOMPARE(written.size(), total / 2);
    QCOMPARE(answered.size(), total / 2);
    for (const QString &id : std::as_const(written))
        QVERIFY2(seen.contains(id), qPrintable(u"the reader skipped the question "_s + id));
    for (const QString &id : std::as_const(answered))
        QVERIFY2(seenAnswers.contains(id), qPrintable(u"the reader skipped the answer "_s + id));
    QCOMPARE(seen.size(), total / 2 + 44);
    QVERIFY(pages > 5);
    // Each thread counts its answers, every one of them.
    QCOMPARE(first
                 .scalar(u"SELECT count(*) FROM threads t WHERE answer_count <> "
                         "(SELECT count(*) FROM answers a WHERE a.thread_id = t.id)"_s)
                 .toInt(),
             0);
}

void TestServerCluster::oneIdOnTwoThreadsAtOnce_oneAnswerWins()
{
    ServerProcess first(ServerProcess::Backend::PostgreSQL);
    const QUrl secondUrl = startDemoBoard(first, {u"writer"_s, u"rival"_s});
    QVERIFY(secondUrl.isValid());
    const QStringList threads = openThreads(first);
    QVERIFY(threads.size() > 2);
    const QString writer =
        Http(first.url()).login(u"writer"_s, ServerProcess::passwordOf(u"writer"_s));
    const QString rival = Http(secondUrl).login(u"rival"_s, ServerProcess::passwordOf(u"rival"_s));
    QVERIFY(!writer.isEmpty() && !rival.isEmpty());

    // Each round, the rival sends an answer with the writer's new id to another thread, at the
    // same moment, through the other server: one of them is the answer, the other is refused.
    QList<Put> puts;
    QStringList ids;
    for (int round = 0; round < 24; ++round) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ids.append(id);
        const QString path = u"/api/v1/threads/%1/answers/"_s + id;
        puts.append({first.url().resolved(QUrl(path.arg(threads.at(round % threads.size())))),
                     writer,
                     QJsonObject{{u"body"_s, u"書き手の回答 %1"_s.arg(round)}},
                     {}});
        puts.append({secondUrl.resolved(QUrl(path.arg(threads.at((round + 1) % threads.size())))),
                     rival,
                     QJsonObject{{u"body"_s, u"横取りの回答 %1"_s.arg(round)}},
                     {}});
    }
    const QList<Reply> replies = putAtOnce(puts);
    for (int round = 0; round < 24; ++round) {
        const Reply &mine = replies.at(2 * round);
        const Reply &theirs = replies.at(2 * round + 1);
        QVERIFY2(
            (mine.status == 201) != (theirs.status == 201),
            qPrintable(u"round %1: %2 and %3"_s.arg(round).arg(mine.status).arg(theirs.status)));
        const Reply &refused = mine.status == 201 ? theirs : mine;
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.body.value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"id_in_use"_s);
        // The stored answer is the one that was accepted, whole: its thread, author and text.
        const int winner = mine.status == 201 ? 0 : 1;
        const QString thread = threads.at((round + winner) % threads.size());
        QCOMPARE(first
                     .scalar(u"SELECT thread_id || ' ' || body FROM answers WHERE id = '%1'"_s.arg(
                         ids.at(round)))
                     .toString(),
                 thread + u' ' +
                     (winner == 0 ? u"書き手の回答 %1"_s : u"横取りの回答 %1"_s).arg(round));
    }
}

void TestServerCluster::oneKeyOnTwoThreadsAtOnce_oneAnswerTheOtherRefused()
{
    ServerProcess first(ServerProcess::Backend::PostgreSQL);
    const QUrl secondUrl = startDemoBoard(first, {u"writer"_s});
    QVERIFY(secondUrl.isValid());
    const QStringList threads = openThreads(first);
    QVERIFY(threads.size() > 2);
    const QString token =
        Http(first.url()).login(u"writer"_s, ServerProcess::passwordOf(u"writer"_s));
    QVERIFY(!token.isEmpty());

    // A client that gives two different answers one key: one is written, the other is refused
    // as a reuse of the key (never a server error), however close together they come.
    QList<Put> puts;
    for (int round = 0; round < 24; ++round) {
        const QByteArray key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        for (int side = 0; side < 2; ++side) {
            puts.append({(side == 0 ? first.url() : secondUrl)
                             .resolved(QUrl(u"/api/v1/threads/%1/answers/%2"_s.arg(
                                 threads.at((round + side) % threads.size()),
                                 QUuid::createUuid().toString(QUuid::WithoutBraces)))),
                         token, QJsonObject{{u"body"_s, u"鍵の回答 %1 %2"_s.arg(round).arg(side)}},
                         key});
        }
    }
    const QList<Reply> replies = putAtOnce(puts);
    int written = 0;
    for (int round = 0; round < 24; ++round) {
        QList<int> statuses = {replies.at(2 * round).status, replies.at(2 * round + 1).status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 409}));
        const Reply &refused =
            replies.at(2 * round).status == 409 ? replies.at(2 * round) : replies.at(2 * round + 1);
        QCOMPARE(refused.body.value(u"error"_s).toObject().value(u"code"_s).toString(),
                 u"idempotency_key_reused"_s);
        ++written;
    }
    QCOMPARE(first.scalar(u"SELECT count(*) FROM answers WHERE body LIKE '鍵の回答 %'"_s).toInt(),
             written);
}

void TestServerCluster::oneThreadAtOnce_answersViewsBestAnswerAndThanksInTurn()
{
    ServerProcess first(ServerProcess::Backend::PostgreSQL);
    constexpr int Members = 8;
    QStringList users = {u"asker"_s};
    for (int i = 0; i < Members; ++i)
        users << u"member%1"_s.arg(i);
    const QUrl secondUrl = startDemoBoard(first, users);
    QVERIFY(secondUrl.isValid());
    const QList<QUrl> servers = {first.url(), secondUrl};
    const QString asker =
        Http(first.url()).login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QStringList members;
    for (int i = 0; i < Members; ++i) {
        members << Http(servers[i % 2])
                       .login(u"member%1"_s.arg(i),
                              ServerProcess::passwordOf(u"member%1"_s.arg(i)));
        QVERIFY(!members.constLast().isEmpty());
    }
    const QString thread = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Http askerHttp(first.url());
    askerHttp.setToken(asker);
    QCOMPARE(askerHttp
                 .put(u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 11},
                                                       {u"title"_s, u"同時に届く回答"_s},
                                                       {u"body"_s, u"本文"_s},
                                                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    auto url = [&](int server, const QString &path) {
        return servers[server % 2].resolved(QUrl(u"/api/v1/threads/"_s + thread + path));
    };

    // Every member answers and views the thread at once, each view sent twice.
    QList<Put> puts;
    QStringList answers;
    for (int i = 0; i < Members; ++i) {
        answers << QUuid::createUuid().toString(QUuid::WithoutBraces);
        puts.append({url(i, u"/answers/"_s + answers.constLast()),
                     members.at(i),
                     QJsonObject{{u"body"_s, u"回答 %1"_s.arg(i)}},
                     {}});
        for (int twice = 0; twice < 2; ++twice)
            puts.append({url(i + twice, u"/views"_s), members.at(i), {}, {}, "POST"});
    }
    for (const Reply &r : putAtOnce(puts))
        QVERIFY2(r.status == 201 || r.status == 204, qPrintable(QString::number(r.status)));
    QCOMPARE(first.scalar(u"SELECT view_count FROM threads WHERE id = '%1'"_s.arg(thread)).toInt(),
             Members);
    QCOMPARE(
        first.scalar(u"SELECT answer_count FROM threads WHERE id = '%1'"_s.arg(thread)).toInt(),
        Members);

    // The asker picks two different best answers at once (two windows), while the members
    // answer again: one choice is the best answer, the other is refused, and every answer
    // either came before it (and counts) or is refused after it.
    puts.clear();
    puts.append({url(0, u"/best-answer"_s),
                 asker,
                 QJsonObject{{u"answerId"_s, answers.at(0)}},
                 {},
                 "POST"});
    puts.append({url(1, u"/best-answer"_s),
                 asker,
                 QJsonObject{{u"answerId"_s, answers.at(1)}},
                 {},
                 "POST"});
    for (int i = 0; i < Members; ++i) {
        puts.append({url(i, u"/answers/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
                     members.at(i),
                     QJsonObject{{u"body"_s, u"追加の回答 %1"_s.arg(i)}},
                     {}});
    }
    QList<Reply> replies = putAtOnce(puts);
    QList<int> choices = {replies.at(0).status, replies.at(1).status};
    std::sort(choices.begin(), choices.end());
    QCOMPARE(choices, (QList<int>{200, 409}));
    const int chosen = replies.at(0).status == 200 ? 0 : 1;
    QCOMPARE(replies.at(1 - chosen).body.value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"thread_not_open"_s);
    int later = 0;
    for (qsizetype i = 2; i < replies.size(); ++i) {
        QVERIFY2(replies.at(i).status == 201 || replies.at(i).status == 409,
                 qPrintable(QString::number(replies.at(i).status)));
        later += replies.at(i).status == 201 ? 1 : 0;
    }
    QCOMPARE(first
                 .scalar(u"SELECT status || ' ' || best_answer_id || ' ' || answer_count || ' ' || "
                         "(SELECT count(*) FROM answers WHERE thread_id = '%1') "
                         "FROM threads WHERE id = '%1'"_s.arg(thread))
                 .toString(),
             u"1 %1 %2 %2"_s.arg(answers.at(chosen)).arg(Members + later));

    // Two thanks at once, in different words: one is written, the other refused.
    puts.clear();
    for (int i = 0; i < 2; ++i)
        puts.append(
            {url(i, u"/thanks"_s), asker, QJsonObject{{u"body"_s, u"お礼 %1"_s.arg(i)}}, {}});
    replies = putAtOnce(puts);
    QList<int> thanks = {replies.at(0).status, replies.at(1).status};
    std::sort(thanks.begin(), thanks.end());
    QCOMPARE(thanks, (QList<int>{201, 409}));
}

QTEST_GUILESS_MAIN(TestServerCluster)
#include "tst_server_cluster.moc"
