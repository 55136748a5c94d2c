// One client per profile, reached by a later launch: the real soudan binary runs on a demo
// profile, and launching it again on that profile shows the running window and opens the thread
// asked for (--thread, or a soudan://thread/<id> link, as the desktop file hands it over) in it,
// instead of a second client.

#include "resources/demoboard.h"
#include "sync/instancedoor.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

QProcessEnvironment clientEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

Run launch(const QString &profile, const QStringList &arguments)
{
    QProcess p;
    p.setProcessEnvironment(clientEnvironment());
    p.start(QStringLiteral(SOUDAN_CLIENT_BINARY),
            QStringList{u"--profile"_s, profile, u"--lang"_s, u"en"_s} + arguments);
    if (!p.waitForFinished(60000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void laterLaunch_reachesTheRunningWindow();
    void link_isReadAsTheThreadToOpen();

private:
    bool startFirst(QProcess &first, const QString &profile);
    QUuid m_thread;
};

void TestInstance::initTestCase()
{
    const Result<ChangeSet> board = demoBoard();
    QVERIFY(board);
    m_thread = board.value().threads.constLast().id;
}

// Starts the client with a window on the profile and waits until its door answers.
bool TestInstance::startFirst(QProcess &first, const QString &profile)
{
    first.setProcessEnvironment(clientEnvironment());
    first.start(QStringLiteral(SOUDAN_CLIENT_BINARY),
                {u"--profile"_s, profile, u"--demo"_s, u"--lang"_s, u"en"_s});
    if (!first.waitForStarted(30000))
        return false;
    return QTest::qWaitFor(
               [&] {
                   return first.state() != QProcess::Running ||
                          InstanceDoor::knock(profile, {}, 1000) == InstanceDoor::Answer::Done;
               },
               60000) &&
           first.state() == QProcess::Running;
}

void TestInstance::laterLaunch_reachesTheRunningWindow()
{
    QTemporaryDir profile;
    QProcess first;
    QVERIFY2(startFirst(first, profile.path()), first.readAllStandardError().constData());

    // Shown again; a thread of the cache opened in it, by --thread and by a link.
    const QString id = m_thread.toString(QUuid::WithoutBraces);
    Run again = launch(profile.path(), {});
    QCOMPARE(again.exitCode, 0);
    again = launch(profile.path(), {u"--thread"_s, id});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    again = launch(profile.path(), {u"soudan://thread/"_s + id});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    // A thread the cache does not have: said by the launch, the window runs on.
    const QString unknown = QUuid::createUuid().toString(QUuid::WithoutBraces);
    again = launch(profile.path(), {u"soudan://thread/"_s + unknown});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"There is no thread %1 in the local cache."_s.arg(unknown)),
             qPrintable(again.err));
    QCOMPARE(first.state(), QProcess::Running);

    // A client that crashed leaves its socket and lock behind: the next launch takes both over
    // and is the running client itself.
    first.kill();
    first.waitForFinished(10000);
    QProcess next;
    QVERIFY2(startFirst(next, profile.path()), next.readAllStandardError().constData());
    QCOMPARE(launch(profile.path(), {u"--thread"_s, id}).exitCode, 0);
    next.terminate();
    QVERIFY(next.waitForFinished(30000));
}

void TestInstance::link_isReadAsTheThreadToOpen()
{
    QTemporaryDir profile;
    const QString id = m_thread.toString(QUuid::WithoutBraces);
    // No client runs: the link opens the thread in a new window (here, its screenshot).
    const QString png = profile.filePath(u"thread.png"_s);
    Run run =
        launch(profile.path(), {u"--demo"_s, u"--screenshot"_s, png, u"soudan://thread/"_s + id});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(png));
    for (const QString &bad :
         QStringList{u"soudan://thread/not-an-id"_s, u"https://example.org/thread/1"_s,
                     u"soudan://user/"_s + id}) {
        run = launch(profile.path(), {u"--demo"_s, u"--screenshot"_s, png, bad});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"is not a link to a thread"_s), qPrintable(run.err));
    }
}

QTEST_GUILESS_MAIN(TestInstance)
#include "tst_instance.moc"
