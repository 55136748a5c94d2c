// What is new for each member, against the real soudan-server on SQLite or PostgreSQL
// ($SOUDAN_TEST_BACKEND): who is notified of what, that nobody else ever sees it, follow levels
// of threads and categories, read marks that only move forward, and requests that try to reach
// other members' rows.

#include "tests/support/feedreader.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject question(qint64 categoryId = 11)
{
    return {{u"categoryId"_s, categoryId},
            {u"title"_s, u"業務委託契約の途中解約について"_s},
            {u"body"_s, u"納品前に解約したいと言われました。報酬はどうなりますか。"_s},
            {u"urgency"_s, u"calm"_s}};
}

QJsonObject answer(const QString &body = u"契約書の解約条項を確認しましょう。"_s)
{
    return {{u"body"_s, body}};
}

// A member's notifications, by kind, as "kind threadId postId".
QStringList described(const FeedRead &feed)
{
    QStringList lines;
    for (const QJsonObject &n : feed.of(u"notification"_s)) {
        lines.append(n.value(u"kind"_s).toString() + u' ' + n.value(u"threadId"_s).toString() +
                     u' ' + n.value(u"postId"_s).toString());
    }
    lines.sort();
    return lines;
}

QStringList sorted(QStringList lines)
{
    lines.sort();
    return lines;
}

} // namespace

class TestServerActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void answer_notifiesTheAskerAndNobodyElse();
    void answer_notifiesWatchersAndAnswerersUnlessTheySaidOtherwise();
    void sameAnswerTwice_notifiesOnce();
    void bestAnswerAndThanks_notifyTheAnswerer();
    void watchedCategory_notifiesNewThreads_nearestLevelWins();
    void threadState_readMarkOnlyMovesForward();
    void categoryState_marksOnlyMoveForwardAndNeverPastNow();
    void notificationRead_ownOnly();
    void badRequests_getTheirError_data();
    void badRequests_getTheirError();

private:
    Http &as(const QString &user);
    qint64 idOf(const QString &user);

    std::unique_ptr<ServerProcess> m_server;
    QHash<QString, std::shared_ptr<Http>> m_clients;
    QHash<QString, qint64> m_ids;
};

void TestServerActivity::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerActivity::init()
{
    m_server = std::make_unique<ServerProcess>();
    QVERIFY(
        m_server->startDemoBoard({u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s}, {u"moderator"_s}));
}

void TestServerActivity::cleanup()
{
    m_clients.clear();
    m_ids.clear();
    m_server.reset();
}

Http &TestServerActivity::as(const QString &user)
{
    std::shared_ptr<Http> &http = m_clients[user];
    if (!http) {
        http = std::make_shared<Http>(m_server->url());
        if (!user.isEmpty()) {
            const Http::Response session = http->send(
                "POST", u"/api/v1/session"_s,
                QJsonDocument(QJsonObject{{u"user"_s, user},
                                          {u"password"_s, ServerProcess::passwordOf(user)}})
                    .toJson(),
                QString());
            http->setToken(session.json().value(u"token"_s).toString());
            m_ids.insert(
                user,
                session.json().value(u"user"_s).toObject().value(u"id"_s).toVariant().toLongLong());
        }
    }
    return *http;
}

qint64 TestServerActivity::idOf(const QString &user)
{
    as(user);
    return m_ids.value(user);
}

void TestServerActivity::answer_notifiesTheAskerAndNobodyElse()
{
    const QString thread = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    const QString ans = newId();
    QCOMPARE(as(u"bob"_s).put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, ans), answer()).status,
             201);

    const FeedRead alice = readFeed(as(u"alice"_s));
    QVERIFY(!alice.failed);
    QCOMPARE(described(alice), QStringList{u"answer %1 %2"_s.arg(thread, ans)});
    const QJsonObject n = alice.of(u"notification"_s).begin().value();
    QCOMPARE(n.value(u"actorId"_s).toVariant().toLongLong(), idOf(u"bob"_s));
    QCOMPARE(n.value(u"read"_s).toBool(), false);
    // The notification's time is the thread's last activity: a read mark up to it covers it.
    const QJsonObject t = alice.of(u"thread"_s).value(thread);
    QCOMPARE(n.value(u"at"_s).toString(), t.value(u"lastActivityAt"_s).toString());

    // The answerer, a member who follows nothing, a moderator and a reader without a token get
    // no notification at all, not even a tombstone of one.
    for (const QString &user : {u"bob"_s, u"carol"_s, u"moderator"_s, QString()}) {
        const FeedRead other = readFeed(as(user));
        QVERIFY(!other.failed);
        QCOMPARE(other.count(u"notification"_s), 0);
        QVERIFY2(other.of(u"thread"_s).contains(thread), qPrintable(user));
        for (const QString &gone : other.gone)
            QVERIFY2(!gone.startsWith(u"notification:"_s), qPrintable(gone));
    }
}

void TestServerActivity::answer_notifiesWatchersAndAnswerersUnlessTheySaidOtherwise()
{
    const QString thread = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    // carol watches the thread; bob answers first (and so follows it by answering).
    const Http::Response watch =
        as(u"carol"_s)
            .put(u"/api/v1/threads/%1/state"_s.arg(thread), {{u"level"_s, u"watching"_s}});
    QCOMPARE(watch.status, 200);
    QCOMPARE(watch.json().value(u"level"_s).toString(), u"watching"_s);
    const QString first = newId();
    QCOMPARE(
        as(u"bob"_s).put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, first), answer()).status,
        201);
    const QString cursorAlice = readFeed(as(u"alice"_s)).cursor;
    const QString cursorBob = readFeed(as(u"bob"_s)).cursor;
    const QString cursorCarol = readFeed(as(u"carol"_s)).cursor;

    const QString second = newId();
    QCOMPARE(as(u"dave"_s)
                 .put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, second), answer(u"別の回答"_s))
                 .status,
             201);
    QCOMPARE(described(readFeed(as(u"alice"_s), cursorAlice)),
             QStringList{u"answer %1 %2"_s.arg(thread, second)});
    QCOMPARE(described(readFeed(as(u"bob"_s), cursorBob)),
             QStringList{u"followed_answer %1 %2"_s.arg(thread, second)});
    QCOMPARE(described(readFeed(as(u"carol"_s), cursorCarol)),
             QStringList{u"followed_answer %1 %2"_s.arg(thread, second)});

    // The asker mutes the thread, bob sets it back to normal, carol stops watching (back to the
    // category's level): a third answer notifies only dave, who answered and said nothing.
    for (const auto &[user, level] :
         {std::pair{u"alice"_s, QJsonValue(u"muted"_s)},
          std::pair{u"bob"_s, QJsonValue(u"normal"_s)}, std::pair{u"carol"_s, QJsonValue()}}) {
        const Http::Response set =
            as(user).put(u"/api/v1/threads/%1/state"_s.arg(thread), {{u"level"_s, level}});
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(u"level"_s), level);
    }
    QHash<QString, QString> cursors;
    for (const QString &user : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s})
        cursors.insert(user, readFeed(as(user)).cursor);
    const QString third = newId();
    QCOMPARE(as(u"moderator"_s)
                 .put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, third), answer(u"三つ目"_s))
                 .status,
             201);
    for (const QString &user : {u"alice"_s, u"bob"_s, u"carol"_s})
        QCOMPARE(readFeed(as(user), cursors.value(user)).count(u"notification"_s), 0);
    QCOMPARE(described(readFeed(as(u"dave"_s), cursors.value(u"dave"_s))),
             QStringList{u"followed_answer %1 %2"_s.arg(thread, third)});

    // Each member's state row is theirs alone.
    const FeedRead carol = readFeed(as(u"carol"_s));
    QCOMPARE(carol.count(u"thread_state"_s), 1);
    QVERIFY(carol.of(u"thread_state"_s).value(thread).value(u"level"_s).isNull());
    QCOMPARE(readFeed(as(u"dave"_s)).count(u"thread_state"_s), 0);
    QCOMPARE(readFeed(as(QString())).count(u"thread_state"_s), 0);
}

void TestServerActivity::sameAnswerTwice_notifiesOnce()
{
    const QString thread = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    const QString ans = newId();
    const QString path = u"/api/v1/threads/%1/answers/%2"_s.arg(thread, ans);
    QCOMPARE(as(u"bob"_s).put(path, answer()).status, 201);
    QCOMPARE(as(u"bob"_s).put(path, answer()).status, 200);
    const QList<QPair<QByteArray, QByteArray>> key{{"Idempotency-Key", newId().toUtf8()}};
    const QString other = u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId());
    const QByteArray body = QJsonDocument(answer(u"もう一つ"_s)).toJson();
    QCOMPARE(as(u"bob"_s).send("PUT", other, body, u"<default>"_s, key).status, 201);
    QCOMPARE(as(u"bob"_s).send("PUT", other, body, u"<default>"_s, key).status, 201);
    QCOMPARE(readFeed(as(u"alice"_s)).count(u"notification"_s), 2);
}

void TestServerActivity::bestAnswerAndThanks_notifyTheAnswerer()
{
    const QString thread = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    const QString ans = newId();
    QCOMPARE(as(u"bob"_s).put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, ans), answer()).status,
             201);
    const QString cursor = readFeed(as(u"bob"_s)).cursor;
    QCOMPARE(as(u"alice"_s)
                 .post(u"/api/v1/threads/%1/best-answer"_s.arg(thread), {{u"answerId"_s, ans}})
                 .status,
             200);
    QCOMPARE(as(u"alice"_s)
                 .put(u"/api/v1/threads/%1/thanks"_s.arg(thread), {{u"body"_s, u"助かりました"_s}})
                 .status,
             201);
    const FeedRead bob = readFeed(as(u"bob"_s), cursor);
    QCOMPARE(described(bob),
             sorted({u"best_answer %1 %2"_s.arg(thread, ans), u"thanks %1 %2"_s.arg(thread, ans)}));
    // The thanks came last: its time is the thread's last activity.
    QString thanksAt;
    for (const QJsonObject &n : bob.of(u"notification"_s)) {
        QCOMPARE(n.value(u"actorId"_s).toVariant().toLongLong(), idOf(u"alice"_s));
        if (n.value(u"kind"_s).toString() == u"thanks"_s)
            thanksAt = n.value(u"at"_s).toString();
    }
    QCOMPARE(thanksAt, bob.of(u"thread"_s).value(thread).value(u"lastActivityAt"_s).toString());
    QCOMPARE(readFeed(as(u"alice"_s)).count(u"notification"_s), 1); // bob's answer only
}

void TestServerActivity::watchedCategory_notifiesNewThreads_nearestLevelWins()
{
    // carol watches the contractors' side; dave watches it too but muted category 11 in it;
    // bob watches 11 itself and mutes nothing.
    QCOMPARE(
        as(u"carol"_s).put(u"/api/v1/categories/1/state"_s, {{u"level"_s, u"watching"_s}}).status,
        200);
    QCOMPARE(
        as(u"dave"_s).put(u"/api/v1/categories/1/state"_s, {{u"level"_s, u"watching"_s}}).status,
        200);
    QCOMPARE(as(u"dave"_s).put(u"/api/v1/categories/11/state"_s, {{u"level"_s, u"muted"_s}}).status,
             200);
    QCOMPARE(
        as(u"bob"_s).put(u"/api/v1/categories/11/state"_s, {{u"level"_s, u"watching"_s}}).status,
        200);

    const QString in11 = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + in11, question(11)).status, 201);
    const QString in12 = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + in12, question(12)).status, 201);
    const QString onTheOtherSide = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + onTheOtherSide, question(21)).status, 201);
    // A thread by a watcher does not notify its own author.
    const QString byCarol = newId();
    QCOMPARE(as(u"carol"_s).put(u"/api/v1/threads/"_s + byCarol, question(13)).status, 201);

    QCOMPARE(described(readFeed(as(u"carol"_s))),
             sorted({u"new_thread %1 %1"_s.arg(in11), u"new_thread %1 %1"_s.arg(in12)}));
    QCOMPARE(described(readFeed(as(u"dave"_s))),
             sorted({u"new_thread %1 %1"_s.arg(byCarol), u"new_thread %1 %1"_s.arg(in12)}));
    QCOMPARE(described(readFeed(as(u"bob"_s))), QStringList{u"new_thread %1 %1"_s.arg(in11)});
    QCOMPARE(readFeed(as(u"alice"_s)).count(u"notification"_s), 0);

    // Category states come back to their member only, with the level as set.
    const FeedRead dave = readFeed(as(u"dave"_s));
    QCOMPARE(dave.of(u"category_state"_s).value(u"11"_s).value(u"level"_s).toString(), u"muted"_s);
    QCOMPARE(dave.of(u"category_state"_s).value(u"1"_s).value(u"level"_s).toString(),
             u"watching"_s);
    QCOMPARE(readFeed(as(u"alice"_s)).count(u"category_state"_s), 0);
}

void TestServerActivity::threadState_readMarkOnlyMovesForward()
{
    const QString thread = newId();
    const Http::Response asked = as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question());
    QCOMPARE(asked.status, 201);
    QCOMPARE(
        as(u"bob"_s).put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()), answer()).status,
        201);
    const QString last = readFeed(as(u"carol"_s))
                             .of(u"thread"_s)
                             .value(thread)
                             .value(u"lastActivityAt"_s)
                             .toString();
    const QString created = asked.json().value(u"createdAt"_s).toString();
    const QString path = u"/api/v1/threads/%1/state"_s.arg(thread);

    Http::Response r = as(u"carol"_s).put(path, {{u"readUpTo"_s, last}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"readUpTo"_s).toString(), last);
    QVERIFY(r.json().value(u"level"_s).isNull());
    // An older mark (another device that read less) changes nothing.
    r = as(u"carol"_s).put(path, {{u"readUpTo"_s, created}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"readUpTo"_s).toString(), last);
    // A mark past the thread's last activity (a clock ahead) stops at it.
    r = as(u"carol"_s).put(path, {{u"readUpTo"_s, u"2999-01-01T00:00:00.000Z"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"readUpTo"_s).toString(), last);
    // Setting a level keeps the mark.
    r = as(u"carol"_s).put(path, {{u"level"_s, u"watching"_s}});
    QCOMPARE(r.json().value(u"readUpTo"_s).toString(), last);
    const FeedRead carol = readFeed(as(u"carol"_s));
    QCOMPARE(carol.of(u"thread_state"_s).value(thread).value(u"readUpTo"_s).toString(), last);
    QCOMPARE(carol.of(u"thread_state"_s).value(thread).value(u"level"_s).toString(), u"watching"_s);
    QCOMPARE(readFeed(as(u"alice"_s)).count(u"thread_state"_s), 0);
}

void TestServerActivity::categoryState_marksOnlyMoveForwardAndNeverPastNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-5);
    Http::Response r =
        as(u"alice"_s)
            .put(u"/api/v1/categories/0/state"_s, {{u"readUpTo"_s, u"2999-01-01T00:00:00.000Z"_s},
                                                   {u"seenAt"_s, u"2999-01-01T00:00:00.000Z"_s}});
    QCOMPARE(r.status, 200);
    const QDateTime read =
        QDateTime::fromString(r.json().value(u"readUpTo"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(read >= before && read <= QDateTime::currentDateTimeUtc().addSecs(5),
             qPrintable(read.toString(Qt::ISODateWithMs)));
    QCOMPARE(r.json().value(u"seenAt"_s), r.json().value(u"readUpTo"_s));
    QCOMPARE(r.json().value(u"categoryId"_s).toInt(), 0);
    r = as(u"alice"_s)
            .put(u"/api/v1/categories/0/state"_s, {{u"readUpTo"_s, u"2020-01-01T00:00:00.000Z"_s}});
    QCOMPARE(QDateTime::fromString(r.json().value(u"readUpTo"_s).toString(), Qt::ISODateWithMs),
             read);
    // A level and a mark on a category, together.
    r = as(u"alice"_s)
            .put(u"/api/v1/categories/22/state"_s,
                 {{u"level"_s, u"muted"_s}, {u"seenAt"_s, u"2020-01-01T00:00:00.000Z"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"level"_s).toString(), u"muted"_s);
    QCOMPARE(r.json().value(u"seenAt"_s).toString(), u"2020-01-01T00:00:00.000Z"_s);
    QVERIFY(r.json().value(u"readUpTo"_s).isNull());
}

void TestServerActivity::notificationRead_ownOnly()
{
    const QString thread = newId();
    QCOMPARE(as(u"alice"_s).put(u"/api/v1/threads/"_s + thread, question()).status, 201);
    QCOMPARE(
        as(u"bob"_s).put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()), answer()).status,
        201);
    const FeedRead alice = readFeed(as(u"alice"_s));
    QCOMPARE(alice.count(u"notification"_s), 1);
    const QString id = alice.of(u"notification"_s).begin().key();
    const QString path = u"/api/v1/notifications/%1/read"_s.arg(id);

    // Someone else's notification is not found, and stays unread.
    for (const QString &user : {u"bob"_s, u"moderator"_s}) {
        const Http::Response r = as(user).send("PUT", path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"not_found"_s);
    }
    QCOMPARE(as(QString()).send("PUT", path).status, 401);
    QCOMPARE(readFeed(as(u"alice"_s), alice.cursor).count(u"notification"_s), 0);

    const Http::Response r = as(u"alice"_s).send("PUT", path);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"read"_s).toBool(), true);
    QCOMPARE(as(u"alice"_s).send("PUT", path).status, 200); // again: the same
    const FeedRead after = readFeed(as(u"alice"_s), alice.cursor);
    QCOMPARE(after.count(u"notification"_s), 1);
    QCOMPARE(after.of(u"notification"_s).value(id).value(u"read"_s).toBool(), true);
    QCOMPARE(as(u"alice"_s).send("PUT", u"/api/v1/notifications/999999/read"_s).status, 404);
}

void TestServerActivity::badRequests_getTheirError_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("path"); // {thread}: a thread of the board
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QString state = u"/api/v1/threads/{thread}/state"_s;
    QTest::newRow("no token") << QString() << state << QByteArray(R"({"level":"watching"})") << 401
                              << u"unauthorized"_s;
    QTest::newRow("empty object") << u"carol"_s << state << QByteArray("{}") << 422
                                  << u"invalid_field"_s;
    QTest::newRow("unknown field")
        << u"carol"_s << state << QByteArray(R"({"level":"watching","userId":1})") << 422
        << u"invalid_field"_s;
    QTest::newRow("unknown level")
        << u"carol"_s << state << QByteArray(R"({"level":"loud"})") << 422 << u"invalid_field"_s;
    QTest::newRow("mark not a time")
        << u"carol"_s << state << QByteArray(R"({"readUpTo":"soon"})") << 422 << u"invalid_field"_s;
    QTest::newRow("not json") << u"carol"_s << state << QByteArray("{level") << 400
                              << u"invalid_json"_s;
    QTest::newRow("unknown thread")
        << u"carol"_s << u"/api/v1/threads/%1/state"_s.arg(newId())
        << QByteArray(R"({"level":"watching"})") << 404 << u"not_found"_s;
    QTest::newRow("thread id not a uuid")
        << u"carol"_s << u"/api/v1/threads/42/state"_s << QByteArray(R"({"level":"watching"})")
        << 400 << u"invalid_id"_s;
    QTest::newRow("level on the whole board")
        << u"carol"_s << u"/api/v1/categories/0/state"_s << QByteArray(R"({"level":"muted"})")
        << 422 << u"invalid_field"_s;
    QTest::newRow("unknown category")
        << u"carol"_s << u"/api/v1/categories/999/state"_s << QByteArray(R"({"level":"muted"})")
        << 404 << u"not_found"_s;
    QTest::newRow("category not a number")
        << u"carol"_s << u"/api/v1/categories/-1/state"_s << QByteArray(R"({"level":"muted"})")
        << 400 << u"invalid_id"_s;
    QTest::newRow("notification not a number") << u"carol"_s << u"/api/v1/notifications/1e3/read"_s
                                               << QByteArray() << 400 << u"invalid_id"_s;
    QTest::newRow("notification with a body")
        << u"carol"_s << u"/api/v1/notifications/1/read"_s << QByteArray(R"({"read":false})") << 422
        << u"invalid_field"_s;
}

void TestServerActivity::badRequests_getTheirError()
{
    QFETCH(QString, user);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QString thread = readFeed(as(QString())).of(u"thread"_s).begin().key();
    const Http::Response r =
        as(user).send("PUT", QString(path).replace(u"{thread}"_s, thread), body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.errorCode(), code);
    // Nothing was changed for the member.
    if (!user.isEmpty())
        QCOMPARE(readFeed(as(user)).count(u"thread_state"_s) +
                     readFeed(as(user)).count(u"category_state"_s),
                 0);
}

QTEST_GUILESS_MAIN(TestServerActivity)
#include "tst_server_activity.moc"
