// The server's API contract, against the real soudan-server binary on SQLite or PostgreSQL
// ($SOUDAN_TEST_BACKEND). Requests it must refuse are in tst_server_requests.

#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject question(const QString &title = u"見積もりの相場を教えてください"_s)
{
    return {{u"categoryId"_s, 11},
            {u"title"_s, title},
            {u"body"_s, u"ロゴ制作の相場はいくらくらいでしょうか。"_s},
            {u"urgency"_s, u"urgent"_s}};
}

struct Feed
{
    QHash<QString, QJsonObject> threads, answers, users, categories;
    QSet<QString> tombstones; // "kind:id"
    QString cursor;
    int pages = 0;
};

// Reads the feed from cursor to its end, as a client would.
Feed readFeed(Http &http, const QString &from = {}, int limit = 1000)
{
    Feed f;
    f.cursor = from;
    for (int guard = 0; guard < 10000; ++guard) {
        const Http::Response r =
            http.get(u"/api/v1/changes?limit=%1&cursor=%2"_s.arg(limit).arg(f.cursor));
        if (r.status != 200) {
            qWarning() << "feed:" << r.status << r.body;
            break;
        }
        ++f.pages;
        const QJsonObject page = r.json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            const QString kind = c.value(u"kind"_s).toString();
            if (c.value(u"op"_s).toString() == u"delete"_s) {
                const QString id = c.value(u"id"_s).toString();
                f.tombstones.insert(kind + u':' + id);
                f.threads.remove(id);
                f.answers.remove(id);
                continue;
            }
            const QJsonObject data = c.value(u"data"_s).toObject();
            const QString id = data.value(u"id"_s).toVariant().toString();
            f.tombstones.remove(kind + u':' + id);
            if (kind == u"thread"_s)
                f.threads.insert(id, data);
            else if (kind == u"answer"_s)
                f.answers.insert(id, data);
            else if (kind == u"user"_s)
                f.users.insert(id, data);
            else
                f.categories.insert(id, data);
        }
        f.cursor = page.value(u"cursor"_s).toString();
        if (!page.value(u"hasMore"_s).toBool())
            break;
    }
    return f;
}

} // namespace

class TestServerApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void health_andUnknownRoutes();
    void session_signsInWithTheRightPasswordOnly();
    void changes_pagesThroughTheWholeBoardOnce();
    void changes_aFailedLookupIsAnErrorNotADelete();
    void changes_refusesBadCursorsAndLimits_data();
    void changes_refusesBadCursorsAndLimits();
    void putThread_isIdempotentOnItsUuid();
    void answer_bestAnswer_thanks_followTheBoardsRules();
    void answer_keepsEveryCharacterOfItsBody();
    void views_countOncePerUserPerDay();
    void reports_areFiledOnce();
    void contactDetails_fileASystemReport();
    void hiddenPosts_areTombstonesForMembersOnly();
    void prune_sendsOldCursorsBackToTheStart();

private:
    std::unique_ptr<ServerProcess> m_server;
};

void TestServerApi::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerApi::init()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(m_server->startDemoBoard({u"asker"_s, u"helper"_s}, {u"moderator"_s}));
}

void TestServerApi::cleanup()
{
    m_server.reset();
}

void TestServerApi::health_andUnknownRoutes()
{
    Http http(m_server->url());
    QCOMPARE(http.get(u"/api/v1/health"_s).status, 200);
    const Http::Response missing = http.get(u"/api/v2/everything"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.errorCode(), u"not_found"_s);
    QVERIFY(!missing.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    QCOMPARE(http.send("DELETE", u"/api/v1/categories"_s).status, 404);
}

void TestServerApi::session_signsInWithTheRightPasswordOnly()
{
    Http http(m_server->url());
    const QString token = http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(token.size() >= 32);
    const Http::Response wrong = http.send(
        "POST", u"/api/v1/session"_s, R"({"user":"asker","password":"wrong-password"})", QString());
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), u"invalid_credentials"_s);
    const Http::Response nobody =
        http.send("POST", u"/api/v1/session"_s, R"({"user":"nobody","password":"wrong-password"})",
                  QString());
    QCOMPARE(nobody.status, 401);
    QCOMPARE(nobody.body, wrong.body); // no hint whether the user exists

    const Http::Response session = http.send(
        "POST", u"/api/v1/session"_s,
        QJsonDocument(QJsonObject{{u"user"_s, u"moderator"_s},
                                  {u"password"_s, ServerProcess::passwordOf(u"moderator"_s)}})
            .toJson(),
        QString());
    QCOMPARE(session.status, 200);
    const QJsonObject user = session.json().value(u"user"_s).toObject();
    QCOMPARE(user.value(u"role"_s).toString(), u"moderator"_s);
    QVERIFY(QDateTime::fromString(session.json().value(u"expiresAt"_s).toString(),
                                  Qt::ISODateWithMs) > QDateTime::currentDateTimeUtc().addDays(7));

    // Signing out ends the token.
    QCOMPARE(http.send("DELETE", u"/api/v1/session"_s).status, 204);
    const Http::Response after = http.put(u"/api/v1/threads/"_s + newId(), question());
    QCOMPARE(after.status, 401);
    QCOMPARE(after.errorCode(), u"invalid_token"_s);
}

void TestServerApi::changes_pagesThroughTheWholeBoardOnce()
{
    Http http(m_server->url());
    const Http::Response categories = http.get(u"/api/v1/categories"_s);
    QCOMPARE(categories.status, 200);
    QCOMPARE(categories.json().value(u"categories"_s).toArray().size(), 10);

    const Feed whole = readFeed(http);
    QCOMPARE(whole.threads.size(), 44);
    QCOMPARE(whole.answers.size(), 111);
    QCOMPARE(whole.categories.size(), 10);
    QCOMPARE(whole.users.size(), 43 + 3);
    QVERIFY(whole.tombstones.isEmpty());

    // Small pages see every row exactly once.
    QList<QString> seen;
    QString cursor;
    bool more = true;
    int pages = 0;
    while (more && pages < 1000) {
        const QJsonObject page = http.get(u"/api/v1/changes?limit=7&cursor="_s + cursor).json();
        for (const QJsonValue &v : page.value(u"changes"_s).toArray()) {
            const QJsonObject c = v.toObject();
            seen.append(c.value(u"kind"_s).toString() + u':' +
                        c.value(u"data"_s).toObject().value(u"id"_s).toVariant().toString());
        }
        QVERIFY(page.value(u"cursor"_s).toString().toLongLong() >= cursor.toLongLong());
        cursor = page.value(u"cursor"_s).toString();
        more = page.value(u"hasMore"_s).toBool();
        ++pages;
    }
    QCOMPARE(seen.size(), 44 + 111 + 10 + 46);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
    QCOMPARE(pages, (seen.size() + 6) / 7);

    // Up to date: an empty page with the same cursor.
    const QJsonObject last = http.get(u"/api/v1/changes?cursor="_s + cursor).json();
    QVERIFY(last.value(u"changes"_s).toArray().isEmpty());
    QCOMPARE(last.value(u"cursor"_s).toString(), cursor);
    QCOMPARE(last.value(u"latest"_s).toString(), cursor);
    QVERIFY(!last.value(u"hasMore"_s).toBool());
}

void TestServerApi::changes_aFailedLookupIsAnErrorNotADelete()
{
    // A reader that has everything, then one new answer.
    Http http(m_server->url());
    const Feed before = readFeed(http);
    QVERIFY(before.tombstones.isEmpty());
    QString thread;
    for (const QJsonObject &t : before.threads) {
        if (t.value(u"status"_s).toString() == u"open"_s)
            thread = t.value(u"id"_s).toString();
    }
    QVERIFY(!thread.isEmpty());
    Http helper(m_server->url());
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    const QString answer = newId();
    QCOMPARE(helper
                 .put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, answer),
                      QJsonObject{{u"body"_s, u"見積もりは二通りお出しできます。"_s}})
                 .status,
             201);

    // The answers cannot be read (a damaged table, a lost connection): the reader gets an error
    // it retries, never the answer as a delete.
    QVERIFY(m_server->execute(u"ALTER TABLE answers RENAME TO answers_away"_s));
    for (const QString &from : {before.cursor, QString()}) {
        const Http::Response broken = http.get(u"/api/v1/changes?cursor="_s + from);
        QCOMPARE(broken.status, 500);
        QCOMPARE(broken.errorCode(), u"internal"_s);
        QVERIFY2(!broken.body.contains("\"delete\""), broken.body.constData());
    }

    // Mended, the same cursor brings the answer as it is.
    QVERIFY(m_server->execute(u"ALTER TABLE answers_away RENAME TO answers"_s));
    const Feed after = readFeed(http, before.cursor);
    QVERIFY(after.tombstones.isEmpty());
    QVERIFY(after.answers.contains(answer));
}

void TestServerApi::changes_refusesBadCursorsAndLimits_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("limit 0") << u"limit=0"_s << 400 << u"invalid_limit"_s;
    QTest::newRow("limit 1001") << u"limit=1001"_s << 400 << u"invalid_limit"_s;
    QTest::newRow("limit words") << u"limit=many"_s << 400 << u"invalid_limit"_s;
    QTest::newRow("cursor words") << u"cursor=abc"_s << 400 << u"invalid_cursor"_s;
    QTest::newRow("cursor negative") << u"cursor=-5"_s << 400 << u"invalid_cursor"_s;
    QTest::newRow("cursor huge") << u"cursor=99999999999999999999999"_s << 400
                                 << u"invalid_cursor"_s;
    QTest::newRow("cursor from the future") << u"cursor=999999"_s << 410 << u"cursor_expired"_s;
    QTest::newRow("limit 1000") << u"limit=1000"_s << 200 << QString();
}

void TestServerApi::changes_refusesBadCursorsAndLimits()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    Http http(m_server->url());
    const Http::Response r = http.get(u"/api/v1/changes?"_s + query);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    if (status == 410)
        QVERIFY(r.json().value(u"reset"_s).toBool());
}

void TestServerApi::putThread_isIdempotentOnItsUuid()
{
    Http http(m_server->url());
    http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    const QString id = newId();
    const Http::Response created = http.put(u"/api/v1/threads/"_s + id, question());
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value(u"id"_s).toString(), id);
    QCOMPARE(created.json().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(created.json().value(u"urgency"_s).toString(), u"urgent"_s);

    const Http::Response again = http.put(u"/api/v1/threads/"_s + id, question());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json(), created.json());

    const Http::Response other = http.put(u"/api/v1/threads/"_s + id, question(u"別の題"_s));
    QCOMPARE(other.status, 409);
    QCOMPARE(other.errorCode(), u"id_in_use"_s);

    // Another user reusing the id gets 409 too.
    Http helper(m_server->url());
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    QCOMPARE(helper.put(u"/api/v1/threads/"_s + id, question()).status, 409);

    const Feed feed = readFeed(http);
    QCOMPARE(feed.threads.size(), 45);
    QCOMPARE(feed.threads.value(id).value(u"title"_s).toString(),
             question().value(u"title"_s).toString());
}

void TestServerApi::answer_bestAnswer_thanks_followTheBoardsRules()
{
    Http asker(m_server->url()), helper(m_server->url()), other(m_server->url());
    asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    other.login(u"moderator"_s, ServerProcess::passwordOf(u"moderator"_s));
    const QString thread = newId(), answer = newId(), ownAnswer = newId();
    const QString base = u"/api/v1/threads/"_s + thread;
    QCOMPARE(asker.put(base, question()).status, 201);

    // Thanks before a best answer: refused.
    QCOMPARE(asker.put(base + u"/thanks"_s, {{u"body"_s, u"ありがとう"_s}}).errorCode(),
             u"no_best_answer"_s);

    const Http::Response answered =
        helper.put(base + u"/answers/"_s + answer, {{u"body"_s, u"相場は3万円からです。"_s}});
    QCOMPARE(answered.status, 201);
    QCOMPARE(answered.json().value(u"threadId"_s).toString(), thread);
    QCOMPARE(helper.put(base + u"/answers/"_s + answer, {{u"body"_s, u"相場は3万円からです。"_s}})
                 .status,
             200);
    QCOMPARE(helper.put(base + u"/answers/"_s + answer, {{u"body"_s, u"別の回答"_s}}).status, 409);
    QCOMPARE(asker.put(base + u"/answers/"_s + ownAnswer, {{u"body"_s, u"補足です。"_s}}).status,
             201);

    // Only the asker chooses, and not their own answer.
    const Http::Response notAsker =
        helper.post(base + u"/best-answer"_s, {{u"answerId"_s, answer}});
    QCOMPARE(notAsker.status, 403);
    QCOMPARE(notAsker.errorCode(), u"not_asker"_s);
    QCOMPARE(asker.post(base + u"/best-answer"_s, {{u"answerId"_s, ownAnswer}}).errorCode(),
             u"own_answer"_s);
    QCOMPARE(asker.post(base + u"/best-answer"_s, {{u"answerId"_s, newId()}}).errorCode(),
             u"unknown_answer"_s);
    const Http::Response chosen = asker.post(base + u"/best-answer"_s, {{u"answerId"_s, answer}});
    QCOMPARE(chosen.status, 200);
    QCOMPARE(chosen.json().value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(chosen.json().value(u"bestAnswerId"_s).toString(), answer);
    QCOMPARE(chosen.json().value(u"answerCount"_s).toInt(), 2);
    QCOMPARE(asker.post(base + u"/best-answer"_s, {{u"answerId"_s, answer}}).status, 200);

    // A resolved thread takes no more answers.
    const Http::Response late =
        other.put(base + u"/answers/"_s + newId(), {{u"body"_s, u"遅れて回答"_s}});
    QCOMPARE(late.status, 409);
    QCOMPARE(late.errorCode(), u"thread_not_open"_s);

    // Thanks: the asker only, once.
    QCOMPARE(helper.put(base + u"/thanks"_s, {{u"body"_s, u"ありがとう"_s}}).status, 403);
    const Http::Response thanks =
        asker.put(base + u"/thanks"_s, {{u"body"_s, u"助かりました！"_s}});
    QCOMPARE(thanks.status, 201);
    QCOMPARE(thanks.json().value(u"thanks"_s).toObject().value(u"body"_s).toString(),
             u"助かりました！"_s);
    QCOMPARE(asker.put(base + u"/thanks"_s, {{u"body"_s, u"助かりました！"_s}}).status, 200);
    QCOMPARE(asker.put(base + u"/thanks"_s, {{u"body"_s, u"書き直し"_s}}).errorCode(),
             u"thanks_exists"_s);

    const Feed feed = readFeed(asker);
    const QJsonObject t = feed.threads.value(thread);
    QCOMPARE(t.value(u"status"_s).toString(), u"resolved"_s);
    QVERIFY(t.value(u"version"_s).toInt() >= 4);
    QVERIFY(feed.answers.contains(answer));
}

void TestServerApi::answer_keepsEveryCharacterOfItsBody()
{
    // On PostgreSQL an answer's writes go as statement text, values written in by the server:
    // whatever the body holds comes back as it was sent, and writes nothing else.
    Http asker(m_server->url()), helper(m_server->url());
    asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    const QString thread = newId();
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    const QStringList bodies = {
        u"It's 3万円 'quoted' and \\'escaped\\'"_s,
        u"$1 $$ :now :kind_0 ?; COMMIT; DELETE FROM answers; --"_s,
        u"改行\n\tタブ ＼円記号 \\x41 E'\\n' 🙂"_s,
    };
    QStringList ids;
    for (const QString &body : bodies) {
        ids.append(newId());
        QCOMPARE(helper
                     .put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, ids.constLast()),
                          {{u"body"_s, body}})
                     .status,
                 201);
    }
    const Feed feed = readFeed(asker);
    for (qsizetype i = 0; i < bodies.size(); ++i)
        QCOMPARE(feed.answers.value(ids.at(i)).value(u"body"_s).toString(), bodies.at(i));
    QCOMPARE(feed.threads.value(thread).value(u"answerCount"_s).toInt(), 3);
    // The asker was told of each.
    QCOMPARE(m_server
                 ->scalar(u"SELECT COUNT(*) FROM notifications WHERE thread_id = '%1' AND kind = "
                          "'answer'"_s.arg(thread))
                 .toInt(),
             3);
}

void TestServerApi::views_countOncePerUserPerDay()
{
    Http asker(m_server->url()), helper(m_server->url());
    asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    const QString thread = newId();
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(asker.send("POST", u"/api/v1/threads/%1/views"_s.arg(thread)).status, 204);
        QCOMPARE(helper.send("POST", u"/api/v1/threads/%1/views"_s.arg(thread)).status, 204);
    }
    QCOMPARE(readFeed(asker).threads.value(thread).value(u"viewCount"_s).toInt(), 2);
    QCOMPARE(Http(m_server->url()).send("POST", u"/api/v1/threads/%1/views"_s.arg(thread)).status,
             401);
}

void TestServerApi::reports_areFiledOnce()
{
    Http member(m_server->url());
    member.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    const QString thread = readFeed(member).threads.keys().first();
    const QString id = newId();
    const QJsonObject report{{u"targetKind"_s, u"thread"_s},
                             {u"targetId"_s, thread},
                             {u"reason"_s, u"contact_outside"_s},
                             {u"note"_s, u"LINEに誘導しています"_s}};
    const Http::Response filed = member.put(u"/api/v1/reports/"_s + id, report);
    QCOMPARE(filed.status, 201);
    QCOMPARE(filed.json().value(u"status"_s).toString(), u"received"_s);
    QCOMPARE(member.put(u"/api/v1/reports/"_s + id, report).status, 200);
    // Reporting the post again edits the member's one report, under its first id.
    QJsonObject other = report;
    other[u"note"_s] = u"別の理由"_s;
    const Http::Response edited = member.put(u"/api/v1/reports/"_s + id, other);
    QCOMPARE(edited.status, 200);
    QCOMPARE(edited.json().value(u"note"_s).toString(), u"別の理由"_s);
    const Http::Response again = member.put(u"/api/v1/reports/"_s + newId(), report);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"id"_s).toString(), id);
    QCOMPARE(again.json().value(u"note"_s).toString(), u"LINEに誘導しています"_s);
    other = report;
    other[u"targetId"_s] = newId();
    QCOMPARE(member.put(u"/api/v1/reports/"_s + newId(), other).status, 404);
    other = report;
    other[u"reason"_s] = u"boring"_s;
    QCOMPARE(member.put(u"/api/v1/reports/"_s + newId(), other).errorCode(), u"invalid_field"_s);
    QCOMPARE(Http(m_server->url()).put(u"/api/v1/reports/"_s + newId(), report).status, 401);
    QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM reports WHERE id = '%1'"_s.arg(id)).toInt(),
             1);
    // Reports never show in the feed.
    const Feed feed = readFeed(member);
    QVERIFY(!feed.threads.contains(id) && !feed.answers.contains(id));
}

void TestServerApi::contactDetails_fileASystemReport()
{
    Http asker(m_server->url());
    asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    const QString clean = newId(), dirty = newId(), answer = newId();
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + clean, question()).status, 201);
    QJsonObject q = question(u"急ぎの相談です"_s);
    q[u"body"_s] = u"詳しくはＬＩＮＥで。ID：ｓｈｏｐ１２３４ までお願いします"_s;
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + dirty, q).status, 201);
    Http helper(m_server->url());
    helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s));
    QCOMPARE(helper
                 .put(u"/api/v1/threads/%1/answers/%2"_s.arg(clean, answer),
                      {{u"body"_s, u"電話 090-1234-5678 でご相談ください"_s}})
                 .status,
             201);
    auto reportsOn = [&](const QString &target) {
        return m_server
            ->scalar(u"SELECT COUNT(*) FROM reports WHERE target_id = '%1' AND reporter_id IS NULL "
                     "AND reason = 'contact_outside'"_s.arg(target))
            .toInt();
    };
    QCOMPARE(reportsOn(clean), 0);
    QCOMPARE(reportsOn(dirty), 1);
    QCOMPARE(reportsOn(answer), 1);
    // The item names the answer's author: the answer was written before its report was read.
    QCOMPARE(m_server
                 ->scalar(u"SELECT u.login FROM moderation_items m JOIN users u ON u.id = "
                          "m.author_id WHERE m.target_id = '%1'"_s.arg(answer))
                 .toString(),
             u"helper"_s);
    QVERIFY(m_server->scalar(u"SELECT note FROM reports WHERE target_id = '%1'"_s.arg(dirty))
                .toString()
                .contains(u"line_id"_s));
    // The same request again files nothing more.
    QCOMPARE(asker.put(u"/api/v1/threads/"_s + dirty, q).status, 200);
    QCOMPARE(reportsOn(dirty), 1);
}

void TestServerApi::hiddenPosts_areTombstonesForMembersOnly()
{
    Http member(m_server->url()), moderator(m_server->url());
    member.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    moderator.login(u"moderator"_s, ServerProcess::passwordOf(u"moderator"_s));
    const Feed before = readFeed(member);
    const QString thread = before.threads.keys().first();
    const QJsonObject original = before.threads.value(thread);
    QStringList answers;
    for (auto it = before.answers.cbegin(); it != before.answers.cend(); ++it) {
        if (it->value(u"threadId"_s).toString() == thread)
            answers.append(it.key());
    }

    const ServerProcess::Run hid =
        m_server->command({u"hide"_s, thread, u"--reason"_s, u"連絡先の交換"_s});
    QCOMPARE(hid.exitCode, 0);
    const Feed memberAfter = readFeed(member, before.cursor);
    QVERIFY(memberAfter.tombstones.contains(u"thread:"_s + thread));
    for (const QString &a : answers)
        QVERIFY(memberAfter.tombstones.contains(u"answer:"_s + a));
    QVERIFY(!readFeed(member).threads.contains(thread)); // and from the start too
    const Feed moderatorAfter = readFeed(moderator, before.cursor);
    QVERIFY(moderatorAfter.threads.value(thread).value(u"hidden"_s).toBool());
    QVERIFY(moderatorAfter.tombstones.isEmpty());

    // Nobody but a moderator may answer it now.
    QCOMPARE(
        member
            .put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()), {{u"body"_s, u"回答"_s}})
            .status,
        404);

    QCOMPARE(m_server->command({u"restore"_s, thread}).exitCode, 0);
    const Feed restored = readFeed(member, memberAfter.cursor);
    QVERIFY(restored.threads.contains(thread));
    QCOMPARE(restored.threads.value(thread).value(u"title"_s), original.value(u"title"_s));
    for (const QString &a : answers)
        QVERIFY(restored.answers.contains(a));
    QCOMPARE(m_server->command({u"hide"_s, newId(), u"--reason"_s, u"x"_s}).exitCode, 1);
}

void TestServerApi::prune_sendsOldCursorsBackToTheStart()
{
    Http member(m_server->url());
    const Feed before = readFeed(member);
    const QString early = u"5"_s;
    const QString thread = before.threads.keys().first();
    QCOMPARE(m_server->command({u"hide"_s, thread, u"--reason"_s, u"spam"_s}).exitCode, 0);
    const ServerProcess::Run pruned = m_server->command({u"prune"_s, u"--older-than"_s, u"0"_s});
    QCOMPARE(pruned.exitCode, 0);
    QVERIFY2(pruned.out.contains(u"deleted 1 hidden threads"_s), qPrintable(pruned.out));

    const Http::Response old = member.get(u"/api/v1/changes?cursor="_s + early);
    QCOMPARE(old.status, 410);
    QVERIFY(old.json().value(u"reset"_s).toBool());
    // From the start, the board is whole without the pruned thread.
    const Feed fresh = readFeed(member);
    QCOMPARE(fresh.threads.size(), 43);
    QVERIFY(!fresh.threads.contains(thread));
    // A client whose cursor is past the dropped tombstones goes on as before.
    QCOMPARE(member.get(u"/api/v1/changes?cursor="_s + before.cursor).status, 410);
    QCOMPARE(member.get(u"/api/v1/changes?cursor="_s + fresh.cursor).status, 200);
}

QTEST_GUILESS_MAIN(TestServerApi)
#include "tst_server_api.moc"
