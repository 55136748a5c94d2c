// soudan --sync-once against the real server: what an operator or a script sees.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run soudan(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keyring here: the file fallback is used
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOUDAN_CLIENT_BINARY), arguments + QStringList{u"--lang"_s, u"en"_s});
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSyncOnce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncOnce_signsInPullsAndSummarises();
    void syncOnce_failsClearly();
    void notifications_printsTheUnreadOnesForScripts();
    void passwordStdin_signsInTheWindowToo();
};

void TestSyncOnce::syncOnce_signsInPullsAndSummarises()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"asker"_s}));
    QTemporaryDir profile;
    const QStringList account = {u"--profile"_s,          profile.path(), u"--server"_s,
                                 server.url().toString(), u"--user"_s,    u"asker"_s};
    const Run first = soudan(account + QStringList{u"--password-stdin"_s, u"--sync-once"_s},
                             ServerProcess::passwordOf(u"asker"_s).toUtf8() + '\n');
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"Up to date with %1 as asker"_s.arg(server.url().toString())),
             qPrintable(first.out));
    QVERIFY(first.out.contains(u"Cache: threads 44, answers 111, categories 10."_s));
    // The password is never kept; the token is, readable only by the user.
    for (const QFileInfo &file : QDir(profile.path()).entryInfoList(QDir::Files)) {
        QFile f(file.filePath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!f.readAll().contains(ServerProcess::passwordOf(u"asker"_s).toUtf8()));
        if (file.fileName().startsWith(u"token-"_s))
            QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther),
                     QFile::Permissions());
    }

    // Content created through the API shows after the next sync, which needs no password.
    Http http(server.url());
    http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QCOMPARE(http.put(u"/api/v1/threads/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces),
                      {{u"categoryId"_s, 21},
                       {u"title"_s, u"検収の期限について"_s},
                       {u"body"_s, u"何日以内に検収すべきですか。"_s},
                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    const Run second = soudan({u"--profile"_s, profile.path(), u"--sync-once"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY2(second.out.contains(u"threads 45,"_s), qPrintable(second.out));
}

void TestSyncOnce::syncOnce_failsClearly()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QVERIFY(server.addUser(u"asker"_s));
    QVERIFY(server.start());
    QTemporaryDir profile;
    const Run wrong =
        soudan({u"--profile"_s, profile.path(), u"--server"_s, server.url().toString(), u"--user"_s,
                u"asker"_s, u"--password-stdin"_s, u"--sync-once"_s},
               "wrong-password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"could not sign in: Wrong user name or password."_s),
             qPrintable(wrong.err));

    const Run noAccount = soudan({u"--profile"_s, profile.path(), u"--sync-once"_s});
    QCOMPARE(noAccount.exitCode, 2);
    QVERIFY(noAccount.err.contains(u"--server"_s));

    const Run notSignedIn =
        soudan({u"--profile"_s, profile.path(), u"--server"_s, server.url().toString(), u"--user"_s,
                u"asker"_s, u"--sync-once"_s});
    QCOMPARE(notSignedIn.exitCode, 2);
    QVERIFY(notSignedIn.err.contains(u"--password-stdin"_s));

    const QString url = server.url().toString();
    server.stop();
    const Run down = soudan({u"--profile"_s, profile.path(), u"--server"_s, url, u"--user"_s,
                             u"asker"_s, u"--password-stdin"_s, u"--sync-once"_s},
                            ServerProcess::passwordOf(u"asker"_s).toUtf8() + '\n');
    QCOMPARE(down.exitCode, 1);
    QVERIFY2(down.err.contains(u"Connection refused"_s), qPrintable(down.err));

    const Run badUrl = soudan({u"--profile"_s, profile.path(), u"--server"_s, u"ftp://x"_s,
                               u"--user"_s, u"a"_s, u"--sync-once"_s});
    QCOMPARE(badUrl.exitCode, 2);
}

void TestSyncOnce::notifications_printsTheUnreadOnesForScripts()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"alice"_s, u"bob"_s}));
    QTemporaryDir profile;
    const QStringList account = {u"--profile"_s,          profile.path(), u"--server"_s,
                                 server.url().toString(), u"--user"_s,    u"alice"_s};

    // No cache yet: said so, nothing printed.
    const Run none = soudan({u"--profile"_s, profile.path(), u"--notifications"_s});
    QCOMPARE(none.exitCode, 1);
    QVERIFY2(none.err.contains(u"--sync-once"_s), qPrintable(none.err));
    QVERIFY(none.out.isEmpty());

    // alice asks; bob answers twice, the second with a tab in nothing but the text.
    Http alice(server.url());
    alice.login(u"alice"_s, ServerProcess::passwordOf(u"alice"_s));
    const QString thread = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(alice
                 .put(u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 12},
                                                       {u"title"_s, u"見積もりの出し方"_s},
                                                       {u"body"_s, u"どう出せばいいですか。"_s},
                                                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    const Run first =
        soudan(account + QStringList{u"--password-stdin"_s, u"--sync-once"_s, u"--notifications"_s},
               ServerProcess::passwordOf(u"alice"_s).toUtf8() + '\n');
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.isEmpty(), qPrintable(first.out));                      // nothing yet
    QVERIFY2(first.err.contains(u"Up to date with"_s), qPrintable(first.err)); // not in the list

    Http bob(server.url());
    bob.login(u"bob"_s, ServerProcess::passwordOf(u"bob"_s));
    QCOMPARE(bob.put(u"/api/v1/threads/%1/answers/%2"_s.arg(
                         thread, QUuid::createUuid().toString(QUuid::WithoutBraces)),
                     {{u"body"_s, u"作業時間から出しましょう。"_s}})
                 .status,
             201);
    // Without --sync-once the cache is as it was: nothing.
    QVERIFY(soudan({u"--profile"_s, profile.path(), u"--notifications"_s}).out.isEmpty());
    const Run second =
        soudan({u"--profile"_s, profile.path(), u"--sync-once"_s, u"--notifications"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    const QStringList lines = second.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1);
    const QStringList fields = lines.first().split(u'\t');
    QCOMPARE(fields.size(), 4);
    QCOMPARE(fields[0], u"answer"_s);
    QCOMPARE(fields[1], thread);
    QCOMPARE(fields[2], u"見積もりの出し方"_s);
    const QDateTime at = QDateTime::fromString(fields[3], Qt::ISODate);
    QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, qPrintable(fields[3]));
    QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
}

void TestSyncOnce::passwordStdin_signsInTheWindowToo()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"asker"_s}));
    QTemporaryDir profile;
    const QStringList account = {u"--profile"_s,          profile.path(), u"--server"_s,
                                 server.url().toString(), u"--user"_s,    u"asker"_s};
    const QString png = profile.filePath(u"shot.png"_s);
    // A wrong password: said, and nothing kept.
    const Run wrong = soudan(account + QStringList{u"--password-stdin"_s, u"--screenshot"_s, png},
                             "not-the-password\n");
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"Could not sign in: Wrong user name or password."_s),
             qPrintable(wrong.err));
    // The window signs in, syncs, and the picture shows the synced board.
    const Run shot = soudan(account + QStringList{u"--password-stdin"_s, u"--screenshot"_s, png},
                            ServerProcess::passwordOf(u"asker"_s).toUtf8() + '\n');
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QVERIFY(QFileInfo(png).size() > 0);
    // Signed in for good (the token is kept, not the password): a sync needs no password now.
    const Run again = soudan({u"--profile"_s, profile.path(), u"--sync-once"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"threads 44,"_s), qPrintable(again.out));
    // Synced before: only what the window itself wrote (the thread it showed, read) comes back.
    const QRegularExpressionMatch pulled =
        QRegularExpression(uR"((\d+) changes? pulled)"_s).match(again.out);
    QVERIFY2(pulled.hasMatch() && pulled.captured(1).toInt() < 10, qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestSyncOnce)
#include "tst_synconce.moc"
