// Imports into the real server: Stack Exchange dumps from ../shared/data, and HTML bodies.

#include "server/htmltext.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/shareddata.h"

#include <QDir>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

QString dataDir(const QString &name)
{
    return Soudan::Test::sharedData(u"stackexchange/"_s + name);
}

struct Counts
{
    int threads = 0, answers = 0, resolved = 0, closed = 0;
    QHash<QString, QJsonObject> threadById;
};

Counts countFeed(Http &http)
{
    Counts c;
    QString cursor;
    for (int guard = 0; guard < 1000; ++guard) {
        const QJsonObject page = http.get(u"/api/v1/changes?limit=1000&cursor="_s + cursor).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject data = v.toObject().value(u"data"_s).toObject();
            const QString kind = v.toObject().value(u"kind"_s).toString();
            if (kind == u"thread"_s) {
                ++c.threads;
                c.resolved += data.value(u"status"_s).toString() == u"resolved"_s;
                c.closed += data.value(u"status"_s).toString() == u"closed"_s;
                c.threadById.insert(data.value(u"id"_s).toString(), data);
            } else if (kind == u"answer"_s) {
                ++c.answers;
            }
        }
        cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    return c;
}

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlBodies_becomePlainTextWithParagraphsAndLinks_data();
    void htmlBodies_becomePlainTextWithParagraphsAndLinks();
    void conlangMeta_importsWithTheDumpsCounts();
    void olderSchemaFixture_imports();
    void notADump_isRefusedClearly();
};

void TestServerImport::htmlBodies_becomePlainTextWithParagraphsAndLinks_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << u"<p>One.</p>\n\n<p>Two &amp; three.</p>"_s
                                << u"One.\n\nTwo & three."_s;
    QTest::newRow("link")
        << u"<p>See <a href=\"https://example.com/x\" rel=\"nofollow\">the FAQ</a>.</p>"_s
        << u"See the FAQ (https://example.com/x)."_s;
    QTest::newRow("bare link") << u"<a href=\"https://example.com\">https://example.com</a>"_s
                               << u"https://example.com"_s;
    QTest::newRow("relative link")
        << u"<a href=\"/questions/1\">earlier</a> question"_s << u"earlier question"_s;
    QTest::newRow("list") << u"<ul><li>a</li><li>b</li></ul>"_s << u"・a\n・b"_s;
    QTest::newRow("code") << u"<pre><code>x  =  1\ny = 2</code></pre>"_s << u"x  =  1\ny = 2"_s;
    QTest::newRow("entities") << u"&lt;b&gt; &#x3042; &#12354; &quot;q&quot; &nbsp;"_s
                              << u"<b> あ あ \"q\""_s;
    QTest::newRow("script stays text")
        << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s << u"<script>alert(1)</script>"_s;
    QTest::newRow("broken markup") << u"<p>unclosed <b>bold <i>text"_s << u"unclosed bold text"_s;
}

void TestServerImport::htmlBodies_becomePlainTextWithParagraphsAndLinks()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(Soudan::Server::HtmlText::toPlainText(html), text);
}

void TestServerImport::conlangMeta_importsWithTheDumpsCounts()
{
    SOUDAN_NEED_SHARED_DATA(dataDir(u"conlang.meta"_s));
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    const ServerProcess::Run run =
        server.command({u"import-stackexchange"_s, dataDir(u"conlang.meta"_s), u"--category"_s,
                        u"Conlang Meta"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"54 threads (11 resolved, 1 closed), 115 answers"_s),
             qPrintable(run.out));
    // Importing again updates instead of doubling.
    QCOMPARE(server
                 .command({u"import-stackexchange"_s, dataDir(u"conlang.meta"_s), u"--category"_s,
                           u"Conlang Meta"_s})
                 .exitCode,
             0);
    QVERIFY(server.start());
    Http http(server.url());
    const Counts c = countFeed(http);
    QCOMPARE(c.threads, 54);
    QCOMPARE(c.answers, 115);
    QCOMPARE(c.resolved, 11);
    QCOMPARE(c.closed, 1);
    // Question 1 of the dump, as plain text with its paragraphs.
    const auto it =
        std::find_if(c.threadById.cbegin(), c.threadById.cend(), [](const QJsonObject &t) {
            return t.value(u"title"_s).toString() ==
                   u"Are questions asked in conlangs accepted on this site?"_s;
        });
    QVERIFY(it != c.threadById.cend());
    QCOMPARE(it->value(u"viewCount"_s).toInt(), 172);
    QCOMPARE(it->value(u"status"_s).toString(), u"resolved"_s);
    QVERIFY(it->value(u"body"_s).toString().contains(u"(like Lojban).\n\nConsidering the above"_s));
    QVERIFY(!it->value(u"body"_s).toString().contains(u"<p>"_s));
    QCOMPARE(it->value(u"createdAt"_s).toString(), u"2018-02-06T20:19:50.957Z"_s);
}

void TestServerImport::olderSchemaFixture_imports()
{
    SOUDAN_NEED_SHARED_DATA(dataDir(u"blender.meta-fixture"_s));
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QCOMPARE(server.command({u"import-demo"_s}).exitCode, 0);
    const ServerProcess::Run run =
        server.command({u"import-stackexchange"_s, dataDir(u"blender.meta-fixture"_s),
                        u"--category"_s, u"Blender Meta"_s, u"--side"_s, u"client"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"5 threads"_s), qPrintable(run.out));
    QVERIFY(server.start());
    Http http(server.url());
    const Counts c = countFeed(http);
    QCOMPARE(c.threads, 44 + 5);
    const QJsonArray categories =
        http.get(u"/api/v1/categories"_s).json().value(u"categories"_s).toArray();
    QVERIFY(std::any_of(categories.begin(), categories.end(), [](const QJsonValue &v) {
        return v.toObject().value(u"name"_s).toString() == u"Blender Meta"_s &&
               v.toObject().value(u"side"_s).toString() == u"client"_s;
    }));
}

void TestServerImport::notADump_isRefusedClearly()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QTemporaryDir empty;
    const ServerProcess::Run run =
        server.command({u"import-stackexchange"_s, empty.path(), u"--category"_s, u"x"_s});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"no Posts.xml"_s), qPrintable(run.err));
    QTemporaryDir broken;
    QFile posts(broken.filePath(u"Posts.xml"_s));
    QVERIFY(posts.open(QIODevice::WriteOnly));
    posts.write("<posts><row Id=\"1\" PostTypeId=\"1\" CreationDate=\"2020-01-01T00:00:00\" ");
    posts.close();
    const ServerProcess::Run bad =
        server.command({u"import-stackexchange"_s, broken.path(), u"--category"_s, u"x"_s});
    QVERIFY(bad.exitCode != 0);
    QVERIFY2(bad.err.contains(u"not a valid dump file"_s), qPrintable(bad.err));
}

QTEST_GUILESS_MAIN(TestServerImport)
#include "tst_server_import.moc"
