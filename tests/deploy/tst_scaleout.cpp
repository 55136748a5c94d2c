// Scale-out for real: three soudan-server processes on one PostgreSQL board behind Debian's nginx,
// configured from the shipped docs/deploy/nginx/soudan.conf (one upstream line per process).
// Members' clients write offline, then sync through nginx all at once; one process is killed
// (SIGKILL) in the middle. Every client ends with the board the database holds, and each of the
// questions written is on the server once.

#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncengine.h"
#include "tests/support/nginxfront.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

// Every client syncs at once; the victim is killed (SIGKILL) at the watched client's fifth change
// of its cache. A run that met the dying process is tried again, as the client does, until each
// client is up to date.
bool syncAllWhileOneDies(std::vector<std::unique_ptr<EngineClient>> &clients, EngineClient &watched,
                         ServerProcess &victim)
{
    int changes = 0;
    const QMetaObject::Connection killer =
        QObject::connect(watched.store.get(), &Store::changed, [&] {
            if (++changes == 5)
                victim.kill();
        });
    std::vector<std::unique_ptr<QSignalSpy>> finished;
    for (auto &client : clients) {
        finished.push_back(
            std::make_unique<QSignalSpy>(client->engine.get(), &SyncEngine::runFinished));
        client->engine->syncNow();
    }
    const bool ended = QTest::qWaitFor(
        [&] {
            return std::all_of(finished.begin(), finished.end(),
                               [](const auto &spy) { return !spy->isEmpty(); });
        },
        180000);
    QObject::disconnect(killer);
    if (!ended || changes < 5 || victim.isRunning()) {
        qWarning() << "the process was not killed mid-sync:" << changes << "changes";
        return false;
    }
    // nginx shared the requests: the victim had served its part when it died.
    if (!victim.log().contains(u" /api/v1/"_s)) {
        qWarning() << "the killed process had served nothing";
        return false;
    }
    int retries = 0;
    for (std::size_t c = 0; c < clients.size(); ++c) {
        bool upToDate = finished[c]->first().first().toBool();
        for (; !upToDate && retries < 15; ++retries)
            upToDate = clients[c]->sync();
        if (!upToDate) {
            qWarning() << "a client did not get up to date:"
                       << clients[c]->engine->status().message;
            return false;
        }
    }
    qInfo("%d changes of the watched cache in all, killed at the fifth; %d runs tried again",
          changes, retries);
    return true;
}

} // namespace

class TestScaleOut : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void threeProcesses_oneKilledMidSync_everyClientEndsWithTheBoard();
};

void TestScaleOut::initTestCase()
{
    QString why = ServerProcess::unavailable(ServerProcess::Backend::PostgreSQL);
    if (why.isEmpty())
        why = NginxFront::unavailable();
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    setUpClientTests();
}

void TestScaleOut::threeProcesses_oneKilledMidSync_everyClientEndsWithTheBoard()
{
    const QStringList members = {u"ayumi"_s, u"kenji"_s, u"sora"_s};
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < 3; ++i)
        servers.push_back(std::make_unique<ServerProcess>(ServerProcess::Backend::PostgreSQL));
    ServerProcess &db = *servers.front();
    QVERIFY(db.createDatabase());
    QCOMPARE(db.command({u"import-demo"_s}).exitCode, 0);
    QCOMPARE(db.command({u"generate-board"_s, u"--threads"_s, u"1500"_s, u"--answers-per-thread"_s,
                         u"2"_s})
                 .exitCode,
             0);
    for (const QString &name : members)
        QVERIFY(db.addUser(name));
    QList<int> ports;
    for (auto &server : servers) {
        server->useDatabaseOf(db);
        QVERIFY(server->start({u"--trust-proxy"_s, u"127.0.0.1"_s}));
        ports << server->url().port();
    }
    NginxFront front;
    NginxFront::Options options;
    options.perAddressLimits = false;
    QVERIFY(front.start(ports, options));
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificate(front.certificate());
    QSslConfiguration::setDefaultConfiguration(trusting);
    const QUrl board = front.httpsUrl();

    std::vector<std::unique_ptr<EngineClient>> clients;
    for (const QString &name : members) {
        const Account account = signIn(board, name);
        QVERIFY2(!account.token.isEmpty(), qPrintable(name));
        clients.push_back(std::make_unique<EngineClient>());
        clients.back()->store->sync().setMe(account.user);
        clients.back()->configure(board, name, account.token, 200, 10000);
    }

    // First syncs, all at once: the second process dies at the first client's fifth page.
    QVERIFY(syncAllWhileOneDies(clients, *clients.front(), *servers.at(1)));
    // nginx met the dead process (refused, or reset with a request on its way) and passed its
    // requests on to the others.
    const QString nginxErrors = front.errorLog();
    QVERIFY2(nginxErrors.contains(u"while connecting to upstream"_s) ||
                 nginxErrors.contains(u"prematurely closed"_s) ||
                 nginxErrors.contains(u"while reading response header from upstream"_s),
             qPrintable(nginxErrors));
    QVERIFY(servers.at(1)->start({u"--trust-proxy"_s, u"127.0.0.1"_s}, ports.at(1)));

    // Each member writes 15 questions; they go out all at once while the third process dies.
    QList<QUuid> written;
    for (std::size_t c = 0; c < clients.size(); ++c) {
        for (int i = 0; i < 15; ++i) {
            const std::optional<QUuid> id = clients[c]->store->writes().ask(
                {11 + i % 4, u"%1さんの相談 %2"_s.arg(members.at(qsizetype(c))).arg(i),
                 u"報酬の相場を知りたいです。"_s, Urgency::Calm});
            QVERIFY(id);
            written << *id;
        }
    }
    QVERIFY(syncAllWhileOneDies(clients, *clients.at(1), *servers.at(2)));
    // Then every client syncs once more, for the others' questions.
    for (auto &client : clients)
        QVERIFY(client->sync());

    const qint64 threads =
        db.scalar(u"SELECT COUNT(*) FROM threads WHERE hidden = 0"_s).toLongLong();
    const qint64 answers =
        db.scalar(u"SELECT COUNT(*) FROM answers WHERE hidden = 0"_s).toLongLong();
    QCOMPARE(threads, 44 + 1500 + written.size());
    QCOMPARE(answers, 111 + 3000);
    QCOMPARE(
        db.scalar(u"SELECT COUNT(*) FROM threads WHERE title LIKE '%さんの相談 %'"_s).toLongLong(),
        written.size());
    for (const auto &client : clients) {
        const CacheTotals totals = client->store->reads().totals();
        QCOMPARE(totals.threads, threads);
        QCOMPARE(totals.answers, answers);
        QCOMPARE(client->store->outbox().count(OutboxState::Waiting), 0);
        QCOMPARE(client->store->outbox().count(OutboxState::NeedsAttention), 0);
        for (const QUuid &id : written)
            QVERIFY(client->hasThread(id));
    }
    QVERIFY(db.log().contains(u"GET /api/v1/changes"_s));
}

QTEST_GUILESS_MAIN(TestScaleOut)
#include "tst_scaleout.moc"
