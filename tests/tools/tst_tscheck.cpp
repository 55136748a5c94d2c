// soudan-tscheck: each mistake a translator or a stale file makes is found, with its line; the
// real files in ../shared/data/ts are read whole, and the real placeholder bug in Monero's
// Japanese file is found.

#include "tests/support/shareddata.h"
#include "tools/tscheck/tscheck.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &body,
              const QByteArray &language = "ja")
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    f.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE TS>\n<TS version=\"2.1\" "
            "language=\"" +
            language + "\">\n<context>\n    <name>Soudan::Window</name>\n" + body +
            "</context>\n</TS>\n");
    return path;
}

QByteArray message(const QByteArray &source, const QByteArray &translation,
                   const QByteArray &attributes = {})
{
    return "    <message" + attributes + ">\n        <source>" + source +
           "</source>\n        <translation>" + translation + "</translation>\n    </message>\n";
}

QList<TsCheck::Finding> checked(const QString &path)
{
    QString error;
    const std::optional<TsCheck::File> file = TsCheck::read(path, &error);
    if (!file)
        qWarning() << error;
    return file ? TsCheck::check(*file) : QList<TsCheck::Finding>{};
}

QStringList kinds(const QList<TsCheck::Finding> &findings)
{
    QStringList list;
    for (const TsCheck::Finding &f : findings)
        list.append(f.kind);
    return list;
}

} // namespace

class TestTsCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFile_hasNoFindings();
    void eachMistake_isFoundOnItsLine_data();
    void eachMistake_isFoundOnItsLine();
    void pluralForms_followTheLanguage();
    void outOfDate_entriesAreNamed();
    void brokenFiles_getAnErrorWithTheLine();
    void pseudo_keepsPlaceholdersAndIsLonger();
    void realFiles_areRead_andTheMoneroBugFound();
};

void TestTsCheck::goodFile_hasNoFindings()
{
    QTemporaryDir dir;
    const QString path = write(
        dir, u"good.ts"_s,
        message("&amp;File", "ファイル(&amp;F)") + message("%1 of %2", "%2 件中 %1 件") +
            message("%n report(s)", "<numerusform>通報 %n 件</numerusform>", " numerus=\"yes\"") +
            message("Q &amp;&amp; A &amp;lt;b&amp;gt;", "質問と回答 &amp;lt;b&amp;gt;") +
            message("Last sync: %L1", "最終同期: %L1"));
    const QList<TsCheck::Finding> findings = checked(path);
    QVERIFY2(findings.isEmpty(), qPrintable(findings.value(0).toString()));
}

void TestTsCheck::eachMistake_isFoundOnItsLine_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::newRow("unfinished") << message("Sync Now", "", " ")
                                       .replace("<translation>",
                                                "<translation type=\"unfinished\">")
                                << u"unfinished"_s << u"Sync Now"_s;
    QTest::newRow("placeholder lost")
        << message("%1 answers", "回答") << u"placeholder"_s << u"loses %1"_s;
    QTest::newRow("printf placeholder")
        << message("%n second(s) ago", "<numerusform>%s秒前</numerusform>", " numerus=\"yes\"")
        << u"placeholder"_s << u"has %s"_s;
    QTest::newRow("placeholder renumbered")
        << message("%1 by %2", "%1 作成者 %3") << u"placeholder"_s << u"has %3"_s;
    QTest::newRow("localized number lost")
        << message("%L1 threads", "%1 件") << u"placeholder"_s << u"loses %L1"_s;
    QTest::newRow("accelerator lost")
        << message("&amp;Quit", "終了") << u"accelerator"_s << u"loses its accelerator"_s;
    QTest::newRow("accelerator added")
        << message("Quit", "終了(&amp;Q)") << u"accelerator"_s << u"gains an accelerator"_s;
    QTest::newRow("empty") << message("Close", "") << u"empty"_s << u"empty translation"_s;
}

void TestTsCheck::eachMistake_isFoundOnItsLine()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QTemporaryDir dir;
    // A good entry first, so that the line is not the first message's by chance.
    const QString path = write(dir, u"bad.ts"_s, message("Help", "ヘルプ") + entry);
    const QList<TsCheck::Finding> findings = checked(path);
    // A swapped placeholder is one lost and one gained: both are said.
    QVERIFY(!findings.isEmpty());
    bool said = false;
    for (const TsCheck::Finding &f : findings) {
        QCOMPARE(f.kind, kind);
        QCOMPARE(f.line, 10); // the second <message>
        QCOMPARE(f.path, path);
        said = said || f.text.contains(says);
    }
    QVERIFY2(said, qPrintable(findings.first().toString()));
}

void TestTsCheck::pluralForms_followTheLanguage()
{
    QTemporaryDir dir;
    const QByteArray two = message(
        "%n report(s)", "<numerusform>%n report</numerusform><numerusform>%n reports</numerusform>",
        " numerus=\"yes\"");
    const QByteArray one =
        message("%n report(s)", "<numerusform>%n reports</numerusform>", " numerus=\"yes\"");
    QVERIFY(checked(write(dir, u"en.ts"_s, two, "en")).isEmpty());
    QCOMPARE(kinds(checked(write(dir, u"en1.ts"_s, one, "en"))), QStringList{u"plural"_s});
    QVERIFY(checked(write(dir, u"ja.ts"_s, one, "ja")).isEmpty());
    QCOMPARE(kinds(checked(write(dir, u"ja2.ts"_s, two, "ja"))), QStringList{u"plural"_s});
    QCOMPARE(kinds(checked(write(dir, u"ru.ts"_s, two, "ru_RU"))), QStringList{u"plural"_s});
    // In a language of several forms, one may leave the number out ("a minute ago").
    const QByteArray singular =
        message("%n minute(s) ago",
                "<numerusform>a minute ago</numerusform><numerusform>%n minutes ago</numerusform>",
                " numerus=\"yes\"");
    QVERIFY(checked(write(dir, u"en2.ts"_s, singular, "en")).isEmpty());
    QCOMPARE(TsCheck::pluralForms(u"ja"_s), 1);
    QCOMPARE(TsCheck::pluralForms(u"en_US"_s), 2);
    QCOMPARE(TsCheck::pluralForms(u"pl"_s), 3);
}

void TestTsCheck::outOfDate_entriesAreNamed()
{
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"refreshed"_s));
    const QString path =
        write(dir, u"soudan_ja.ts"_s, message("Help", "ヘルプ") + message("Old text", "古い"));
    const QString now =
        write(dir, u"refreshed/soudan_ja.ts"_s,
              message("Help", "ヘルプ") +
                  "    <message>\n        <location filename=\"/src/ui/window.cpp\" "
                  "line=\"42\"/>\n        <source>New text</source>\n        "
                  "<translation type=\"unfinished\"></translation>\n    "
                  "</message>\n");
    QString error;
    const QList<TsCheck::Finding> findings =
        TsCheck::compare(*TsCheck::read(path, &error), *TsCheck::read(now, &error));
    QCOMPARE(kinds(findings), (QStringList{u"new"_s, u"gone"_s}));
    QVERIFY(findings[0].text.contains(u"\"New text\""_s));
    QVERIFY(findings[0].text.contains(u"/src/ui/window.cpp:42"_s));
    QVERIFY(findings[1].text.contains(u"\"Old text\""_s));
    QCOMPARE(findings[1].line, 10);
}

void TestTsCheck::brokenFiles_getAnErrorWithTheLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"broken.ts"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("<?xml version=\"1.0\"?>\n<TS language=\"ja\">\n<context>\n<name>X</name>\n"
            "<message><source>A</source>\n<translation>B</transl");
    f.close();
    QString error;
    QVERIFY(!TsCheck::read(path, &error));
    QVERIFY2(error.startsWith(path + u":6:"_s), qPrintable(error));
    QVERIFY(!TsCheck::read(dir.filePath(u"missing.ts"_s), &error));
    QVERIFY(error.contains(u"cannot be read"_s));
    QFile html(dir.filePath(u"page.ts"_s));
    QVERIFY(html.open(QIODevice::WriteOnly));
    html.write("<html><body>not a translation</body></html>");
    html.close();
    QVERIFY(!TsCheck::read(html.fileName(), &error));
    QVERIFY(error.contains(u"not a Qt Linguist file"_s));
}

void TestTsCheck::pseudo_keepsPlaceholdersAndIsLonger()
{
    const QString source = u"&Sync %1 of %n <b>now</b> &amp; later"_s;
    const QString p = TsCheck::pseudo(source);
    QVERIFY(p.startsWith(u"⟦"_s) && p.endsWith(u"⟧"_s));
    QVERIFY(p.size() >= source.size() * 1.4);
    QCOMPARE(TsCheck::placeholders(p), TsCheck::placeholders(source));
    QVERIFY(TsCheck::hasAccelerator(p));
    QVERIFY(p.contains(u"<b>"_s) && p.contains(u"</b>"_s) && p.contains(u"&amp;"_s));
    QVERIFY(!p.contains(u"now"_s)); // accented
}

void TestTsCheck::realFiles_areRead_andTheMoneroBugFound()
{
    SOUDAN_NEED_SHARED_DATA(Soudan::Test::sharedData(u"ts"_s));
    const QDir data(Soudan::Test::sharedData(u"ts"_s));
    const QStringList files = data.entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.size() >= 3);
    QList<TsCheck::Finding> monero;
    for (const QString &name : files) {
        QString error;
        const std::optional<TsCheck::File> file = TsCheck::read(data.filePath(name), &error);
        QVERIFY2(file, qPrintable(error));
        QVERIFY(file->messages.size() > 50);
        const QList<TsCheck::Finding> findings = TsCheck::check(*file);
        if (name.startsWith(u"monero"_s))
            monero = findings;
    }
    // "%n second(s) ago" translated with printf's %s: Qt would show "%s秒前".
    QList<TsCheck::Finding> bug;
    for (const TsCheck::Finding &f : std::as_const(monero)) {
        if (f.kind == u"placeholder"_s)
            bug.append(f);
    }
    QVERIFY(!bug.isEmpty());
    QVERIFY2(bug.first().text.contains(u"%s秒前"_s), qPrintable(bug.first().toString()));
    QCOMPARE(bug.first().line, 3345);
}

QTEST_GUILESS_MAIN(TestTsCheck)
#include "tst_tscheck.moc"
