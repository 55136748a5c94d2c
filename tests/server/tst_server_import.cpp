// Imports into the real server: Stack Exchange dumps from ../shared/data, and HTML bodies.

#include "server/htmltext.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/shareddata.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamWriter>

#include <algorithm>

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
    QHash<QString, QJsonObject> threadByTitle;
    QList<QJsonObject> users;
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
                c.threadByTitle.insert(data.value(u"title"_s).toString(), data);
            } else if (kind == u"answer"_s) {
                ++c.answers;
            } else if (kind == u"user"_s) {
                c.users.append(data);
            }
        }
        cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    return c;
}

// Compares the plain text of the row's html with its text.
void comparePlainText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(Soudan::Server::HtmlText::toPlainText(html), text);
}

using Attributes = QList<std::pair<QString, QString>>;

Attributes user(int id, const QString &name)
{
    return {{u"Id"_s, QString::number(id)},
            {u"CreationDate"_s, u"2020-01-01T00:00:00.000"_s},
            {u"DisplayName"_s, name}};
}

// A post's owner is user 1 (questions) or 2 (answers) unless more names another.
Attributes owned(const Attributes &more, int owner)
{
    const bool named = std::any_of(more.cbegin(), more.cend(),
                                   [](const auto &a) { return a.first.startsWith(u"Owner"_s); });
    return named ? more : Attributes{{u"OwnerUserId"_s, QString::number(owner)}} + more;
}

Attributes question(int id, const QString &body, const Attributes &more = {})
{
    return Attributes{{u"Id"_s, QString::number(id)},
                      {u"PostTypeId"_s, u"1"_s},
                      {u"CreationDate"_s, u"2020-02-01T10:00:00.000"_s},
                      {u"Title"_s, u"Question %1"_s.arg(id)},
                      {u"Body"_s, body}} +
           owned(more, 1);
}

Attributes answer(int id, int questionId, const QString &body, const Attributes &more = {})
{
    return Attributes{{u"Id"_s, QString::number(id)},
                      {u"PostTypeId"_s, u"2"_s},
                      {u"ParentId"_s, QString::number(questionId)},
                      {u"CreationDate"_s, u"2020-02-02T10:00:00.000"_s},
                      {u"Body"_s, body}} +
           owned(more, 2);
}

// A small dump of our own, written as Stack Exchange writes one (a byte-order mark, every
// value escaped) into a folder named as a site.
struct Dump
{
    QTemporaryDir dir;
    QList<Attributes> users;
    QList<Attributes> posts;

    QString path() const { return dir.filePath(u"fixture.meta"_s); }

    bool write() const
    {
        return QDir().mkpath(path()) && writeFile(u"Users.xml"_s, u"users"_s, users) &&
               writeFile(u"Posts.xml"_s, u"posts"_s, posts);
    }

    bool writeFile(const QString &name, const QString &root, const QList<Attributes> &rows) const
    {
        QFile file(QDir(path()).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write("\xEF\xBB\xBF");
        QXmlStreamWriter xml(&file);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeStartElement(root);
        for (const Attributes &row : rows) {
            xml.writeEmptyElement(u"row"_s);
            for (const auto &[attribute, value] : row)
                xml.writeAttribute(attribute, value);
        }
        xml.writeEndDocument();
        return !xml.hasError();
    }

    // Sets an attribute of the post with this id.
    void setPost(int id, const QString &attribute, const QString &value)
    {
        for (Attributes &row : posts) {
            if (row.contains({u"Id"_s, QString::number(id)})) {
                for (auto &[name, v] : row) {
                    if (name == attribute)
                        v = value;
                }
            }
        }
    }
};

ServerProcess::Run importDump(const ServerProcess &server, const QString &dir)
{
    return server.command({u"import-stackexchange"_s, dir, u"--category"_s, u"Imported"_s});
}

qint64 lastFeedSeq(const ServerProcess &server)
{
    return server.scalar(u"SELECT MAX(seq) FROM feed"_s).toLongLong();
}

} // namespace

class TestServerImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void htmlBodies_becomePlainTextWithParagraphsAndLinks_data();
    void htmlBodies_becomePlainTextWithParagraphsAndLinks() { comparePlainText(); }
    void htmlLists_numberTheirItemsAndIndentNestedOnes_data();
    void htmlLists_numberTheirItemsAndIndentNestedOnes() { comparePlainText(); }
    void htmlQuotes_beginEachLineWithAMarker_data();
    void htmlQuotes_beginEachLineWithAMarker() { comparePlainText(); }
    void htmlCodeBlocks_stayVerbatimBetweenFenceLines_data();
    void htmlCodeBlocks_stayVerbatimBetweenFenceLines() { comparePlainText(); }
    void htmlEntities_namedAndNumeric_allDecode_data();
    void htmlEntities_namedAndNumeric_allDecode() { comparePlainText(); }
    void closedAndAcceptedQuestion_isResolvedAndItsBodySaysItWasClosed();
    void reimportOfAnUnchangedDump_writesNoFeedRows();
    void reimportOfAChangedPost_writesOnlyItsOwnRow();
    void usersWithTheSameDisplayName_stayTwoMembersKeyedByTheirDumpId();
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
    QTest::newRow("line breaks") << u"<p>One<br>two<br/>\nthree</p>"_s << u"One\ntwo\nthree"_s;
    QTest::newRow("link")
        << u"<p>See <a href=\"https://example.com/x\" rel=\"nofollow\">the FAQ</a>.</p>"_s
        << u"See the FAQ (https://example.com/x)."_s;
    QTest::newRow("bare link") << u"<a href=\"https://example.com\">https://example.com</a>"_s
                               << u"https://example.com"_s;
    QTest::newRow("bare link in a list")
        << u"<ul><li><a href=\"https://example.com\">https://example.com</a></li></ul>"_s
        << u"・https://example.com"_s;
    QTest::newRow("relative link")
        << u"<a href=\"/questions/1\">earlier</a> question"_s << u"earlier question"_s;
    QTest::newRow("image") << u"<p><img src=\"https://i.example/a.png\" alt=\"a cat\"></p>"_s
                           << u"a cat (https://i.example/a.png)"_s;
    QTest::newRow("list") << u"<ul><li>a</li><li>b</li></ul>"_s << u"・a\n・b"_s;
    QTest::newRow("inline code") << u"<p>Use <code>a  &amp;&amp;  b</code> here.</p>"_s
                                 << u"Use a && b here."_s;
    QTest::newRow("script stays text")
        << u"<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"_s << u"<script>alert(1)</script>"_s;
    QTest::newRow("script element and comment are left out")
        << u"<p>a<!-- note -->b</p><script>alert(1)</script>"_s << u"ab"_s;
    QTest::newRow("broken markup") << u"<p>unclosed <b>bold <i>text"_s << u"unclosed bold text"_s;
    QTest::newRow("empty") << u""_s << u""_s;
}

void TestServerImport::htmlLists_numberTheirItemsAndIndentNestedOnes_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("numbered") << u"<ol><li>a</li><li>b</li></ol>"_s << u"1. a\n2. b"_s;
    QTest::newRow("numbered from start")
        << u"<p>Steps:</p><ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol><p>See #4.</p>"_s
        << u"Steps:\n\n3. c\n4. d\n\nSee #4."_s;
    QTest::newRow("nested")
        << u"<ul><li>a<ol><li>a1</li><li>a2<ul><li>deep</li></ul></li></ol></li><li>b</li></ul>"_s
        << u"・a\n  1. a1\n  2. a2\n    ・deep\n・b"_s;
    QTest::newRow("items of paragraphs")
        << u"<ol>\n<li><p>First.</p>\n<p>More.</p></li>\n<li><p>Second.</p></li>\n</ol>"_s
        << u"1. First.\n\n  More.\n\n2. Second."_s;
    QTest::newRow("line break in an item")
        << u"<ul><li>one<br>two</li></ul>"_s << u"・one\n  two"_s;
}

void TestServerImport::htmlQuotes_beginEachLineWithAMarker_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("quote")
        << u"<p>He said:</p>\n<blockquote>\n  <p>One.</p>\n  <p>Two<br>\n  lines.</p>\n"
           u"</blockquote>\n<p>After.</p>"_s
        << u"He said:\n\n> One.\n>\n> Two\n> lines.\n\nAfter."_s;
    QTest::newRow("nested")
        << u"<blockquote><p>a</p><blockquote><p>b</p></blockquote></blockquote>"_s
        << u"> a\n>\n> > b"_s;
    QTest::newRow("list in a quote")
        << u"<blockquote><ol><li>x</li><li>y</li></ol></blockquote>"_s << u"> 1. x\n> 2. y"_s;
}

void TestServerImport::htmlCodeBlocks_stayVerbatimBetweenFenceLines_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("block") << u"<p>Run:</p>\n<pre><code>if (a &lt; b &amp;&amp; c) {\n    x  =  "
                              u"1;\n\n}\n</code></pre>\n"
                              u"<p>Done.</p>"_s
                           << u"Run:\n\n```\nif (a < b && c) {\n    x  =  1;\n\n}\n```\n\nDone."_s;
    QTest::newRow("markup inside") << u"<pre class=\"x\"><code><b>bold</b>  &#x3042;</code></pre>"_s
                                   << u"```\nbold  あ\n```"_s;
    QTest::newRow("in a quote") << u"<blockquote><pre><code>x\n\n  y\n</code></pre></blockquote>"_s
                                << u"> ```\n> x\n>\n>   y\n> ```"_s;
    QTest::newRow("in a list item") << u"<ul><li>Try:<pre><code>a\n b\n</code></pre></li></ul>"_s
                                    << u"・Try:\n\n  ```\n  a\n   b\n  ```"_s;
}

void TestServerImport::htmlEntities_namedAndNumeric_allDecode_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("markup characters")
        << u"&lt;b&gt; &quot;q&quot; &amp;amp; &apos;s&#39;"_s << u"<b> \"q\" &amp; 's'"_s;
    QTest::newRow("numeric") << u"&#x3042; &#12354; &#X1F600; &#8364;"_s << u"あ あ 😀 €"_s;
    QTest::newRow("named beyond the usual few")
        << u"&alpha;&beta; &Omega; &hearts; &frac12; &rarr; &trade; &deg; &sect; &szlig; "
           u"&iexcl; &ouml; &Ccedil; &le; &infin; &prime; &lsaquo; &bull;"_s
        << u"αβ Ω ♥ ½ → ™ ° § ß ¡ ö Ç ≤ ∞ ′ ‹ •"_s;
    QTest::newRow("no-break space") << u"a&nbsp;b &nbsp;"_s << u"a\u00A0b"_s;
    QTest::newRow("in an address") << u"<a href=\"https://example.com/?a=1&amp;b=&#50;\">q</a>"_s
                                   << u"q (https://example.com/?a=1&b=2)"_s;
}

void TestServerImport::closedAndAcceptedQuestion_isResolvedAndItsBodySaysItWasClosed()
{
    Dump dump;
    dump.users = {user(1, u"Asker"_s), user(2, u"Answerer"_s)};
    dump.posts = {
        question(
            1, u"<p>Closed, then accepted.</p>"_s,
            {{u"ClosedDate"_s, u"2020-03-01T12:00:00.000"_s}, {u"AcceptedAnswerId"_s, u"2"_s}}),
        answer(2, 1, u"<p>The answer.</p>"_s),
        question(3, u"<p>Only closed.</p>"_s, {{u"ClosedDate"_s, u"2020-03-02T12:00:00.000"_s}}),
        question(4, u"<p>Only accepted.</p>"_s, {{u"AcceptedAnswerId"_s, u"5"_s}}),
        answer(5, 4, u"<p>Accepted.</p>"_s)};
    QVERIFY(dump.write());
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    const ServerProcess::Run run = importDump(server, dump.path());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"3 threads (2 resolved, 1 closed)"_s), qPrintable(run.out));
    QVERIFY(server.start());
    Http http(server.url());
    const Counts c = countFeed(http);
    // A thread has one status: resolved wins (neither takes answers), the body keeps the close.
    const QJsonObject both = c.threadByTitle.value(u"Question 1"_s);
    QCOMPARE(both.value(u"status"_s).toString(), u"resolved"_s);
    QVERIFY(!both.value(u"bestAnswerId"_s).toString().isEmpty());
    QCOMPARE(both.value(u"body"_s).toString(),
             u"Closed, then accepted.\n\n(Closed on Stack Exchange on 2020-03-01.)"_s);
    const QJsonObject closed = c.threadByTitle.value(u"Question 3"_s);
    QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
    QCOMPARE(closed.value(u"body"_s).toString(),
             u"Only closed.\n\n(Closed on Stack Exchange on 2020-03-02.)"_s);
    const QJsonObject accepted = c.threadByTitle.value(u"Question 4"_s);
    QCOMPARE(accepted.value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(accepted.value(u"body"_s).toString(), u"Only accepted."_s);
    QVERIFY2(run.out.contains(u"1 resolved threads were closed as well"_s), qPrintable(run.out));
}

void TestServerImport::reimportOfAnUnchangedDump_writesNoFeedRows()
{
    Dump dump;
    dump.users = {user(1, u"Asker"_s), user(2, u"Answerer"_s)};
    dump.posts = {question(1, u"<p>Q1</p>"_s, {{u"AcceptedAnswerId"_s, u"2"_s}}),
                  answer(2, 1, u"<p>A2</p>"_s), question(3, u"<p>Q3</p>"_s),
                  answer(4, 3, u"<p>by name</p>"_s, {{u"OwnerDisplayName"_s, u"gone"_s}})};
    QVERIFY(dump.write());
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);
    const qint64 before = lastFeedSeq(server);
    QVERIFY(before > 0);
    const ServerProcess::Run again = importDump(server, dump.path());
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(lastFeedSeq(server), before);
    QVERIFY2(again.out.contains(u"7 of those rows were on the board as they are"_s),
             qPrintable(again.out));

    // Nor after a moderator hid a thread: the import leaves it hidden.
    const QString thread =
        server.scalar(u"SELECT id FROM threads WHERE title = 'Question 3'"_s).toString();
    QCOMPARE(server.command({u"hide"_s, thread, u"--reason"_s, u"spam"_s}).exitCode, 0);
    const qint64 hidden = lastFeedSeq(server);
    QVERIFY(hidden > before);
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);
    QCOMPARE(lastFeedSeq(server), hidden);
    QCOMPARE(server.scalar(u"SELECT hidden FROM threads WHERE id = '%1'"_s.arg(thread)).toInt(), 1);
}

void TestServerImport::reimportOfAChangedPost_writesOnlyItsOwnRow()
{
    Dump dump;
    dump.users = {user(1, u"Asker"_s), user(2, u"Answerer"_s)};
    dump.posts = {question(1, u"<p>Q1</p>"_s), answer(2, 1, u"<p>A2</p>"_s),
                  question(3, u"<p>Q3</p>"_s)};
    QVERIFY(dump.write());
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);

    const qint64 before = lastFeedSeq(server);
    dump.setPost(2, u"Body"_s, u"<p>A2, edited</p>"_s);
    QVERIFY(dump.write());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);
    const QString since = u" FROM feed WHERE seq > %1"_s.arg(before);
    QCOMPARE(server.scalar(u"SELECT COUNT(*)"_s + since).toInt(), 1);
    QCOMPARE(server.scalar(u"SELECT entity_id"_s + since).toString(),
             server.scalar(u"SELECT id FROM answers WHERE body = 'A2, edited'"_s).toString());
    QCOMPARE(server.scalar(u"SELECT version FROM answers WHERE body = 'A2, edited'"_s).toInt(), 2);

    const qint64 edited = lastFeedSeq(server);
    dump.setPost(3, u"Title"_s, u"Question 3, retitled"_s);
    QVERIFY(dump.write());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);
    const QString sinceEdit = u" FROM feed WHERE seq > %1"_s.arg(edited);
    QCOMPARE(server.scalar(u"SELECT COUNT(*)"_s + sinceEdit).toInt(), 1);
    QCOMPARE(
        server.scalar(u"SELECT entity_id"_s + sinceEdit).toString(),
        server.scalar(u"SELECT id FROM threads WHERE title = 'Question 3, retitled'"_s).toString());
}

void TestServerImport::usersWithTheSameDisplayName_stayTwoMembersKeyedByTheirDumpId()
{
    Dump dump;
    dump.users = {user(1, u"Rob"_s), user(2, u"Rob"_s)};
    dump.posts = {question(1, u"<p>Q1</p>"_s), answer(2, 1, u"<p>A2</p>"_s),
                  question(3, u"<p>Q3</p>"_s, {{u"OwnerDisplayName"_s, u"Kim"_s}}),
                  answer(4, 3, u"<p>A4</p>"_s, {{u"OwnerDisplayName"_s, u"Kim"_s}})};
    QVERIFY(dump.write());
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);

    QCOMPARE(server.scalar(u"SELECT COUNT(*) FROM users WHERE display_name = 'Rob'"_s).toInt(), 2);
    QCOMPARE(server.scalar(u"SELECT COUNT(DISTINCT login) FROM users WHERE display_name = 'Rob'"_s)
                 .toInt(),
             2);
    const qint64 asker =
        server.scalar(u"SELECT author_id FROM threads WHERE title = 'Question 1'"_s).toLongLong();
    QVERIFY(asker !=
            server.scalar(u"SELECT author_id FROM answers WHERE body = 'A2'"_s).toLongLong());
    // An owner known only by name is one member for all their posts.
    QCOMPARE(server.scalar(u"SELECT COUNT(*) FROM users WHERE display_name = 'Kim'"_s).toInt(), 1);
    QCOMPARE(server.scalar(u"SELECT author_id FROM threads WHERE title = 'Question 3'"_s),
             server.scalar(u"SELECT author_id FROM answers WHERE body = 'A4'"_s));

    // Renamed in a later dump, user 1 stays the same member under the new name.
    const qint64 before = lastFeedSeq(server);
    dump.users[0] = user(1, u"Robert"_s);
    QVERIFY(dump.write());
    QCOMPARE(importDump(server, dump.path()).exitCode, 0);
    QCOMPARE(server.scalar(u"SELECT display_name FROM users WHERE id = %1"_s.arg(asker)).toString(),
             u"Robert"_s);
    QCOMPARE(
        server.scalar(u"SELECT author_id FROM threads WHERE title = 'Question 1'"_s).toLongLong(),
        asker);
    QCOMPARE(server.scalar(u"SELECT COUNT(*) FROM feed WHERE seq > %1"_s.arg(before)).toInt(), 1);
}

void TestServerImport::conlangMeta_importsWithTheDumpsCounts()
{
    SOUDAN_NEED_SHARED_DATA(dataDir(u"conlang.meta"_s));
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    const ServerProcess::Run run = importDump(server, dataDir(u"conlang.meta"_s));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"54 threads (11 resolved, 1 closed), 115 answers"_s),
             qPrintable(run.out));
    // Importing again neither doubles nor writes a row: clients have nothing new to pull.
    const qint64 imported = lastFeedSeq(server);
    QCOMPARE(importDump(server, dataDir(u"conlang.meta"_s)).exitCode, 0);
    QCOMPARE(lastFeedSeq(server), imported);
    QVERIFY(server.start());
    Http http(server.url());
    const Counts c = countFeed(http);
    QCOMPARE(c.threads, 54);
    QCOMPARE(c.answers, 115);
    QCOMPARE(c.resolved, 11);
    QCOMPARE(c.closed, 1);
    // Question 1 of the dump, as plain text with its paragraphs.
    const QJsonObject first =
        c.threadByTitle.value(u"Are questions asked in conlangs accepted on this site?"_s);
    QCOMPARE(first.value(u"viewCount"_s).toInt(), 172);
    QCOMPARE(first.value(u"status"_s).toString(), u"resolved"_s);
    QVERIFY(
        first.value(u"body"_s).toString().contains(u"(like Lojban).\n\nConsidering the above"_s));
    QVERIFY(!first.value(u"body"_s).toString().contains(u"<p>"_s));
    QCOMPARE(first.value(u"createdAt"_s).toString(), u"2018-02-06T20:19:50.957Z"_s);
    // Numbered lists, quotes and code as the dump has them.
    QVERIFY(c.threadByTitle.value(u"2019 Community Moderator Election"_s)
                .value(u"body"_s)
                .toString()
                .contains(u"three phases:\n\n1. Nomination phase\n2. Primary phase\n"
                          u"3. Election phase\n\nMost elections"_s));
    const QString year =
        c.threadByTitle.value(u"2019: a year in moderation"_s).value(u"body"_s).toString();
    QVERIFY(year.contains(u"\n\n> We designed the Stack Exchange network engine"_s));
    QVERIFY(year.contains(u"users.\n> -- A Theory of Moderation (http"_s));
    QVERIFY(year.contains(u"```\n                 Action                  Moderators Community¹\n"
                          u"---------------------------------------- ---------- ----------\n"_s));
    QVERIFY(year.contains(u"Answer flags handled                             22          1\n"
                          u"```\n\nFootnotes"_s));
    const QJsonObject closed =
        c.threadByTitle.value(u"Accepting Nominations — Who should Moderate this site?"_s);
    QCOMPARE(closed.value(u"status"_s).toString(), u"closed"_s);
    QVERIFY(closed.value(u"body"_s).toString().endsWith(
        u"\n\n(Closed on Stack Exchange on 2018-05-20.)"_s));
    // The dump has two users called Rob.
    QCOMPARE(std::count_if(c.users.cbegin(), c.users.cend(),
                           [](const QJsonObject &u) {
                               return u.value(u"displayName"_s).toString() == u"Rob"_s;
                           }),
             2);
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
