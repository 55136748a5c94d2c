// Members' own posts against the real soudan-server on SQLite or PostgreSQL
// ($SOUDAN_TEST_BACKEND): edits with revisions for the author and moderators, 補足, withdrawal
// with a tombstone, closing (締め切り), and the refusals of each, also to other members.

#include "tests/server/moderationsupport.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"

#include <QJsonArray>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace Soudan::Test;
using namespace ModerationSupport;

class TestServerOwnPosts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void edits_keepRevisions_forTheAuthorAndModeratorsOnly();
    void edits_passTheContactGuard_onceForEachNewDetail();
    void settledPosts_takeSupplementsOnly();
    void withdrawal_leavesATombstone();
    void closing_endsAnswering();
    void hostileRequests_areRefused();
    void aHiddenPost_staysWithItsAuthor_whoAppealsOnce();
    void anAppealedHiding_canBeUndoneWithRestore();
    void restrictedMembers_readButDoNotPost();

private:
    QString ask(const QString &title = u"見積もりの相談"_s);
    QString answer(Http &who, const QString &thread, const QString &body);
    QJsonObject threadInFeed(Http &who, const QString &id);

    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Http> m_asker, m_helper, m_moderator;
};

void TestServerOwnPosts::initTestCase()
{
    const QString why = ServerProcess::unavailable(ServerProcess::backendFromEnvironment());
    if (!why.isEmpty()) {
        if (qEnvironmentVariableIntValue("SOUDAN_REQUIRE_PG"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
}

void TestServerOwnPosts::init()
{
    QVERIFY(startWithMembers(m_server, m_asker, m_helper, m_moderator));
}

void TestServerOwnPosts::cleanup()
{
    m_asker.reset();
    m_helper.reset();
    m_moderator.reset();
    m_server.reset();
}

QString TestServerOwnPosts::ask(const QString &title)
{
    const QString thread = newId();
    const Http::Response asked = m_asker->put(
        u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 11},
                                         {u"title"_s, title},
                                         {u"body"_s, u"ロゴの制作費はいくらが妥当でしょうか。"_s},
                                         {u"urgency"_s, u"calm"_s}});
    if (asked.status != 201)
        qWarning() << "ask:" << asked.status << asked.body;
    return thread;
}

QString TestServerOwnPosts::answer(Http &who, const QString &thread, const QString &body)
{
    const QString id = newId();
    const Http::Response r =
        who.put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, id), {{u"body"_s, body}});
    if (r.status != 201)
        qWarning() << "answer:" << r.status << r.body;
    return id;
}

QJsonObject TestServerOwnPosts::threadInFeed(Http &who, const QString &id)
{
    return readFeed(who).threads.value(id);
}

void TestServerOwnPosts::edits_keepRevisions_forTheAuthorAndModeratorsOnly()
{
    const QString thread = ask();
    const QString edit = u"/api/v1/threads/%1/edit"_s.arg(thread);
    const QJsonObject changed{{u"revision"_s, 1},
                              {u"title"_s, u"ロゴ制作の見積もり"_s},
                              {u"body"_s, u"名刺も含めた金額を知りたいです。"_s},
                              {u"urgency"_s, u"urgent"_s}};
    Http::Response r = m_asker->post(edit, changed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"revision"_s].toInt(), 2);
    // Sent twice (the first answer lost): the same, no third revision.
    QCOMPARE(m_asker->post(edit, changed).json()[u"revision"_s].toInt(), 2);

    // Every member's feed has the new text and "edited"; only the text of now.
    const QJsonObject seen = threadInFeed(*m_helper, thread);
    QCOMPARE(seen[u"title"_s].toString(), u"ロゴ制作の見積もり"_s);
    QCOMPARE(seen[u"urgency"_s].toString(), u"urgent"_s);
    QCOMPARE(seen[u"revision"_s].toInt(), 2);
    QVERIFY(!seen[u"editedAt"_s].toString().isEmpty());

    // Another edit over revision 1 (another device's, offline): refused with the post as it is.
    r = m_asker->post(edit, {{u"revision"_s, 1},
                             {u"title"_s, u"別の端末の編集"_s},
                             {u"body"_s, u"古い版からの編集です。"_s},
                             {u"urgency"_s, u"calm"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"edit_conflict"_s);
    QCOMPARE(r.json()[u"thread"_s][u"title"_s].toString(), u"ロゴ制作の見積もり"_s);

    // The history: the author's and the moderators'; others are refused.
    const QString history = u"/api/v1/threads/%1/revisions"_s.arg(thread);
    for (Http *who : {m_asker.get(), m_moderator.get()}) {
        r = who->get(history);
        QCOMPARE(r.status, 200);
        const QJsonArray revisions = r.json()[u"revisions"_s].toArray();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions[0][u"title"_s].toString(), u"見積もりの相談"_s);
        QCOMPARE(revisions[0][u"urgency"_s].toString(), u"calm"_s);
        QCOMPARE(revisions[1][u"body"_s].toString(), u"名刺も含めた金額を知りたいです。"_s);
    }
    r = m_helper->get(history);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"not_author"_s);
    QVERIFY(!r.body.contains("見積もりの相談"));

    // An answer's edits likewise; nobody edits another's post.
    const QString a = answer(*m_helper, thread, u"三万円からが相場です。"_s);
    const QString answerEdit = u"/api/v1/threads/%1/answers/%2/edit"_s.arg(thread, a);
    r = m_asker->post(answerEdit, {{u"revision"_s, 1}, {u"body"_s, u"乗っ取り"_s}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"not_author"_s);
    r = m_helper->post(answerEdit, {{u"revision"_s, 1}, {u"body"_s, u"五万円からが相場です。"_s}});
    QCOMPARE(r.status, 200);
    QCOMPARE(readFeed(*m_asker).answers.value(a)[u"body"_s].toString(),
             u"五万円からが相場です。"_s);
    r = m_helper->get(u"/api/v1/threads/%1/answers/%2/revisions"_s.arg(thread, a));
    QCOMPARE(r.json()[u"revisions"_s].toArray().first()[u"body"_s].toString(),
             u"三万円からが相場です。"_s);
    QCOMPARE(m_asker->get(u"/api/v1/threads/%1/answers/%2/revisions"_s.arg(thread, a)).status, 403);
}

void TestServerOwnPosts::edits_passTheContactGuard_onceForEachNewDetail()
{
    const QString thread = ask();
    QVERIFY(listed(*m_moderator, thread).isEmpty());
    const QString edit = u"/api/v1/threads/%1/edit"_s.arg(thread);
    auto editTo = [&](int revision, const QString &body) {
        return m_asker
            ->post(edit, {{u"revision"_s, revision},
                          {u"title"_s, u"見積もりの相談"_s},
                          {u"body"_s, body},
                          {u"urgency"_s, u"calm"_s}})
            .status;
    };
    // A LINE ID written in by an edit is found like in a new post.
    QCOMPARE(editTo(1, u"詳しくはLINE ID: logo_shop まで"_s), 200);
    const QJsonObject item = listed(*m_moderator, thread);
    QVERIFY2(!item.isEmpty(), "the edit's contact detail filed no report");
    const int reports =
        m_moderator->get(u"/api/v1/reports/"_s + thread).json()[u"reports"_s].toArray().size();
    QCOMPARE(reports, 1);
    // Another edit that keeps the same detail files nothing more; a new one does.
    QCOMPARE(editTo(2, u"詳しくはLINE ID: logo_shop まで。急ぎです"_s), 200);
    QCOMPARE(m_moderator->get(u"/api/v1/reports/"_s + thread).json()[u"reports"_s].toArray().size(),
             1);
    QCOMPARE(editTo(3, u"詳しくはLINE ID: logo_shop か 090-1234-5678 まで"_s), 200);
    QCOMPARE(m_moderator->get(u"/api/v1/reports/"_s + thread).json()[u"reports"_s].toArray().size(),
             2);
}

void TestServerOwnPosts::settledPosts_takeSupplementsOnly()
{
    const QString thread = ask();
    const QString a = answer(*m_helper, thread, u"二万円くらいです。"_s);
    QCOMPARE(
        m_asker->post(u"/api/v1/threads/%1/best-answer"_s.arg(thread), {{u"answerId"_s, a}}).status,
        200);
    const int revision = threadInFeed(*m_asker, thread)[u"revision"_s].toInt();
    Http::Response r =
        m_asker->post(u"/api/v1/threads/%1/edit"_s.arg(thread), {{u"revision"_s, revision},
                                                                 {u"title"_s, u"解決後の編集"_s},
                                                                 {u"body"_s, u"本文"_s},
                                                                 {u"urgency"_s, u"calm"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"settled"_s);
    // The best answer is no longer edited or withdrawn either.
    r = m_helper->post(u"/api/v1/threads/%1/answers/%2/edit"_s.arg(thread, a),
                       {{u"revision"_s, 1}, {u"body"_s, u"やはり十万円です。"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"settled"_s);
    r = m_helper->post(u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(thread, a), {});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"settled"_s);

    // A supplement: dated, after the question, once per id; the asker's only.
    const QString id = newId();
    const QString path = u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, id);
    const QJsonObject body{{u"body"_s, u"補足: 結局二万五千円で決まりました。"_s}};
    QCOMPARE(m_asker->put(path, body).status, 201);
    QCOMPARE(m_asker->put(path, body).status, 200);
    QCOMPARE(m_asker->put(path, {{u"body"_s, u"別の内容"_s}}).status, 409);
    r = m_helper->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()), body);
    QCOMPARE(r.status, 403);
    const QJsonArray supplements = threadInFeed(*m_helper, thread)[u"supplements"_s].toArray();
    QCOMPARE(supplements.size(), 1);
    QCOMPARE(supplements[0][u"id"_s].toString(), id);
    QCOMPARE(supplements[0][u"body"_s].toString(), u"補足: 結局二万五千円で決まりました。"_s);
    QVERIFY(!supplements[0][u"at"_s].toString().isEmpty());
}

void TestServerOwnPosts::withdrawal_leavesATombstone()
{
    // A question with answers is not withdrawn; an answer is, and others see a tombstone.
    const QString answered = ask();
    const QString a1 = answer(*m_helper, answered, u"LINEで話しましょう"_s);
    const QString a2 = answer(*m_helper, answered, u"三万円です。"_s);
    Http::Response r = m_asker->post(u"/api/v1/threads/%1/withdraw"_s.arg(answered), {});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"has_answers"_s);
    QCOMPARE(m_asker->post(u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(answered, a1), {})
                 .json()[u"error"_s][u"code"_s]
                 .toString(),
             u"not_author"_s);
    r = m_helper->post(u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(answered, a1), {});
    QCOMPARE(r.status, 200);
    QCOMPARE(
        m_helper->post(u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(answered, a1), {}).status,
        200); // again: as it is
    const Feed seen = readFeed(*m_asker);
    QVERIFY(seen.answers.value(a1)[u"withdrawn"_s].toBool());
    QCOMPARE(seen.answers.value(a1)[u"body"_s].toString(), QString());
    QCOMPARE(seen.answers.value(a2)[u"body"_s].toString(), u"三万円です。"_s);
    // A withdrawn answer is not chosen; its author still has its text.
    r = m_asker->post(u"/api/v1/threads/%1/best-answer"_s.arg(answered), {{u"answerId"_s, a1}});
    QCOMPARE(r.status, 422);
    QCOMPARE(m_helper->get(u"/api/v1/threads/%1/answers/%2/revisions"_s.arg(answered, a1))
                 .json()[u"revisions"_s]
                 .toArray()
                 .last()[u"body"_s]
                 .toString(),
             u"LINEで話しましょう"_s);

    // An unanswered question is withdrawn: a tombstone that takes no answers.
    const QString lone = ask(u"取り消す質問"_s);
    QCOMPARE(m_helper->post(u"/api/v1/threads/%1/withdraw"_s.arg(lone), {}).status, 403);
    QCOMPARE(m_asker->post(u"/api/v1/threads/%1/withdraw"_s.arg(lone), {}).status, 200);
    const QJsonObject tombstone = threadInFeed(*m_helper, lone);
    QVERIFY(tombstone[u"withdrawn"_s].toBool());
    QCOMPARE(tombstone[u"title"_s].toString(), QString());
    QCOMPARE(tombstone[u"body"_s].toString(), QString());
    r = m_helper->put(u"/api/v1/threads/%1/answers/%2"_s.arg(lone, newId()),
                      {{u"body"_s, u"回答"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"withdrawn"_s);
    QCOMPARE(m_asker->get(u"/api/v1/threads/%1/revisions"_s.arg(lone))
                 .json()[u"revisions"_s]
                 .toArray()
                 .last()[u"title"_s]
                 .toString(),
             u"取り消す質問"_s);
}

void TestServerOwnPosts::closing_endsAnswering()
{
    const QString thread = ask();
    answer(*m_helper, thread, u"一万円です。"_s);
    const QString close = u"/api/v1/threads/%1/close"_s.arg(thread);
    QCOMPARE(m_helper->post(close, {}).status, 403);
    Http::Response r = m_asker->post(close, {});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json()[u"status"_s].toString(), u"closed"_s);
    QCOMPARE(m_asker->post(close, {}).status, 200);
    QCOMPARE(threadInFeed(*m_helper, thread)[u"status"_s].toString(), u"closed"_s);
    r = m_helper->put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()),
                      {{u"body"_s, u"遅れての回答"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"thread_not_open"_s);
    // A closed question takes supplements, not edits.
    QCOMPARE(m_asker
                 ->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()),
                       {{u"body"_s, u"自己解決しました。"_s}})
                 .status,
             201);
}

void TestServerOwnPosts::hostileRequests_areRefused()
{
    const QString thread = ask();
    // A supplement's id is random (v4), like a report's.
    const QString v5 =
        QUuid::createUuidV5(QUuid::fromString(thread), u"x"_s).toString(QUuid::WithoutBraces);
    Http::Response r = m_asker->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, v5),
                                    {{u"body"_s, u"補足"_s}});
    QCOMPARE(r.status, 422);
    // Actions without a body take none; edits take only their fields.
    QCOMPARE(m_asker->post(u"/api/v1/threads/%1/close"_s.arg(thread), {{u"x"_s, 1}}).status, 422);
    r = m_asker->post(u"/api/v1/threads/%1/edit"_s.arg(thread), {{u"revision"_s, 1},
                                                                 {u"title"_s, u"題"_s},
                                                                 {u"body"_s, u"本文"_s},
                                                                 {u"urgency"_s, u"calm"_s},
                                                                 {u"categoryId"_s, 12}});
    QCOMPARE(r.status, 422);
    r = m_asker->post(u"/api/v1/threads/%1/edit"_s.arg(thread), {{u"revision"_s, -1},
                                                                 {u"title"_s, u"題"_s},
                                                                 {u"body"_s, u"本文"_s},
                                                                 {u"urgency"_s, u"calm"_s}});
    QCOMPARE(r.status, 422);
    // Unknown threads and answers, an answer of another thread, nobody signed in.
    QCOMPARE(m_asker->post(u"/api/v1/threads/%1/close"_s.arg(newId()), {}).status, 404);
    const QString other = ask(u"別の質問"_s);
    const QString a = answer(*m_helper, other, u"回答です。"_s);
    QCOMPARE(m_helper->post(u"/api/v1/threads/%1/answers/%2/withdraw"_s.arg(thread, a), {}).status,
             404);
    QCOMPARE(m_asker->post(u"/api/v1/threads/not-an-id/close"_s, {}).status, 400);
    Http anonymous(m_server->url());
    QCOMPARE(anonymous.post(u"/api/v1/threads/%1/close"_s.arg(thread), {}).status, 401);
    QCOMPARE(anonymous.get(u"/api/v1/threads/%1/revisions"_s.arg(thread)).status, 401);
    // Ten supplements at most.
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(m_asker
                     ->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()),
                           {{u"body"_s, u"補足 %1"_s.arg(i)}})
                     .status,
                 201);
    }
    r = m_asker->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()),
                     {{u"body"_s, u"十一個目"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"too_many_supplements"_s);
}

void TestServerOwnPosts::aHiddenPost_staysWithItsAuthor_whoAppealsOnce()
{
    const QString thread = ask(u"隠される質問"_s);
    QCOMPARE(m_helper
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, thread, u"spam"_s, u"宣伝です"_s))
                 .status,
             201);
    // Nothing decided yet: nothing to appeal.
    Http::Response r = m_asker->post(u"/api/v1/reports/%1/appeal"_s.arg(thread),
                                     {{u"text"_s, u"宣伝ではありません"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"nothing_to_appeal"_s);
    auto version = [&] {
        return m_moderator->get(u"/api/v1/reports/"_s + thread).json()[u"version"_s].toInt();
    };
    r = m_moderator->post(
        u"/api/v1/reports/%1/resolve"_s.arg(thread),
        {{u"version"_s, version()}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}});
    QCOMPARE(r.status, 200);

    // The author keeps it, marked hidden with the reason; others have a tombstone.
    const QJsonObject mine = threadInFeed(*m_asker, thread);
    QVERIFY(mine[u"hidden"_s].toBool());
    QCOMPARE(mine[u"hiddenReason"_s].toString(), u"spam"_s);
    QCOMPARE(mine[u"title"_s].toString(), u"隠される質問"_s);
    const Feed others = readFeed(*m_helper);
    QVERIFY(!others.threads.contains(thread));
    // A hidden post takes no edits, also from its author.
    r = m_asker->post(u"/api/v1/threads/%1/edit"_s.arg(thread), {{u"revision"_s, 1},
                                                                 {u"title"_s, u"題"_s},
                                                                 {u"body"_s, u"本文"_s},
                                                                 {u"urgency"_s, u"calm"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"thread_hidden"_s);

    // One appeal per decision, by the author only; it opens the item again with its text.
    QCOMPARE(
        m_helper->post(u"/api/v1/reports/%1/appeal"_s.arg(thread), {{u"text"_s, u"代理です"_s}})
            .status,
        403);
    r = m_asker->post(u"/api/v1/reports/%1/appeal"_s.arg(thread),
                      {{u"text"_s, u"宣伝ではなく相談です"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("audit")); // what the moderators wrote stays theirs
    r = m_asker->post(u"/api/v1/reports/%1/appeal"_s.arg(thread), {{u"text"_s, u"もう一度"_s}});
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"appeal_exists"_s);
    const QJsonObject item = m_moderator->get(u"/api/v1/reports/"_s + thread).json();
    QCOMPARE(item[u"status"_s].toString(), u"new"_s);
    QCOMPARE(actions(item).last(), u"appealed"_s);
    QCOMPARE(item[u"audit"_s].toArray().last()[u"detail"_s].toString(), u"宣伝ではなく相談です"_s);
    QVERIFY(!listed(*m_moderator, thread).isEmpty());

    // Dismissed on appeal, the post is back for everyone and its author hears it.
    r = m_moderator->post(u"/api/v1/reports/%1/resolve"_s.arg(thread),
                          {{u"version"_s, version()},
                           {u"action"_s, u"dismiss"_s},
                           {u"reason"_s, u"not_a_violation"_s}});
    QCOMPARE(r.status, 200);
    QVERIFY(!readFeed(*m_helper).threads.value(thread)[u"hidden"_s].toBool());
    QVERIFY(readFeed(*m_helper).threads.contains(thread));
    QStringList kinds;
    for (const QJsonObject &n : readFeed(*m_asker).notifications)
        kinds.append(n[u"kind"_s].toString());
    QVERIFY2(kinds.contains(u"post_hidden"_s) && kinds.contains(u"post_restored"_s),
             qPrintable(kinds.join(u' ')));
}

void TestServerOwnPosts::anAppealedHiding_canBeUndoneWithRestore()
{
    const QString thread = ask(u"異議の後に戻される質問"_s);
    QCOMPARE(m_helper
                 ->put(u"/api/v1/reports/"_s + newId(),
                       report(u"thread"_s, thread, u"spam"_s, u"宣伝です"_s))
                 .status,
             201);
    auto version = [&] {
        return m_moderator->get(u"/api/v1/reports/"_s + thread).json()[u"version"_s].toInt();
    };
    QCOMPARE(
        m_moderator
            ->post(u"/api/v1/reports/%1/resolve"_s.arg(thread),
                   {{u"version"_s, version()}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}})
            .status,
        200);
    QCOMPARE(m_asker
                 ->post(u"/api/v1/reports/%1/appeal"_s.arg(thread),
                        {{u"text"_s, u"宣伝ではなく相談です"_s}})
                 .status,
             200);
    QVERIFY(!readFeed(*m_helper).threads.contains(thread)); // still hidden while appealed
    // The moderator takes the hiding back: the post is shown again and its author hears it.
    const Http::Response r =
        m_moderator->post(u"/api/v1/reports/%1/restore"_s.arg(thread),
                          {{u"version"_s, version()}, {u"reason"_s, u"not_a_violation"_s}});
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(r.json()[u"resolution"_s].toString(), u"restored"_s);
    QVERIFY(readFeed(*m_helper).threads.contains(thread));
    QStringList kinds;
    for (const QJsonObject &n : readFeed(*m_asker).notifications)
        kinds.append(n[u"kind"_s].toString());
    QVERIFY2(kinds.contains(u"post_restored"_s), qPrintable(kinds.join(u' ')));
    // Nothing hidden any more: a second restore is refused.
    QCOMPARE(m_moderator
                 ->post(u"/api/v1/reports/%1/restore"_s.arg(thread),
                        {{u"version"_s, version()}, {u"reason"_s, u"not_a_violation"_s}})
                 .json()[u"error"_s][u"code"_s]
                 .toString(),
             u"not_hidden"_s);
}

void TestServerOwnPosts::restrictedMembers_readButDoNotPost()
{
    const QString thread = ask();
    const qint64 asker =
        m_server->scalar(u"SELECT id FROM users WHERE login = 'asker'"_s).toLongLong();
    const QString restrict = u"/api/v1/users/%1/restriction"_s.arg(asker);
    const QJsonObject suspension{
        {u"kind"_s, u"suspended"_s}, {u"days"_s, 3}, {u"reason"_s, u"連絡先の交換の勧誘"_s}};
    // Moderators only; never a moderator; a member that exists; days for suspensions only.
    QCOMPARE(m_helper->post(restrict, suspension).status, 403);
    const qint64 moderator =
        m_server->scalar(u"SELECT id FROM users WHERE login = 'moderator'"_s).toLongLong();
    QCOMPARE(m_moderator->post(u"/api/v1/users/%1/restriction"_s.arg(moderator), suspension).status,
             403);
    QCOMPARE(m_moderator->post(u"/api/v1/users/999999/restriction"_s, suspension).status, 404);
    QCOMPARE(m_moderator
                 ->post(restrict,
                        {{u"kind"_s, u"read_only"_s}, {u"days"_s, 3}, {u"reason"_s, u"理由"_s}})
                 .status,
             422);
    QCOMPARE(m_moderator
                 ->post(restrict,
                        {{u"kind"_s, u"suspended"_s}, {u"days"_s, 0}, {u"reason"_s, u"理由"_s}})
                 .status,
             422);
    Http::Response r = m_moderator->post(restrict, suspension);
    QCOMPARE(r.status, 200);
    const QDateTime until =
        QDateTime::fromString(r.json()[u"until"_s].toString(), Qt::ISODateWithMs);
    QVERIFY(until > QDateTime::currentDateTimeUtc().addDays(2));

    // Suspended: no question, answer, edit or supplement; the refusal says until when and why.
    r = m_asker->put(u"/api/v1/threads/"_s + newId(), {{u"categoryId"_s, 11},
                                                       {u"title"_s, u"停止中の質問"_s},
                                                       {u"body"_s, u"本文"_s},
                                                       {u"urgency"_s, u"calm"_s}});
    QCOMPARE(r.status, 403);
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"suspended"_s);
    QVERIFY(r.json()[u"error"_s][u"message"_s].toString().endsWith(u": 連絡先の交換の勧誘"_s));
    r = m_asker->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()),
                     {{u"body"_s, u"補足"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"suspended"_s);
    // They still read; others post as before.
    QCOMPARE(m_asker->get(u"/api/v1/changes?limit=10"_s).status, 200);
    QCOMPARE(m_helper
                 ->put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()),
                       {{u"body"_s, u"回答します。"_s}})
                 .status,
             201);
    // The member hears of it, with the reason, not who decided.
    bool told = false;
    for (const QJsonObject &n : readFeed(*m_asker).notifications) {
        if (n[u"kind"_s].toString() == u"suspended"_s) {
            told = n[u"detail"_s].toString().endsWith(u" 連絡先の交換の勧誘"_s) &&
                   n[u"actorId"_s].isNull();
        }
    }
    QVERIFY(told);

    // Read-only: the same refusal, with no end; lifted, they post again.
    QCOMPARE(m_moderator
                 ->post(restrict, {{u"kind"_s, u"read_only"_s}, {u"reason"_s, u"繰り返しの違反"_s}})
                 .status,
             200);
    r = m_asker->put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()),
                     {{u"body"_s, u"自分で回答"_s}});
    QCOMPARE(r.json()[u"error"_s][u"code"_s].toString(), u"read_only"_s);
    QVERIFY(r.json()[u"error"_s][u"message"_s].toString().startsWith(u"until never: "_s));
    // Lifted without a reason (none is needed to lift one).
    QCOMPARE(m_moderator->post(restrict, {{u"kind"_s, u"none"_s}}).status, 200);
    QCOMPARE(m_asker
                 ->put(u"/api/v1/threads/%1/supplements/%2"_s.arg(thread, newId()),
                       {{u"body"_s, u"解除後の補足"_s}})
                 .status,
             201);
}

QTEST_GUILESS_MAIN(TestServerOwnPosts)
#include "tst_server_ownposts.moc"
