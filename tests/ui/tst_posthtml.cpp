#include "ui/posthtml.h"

#include <QFontInfo>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestPostHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void markup_isShownAsText_data();
    void markup_isShownAsText();
    void onlyHttpLinks_becomeLinks_data();
    void onlyHttpLinks_becomeLinks();
    void linksToThreads_nameTheThread();
    void codeBetweenFences_isFixedWidth();
};

void TestPostHtml::markup_isShownAsText_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("bold") << u"<b>太字</b>にしてください"_s;
    QTest::newRow("script") << u"<script>alert('x')</script>"_s;
    QTest::newRow("entity") << u"&lt; は < のこと &amp;"_s;
    QTest::newRow("attribute") << u"<img src=x onerror=\"alert(1)\">"_s;
    QTest::newRow("link markup") << u"<a href=\"javascript:alert(1)\">click</a>"_s;
    QTest::newRow("line breaks") << u"一行目\n二行目\n\n四行目"_s;
}

void TestPostHtml::markup_isShownAsText()
{
    QFETCH(QString, text);
    QTextDocument doc;
    doc.setHtml(u"<p style=\"white-space: pre-wrap\">"_s + PostHtml::fromPlainText(text) +
                u"</p>"_s);
    QCOMPARE(doc.toPlainText(), text);
    QVERIFY(!PostHtml::fromPlainText(text).contains(u"<script"_s));
    QVERIFY(!PostHtml::fromPlainText(text).contains(u"<b>"_s));
}

void TestPostHtml::onlyHttpLinks_becomeLinks_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("links");
    QTest::newRow("https") << u"実績は https://example.com/portfolio をご覧ください"_s
                           << QStringList{u"https://example.com/portfolio"_s};
    QTest::newRow("http, trailing dot")
        << u"http://example.net/a?b=1&c=2."_s << QStringList{u"http://example.net/a?b=1&c=2"_s};
    QTest::newRow("japanese right after")
        << u"https://example.org/x。よろしく"_s << QStringList{u"https://example.org/x"_s};
    QTest::newRow("two") << u"https://a.example.com と https://b.example.com"_s
                         << QStringList{u"https://a.example.com"_s, u"https://b.example.com"_s};
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << QStringList();
    QTest::newRow("file") << u"file:///etc/passwd"_s << QStringList();
    QTest::newRow("mailto") << u"mailto:someone@example.com"_s << QStringList();
    QTest::newRow("quote breaking out")
        << u"https://example.com/\"onmouseover=\"x"_s << QStringList{u"https://example.com/"_s};
    QTest::newRow("no host") << u"https:///path"_s << QStringList();
}

void TestPostHtml::onlyHttpLinks_becomeLinks()
{
    QFETCH(QString, text);
    QFETCH(QStringList, links);
    QTextDocument doc;
    doc.setHtml(PostHtml::fromPlainText(text));
    QCOMPARE(doc.toPlainText(), text);
    QStringList found;
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isAnchor()) {
                found.append(format.anchorHref());
                QVERIFY(PostHtml::isOpenableLink(QUrl(format.anchorHref())));
            }
        }
    }
    QCOMPARE(found, links);
    QVERIFY(!PostHtml::isOpenableLink(QUrl(u"javascript:alert(1)"_s)));
    QVERIFY(!PostHtml::isOpenableLink(QUrl(u"file:///etc/passwd"_s)));
}

void TestPostHtml::linksToThreads_nameTheThread()
{
    const QUuid id = QUuid::fromString(u"5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f"_s);
    for (const QString &link :
         {u"https://board.example.jp/threads/5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f"_s,
          u"http://127.0.0.1:8080/api/v1/threads/5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f/answers"_s,
          u"https://board.example.jp/threads/{5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f}?x=1#a"_s})
        QCOMPARE(PostHtml::threadOfLink(QUrl(link)), id);
    for (const QString &link :
         {u"https://board.example.jp/threads/"_s, u"https://board.example.jp/threads/abc"_s,
          u"https://board.example.jp/users/5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f"_s,
          u"file:///threads/5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f"_s,
          u"soudan:threads/5b4d7f5e-3c1a-4d2b-9f1e-0a1b2c3d4e5f"_s})
        QVERIFY2(PostHtml::threadOfLink(QUrl(link)).isNull(), qPrintable(link));
}

void TestPostHtml::codeBetweenFences_isFixedWidth()
{
    const QString text = u"設定はこうです。\n```\nif (a < b && c) {\n    return \"x\";\n}\n```\n"
                         u"以上です。https://example.jp"_s;
    QTextDocument doc;
    doc.setHtml(u"<p style=\"white-space: pre-wrap\">"_s + PostHtml::fromPlainText(text) +
                u"</p>"_s);
    // The fences go; the code keeps its characters, spaces and lines.
    QCOMPARE(doc.toPlainText(), u"設定はこうです。\nif (a < b && c) {\n    return \"x\";\n}\n"
                                u"以上です。https://example.jp"_s);
    auto fixedAt = [&doc](const QString &what) {
        const QTextCursor found = doc.find(what);
        return !found.isNull() && QFontInfo(found.charFormat().font()).fixedPitch();
    };
    QVERIFY(fixedAt(u"return"_s));
    QVERIFY(!fixedAt(u"設定"_s));
    QVERIFY(!fixedAt(u"以上"_s));
    QVERIFY(PostHtml::fromPlainText(text).contains(u"<a href"_s));

    // A fence that is not closed is text.
    const QString open = u"```\nnot code"_s;
    QTextDocument plain;
    plain.setHtml(u"<p style=\"white-space: pre-wrap\">"_s + PostHtml::fromPlainText(open) +
                  u"</p>"_s);
    QCOMPARE(plain.toPlainText(), open);
}

QTEST_MAIN(TestPostHtml)
#include "tst_posthtml.moc"
