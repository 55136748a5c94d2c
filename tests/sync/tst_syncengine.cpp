// The sync engine against the real soudan-server on a loopback port, with faults injected by a
// proxy between them.

#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncengine.h"
#include "tests/support/faultproxy.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void firstSync_pullsTheWholeBoardWithProgress();
    void incrementalSync_bringsNewAndChangedRows();
    void hiddenThread_leavesTheCacheAndComesBack();
    void reset_resyncsAndKeepsTheCacheReadable();
    void firstSync_replacesTheDemoBoard();
    void wrongPassword_isSaidClearly();
    void refusedToken_asksToSignInAgain();
    void serverKilledMidSync_nextSyncResumesFromTheLastPage();
    void faultyResponses_leaveTheCacheAsItWas_data();
    void faultyResponses_leaveTheCacheAsItWas();
    void stuckFeed_isReported_andTriedAgainLater();
    void signOut_revokesTheTokenOnTheServer();
    void redirectToAnotherOrigin_carriesNeitherTokenNorPassword();
    void retryAfter_isHonoured();
    void busyCache_isTriedAgainByItself();
    void cacheBusyMidSync_thePageOnItsWayWaitsForTheOneBefore();

private:
    // Restarts the server with a generated board on top of the demo's.
    bool generateBoard(int threads, int answersPerThread);

    std::unique_ptr<ServerProcess> m_server;
    QString m_token;
};

bool TestSyncEngine::generateBoard(int threads, int answersPerThread)
{
    m_server->stop();
    return m_server->command({u"generate-board"_s, u"--threads"_s, QString::number(threads),
                              u"--answers-per-thread"_s, QString::number(answersPerThread)})
                   .exitCode == 0 &&
           m_server->start();
}

void TestSyncEngine::init()
{
    m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::SQLite);
    QVERIFY(m_server->createDatabase());
    QCOMPARE(m_server->command({u"import-demo"_s}).exitCode, 0);
    QVERIFY(m_server->addUser(u"asker"_s));
    QVERIFY(m_server->start());
    Http http(m_server->url());
    m_token = http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(!m_token.isEmpty());
}

void TestSyncEngine::cleanup()
{
    m_server.reset();
}

void TestSyncEngine::firstSync_pullsTheWholeBoardWithProgress()
{
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, m_token, 20);
    QList<double> progress;
    connect(client.engine.get(), &SyncEngine::statusChanged, this, [&](const SyncStatus &s) {
        if (s.state == SyncStatus::State::Syncing && s.progress >= 0)
            progress.append(s.progress);
    });
    QSignalSpy changed(client.store.get(), &Store::changed);
    QVERIFY(client.sync());
    const CacheTotals totals = client.store->reads().totals();
    QCOMPARE(totals.categories, 10);
    QCOMPARE(totals.threads, 44);
    QCOMPARE(totals.answers, 111);
    QCOMPARE(client.engine->status().state, SyncStatus::State::UpToDate);
    QVERIFY(client.engine->status().lastSync.isValid());
    QCOMPARE(client.engine->status().changesPulled, 10 + 44 + 44 + 111);
    QVERIFY(changed.count() >= 10); // the lists update page by page
    QVERIFY(progress.size() >= 8);
    QVERIFY(std::is_sorted(progress.begin(), progress.end()));
    QVERIFY(progress.first() < 0.2 && progress.last() > 0.8);
    QVERIFY(!client.store->sync().state().cursor.isEmpty());

    // The rows came first; their posts are indexed for search after the run, by the engine.
    QTRY_VERIFY(!client.store->search().postsLeftForLater());
    // Then its segments are merged into one, by the engine too.
    QTRY_VERIFY(!client.store->search().mergePending());
    QVERIFY(std::any_of(changed.cbegin(), changed.cend(), [](const QList<QVariant> &args) {
        return args.at(0).value<StoreChange>().search;
    }));
    QCOMPARE(client.engine->status().postsToIndex, 0);
    // Search then finds what an index built from scratch finds.
    auto threads = [&](const QString &query) {
        QList<QUuid> ids;
        for (const SearchHit &hit : client.store->search().find(SearchText::parse(query)))
            ids.append(hit.threadId);
        return ids;
    };
    const QList<QUuid> contract = threads(u"契約"_s), fee = threads(u"単価"_s);
    QVERIFY(contract.size() >= 3);
    QVERIFY(!fee.isEmpty());
    QVERIFY(client.store->search().rebuildIndex());
    QCOMPARE(threads(u"契約"_s), contract);
    QCOMPARE(threads(u"単価"_s), fee);
}

void TestSyncEngine::incrementalSync_bringsNewAndChangedRows()
{
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, m_token);
    QVERIFY(client.sync());
    const QString cursor = client.store->sync().state().cursor;

    Http http(m_server->url());
    http.setToken(m_token);
    const QString thread = newId();
    QCOMPARE(http.put(u"/api/v1/threads/"_s + thread,
                      {{u"categoryId"_s, 12},
                       {u"title"_s, u"文字単価1.5円は安すぎますか"_s},
                       {u"body"_s, u"記事作成の相場について教えてください。"_s},
                       {u"urgency"_s, u"urgent"_s}})
                 .status,
             201);
    QSignalSpy changed(client.store.get(), &Store::changed);
    QVERIFY(client.sync());
    QVERIFY(client.store->sync().state().cursor.toLongLong() > cursor.toLongLong());
    const std::optional<ThreadDetail> detail =
        client.store->reads().threadDetail(QUuid::fromString(thread));
    QVERIFY(detail);
    QCOMPARE(detail->thread.title, u"文字単価1.5円は安すぎますか"_s);
    QCOMPARE(detail->thread.urgency, Urgency::Urgent);
    QCOMPARE(detail->authorName, u"asker"_s);
    QCOMPARE(client.store->reads().totals().threads, 45);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<StoreChange>().categoryIds.contains(12));
    // Nothing new: nothing changes.
    QVERIFY(client.sync());
    QCOMPARE(changed.count(), 1);
}

void TestSyncEngine::hiddenThread_leavesTheCacheAndComesBack()
{
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, m_token);
    QVERIFY(client.sync());
    ThreadQuery q;
    q.categoryId = 11;
    const ThreadSummary victim = client.store->reads().threads(q, std::nullopt, 1).first();
    const int answers = int(client.store->reads().threadDetail(victim.id)->answers.size());
    QVERIFY(answers > 0);

    QCOMPARE(m_server
                 ->command({u"hide"_s, victim.id.toString(QUuid::WithoutBraces), u"--reason"_s,
                            u"LINEへの誘導"_s})
                 .exitCode,
             0);
    QVERIFY(client.sync());
    QVERIFY(!client.store->reads().threadDetail(victim.id));
    QCOMPARE(client.store->reads().totals().threads, 43);
    QCOMPARE(client.store->reads().totals().answers, 111 - answers);

    QCOMPARE(m_server->command({u"restore"_s, victim.id.toString(QUuid::WithoutBraces)}).exitCode,
             0);
    QVERIFY(client.sync());
    QCOMPARE(client.store->reads().threadDetail(victim.id)->answers.size(), answers);
}

void TestSyncEngine::reset_resyncsAndKeepsTheCacheReadable()
{
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, m_token, 25);
    QVERIFY(client.sync());
    Http http(m_server->url());
    http.setToken(m_token);
    // The client falls behind: a thread is hidden and purged, and its tombstone dropped.
    ThreadQuery q;
    q.categoryId = 21;
    const QUuid purged = client.store->reads().threads(q, std::nullopt, 1).first().id;
    QCOMPARE(
        m_server
            ->command({u"hide"_s, purged.toString(QUuid::WithoutBraces), u"--reason"_s, u"spam"_s})
            .exitCode,
        0);
    QCOMPARE(m_server->command({u"prune"_s, u"--older-than"_s, u"0"_s}).exitCode, 0);

    bool sawResync = false;
    qint64 threadsDuringResync = -1;
    connect(client.engine.get(), &SyncEngine::statusChanged, this, [&](const SyncStatus &s) {
        if (s.state == SyncStatus::State::Syncing && s.resyncing && !sawResync) {
            sawResync = true;
            threadsDuringResync = client.store->reads().totals().threads;
        }
    });
    QVERIFY2(client.sync(), qPrintable(client.engine->status().message));
    QVERIFY(sawResync);
    QCOMPARE(threadsDuringResync, 44); // still readable while it runs
    QVERIFY(!client.store->reads().threadDetail(purged));
    QCOMPARE(client.store->reads().totals().threads, 43);
    QVERIFY(!client.store->sync().state().resyncing);
}

void TestSyncEngine::firstSync_replacesTheDemoBoard()
{
    EngineClient client;
    // A cache with the client's own demo board and a thread the server never had.
    ChangeSet local;
    local.categories = {{99, std::nullopt, u"ローカル"_s, Side::Client, 9}};
    local.users = {{999, u"誰か"_s, Role::Member}};
    Thread stray;
    stray.id = QUuid::createUuid();
    stray.categoryId = 99;
    stray.authorId = 999;
    stray.title = u"サーバーにない相談"_s;
    stray.body = u"本文"_s;
    stray.createdAt = stray.lastActivityAt = QDateTime::currentDateTimeUtc();
    local.threads = {stray};
    QVERIFY(client.store->sync().ingest(local));
    client.configure(m_server->url(), u"asker"_s, m_token);
    QVERIFY(client.sync());
    QVERIFY(!client.store->reads().threadDetail(stray.id));
    QCOMPARE(client.store->reads().totals().threads, 44);
    QCOMPARE(client.store->reads().categories().size(), 10);
    QCOMPARE(client.store->sync().state().origin, SyncEngine::origin(m_server->url(), u"asker"_s));
}

void TestSyncEngine::wrongPassword_isSaidClearly()
{
    EngineClient client;
    QSignalSpy failed(client.engine.get(), &SyncEngine::signInFailed);
    QSignalSpy signedIn(client.engine.get(), &SyncEngine::signedIn);
    client.engine->signIn(m_server->url(), u"asker"_s, u"not-the-password"_s);
    QVERIFY(failed.wait(30000));
    QCOMPARE(failed.at(0).at(0).toString(), u"Wrong user name or password."_s);
    client.engine->signIn(m_server->url(), u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(signedIn.wait(30000));
    QVERIFY(signedIn.at(0).at(0).toString().size() >= 32);
    QCOMPARE(signedIn.at(0).at(1).value<User>().displayName, u"asker"_s);
}

void TestSyncEngine::refusedToken_asksToSignInAgain()
{
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, u"expired-or-made-up"_s);
    QVERIFY(!client.sync());
    QCOMPARE(client.engine->status().state, SyncStatus::State::SignInNeeded);
    QVERIFY(client.engine->status().message.contains(u"sign in again"_s));
    QCOMPARE(client.store->reads().totals().threads, 0);
}

void TestSyncEngine::serverKilledMidSync_nextSyncResumesFromTheLastPage()
{
    QVERIFY(generateBoard(3000, 2));
    const int port = m_server->url().port();
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, m_token, 200, 5000);
    int pages = 0;
    connect(client.store.get(), &Store::changed, this, [&] {
        if (++pages == 10)
            m_server->kill(); // SIGKILL, mid-run
    });
    QVERIFY(!client.sync());
    QCOMPARE(client.engine->status().state, SyncStatus::State::Offline);
    const QString cursor = client.store->sync().state().cursor;
    QVERIFY(cursor.toLongLong() > 0);
    const CacheTotals partial = client.store->reads().totals();
    QVERIFY(partial.threads + partial.answers > 0);

    // The same server comes back; the next sync goes on from the cursor of the last whole page.
    QVERIFY(m_server->start({}, port));
    QVERIFY(client.sync());
    const CacheTotals whole = client.store->reads().totals();
    QCOMPARE(whole.threads, 44 + 3000);
    QCOMPARE(whole.answers, 111 + 6000);
    const int pagesAfter = int(m_server->log().count(u"GET /api/v1/changes"_s));
    const int total = 10 + 43 + 3 + 200 + 44 + 111 + 3000 + 6000 + 4; // rows in the feed
    QVERIFY2(pagesAfter < (total + 199) / 200, qPrintable(QString::number(pagesAfter)));
}

void TestSyncEngine::faultyResponses_leaveTheCacheAsItWas_data()
{
    QTest::addColumn<FaultProxy::Fault>("fault");
    QTest::addColumn<SyncStatus::State>("state");
    QTest::addColumn<QString>("message");
    QTest::newRow("truncated json") << FaultProxy::Fault::TruncatedJson << SyncStatus::State::Error
                                    << u"cannot read: The document is not valid JSON"_s;
    // Where the page leads is read first (the next page is asked for before its rows are read).
    QTest::newRow("wrong types") << FaultProxy::Fault::WrongTypes << SyncStatus::State::Error
                                 << u"hasMore: expected true or false"_s;
    // A bad row is found once the next page is on its way: that page is not written either.
    QTest::newRow("wrong row type") << FaultProxy::Fault::WrongRowType << SyncStatus::State::Error
                                    << u"viewCount: expected a whole number"_s;
    QTest::newRow("server error") << FaultProxy::Fault::ServerError << SyncStatus::State::Error
                                  << u"The server had a problem"_s; // not its English words
    QTest::newRow("stall") << FaultProxy::Fault::Stall << SyncStatus::State::Offline
                           << u"did not answer within 2 second"_s;
    QTest::newRow("cut off") << FaultProxy::Fault::CutOff << SyncStatus::State::Offline
                             << QString();
}

void TestSyncEngine::faultyResponses_leaveTheCacheAsItWas()
{
    QFETCH(FaultProxy::Fault, fault);
    QFETCH(SyncStatus::State, state);
    QFETCH(QString, message);
    FaultProxy proxy(m_server->url());
    EngineClient client;
    client.configure(proxy.url(), u"asker"_s, m_token, 20, 2000);
    // Three good pages, then the fault.
    proxy.setFault(fault, 3);
    QVERIFY(!client.sync());
    QCOMPARE(client.engine->status().state, state);
    QVERIFY2(client.engine->status().message.contains(message),
             qPrintable(client.engine->status().message));
    QCOMPARE(client.engine->status().retryInSeconds, -1); // one attempt: none announced
    QCOMPARE(proxy.faulted(), 1);
    const QString cursor = client.store->sync().state().cursor;
    const CacheTotals before = client.store->reads().totals();
    QCOMPARE(before.categories + before.users + before.threads + before.answers, 60); // 3 pages

    // The next sync, through a proxy that behaves, finishes from there.
    proxy.setFault(FaultProxy::Fault::None);
    QVERIFY(client.sync());
    QCOMPARE(client.store->reads().totals().threads, 44);
    QCOMPARE(client.store->reads().totals().answers, 111);
    QVERIFY(client.store->sync().state().cursor.toLongLong() > cursor.toLongLong());
}

void TestSyncEngine::stuckFeed_isReported_andTriedAgainLater()
{
    FaultProxy proxy(m_server->url());
    EngineClient client;
    client.configure(proxy.url(), u"asker"_s, m_token, 20, 2000);
    // Three good pages, then "there is more" with the same cursor every time.
    proxy.setFault(FaultProxy::Fault::StuckCursor, 3);
    QVERIFY(!client.sync());
    QCOMPARE(client.engine->status().state, SyncStatus::State::Error);
    QVERIFY2(client.engine->status().message.contains(u"does not move on"_s),
             qPrintable(client.engine->status().message));
    // Once to give the cursor, once to repeat it: no third request.
    QCOMPARE(proxy.faulted(), 2);
    QCOMPARE(proxy.requests(), 5);

    proxy.setFault(FaultProxy::Fault::None);
    QVERIFY(client.sync());
    QCOMPARE(client.store->reads().totals().threads, 44);
    QCOMPARE(client.store->reads().totals().answers, 111);
}

void TestSyncEngine::signOut_revokesTheTokenOnTheServer()
{
    Http http(m_server->url());
    const QString token = http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(!token.isEmpty());
    EngineClient client;
    client.configure(m_server->url(), u"asker"_s, token);
    QVERIFY(client.sync());
    QSignalSpy signedOut(client.engine.get(), &SyncEngine::signedOut);
    client.engine->signOut();
    QVERIFY(signedOut.wait(10000));
    QCOMPARE(signedOut.first().at(0).toBool(), true);
    // A copy of the token (a stolen one, another device's file) no longer signs in.
    http.setToken(token);
    const Http::Response refused =
        http.put(u"/api/v1/threads/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                 {{u"categoryId"_s, 11},
                  {u"title"_s, u"サインアウト後の投稿"_s},
                  {u"body"_s, u"届かないはずです。"_s},
                  {u"urgency"_s, u"calm"_s}});
    QCOMPARE(refused.status, 401);
}

void TestSyncEngine::redirectToAnotherOrigin_carriesNeitherTokenNorPassword()
{
    // Another origin (another port) that records whatever reaches it.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost, 0));
    QByteArray heard;
    connect(&elsewhere, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = elsewhere.nextPendingConnection())
            connect(s, &QTcpSocket::readyRead, this, [&heard, s] { heard += s->readAll(); });
    });
    FaultProxy proxy(m_server->url());
    proxy.setRedirectTarget(QUrl(u"http://127.0.0.1:%1"_s.arg(elsewhere.serverPort())));
    proxy.setFault(FaultProxy::Fault::Redirect, 0);

    EngineClient client;
    client.configure(proxy.url(), u"asker"_s, m_token, 20, 2000);
    QVERIFY(!client.sync());
    QSignalSpy failed(client.engine.get(), &SyncEngine::signInFailed);
    client.engine->signIn(proxy.url(), u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(failed.wait(10000));
    QTest::qWait(300);
    QVERIFY(proxy.faulted() >= 2);
    QVERIFY2(heard.isEmpty(), heard.constData());
}

void TestSyncEngine::retryAfter_isHonoured()
{
    FaultProxy proxy(m_server->url());
    EngineClient client;
    SyncEngine::Config c;
    c.server = proxy.url();
    c.user = u"asker"_s;
    c.token = m_token;
    c.maxAttempts = 3;
    client.engine->configure(c);
    proxy.setFault(FaultProxy::Fault::TooManyRequests, 0);
    QSignalSpy status(client.engine.get(), &SyncEngine::statusChanged);
    QSignalSpy finished(client.engine.get(), &SyncEngine::runFinished);
    QElapsedTimer timer;
    timer.start();
    client.engine->syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(proxy.faulted() >= 1, 5000);
    proxy.setFault(FaultProxy::Fault::None);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.at(0).at(0).toBool());
    QVERIFY(timer.elapsed() >= 900); // waited for Retry-After: 1
    bool announced = false;
    for (const QList<QVariant> &args : status)
        announced = announced || args.at(0).value<SyncStatus>().retryInSeconds == 1;
    QVERIFY(announced);
    QCOMPARE(client.store->reads().totals().threads, 44);
}

void TestSyncEngine::busyCache_isTriedAgainByItself()
{
    EngineClient client;
    SyncEngine::Config c; // as the application runs it: retrying until it is up to date
    c.server = m_server->url();
    c.user = u"asker"_s;
    c.token = m_token;
    client.engine->configure(c);
    // Another program holds the cache for writing.
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(client.store->path());
        QVERIFY(holder.open());
        QVERIFY(QSqlQuery(holder).exec(u"BEGIN EXCLUSIVE"_s));
        client.engine->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(client.engine->status().state == SyncStatus::State::Error, 20000);
        // Said in the user's words, not the database's ("database is locked").
        QVERIFY2(client.engine->status().message.contains(u"in use by another program"_s),
                 qPrintable(client.engine->status().message));
        QVERIFY2(client.engine->status().retryInSeconds > 0,
                 qPrintable(client.engine->status().message));
        QVERIFY(QSqlQuery(holder).exec(u"ROLLBACK"_s));
        holder.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    // Let go: the engine comes back by itself, without being asked again.
    QTRY_VERIFY_WITH_TIMEOUT(client.engine->status().state == SyncStatus::State::UpToDate, 60000);
    QCOMPARE(client.store->reads().totals().threads, 44);
}

void TestSyncEngine::cacheBusyMidSync_thePageOnItsWayWaitsForTheOneBefore()
{
    // The next page is asked for while one is written. When that write fails, the page already
    // on its way must not be written after the gap.
    QVERIFY(generateBoard(1000, 2));
    EngineClient client;
    SyncEngine::Config c; // retrying by itself, as the application runs it
    c.server = m_server->url();
    c.user = u"asker"_s;
    c.token = m_token;
    c.pageSize = 200;
    client.engine->configure(c);
    {
        QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
        holder.setDatabaseName(client.store->path());
        holder.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        QVERIFY(holder.open());
        // Another program takes the cache after the third page, and lets go the moment the
        // engine gives up on the fourth: the fifth, asked for meanwhile, could then be written.
        int pages = 0;
        bool held = false;
        bool failed = false;
        connect(client.store.get(), &Store::changed, this, [&] {
            if (++pages == 3)
                held = QSqlQuery(holder).exec(u"BEGIN EXCLUSIVE"_s);
        });
        connect(client.engine.get(), &SyncEngine::statusChanged, this,
                [&](const SyncStatus &status) {
                    if (held && !failed && status.state == SyncStatus::State::Error) {
                        failed = true;
                        QSqlQuery(holder).exec(u"ROLLBACK"_s);
                    }
                });
        client.engine->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(failed, 30000);
        QVERIFY(held);
        disconnect(client.store.get(), nullptr, this, nullptr);
        disconnect(client.engine.get(), nullptr, this, nullptr);
        holder.close();
    }
    QSqlDatabase::removeDatabase(u"holder"_s);
    QTRY_VERIFY_WITH_TIMEOUT(client.engine->status().state == SyncStatus::State::UpToDate, 60000);
    // Every row, none skipped.
    const CacheTotals whole = client.store->reads().totals();
    QCOMPARE(whole.threads, 44 + 1000);
    QCOMPARE(whole.answers, 111 + 2000);
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
