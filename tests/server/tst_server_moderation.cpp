// The moderators' routes against the real soudan-server on SQLite or PostgreSQL
// ($SOUDAN_TEST_BACKEND): who may call them, what they do to the board, and how two moderators
// acting at once are kept from overwriting each other.

#include "tests/server/moderationsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;

using namespace ModerationSupport;

class TestServerModeration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyModeratorRoute_checksTheRole();
    void reportsOnOnePost_areOneItem_orderedByPriority();
    void reportsAndAudit_neverReachMembers();
    void twoModerators_oneWins_theOtherSeesWhatChanged();
    void hide_isATombstoneForMembers_andRestoreBringsItBack();
    void everyAction_isInTheAuditTimeline();
    void authorHistory_followsEachDecision_onEveryItemOfTheAuthor();
    void dismissedItem_opensAgainOnANewReport();
    void badInput_getsItsError();

private:
    // The asker's new thread, reported by the helper: the item's id.
    QString reportedThread(const QString &reason = u"spam"_s);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_asker, m_helper, m_moderator;
};

void TestServerModeration::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerModeration::init()
{
    QVERIFY(startWithMembers(m_server, m_asker, m_helper, m_moderator, {u"second"_s}));
}

void TestServerModeration::cleanup()
{
    m_asker.reset();
    m_helper.reset();
    m_moderator.reset();
    m_server.reset();
}

QString TestServerModeration::reportedThread(const QString &reason)
{
    const QString thread = newId();
    const Http::Response asked = m_asker->put(
        u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 11},
                                         {u"title"_s, u"納期の相談 %1"_s.arg(thread.left(8))},
                                         {u"body"_s, u"三日で仕上げてほしいと言われました。"_s},
                                         {u"urgency"_s, u"calm"_s}});
    if (asked.status != 201)
        qWarning() << "ask:" << asked.status << asked.body;
    const Http::Response filed = m_helper->put(u"/api/v1/reports/"_s + newId(),
                                               report(u"thread"_s, thread, reason, u"宣伝です"_s));
    if (filed.status != 201)
        qWarning() << "report:" << filed.status << filed.body;
    return thread;
}

void TestServerModeration::everyModeratorRoute_checksTheRole()
{
    struct Route
    {
        QByteArray method;
        QString path; // %1: the item
        QJsonObject body;
        int moderatorStatus;
    };
    // The moderator's expected answers, in this order on one item: a restore of a post that is
    // not hidden is refused by the board, past the role check.
    const QList<Route> routes = {
        {"GET", u"/api/v1/reports"_s, {}, 200},
        {"GET", u"/api/v1/reports?status=new"_s, {}, 200},
        {"GET", u"/api/v1/reports/%1"_s, {}, 200},
        {"POST", u"/api/v1/reports/%1/notes"_s, {{u"note"_s, u"確認中"_s}}, 200},
        {"POST",
         u"/api/v1/reports/%1/warn"_s,
         {{u"message"_s, u"外部連絡先の掲載は禁止です"_s}},
         200},
        {"POST", u"/api/v1/reports/%1/restore"_s, {{u"version"_s, 1}, {u"reason"_s, u""_s}}, 409},
        {"POST", u"/api/v1/reports/%1/claim"_s, {{u"version"_s, 1}}, 200},
        {"POST",
         u"/api/v1/reports/%1/resolve"_s,
         {{u"version"_s, 2}, {u"action"_s, u"dismiss"_s}, {u"reason"_s, u"not_a_violation"_s}},
         200},
    };
    const QString item = reportedThread();
    Http anonymous(m_server->url());
    struct Caller
    {
        const char *name;
        Http *http;
        int status;
    };
    // The helper filed the report; the asker wrote the post: neither may see it.
    const QList<Caller> outsiders = {{"anonymous", &anonymous, 401},
                                     {"member (reporter)", m_helper.get(), 403},
                                     {"another member (author)", m_asker.get(), 403}};
    for (const Route &route : routes) {
        const QString path = route.path.contains(u"%1"_s) ? route.path.arg(item) : route.path;
        const QByteArray body = route.method == "GET"
                                    ? QByteArray()
                                    : QJsonDocument(route.body).toJson(QJsonDocument::Compact);
        for (const Caller &caller : outsiders) {
            const Http::Response r = caller.http->send(route.method, path, body);
            QVERIFY2(r.status == caller.status,
                     qPrintable(u"%1 %2 as %3: %4 %5"_s
                                    .arg(QString::fromLatin1(route.method), path,
                                         QString::fromLatin1(caller.name))
                                    .arg(r.status)
                                    .arg(QString::fromUtf8(r.body))));
            // A refusal shows nothing of the item.
            QVERIFY(!r.body.contains("宣伝です") && !r.json().contains(u"item"_s));
        }
        const Http::Response r = m_moderator->send(route.method, path, body);
        QVERIFY2(
            r.status == route.moderatorStatus,
            qPrintable(u"%1 %2 as moderator: %3 %4"_s.arg(QString::fromLatin1(route.method), path)
                           .arg(r.status)
                           .arg(QString::fromUtf8(r.body))));
    }
    // Refused calls changed nothing: only the moderator's actions are in the timeline.
    const QJsonObject now = m_moderator->get(u"/api/v1/reports/"_s + item).json();
    QCOMPARE(actions(now),
             (QStringList{u"reported"_s, u"note"_s, u"warned"_s, u"claimed"_s, u"dismissed"_s}));
    QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM user_warnings"_s).toInt(), 1);
}

void TestServerModeration::reportsOnOnePost_areOneItem_orderedByPriority()
{
    const QString once = reportedThread(u"other"_s);
    const QString twice = reportedThread(u"spam"_s);
    QCOMPARE(m_asker
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, twice, u"harassment"_s, u"言葉がきつい"_s))
                 .status,
             201);
    // An answer with a LINE ID: the server's contact guard reports it itself.
    const QString answer = newId();
    QCOMPARE(m_helper
                 ->put(u"/api/v1/threads/%1/answers/%2"_s.arg(once, answer),
                       {{u"body"_s, u"詳しくはLINEで。ID: soudan_helper です"_s}})
                 .status,
             201);

    const Http::Response listed = m_moderator->get(u"/api/v1/reports?status=new"_s);
    QCOMPARE(listed.status, 200);
    QHash<QString, QJsonObject> items;
    QStringList order;
    for (const QJsonValue &v : listed.json().value(u"items"_s).toArray()) {
        items.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        order.append(v.toObject().value(u"id"_s).toString());
    }
    QCOMPARE(order.last(), once); // the least urgent last
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.value(twice).value(u"reports"_s).toArray().size(), 2);
    QCOMPARE(items.value(once).value(u"reports"_s).toArray().size(), 1);
    const QJsonObject system = items.value(answer);
    QCOMPARE(system.value(u"targetKind"_s).toString(), u"answer"_s);
    QCOMPARE(system.value(u"threadId"_s).toString(), once);
    const QJsonObject guard = system.value(u"reports"_s).toArray().first().toObject();
    QVERIFY(guard.value(u"reporterId"_s).isNull());
    QCOMPARE(guard.value(u"reason"_s).toString(), u"contact_outside"_s);
    // Two reports weigh more than one; the contact guard's weighs more than a member's.
    QVERIFY(items.value(twice).value(u"priority"_s).toInt() >
            items.value(once).value(u"priority"_s).toInt());
    QVERIFY(items.value(answer).value(u"priority"_s).toInt() >
            items.value(once).value(u"priority"_s).toInt());
    QCOMPARE(m_moderator->get(u"/api/v1/reports?status=resolved"_s)
                 .json()
                 .value(u"items"_s)
                 .toArray()
                 .size(),
             0);
}

void TestServerModeration::reportsAndAudit_neverReachMembers()
{
    const QString item = reportedThread();
    QCOMPARE(
        m_moderator->post(u"/api/v1/reports/%1/notes"_s.arg(item), {{u"note"_s, u"常連の投稿者"_s}})
            .status,
        200);
    const Feed member = readFeed(*m_helper);
    QVERIFY(member.threads.contains(item));
    QVERIFY(member.reports.isEmpty());
    const Http::Response raw = m_helper->get(u"/api/v1/changes?limit=1000"_s);
    QVERIFY(!raw.body.contains("\"report\"") && !raw.body.contains("常連の投稿者"));
    Http anonymous(m_server->url());
    QVERIFY(readFeed(anonymous).reports.isEmpty());

    const Feed moderator = readFeed(*m_moderator);
    QVERIFY(moderator.reports.contains(item));
    QCOMPARE(actions(moderator.reports.value(item)), (QStringList{u"reported"_s, u"note"_s}));
}

void TestServerModeration::twoModerators_oneWins_theOtherSeesWhatChanged()
{
    const QString item = reportedThread();
    Http second(m_server->url());
    QVERIFY(!second.login(u"second"_s, ServerProcess::passwordOf(u"second"_s)).isEmpty());
    // Both see version 1; the first claims it.
    const QJsonObject seen = second.get(u"/api/v1/reports/"_s + item).json();
    QCOMPARE(seen.value(u"version"_s).toInt(), 1);
    const Http::Response claimed =
        m_moderator->post(u"/api/v1/reports/%1/claim"_s.arg(item), {{u"version"_s, 1}});
    QCOMPARE(claimed.status, 200);
    QCOMPARE(claimed.json().value(u"status"_s).toString(), u"claimed"_s);
    QCOMPARE(claimed.json().value(u"claimedByName"_s).toString(), u"moderator"_s);

    // The second hides on what it saw: refused, with the item as it is now.
    const Http::Response stale =
        second.post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                    {{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.errorCode(), u"stale"_s);
    const QJsonObject current = stale.json().value(u"item"_s).toObject();
    QCOMPARE(current.value(u"claimedByName"_s).toString(), u"moderator"_s);
    QCOMPARE(current.value(u"version"_s).toInt(), 2);
    // Up to date, it still may not take over a claim that holds.
    const Http::Response held =
        second.post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                    {{u"version"_s, 2}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(held.status, 409);
    QCOMPARE(held.errorCode(), u"claimed"_s);
    // The holder decides; the post stays visible, and the second's attempts left no trace.
    const Http::Response dismissed = m_moderator->post(
        u"/api/v1/reports/%1/resolve"_s.arg(item),
        {{u"version"_s, 2}, {u"action"_s, u"dismiss"_s}, {u"reason"_s, u"duplicate"_s}});
    QCOMPARE(dismissed.status, 200);
    QCOMPARE(dismissed.json().value(u"resolution"_s).toString(), u"dismissed"_s);
    QCOMPARE(actions(dismissed.json()), (QStringList{u"reported"_s, u"claimed"_s, u"dismissed"_s}));
    QVERIFY(readFeed(*m_helper).threads.contains(item));

    // Both decide on the same version of a new item: exactly one wins.
    const QString raced = reportedThread();
    const QJsonObject hide{{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}};
    const Http::Response a = m_moderator->post(u"/api/v1/reports/%1/resolve"_s.arg(raced), hide);
    const Http::Response b = second.post(u"/api/v1/reports/%1/resolve"_s.arg(raced), hide);
    QCOMPARE(QList<int>({a.status, b.status}), (QList<int>{200, 409}));
}

void TestServerModeration::hide_isATombstoneForMembers_andRestoreBringsItBack()
{
    const QString item = reportedThread();
    const Feed before = readFeed(*m_helper);
    QVERIFY(before.threads.contains(item));

    const Http::Response hidden =
        m_moderator->post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                          {{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(hidden.status, 200);
    QCOMPARE(hidden.json().value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(hidden.json().value(u"resolution"_s).toString(), u"hidden"_s);
    const Feed after = readFeed(*m_helper, before.cursor);
    QVERIFY(after.gone.contains(item));
    QVERIFY(!after.threads.contains(item));
    // The moderator still has the post, marked hidden; nobody answers it any more.
    QVERIFY(readFeed(*m_moderator).threads.value(item).value(u"hidden"_s).toBool());
    const QJsonObject answer{{u"body"_s, u"まだ回答できますか"_s}};
    const Http::Response byModerator =
        m_moderator->put(u"/api/v1/threads/%1/answers/%2"_s.arg(item, newId()), answer);
    QCOMPARE(byModerator.status, 409);
    QCOMPARE(byModerator.errorCode(), u"thread_hidden"_s);
    QCOMPARE(m_helper->put(u"/api/v1/threads/%1/answers/%2"_s.arg(item, newId()), answer).status,
             404);

    const Http::Response restored = m_moderator->post(
        u"/api/v1/reports/%1/restore"_s.arg(item),
        {{u"version"_s, hidden.json().value(u"version"_s).toInt()}, {u"reason"_s, u"誤判定"_s}});
    QCOMPARE(restored.status, 200);
    QCOMPARE(restored.json().value(u"resolution"_s).toString(), u"restored"_s);
    const Feed back = readFeed(*m_helper, after.cursor);
    QVERIFY(back.threads.contains(item));
    QVERIFY(!back.gone.contains(item));
    QCOMPARE(back.threads.value(item).value(u"hidden"_s).toBool(), false);
}

void TestServerModeration::everyAction_isInTheAuditTimeline()
{
    const QString item = reportedThread();
    QCOMPARE(m_moderator->post(u"/api/v1/reports/%1/claim"_s.arg(item), {{u"version"_s, 1}}).status,
             200);
    QCOMPARE(m_moderator->post(u"/api/v1/reports/%1/notes"_s.arg(item), {{u"note"_s, u"二回目"_s}})
                 .status,
             200);
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/warn"_s.arg(item),
                        {{u"message"_s, u"宣伝目的の投稿はご遠慮ください"_s}})
                 .status,
             200);
    const Http::Response hidden = m_moderator->post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                                                    {{u"version"_s, 2},
                                                     {u"action"_s, u"hide"_s},
                                                     {u"reason"_s, u"spam"_s},
                                                     {u"note"_s, u"同じ宣伝の三回目"_s}});
    QCOMPARE(hidden.status, 200);
    const QJsonArray audit = hidden.json().value(u"audit"_s).toArray();
    QCOMPARE(actions(hidden.json()),
             (QStringList{u"reported"_s, u"claimed"_s, u"note"_s, u"warned"_s, u"hidden"_s}));
    const QJsonObject last = audit.last().toObject();
    QCOMPARE(last.value(u"moderatorName"_s).toString(), u"moderator"_s);
    QVERIFY(last.value(u"detail"_s).toString().contains(u"同じ宣伝の三回目"_s));
    QVERIFY(!last.value(u"at"_s).toString().isEmpty());

    // The author's next reported post carries the history: one hidden, one warning.
    const QString next = reportedThread();
    const QJsonObject history =
        m_moderator->get(u"/api/v1/reports/"_s + next).json().value(u"authorHistory"_s).toObject();
    QCOMPARE(history.value(u"hidden"_s).toInt(), 1);
    QCOMPARE(history.value(u"warnings"_s).toInt(), 1);
}

void TestServerModeration::authorHistory_followsEachDecision_onEveryItemOfTheAuthor()
{
    const QString first = reportedThread();
    const QString second = reportedThread();
    const QString cursor = readFeed(*m_moderator).cursor;
    auto hiddenIn = [](const QJsonObject &item) {
        return item.value(u"authorHistory"_s).toObject().value(u"hidden"_s).toInt(-1);
    };
    QCOMPARE(hiddenIn(m_moderator->get(u"/api/v1/reports/"_s + second).json()), 0);

    const Http::Response hidden =
        m_moderator->post(u"/api/v1/reports/%1/resolve"_s.arg(first),
                          {{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(hidden.status, 200);
    // The decided item counts itself, and the author's other item comes again in the feed with
    // the new count, so that every moderator's cache shows it.
    QCOMPARE(hiddenIn(hidden.json()), 1);
    const Feed after = readFeed(*m_moderator, cursor);
    QVERIFY(after.reports.contains(second));
    QCOMPARE(hiddenIn(after.reports.value(second)), 1);

    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/warn"_s.arg(second),
                        {{u"message"_s, u"連絡先の記載はご遠慮ください"_s}})
                 .status,
             200);
    const Feed warned = readFeed(*m_moderator, after.cursor);
    QVERIFY(warned.reports.contains(first));
    QCOMPARE(warned.reports.value(first)
                 .value(u"authorHistory"_s)
                 .toObject()
                 .value(u"warnings"_s)
                 .toInt(),
             1);
}

void TestServerModeration::dismissedItem_opensAgainOnANewReport()
{
    const QString item = reportedThread();
    QCOMPARE(
        m_moderator
            ->post(u"/api/v1/reports/%1/resolve"_s.arg(item), {{u"version"_s, 1},
                                                               {u"action"_s, u"dismiss"_s},
                                                               {u"reason"_s, u"not_a_violation"_s}})
            .status,
        200);
    QCOMPARE(m_asker
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, item, u"personal_information"_s, u"電話番号が"_s))
                 .status,
             201);
    const QJsonObject now = m_moderator->get(u"/api/v1/reports/"_s + item).json();
    QCOMPARE(now.value(u"status"_s).toString(), u"new"_s);
    QCOMPARE(now.value(u"reports"_s).toArray().size(), 2);
    QCOMPARE(now.value(u"version"_s).toInt(), 3);
}

void TestServerModeration::badInput_getsItsError()
{
    const QString item = reportedThread();
    auto post = [&](const QString &action, const QByteArray &body) {
        return m_moderator->send("POST", u"/api/v1/reports/%1/%2"_s.arg(item, action), body);
    };
    QCOMPARE(post(u"resolve"_s, R"({"version":1,"action":"delete","reason":"spam"})").errorCode(),
             u"invalid_field"_s);
    QCOMPARE(post(u"resolve"_s, R"({"version":1,"action":"dismiss","reason":"bored"})").errorCode(),
             u"invalid_field"_s);
    QCOMPARE(post(u"claim"_s, R"({"version":"one"})").errorCode(), u"invalid_field"_s);
    QCOMPARE(post(u"claim"_s, R"({"version":1,"extra":true})").errorCode(), u"invalid_field"_s);
    QCOMPARE(post(u"notes"_s, R"({"note":""})").errorCode(), u"invalid_field"_s);
    QCOMPARE(post(u"notes"_s, "{not json").status, 400);
    QCOMPARE(m_moderator->get(u"/api/v1/reports?status=everything"_s).status, 400);
    QCOMPARE(m_moderator->get(u"/api/v1/reports/not-a-uuid"_s).status, 400);
    QCOMPARE(m_moderator->get(u"/api/v1/reports/"_s + newId()).status, 404);
    QCOMPARE(
        m_moderator->post(u"/api/v1/reports/%1/claim"_s.arg(newId()), {{u"version"_s, 1}}).status,
        404);
    // Nothing above changed the item.
    QCOMPARE(m_moderator->get(u"/api/v1/reports/"_s + item).json().value(u"version"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServerModeration)
#include "tst_server_moderation.moc"
