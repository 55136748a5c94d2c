// The client killed (SIGKILL) at random moments while it sends its outbox, 25 times: after each
// restart every item reaches the server exactly once, drafts are intact and the cache passes
// PRAGMA integrity_check.

#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/outbox.h"
#include "store/store.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"

#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

QProcess *startClient(const QStringList &arguments, const QByteArray &input = {})
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"SOUDAN_TOKEN_STORE"_s, u"file"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(SOUDAN_CLIENT_BINARY), arguments + QStringList{u"--lang"_s, u"en"_s});
    p->write(input);
    p->closeWriteChannel();
    return p;
}

QString integrity(const QString &path)
{
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"integrity"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"PRAGMA integrity_check"_s) && q.next())
                result = q.value(0).toString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"integrity"_s);
    return result;
}

} // namespace

class TestOutboxKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWhileSending_everyItemArrivesOnce();
};

void TestOutboxKill::killedWhileSending_everyItemArrivesOnce()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    // Hundreds of requests in a few seconds: not what the rate limit is for.
    QVERIFY(server.startDemoBoard({u"asker"_s}, {},
                                  {u"--rate-limit"_s, u"100000"_s, u"--burst"_s, u"10000"_s}));
    // A slow network (25 ms each way), so that the kills land before, during and after sending,
    // also after the server did a request and before the client heard so.
    FaultProxy network(server.url());
    network.setDelay(25);
    QTemporaryDir profile;
    const QString cache = profile.filePath(u"soudan.sqlite"_s);
    const QStringList once = {u"--profile"_s, profile.path(), u"--sync-once"_s};
    {
        std::unique_ptr<QProcess> signIn(
            startClient(once + QStringList{u"--server"_s, network.url().toString(), u"--user"_s,
                                           u"asker"_s, u"--password-stdin"_s},
                        ServerProcess::passwordOf(u"asker"_s).toUtf8() + '\n'));
        QTRY_VERIFY_WITH_TIMEOUT(signIn->state() == QProcess::NotRunning, 60000);
        QCOMPARE(signIn->exitCode(), 0);
    }

    constexpr int Rounds = 25;
    constexpr int MaxRounds = 80;
    constexpr int Answers = 8;
    QList<QUuid> questions;
    int killedRunning = 0;
    int killedMidOutbox = 0; // some of the round's items sent, not all
    int killedInFlight = 0;  // an item the server has is still waiting here: sent again next
    // Kills land where they land: more rounds until each kind of kill happened.
    for (int round = 0;
         round < MaxRounds && (round < Rounds || killedMidOutbox < 3 || killedInFlight < 1);
         ++round) {
        const QString draft = u"下書き %1: 契約書のひな形について"_s.arg(round);
        {
            Store::Opened opened = Store::open(cache);
            Store &store = *opened.store;
            const QUuid q = *store.writes().ask({11 + round % 4, u"中断テスト %1"_s.arg(round),
                                                 u"本文 %1"_s.arg(round), Urgency::Calm});
            questions.append(q);
            for (int a = 0; a < Answers; ++a)
                QVERIFY(store.writes().answer(q, u"補足 %1-%2"_s.arg(round).arg(a)));
            QVERIFY(
                store.writes().report({EntityKind::Thread, q, ReportReason::Other, u"テスト"_s}));
            QVERIFY(store.writes().recordView(q));
            QVERIFY(store.drafts().save(u"question"_s, QJsonObject{{u"title"_s, draft}}));
        }
        int before = 0;
        {
            Store::Opened opened = Store::open(cache);
            before = opened.store->outbox().count(OutboxState::Waiting);
        }
        std::unique_ptr<QProcess> client(startClient(once));
        QVERIFY(client->waitForStarted());
        QTest::qWait(QRandomGenerator::global()->bounded(30, 400));
        if (client->state() == QProcess::Running) {
            ::kill(pid_t(client->processId()), SIGKILL);
            ++killedRunning;
        }
        QTRY_VERIFY_WITH_TIMEOUT(client->state() == QProcess::NotRunning, 30000);

        QCOMPARE(integrity(cache), u"ok"_s);
        Store::Opened opened = Store::open(cache);
        QVERIFY(opened.movedAsidePath.isEmpty());
        QCOMPARE(opened.store->drafts().get(u"question"_s).value(u"title"_s).toString(), draft);
        const int waiting = opened.store->outbox().count(OutboxState::Waiting);
        killedMidOutbox += waiting > 0 && waiting < before ? 1 : 0;
        bool inFlight = false;
        for (const OutboxItem &item : opened.store->outbox().items()) {
            const QString table = item.kind == OutboxKind::Question ? u"threads"_s
                                  : item.kind == OutboxKind::Answer ? u"answers"_s
                                                                    : QString();
            if (item.state == OutboxState::Waiting && !table.isEmpty() &&
                server.scalar(u"SELECT COUNT(*) FROM %1 WHERE id = '%2'"_s.arg(
                                  table, item.id.toString(QUuid::WithoutBraces)))
                        .toInt() > 0)
                inFlight = true;
        }
        killedInFlight += inFlight ? 1 : 0;
    }
    const int rounds = int(questions.size());
    qInfo("killed %d of %d runs while running: %d half-way through the outbox, %d with an item "
          "the server had done and the client not heard of",
          killedRunning, rounds, killedMidOutbox, killedInFlight);
    QVERIFY(killedRunning >= rounds / 2);
    QVERIFY(killedMidOutbox >= 3);
    QVERIFY(killedInFlight >= 1);

    // A last run without interruption finishes the outbox.
    std::unique_ptr<QProcess> last(startClient(once));
    QTRY_VERIFY_WITH_TIMEOUT(last->state() == QProcess::NotRunning, 60000);
    QVERIFY2(last->exitCode() == 0, last->readAllStandardError().constData());
    {
        Store::Opened opened = Store::open(cache);
        QCOMPARE(opened.store->outbox().count(OutboxState::Waiting), 0);
        QCOMPARE(opened.store->outbox().count(OutboxState::NeedsAttention), 0);
    }
    QCOMPARE(
        server.scalar(u"SELECT COUNT(*) FROM threads WHERE title LIKE '中断テスト %'"_s).toInt(),
        rounds);
    for (const QUuid &q : questions) {
        const QString id = q.toString(QUuid::WithoutBraces);
        QCOMPARE(
            server.scalar(u"SELECT COUNT(*) FROM answers WHERE thread_id = '%1'"_s.arg(id)).toInt(),
            Answers);
        QCOMPARE(
            server.scalar(u"SELECT answer_count FROM threads WHERE id = '%1'"_s.arg(id)).toInt(),
            Answers);
        QCOMPARE(server.scalar(u"SELECT view_count FROM threads WHERE id = '%1'"_s.arg(id)).toInt(),
                 1);
        QCOMPARE(
            server
                .scalar(
                    u"SELECT COUNT(*) FROM reports WHERE target_id = '%1' AND reporter_id IS NOT NULL"_s
                        .arg(id))
                .toInt(),
            1);
    }
}

QTEST_GUILESS_MAIN(TestOutboxKill)
#include "tst_outboxkill.moc"
