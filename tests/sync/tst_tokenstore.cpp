// The sign-in token where no keyring service runs: a desktop session of its own
// (tests/support/desktop-session.sh) with a D-Bus bus but no secrets service. The token goes to
// the profile's file, and the user is told why in words, not the keyring's "Unknown error".

#include "sync/tokenstore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeyring_keepsTheTokenInAFileAndSaysWhyInWords();
};

void TestTokenStore::noKeyring_keepsTheTokenInAFileAndSaysWhyInWords()
{
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through tests/support/desktop-session.sh");
    qunsetenv("SOUDAN_TOKEN_STORE");
    QTemporaryDir profile;
    TokenStore tokens(profile.path());
    const QString account = u"http://127.0.0.1:8080 alice"_s;
    bool written = false;
    QString warning;
    bool done = false;
    tokens.write(account, u"secret-token"_s, [&](bool ok, const QString &why) {
        written = ok;
        warning = why;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
    QVERIFY2(written, qPrintable(warning));
    QVERIFY2(warning.startsWith(u"No system keyring is available ("_s), qPrintable(warning));
    const QStringList ours = {TokenStore::keyringProblem(5), TokenStore::keyringProblem(3),
                              TokenStore::keyringProblem(7)};
    bool said = false;
    for (const QString &words : ours)
        said = said || warning.contains(u"("_s + words + u")"_s);
    QVERIFY2(said, qPrintable(warning));
    QVERIFY2(!warning.contains(u"Unknown error"_s, Qt::CaseInsensitive), qPrintable(warning));
    QFile file(tokens.fallbackFile(account));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    QString read;
    bool readDone = false;
    tokens.read(account, [&](const QString &token) {
        read = token;
        readDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(readDone, 30000);
    QCOMPARE(read, u"secret-token"_s);
}

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
