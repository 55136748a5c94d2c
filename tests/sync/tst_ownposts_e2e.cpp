// A member's own posts, end to end: edits, 補足, withdrawals and closing written in the client's
// cache (also offline), shown at once, sent through the outbox to the real soudan-server, and
// seen by the other members' clients after their sync; conflicts refused with the text kept.

#include "domain/apicodec.h"
#include "domain/servererrors.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

class TestOwnPostsEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void offlineChanges_showAtOnce_andReachEveryone();
    void anEditOverAnotherDevicesEdit_isRefused_keptAndSentAgain();
    void anAnswerEditedWhileChosenAsBest_isRefusedWithItsText();
    void withdrawnAndClosed_asOthersSeeThem();
    void aHiddenPost_staysWithItsAuthor_whoAppealsFromTheClient();
    void aSuspendedMembersWrites_areRefused_keptAndSentWhenLifted();

private:
    ThreadDetail detail(EngineClient &client, const QUuid &thread)
    {
        return client.store->reads().threadDetail(thread).value_or(ThreadDetail{});
    }
    QUuid ask(EngineClient &client, const QString &title);

    std::unique_ptr<ServerProcess> m_server;
    Account m_asker, m_helper;
};

void TestOwnPostsEndToEnd::init()
{
    m_server = std::make_unique<ServerProcess>(ServerProcess::Backend::SQLite);
    QVERIFY(m_server->createDatabase());
    QCOMPARE(m_server->command({u"import-demo"_s}).exitCode, 0);
    QVERIFY(m_server->addUser(u"asker"_s));
    QVERIFY(m_server->addUser(u"helper"_s));
    QVERIFY(m_server->addUser(u"moderator"_s, u"moderator"_s));
    QVERIFY(m_server->start());
    m_asker = signIn(m_server->url(), u"asker"_s);
    m_helper = signIn(m_server->url(), u"helper"_s);
    QVERIFY(!m_asker.token.isEmpty() && !m_helper.token.isEmpty());
}

void TestOwnPostsEndToEnd::cleanup()
{
    m_server.reset();
}

QUuid TestOwnPostsEndToEnd::ask(EngineClient &client, const QString &title)
{
    const QUuid thread = *client.store->writes().ask(
        {11, title, u"バナー三点の制作費について相談です。"_s, Urgency::Calm});
    if (!client.sync())
        qWarning() << "the question was not sent";
    return thread;
}

void TestOwnPostsEndToEnd::offlineChanges_showAtOnce_andReachEveryone()
{
    EngineClient asker(m_server->url(), m_asker);
    EngineClient helper(m_server->url(), m_helper);
    const QUuid thread = ask(asker, u"バナーの相場"_s);
    QVERIFY(helper.sync());
    const QUuid answer = *helper.store->writes().answer(thread, u"一点五千円ほどです。"_s);
    QVERIFY(helper.sync());
    QVERIFY(asker.sync());

    // Offline (no sync): the asker edits and adds a supplement, the helper edits the answer.
    QVERIFY(asker.store->writes().editQuestion(
        thread, {11, u"バナー三点の相場"_s, u"サイズは三種類です。"_s, Urgency::Urgent}));
    QVERIFY(asker.store->writes().supplement(thread, u"納期は来週です。"_s));
    QVERIFY(helper.store->writes().editAnswer(thread, answer, u"一点八千円ほどです。"_s));
    // Shown at once, marked as not sent.
    ThreadDetail mine = detail(asker, thread);
    QCOMPARE(mine.thread.title, u"バナー三点の相場"_s);
    QCOMPARE(mine.thread.urgency, Urgency::Urgent);
    QVERIFY(mine.editWaiting);
    QCOMPARE(mine.thread.supplements.size(), 1);
    QCOMPARE(mine.thread.supplements.first().body, u"納期は来週です。"_s);
    QCOMPARE(mine.supplementsWaiting.size(), 1);
    QCOMPARE(detail(helper, thread).answers.first().answer.body, u"一点八千円ほどです。"_s);
    QVERIFY(detail(helper, thread).answers.first().editWaiting);
    // A second edit before the first was sent is over the revision the first makes.
    QVERIFY(asker.store->writes().editQuestion(
        thread, {11, u"バナー三点の相場（急ぎ）"_s, u"サイズは三種類です。"_s, Urgency::Urgent}));

    // Online: every change arrives once, in order, and every client shows the server's rows.
    QVERIFY(asker.sync());
    QVERIFY(helper.sync());
    QVERIFY(asker.sync());
    QCOMPARE(asker.store->outbox().count(OutboxState::NeedsAttention), 0);
    for (EngineClient *client : {&asker, &helper}) {
        const ThreadDetail seen = detail(*client, thread);
        QCOMPARE(seen.thread.title, u"バナー三点の相場（急ぎ）"_s);
        QCOMPARE(seen.thread.revision, 3);
        QVERIFY(seen.thread.editedAt.isValid());
        QVERIFY(!seen.editWaiting);
        QCOMPARE(seen.thread.supplements.size(), 1);
        QVERIFY(seen.supplementsWaiting.isEmpty());
        QCOMPARE(seen.answers.first().answer.body, u"一点八千円ほどです。"_s);
        QCOMPARE(seen.answers.first().answer.revision, 2);
        QVERIFY(!seen.answers.first().editWaiting);
    }
    QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM post_revisions"_s).toInt(), 3);
}

void TestOwnPostsEndToEnd::anEditOverAnotherDevicesEdit_isRefused_keptAndSentAgain()
{
    EngineClient laptop(m_server->url(), m_asker);
    EngineClient desktop(m_server->url(), m_asker);
    const QUuid thread = ask(laptop, u"契約書の相談"_s);
    QVERIFY(desktop.sync());
    // The laptop edits offline; meanwhile the desktop's edit reaches the server.
    const QUuid offline = *laptop.store->writes().editQuestion(
        thread, {11, u"ノートでの編集"_s, u"ノートで書いた本文です。"_s, Urgency::Calm});
    QVERIFY(desktop.store->writes().editQuestion(
        thread, {11, u"デスクトップでの編集"_s, u"先に届いた本文です。"_s, Urgency::Calm}));
    QVERIFY(desktop.sync());
    // The laptop's edit is refused: its text is kept in the outbox with the reason, and the
    // thread shows the server's version.
    QVERIFY(laptop.sync());
    const OutboxItem refused = *laptop.store->outbox().item(offline);
    QCOMPARE(refused.state, OutboxState::NeedsAttention);
    QCOMPARE(refused.errorCode, u"edit_conflict"_s);
    QCOMPARE(ApiCodec::decodeQuestionEdit(refused.payload)->body, u"ノートで書いた本文です。"_s);
    QCOMPARE(detail(laptop, thread).thread.title, u"デスクトップでの編集"_s);
    QVERIFY(!detail(laptop, thread).editWaiting);
    // Sent again, it replaces what the user saw.
    QVERIFY(laptop.store->outbox().resend(offline));
    QVERIFY(laptop.sync());
    QCOMPARE(laptop.store->outbox().item(offline)->state, OutboxState::Sent);
    QVERIFY(desktop.sync());
    QCOMPARE(detail(desktop, thread).thread.title, u"ノートでの編集"_s);
    QCOMPARE(detail(desktop, thread).thread.revision, 3);
}

void TestOwnPostsEndToEnd::anAnswerEditedWhileChosenAsBest_isRefusedWithItsText()
{
    EngineClient asker(m_server->url(), m_asker);
    EngineClient helper(m_server->url(), m_helper);
    const QUuid thread = ask(asker, u"値引きの相談"_s);
    QVERIFY(helper.sync());
    const QUuid answer = *helper.store->writes().answer(thread, u"一割までなら普通です。"_s);
    QVERIFY(helper.sync());
    QVERIFY(asker.sync());
    // The helper edits offline while the asker chooses the answer as the best.
    const QUuid edit =
        *helper.store->writes().editAnswer(thread, answer, u"やはり値引きは断りましょう。"_s);
    QVERIFY(asker.store->writes().chooseBestAnswer(thread, answer));
    QVERIFY(asker.sync());
    QVERIFY(helper.sync());
    const OutboxItem refused = *helper.store->outbox().item(edit);
    QCOMPARE(refused.state, OutboxState::NeedsAttention);
    QCOMPARE(refused.errorCode, u"settled"_s);
    QCOMPARE(ApiCodec::decodeAnswerEdit(refused.payload)->body, u"やはり値引きは断りましょう。"_s);
    // The thread shows the chosen answer as it was chosen.
    const ThreadDetail seen = detail(helper, thread);
    QCOMPARE(seen.thread.bestAnswerId, answer);
    QCOMPARE(seen.answers.first().answer.body, u"一割までなら普通です。"_s);
    QVERIFY(!seen.answers.first().editWaiting);
}

void TestOwnPostsEndToEnd::withdrawnAndClosed_asOthersSeeThem()
{
    EngineClient asker(m_server->url(), m_asker);
    EngineClient helper(m_server->url(), m_helper);
    const QUuid lone = ask(asker, u"取り消す質問"_s);
    const QUuid answered = ask(asker, u"締め切る質問"_s);
    QVERIFY(helper.sync());
    const QUuid answer = *helper.store->writes().answer(answered, u"LINEで話しましょう"_s);
    QVERIFY(helper.sync());
    QVERIFY(asker.sync());

    QVERIFY(asker.store->writes().withdrawQuestion(lone));
    QVERIFY(asker.store->writes().closeQuestion(answered));
    QVERIFY(helper.store->writes().withdrawAnswer(answered, answer));
    // At once, offline: a tombstone and a closed question.
    QVERIFY(detail(asker, lone).thread.withdrawn);
    QCOMPARE(detail(asker, lone).thread.title, QString());
    QCOMPARE(detail(asker, answered).thread.status, ThreadStatus::Closed);
    QVERIFY(detail(helper, answered).answers.first().answer.withdrawn);
    QCOMPARE(detail(helper, answered).answers.first().answer.body, QString());

    QVERIFY(asker.sync());
    QVERIFY(helper.sync());
    QVERIFY(asker.sync());
    QVERIFY(detail(helper, lone).thread.withdrawn);
    QCOMPARE(detail(helper, lone).thread.body, QString());
    QCOMPARE(detail(helper, answered).thread.status, ThreadStatus::Closed);
    QVERIFY(detail(asker, answered).answers.first().answer.withdrawn);
    QCOMPARE(detail(asker, answered).answers.first().answer.body, QString());
    // A discarded withdrawal is taken back.
    const QUuid other = ask(asker, u"やはり残す質問"_s);
    const QUuid withdrawal = *asker.store->writes().withdrawQuestion(other);
    QVERIFY(detail(asker, other).thread.withdrawn);
    QVERIFY(asker.store->outbox().discard(withdrawal));
    QVERIFY(!detail(asker, other).thread.withdrawn);
    QCOMPARE(detail(asker, other).thread.title, u"やはり残す質問"_s);
}

void TestOwnPostsEndToEnd::aHiddenPost_staysWithItsAuthor_whoAppealsFromTheClient()
{
    EngineClient asker(m_server->url(), m_asker);
    EngineClient helper(m_server->url(), m_helper);
    const QUuid thread = ask(asker, u"隠される質問"_s);
    QVERIFY(helper.sync());
    QVERIFY(helper.hasThread(thread));
    QVERIFY(helper.store->writes().report(
        {EntityKind::Thread, thread, ReportReason::Spam, u"宣伝です"_s}));
    QVERIFY(helper.sync());
    Http moderator(m_server->url());
    QVERIFY(!moderator.login(u"moderator"_s, ServerProcess::passwordOf(u"moderator"_s)).isEmpty());
    const QString item = u"/api/v1/reports/"_s + idText(thread);
    const int version = moderator.get(item).json()[u"version"_s].toInt();
    QCOMPARE(
        moderator
            .post(item + u"/resolve"_s,
                  {{u"version"_s, version}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}})
            .status,
        200);

    // After their syncs: the author still has it, hidden with the reason; the helper has not.
    QVERIFY(asker.sync());
    QVERIFY(helper.sync());
    QVERIFY(!helper.hasThread(thread));
    QVERIFY(!helper.store->reads().threadDetail(thread));
    const ThreadDetail mine = detail(asker, thread);
    QVERIFY(mine.thread.hidden);
    QCOMPARE(mine.thread.hiddenReason, u"spam"_s);
    QCOMPARE(mine.thread.title, u"隠される質問"_s);

    // The appeal goes through the outbox, once, and opens the item again with its text.
    const QUuid appeal = *asker.store->writes().appeal(thread, u"宣伝ではありません"_s);
    QVERIFY(detail(asker, thread).appealedHere.contains(thread));
    QVERIFY(asker.sync());
    QCOMPARE(asker.store->outbox().item(appeal)->state, OutboxState::Sent);
    const QJsonObject now = moderator.get(item).json();
    QCOMPARE(now[u"status"_s].toString(), u"new"_s);
    QCOMPARE(now[u"audit"_s].toArray().last()[u"detail"_s].toString(), u"宣伝ではありません"_s);
    // A second appeal of the same decision is refused, with the text kept for the user.
    const QUuid again = *asker.store->writes().appeal(thread, u"もう一度"_s);
    QVERIFY(asker.sync());
    QCOMPARE(asker.store->outbox().item(again)->state, OutboxState::NeedsAttention);
    QCOMPARE(asker.store->outbox().item(again)->errorCode, u"appeal_exists"_s);
}

void TestOwnPostsEndToEnd::aSuspendedMembersWrites_areRefused_keptAndSentWhenLifted()
{
    EngineClient asker(m_server->url(), m_asker);
    const QUuid thread = ask(asker, u"停止される前の質問"_s);
    // Offline, the asker answers; meanwhile a moderator suspends them.
    const QUuid answer = *asker.store->writes().answer(thread, u"自分で補足の回答です。"_s);
    Http moderator(m_server->url());
    QVERIFY(!moderator.login(u"moderator"_s, ServerProcess::passwordOf(u"moderator"_s)).isEmpty());
    QCOMPARE(
        moderator
            .post(u"/api/v1/users/%1/restriction"_s.arg(m_asker.user.id),
                  {{u"kind"_s, u"suspended"_s}, {u"days"_s, 2}, {u"reason"_s, u"勧誘の繰り返し"_s}})
            .status,
        200);
    QVERIFY(asker.sync());
    // Refused, kept with its text, and the reason says until when and why.
    const OutboxItem kept = *asker.store->outbox().item(answer);
    QCOMPARE(kept.state, OutboxState::NeedsAttention);
    QCOMPARE(kept.errorCode, u"suspended"_s);
    const QString said = ServerErrors::describe(kept.errorCode, kept.lastError);
    QVERIFY2(said.contains(u"suspended your posting until"_s) && said.contains(u"勧誘の繰り返し"_s),
             qPrintable(said));
    QCOMPARE(ApiCodec::decodeAnswerInput(kept.payload)->body, u"自分で補足の回答です。"_s);
    // Lifted, the same item goes, once.
    QCOMPARE(moderator
                 .post(u"/api/v1/users/%1/restriction"_s.arg(m_asker.user.id),
                       {{u"kind"_s, u"none"_s}, {u"reason"_s, QString()}})
                 .status,
             200);
    QVERIFY(asker.store->outbox().resend(answer));
    QVERIFY(asker.sync());
    QCOMPARE(asker.store->outbox().item(answer)->state, OutboxState::Sent);
    QCOMPARE(m_server->scalar(u"SELECT COUNT(*) FROM answers WHERE id = '%1'"_s.arg(idText(answer)))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestOwnPostsEndToEnd)
#include "tst_ownposts_e2e.moc"
