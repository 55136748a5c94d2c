// Members' reports against the real soudan-server on SQLite or PostgreSQL ($SOUDAN_TEST_BACKEND):
// one report per member per post, ids members cannot take from the server, a limit an hour, and
// what the author and the reporters hear of a decision.

#include "tests/server/moderationsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;
using namespace ModerationSupport;

class TestServerReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void repeatedReports_byOneMember_countOnce();
    void reportIds_ofTheServer_cannotBeTakenOrProbed();
    void reports_areLimitedPerMember();
    void decisions_reachTheAuthorAndTheReporters_withoutTheModerator();

private:
    // The asker's new thread, reported by the helper: the item's id.
    QString reportedThread(const QString &reason = u"spam"_s);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_asker, m_helper, m_moderator;
};

void TestServerReports::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerReports::init()
{
    QVERIFY(startWithMembers(m_server, m_asker, m_helper, m_moderator));
}

void TestServerReports::cleanup()
{
    m_asker.reset();
    m_helper.reset();
    m_moderator.reset();
    m_server.reset();
}

QString TestServerReports::reportedThread(const QString &reason)
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

void TestServerReports::repeatedReports_byOneMember_countOnce()
{
    const QString item = reportedThread();
    auto state = [&] { return m_moderator->get(u"/api/v1/reports/"_s + item).json(); };
    const QJsonObject first = state();
    const int priority = listed(*m_moderator, item).value(u"priority"_s).toInt();
    QVERIFY(priority > 0);
    // Thirty more reports of the helper's on the same post: one report, edited; the item keeps
    // its version (no moderator's decision goes stale) and its priority.
    for (int i = 0; i < 30; ++i) {
        const Http::Response again =
            m_helper->put(u"/api/v1/reports/"_s + newId(),
                          report(u"thread"_s, item, u"spam"_s, u"何度も %1"_s.arg(i)));
        QCOMPARE(again.status, 200);
    }
    const QJsonObject after = state();
    QCOMPARE(after.value(u"version"_s).toInt(), first.value(u"version"_s).toInt());
    QCOMPARE(listed(*m_moderator, item).value(u"priority"_s).toInt(), priority);
    QCOMPARE(after.value(u"reports"_s).toArray().size(), 1);
    QCOMPARE(after.value(u"reports"_s).toArray().first()[u"note"_s].toString(), u"何度も 29"_s);

    // Dismissed, the item opens again only on another member's report.
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                        {{u"version"_s, after.value(u"version"_s).toInt()},
                         {u"action"_s, u"dismiss"_s},
                         {u"reason"_s, u"not_a_violation"_s}})
                 .status,
             200);
    QCOMPARE(m_helper
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, item, u"harassment"_s, u"もう一度"_s))
                 .status,
             200);
    QCOMPARE(state().value(u"status"_s).toString(), u"resolved"_s);
    QCOMPARE(m_asker
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, item, u"spam"_s, u"別の会員"_s))
                 .status,
             201);
    QCOMPARE(state().value(u"status"_s).toString(), u"new"_s);
}

void TestServerReports::reportIds_ofTheServer_cannotBeTakenOrProbed()
{
    // The contact check's report on a post has an id made from the post's: a member who knows it
    // can neither file under it first nor tell from the answer whether the post was flagged.
    const QString thread = reportedThread();
    const QString flagged = newId(), clean = newId();
    QCOMPARE(m_helper
                 ->put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, flagged),
                       {{u"body"_s, u"詳しくはLINEで。ID: shop1234 まで"_s}})
                 .status,
             201);
    QCOMPARE(m_helper
                 ->put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, clean),
                       {{u"body"_s, u"相場は五万円ほどです。"_s}})
                 .status,
             201);
    for (const QString &answer : {flagged, clean}) {
        const QString systemId = QUuid::createUuidV5(QUuid::fromString(answer), u"contact-guard"_s)
                                     .toString(QUuid::WithoutBraces);
        const Http::Response taken = m_helper->put(u"/api/v1/reports/"_s + systemId,
                                                   report(u"answer"_s, answer, u"other"_s));
        QCOMPARE(taken.status, 422);
        QCOMPARE(taken.errorCode(), u"invalid_id"_s);
    }
    // The flagged answer's item keeps the contact check's report and its weight.
    const QJsonObject item = m_moderator->get(u"/api/v1/reports/"_s + flagged).json();
    QCOMPARE(item.value(u"reports"_s).toArray().size(), 1);
    QCOMPARE(item.value(u"reports"_s).toArray().first()[u"reason"_s].toString(),
             u"contact_outside"_s);
    QVERIFY(listed(*m_moderator, flagged).value(u"priority"_s).toInt() >= 45);
}

void TestServerReports::reports_areLimitedPerMember()
{
    QStringList threads;
    for (int i = 0; i < 31; ++i)
        threads.append(reportedThread()); // the helper reports each (30 in the hour)
    QCOMPARE(m_server
                 ->scalar(u"SELECT COUNT(*) FROM reports WHERE reporter_id = "
                          u"(SELECT id FROM users WHERE login = 'helper')"_s)
                 .toInt(),
             30);
    const Http::Response refused = m_helper->put(u"/api/v1/reports/"_s + newId(),
                                                 report(u"thread"_s, threads.last(), u"spam"_s));
    QCOMPARE(refused.status, 429);
    QCOMPARE(refused.errorCode(), u"too_many_reports"_s);
    // Another member is not held back by it.
    QCOMPARE(
        m_asker
            ->put(u"/api/v1/reports/"_s + newId(), report(u"thread"_s, threads.last(), u"spam"_s))
            .status,
        201);
}

void TestServerReports::decisions_reachTheAuthorAndTheReporters_withoutTheModerator()
{
    auto kinds = [](Http &member) {
        QStringList found;
        for (const QJsonObject &n : readFeed(member).notifications) {
            if (n[u"kind"_s].toString() != u"answer"_s)
                found.append(n[u"kind"_s].toString() + u' ' + n[u"detail"_s].toString());
            if (!n[u"actorId"_s].isNull() && n[u"kind"_s].toString() != u"answer"_s)
                found.append(u"with an actor"_s);
        }
        found.sort();
        return found;
    };
    // The helper reports the asker's thread; a moderator hides it, then warns the asker.
    const QString item = reportedThread(u"spam"_s);
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/resolve"_s.arg(item),
                        {{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}})
                 .status,
             200);
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/warn"_s.arg(item),
                        {{u"message"_s, u"宣伝の投稿はご遠慮ください"_s}})
                 .status,
             200);
    QCOMPARE(kinds(*m_asker),
             (QStringList{u"post_hidden spam"_s, u"warned 宣伝の投稿はご遠慮ください"_s}));
    QCOMPARE(kinds(*m_helper), QStringList{u"report_decided hidden"_s});

    // A report dismissed: the reporter hears so once; the author hears nothing.
    const QString other = reportedThread(u"other"_s);
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/resolve"_s.arg(other),
                        {{u"version"_s, 1},
                         {u"action"_s, u"dismiss"_s},
                         {u"reason"_s, u"not_a_violation"_s}})
                 .status,
             200);
    QCOMPARE(kinds(*m_helper),
             (QStringList{u"report_decided dismissed"_s, u"report_decided hidden"_s}));
    QCOMPARE(kinds(*m_asker).size(), 2);
}

QTEST_GUILESS_MAIN(TestServerReports)
#include "tst_server_reports.moc"
