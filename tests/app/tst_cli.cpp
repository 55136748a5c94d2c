// The soudan binary as a user starts it: command line, profile folder, screenshot.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run soudan(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SOUDAN_CLIENT_BINARY), arguments);
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int scalar(const QString &dbPath, const QString &sql)
{
    int value = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return value;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version_andHelp();
    void unknownLanguage_isRefused();
    void demoScreenshot_writesPngAndFillsTheCache();
    void damagedCache_isMovedAsideAndTheUserIsTold();
    void search_printsTheMatchingThreads();
    void qtOptions_workWithoutAWindowToo();
    void threadOption_opensThatThread();
    void secondClientOnOneProfile_saysSo();
};

void TestCli::version_andHelp()
{
    const Run version = soudan({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.contains(QStringLiteral(SOUDAN_VERSION_FOR_TESTS)),
             qPrintable(version.out));
    const Run help = soudan({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--profile"_s, u"--demo"_s, u"--lang"_s, u"--screenshot"_s,
                                  u"--thread"_s, u"--notifications"_s})
        QVERIFY2(help.out.contains(option), qPrintable(help.out));
    QVERIFY(!help.out.contains(u"--platform"_s)); // Qt's own, not listed
    // In the language asked for.
    const Run ja = soudan({u"--lang"_s, u"ja"_s, u"--help"_s});
    QCOMPARE(ja.exitCode, 0);
    QVERIFY2(ja.out.contains(u"ローカルキャッシュと設定を <dir> に保存します。"_s),
             qPrintable(ja.out));
    // The pseudo-locale, for translators: every text marked and longer.
    const Run pseudo = soudan({u"--lang"_s, u"pseudo"_s, u"--help"_s});
    QCOMPARE(pseudo.exitCode, 0);
    QVERIFY2(pseudo.out.contains(u"⟦"_s) && pseudo.out.contains(u"⟧"_s), qPrintable(pseudo.out));
}

void TestCli::unknownLanguage_isRefused()
{
    const Run run = soudan({u"--lang"_s, u"xx"_s, u"--screenshot"_s, u"/dev/null"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(u"xx"_s));
    // Plain http:// to another computer is refused before anything is sent.
    QTemporaryDir profile;
    const Run plain = soudan({u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s, u"--server"_s,
                              u"http://board.example.jp"_s, u"--sync-once"_s});
    QCOMPARE(plain.exitCode, 2);
    QVERIFY2(plain.err.contains(u"use https://"_s), qPrintable(plain.err));
}

void TestCli::demoScreenshot_writesPngAndFillsTheCache()
{
    QTemporaryDir profile;
    const QString png = profile.filePath(u"shot.png"_s);
    for (const QString &lang : {u"ja"_s, u"en"_s}) {
        const Run run = soudan({u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, lang,
                                u"--screenshot"_s, png});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() >= 600);
    }
    const QString db = profile.filePath(u"soudan.sqlite"_s);
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM threads"_s) >= 40);
    QVERIFY(scalar(db, u"SELECT COUNT(DISTINCT category_id) FROM threads"_s) >= 6);
    QCOMPARE(scalar(db, u"SELECT COUNT(DISTINCT c.side) FROM threads t JOIN categories c "
                        "ON c.id = t.category_id"_s),
             2);
    QVERIFY(scalar(db, u"SELECT COUNT(*) FROM threads WHERE status = 1 AND best_answer_id IS NOT "
                       "NULL AND thanks_body IS NOT NULL"_s) >= 10);
    // --demo on a cache that has threads does not load them twice.
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM threads"_s), 44);

    // A profile Soudan makes is its user's alone, and so is the cache in it.
    const QString fresh = profile.filePath(u"new/profile"_s);
    const Run made = soudan({u"--profile"_s, fresh, u"--demo"_s, u"--screenshot"_s, png});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                        QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFileInfo(fresh).permissions() & (owner | QFileDevice::ExeOwner | others),
             owner | QFileDevice::ExeOwner);
    for (const QString &file : QDir(fresh).entryList({u"soudan.sqlite*"_s}, QDir::Files)) {
        QCOMPARE(QFileInfo(QDir(fresh).filePath(file)).permissions() & others,
                 QFileDevice::Permissions());
    }
    QCOMPARE(QFileInfo(QDir(fresh).filePath(u"soudan.sqlite"_s)).permissions() & others,
             QFileDevice::Permissions());
}

void TestCli::damagedCache_isMovedAsideAndTheUserIsTold()
{
    QTemporaryDir profile;
    {
        QFile f(profile.filePath(u"soudan.sqlite"_s));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    const Run run = soudan({u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, u"en"_s,
                            u"--screenshot"_s, profile.filePath(u"shot.png"_s)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"The old file was kept as"_s), qPrintable(run.err));
    const QStringList moved = QDir(profile.path()).entryList({u"soudan.damaged-*.sqlite"_s});
    QCOMPARE(moved.size(), 1);
    QCOMPARE(QFile(profile.filePath(moved.first())).size(), 8192);
    QVERIFY(scalar(profile.filePath(u"soudan.sqlite"_s), u"SELECT COUNT(*) FROM threads"_s) >= 40);
}

void TestCli::search_printsTheMatchingThreads()
{
    QTemporaryDir profile;
    // An empty profile with --demo searches the demo board: one thread a line, newest first.
    const Run run = soudan({u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, u"en"_s,
                            u"--search"_s, u"LINE"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(run.out + run.err));
    bool contractLine = false;
    for (const QString &line : lines) {
        const QStringList fields = line.split(u'\t');
        QCOMPARE(fields.size(), 4);
        QVERIFY(!QUuid::fromString(fields[0]).isNull());
        contractLine = contractLine || fields[1].contains(u"LINEでやり取り"_s);
    }
    QVERIFY(contractLine);

    // Two-character Japanese, with a filter; a bad filter is an error with its message.
    const Run fee = soudan({u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s, u"--search"_s,
                            u"相場 status:解決済"_s});
    QCOMPARE(fee.exitCode, 0);
    QVERIFY(!fee.out.isEmpty());
    for (const QString &line : fee.out.split(u'\n', Qt::SkipEmptyParts))
        QCOMPARE(line.section(u'\t', 3), u"Resolved"_s);
    const Run bad = soudan(
        {u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s, u"--search"_s, u"status:maybe"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"status:"_s));
    QVERIFY(bad.out.isEmpty());
    const Run rebuilt =
        soudan({u"--profile"_s, profile.path(), u"--rebuild-search-index"_s, u"--lang"_s, u"en"_s});
    QCOMPARE(rebuilt.exitCode, 0);
    QVERIFY(rebuilt.out.contains(u"Indexed"_s));
}

void TestCli::qtOptions_workWithoutAWindowToo()
{
    QTemporaryDir profile;
    const Run search = soudan({u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, u"en"_s,
                               u"--search"_s, u"LINE"_s, u"-platform"_s, u"offscreen"_s});
    QVERIFY2(search.exitCode == 0, qPrintable(search.err));
    QVERIFY(!search.out.isEmpty());
    const Run shot = soudan({u"--profile"_s, profile.path(), u"-platform"_s, u"offscreen"_s,
                             u"--screenshot"_s, profile.filePath(u"shot.png"_s)});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QVERIFY(!QImage(profile.filePath(u"shot.png"_s)).isNull());
    // A mistyped option is still refused, named as typed.
    const Run wrong = soudan({u"--profile"_s, profile.path(), u"--serch"_s, u"x"_s});
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(u"serch"_s), qPrintable(wrong.err));
}

void TestCli::threadOption_opensThatThread()
{
    QTemporaryDir profile;
    const Run search = soudan({u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, u"en"_s,
                               u"--search"_s, u"LINE"_s});
    const QString id = search.out.section(u'\t', 0, 0);
    QVERIFY2(!QUuid::fromString(id).isNull(), qPrintable(search.out));
    const QString png = profile.filePath(u"thread.png"_s);
    const Run shot = soudan({u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s, u"--thread"_s,
                             id, u"--screenshot"_s, png});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.err));
    QVERIFY(!QImage(png).isNull());
    const Run missing =
        soudan({u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s, u"--thread"_s,
                QUuid::createUuid().toString(QUuid::WithoutBraces), u"--screenshot"_s, png});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"There is no thread"_s), qPrintable(missing.err));
    const Run nonsense = soudan({u"--profile"_s, profile.path(), u"--lang"_s, u"en"_s,
                                 u"--thread"_s, u"42"_s, u"--screenshot"_s, png});
    QCOMPARE(nonsense.exitCode, 2);
    QVERIFY2(nonsense.err.contains(u"is not a thread id"_s), qPrintable(nonsense.err));
}

void TestCli::secondClientOnOneProfile_saysSo()
{
    QTemporaryDir profile;
    // A window on the profile (it runs until it is stopped).
    QProcess window;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    window.setProcessEnvironment(env);
    window.start(QStringLiteral(SOUDAN_CLIENT_BINARY),
                 {u"--profile"_s, profile.path(), u"--demo"_s, u"--lang"_s, u"en"_s});
    QVERIFY(window.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(profile.filePath(u"soudan.lock"_s)), 20000);
    const QStringList syncArgs = {u"--profile"_s, profile.path(), u"--lang"_s,
                                  u"en"_s,        u"--server"_s,  u"http://127.0.0.1:9"_s,
                                  u"--user"_s,    u"alice"_s,     u"--sync-once"_s};
    const Run second = soudan(syncArgs);
    QCOMPARE(second.exitCode, 3);
    QVERIFY2(second.err.contains(u"already running with this profile"_s), qPrintable(second.err));
    const Run secondWindow =
        soudan({u"--profile"_s, profile.path(), u"--screenshot"_s, profile.filePath(u"x.png"_s)});
    QCOMPARE(secondWindow.exitCode, 3);
    // Killed, the window leaves its lock behind: the next client takes it over.
    window.kill();
    window.waitForFinished();
    const Run after = soudan(syncArgs);
    QVERIFY2(after.exitCode != 3, qPrintable(after.err));
    QVERIFY(!after.err.contains(u"already running"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
