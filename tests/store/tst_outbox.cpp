// Writing offline in the store: an outbox item and its effect in one transaction, effects that
// the server's rows do not overwrite, refusals, drafts.

#include "domain/apicodec.h"
#include "store/store.h"
#include "tests/support/testboard.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

std::unique_ptr<TestBoard::TempStore> boardWithMe()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 3);
    c.answers = {TestBoard::answer(1, c.threads.at(0), 2),
                 TestBoard::answer(2, c.threads.at(0), 3)};
    c.threads[0].authorId = 1; // me
    if (!(*store)->ingest(c) || !(*store)->setMe({1, u"相談者A"_s, Role::Member}))
        qFatal("cannot set up the store");
    return store;
}

QuestionInput question(const QString &title = u"見積もりの出し方"_s)
{
    return {11, title, u"初めての見積もりです。"_s, Urgency::Urgent};
}

ThreadSummary rowOf(Store &store, const QUuid &id)
{
    ThreadQuery q;
    q.categoryId = 11;
    for (const ThreadSummary &row : store.threads(q, std::nullopt, 100)) {
        if (row.id == id)
            return row;
    }
    return {};
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ask_showsAtOnceMarkedWaiting();
    void answer_bestAnswer_thanks_showAtOnce();
    void pulledRows_keepLocalEffectsUntilTheServerHasThem();
    void items_comeOutInOrder();
    void refusal_keepsTheTextAndTakesBackEffects();
    void resend_andDiscard();
    void drafts_survive_andGoWithTheirPost();
    void resync_keepsWhatWasNotSent();
    void views_areQueuedOnceADay();
    void moderation_actionsFollowTheirOwnVersion_andSurviveAResync();
    void writing_needsASignedInUser();
};

void TestOutbox::ask_showsAtOnceMarkedWaiting()
{
    auto store = boardWithMe();
    QVERIFY((*store)->saveDraft(u"question"_s, {{u"title"_s, u"書きかけ"_s}}));
    QSignalSpy changed(store->store.get(), &Store::changed);
    const std::optional<QUuid> id = (*store)->ask(question(), u"question"_s);
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    const StoreChange change = changed.at(0).at(0).value<StoreChange>();
    QVERIFY(change.outbox);
    QVERIFY(change.categoryIds.contains(11));

    const ThreadSummary row = rowOf(**store, *id);
    QCOMPARE(row.title, u"見積もりの出し方"_s);
    QCOMPARE(row.local, LocalState::Waiting);
    QCOMPARE(row.urgency, Urgency::Urgent);
    const std::optional<ThreadDetail> detail = (*store)->threadDetail(*id);
    QCOMPARE(detail->authorName, u"相談者A"_s);
    QCOMPARE(detail->local, LocalState::Waiting);
    QCOMPARE((*store)->categoryCounts().value(11).threads, 4);

    const std::optional<OutboxItem> item = (*store)->nextWaiting();
    QVERIFY(item);
    QCOMPARE(item->id, *id);
    QCOMPARE(item->kind, OutboxKind::Question);
    QCOMPARE(ApiCodec::decodeQuestion(item->payload).value(), question());
    QVERIFY((*store)->draft(u"question"_s).isEmpty()); // went with the post
}

void TestOutbox::answer_bestAnswer_thanks_showAtOnce()
{
    auto store = boardWithMe();
    const QUuid mine = TestBoard::thread(0, 11).id;
    const QUuid other = TestBoard::thread(1, 11).id;
    const int answersBefore = rowOf(**store, other).answerCount;
    const std::optional<QUuid> answer = (*store)->answer(other, u"相場は3万円です。"_s);
    QVERIFY(answer);
    QCOMPARE(rowOf(**store, other).answerCount, answersBefore + 1);
    const ThreadDetail withAnswer = *(*store)->threadDetail(other);
    QCOMPARE(withAnswer.answers.last().answer.body, u"相場は3万円です。"_s);
    QCOMPARE(withAnswer.answers.last().local, LocalState::Waiting);

    const QUuid chosen = TestBoard::answer(2, TestBoard::thread(0, 11), 3).id;
    QVERIFY((*store)->chooseBestAnswer(mine, chosen));
    QVERIFY((*store)->thank(mine, u"ありがとうございました"_s));
    const ThreadDetail resolved = *(*store)->threadDetail(mine);
    QCOMPARE(resolved.thread.bestAnswerId, chosen);
    QCOMPARE(resolved.thread.status, ThreadStatus::Resolved);
    QCOMPARE(resolved.thread.thanks->body, u"ありがとうございました"_s);
    QVERIFY(resolved.bestAnswerWaiting);
    QVERIFY(resolved.thanksWaiting);
    QCOMPARE(rowOf(**store, mine).status, ThreadStatus::Resolved);
    QCOMPARE((*store)->outboxCount(OutboxState::Waiting), 3);
}

void TestOutbox::pulledRows_keepLocalEffectsUntilTheServerHasThem()
{
    auto store = boardWithMe();
    Thread mine = TestBoard::thread(0, 11);
    mine.authorId = 1;
    const QUuid chosen = TestBoard::answer(2, mine, 3).id;
    const QUuid best = *(*store)->chooseBestAnswer(mine.id, chosen);
    const QUuid answer = *(*store)->answer(mine.id, u"補足です"_s);

    // A page arrives with the thread as the server still has it (a view counted meanwhile).
    mine.viewCount = 99;
    QVERIFY((*store)->applyPage(ChangeSet{.threads = {mine}}, u"5"_s));
    ThreadDetail d = *(*store)->threadDetail(mine.id);
    QCOMPARE(d.thread.viewCount, 99);
    QCOMPARE(d.thread.bestAnswerId, chosen); // still chosen here
    QCOMPARE(d.answers.size(), 3);           // two of the server's and ours

    // Sent; then the server's thread with the best answer and our answer arrive.
    QVERIFY((*store)->markSent(best));
    QVERIFY((*store)->markSent(answer));
    mine.bestAnswerId = chosen;
    mine.status = ThreadStatus::Resolved;
    mine.answerCount = 3;
    Answer ours;
    ours.id = answer;
    ours.threadId = mine.id;
    ours.authorId = 1;
    ours.body = u"補足です"_s;
    ours.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY((*store)->applyPage(ChangeSet{.threads = {mine}, .answers = {ours}}, u"9"_s));
    d = *(*store)->threadDetail(mine.id);
    QCOMPARE(d.thread.bestAnswerId, chosen);
    QCOMPARE(d.thread.answerCount, 3); // not 4: ours is counted once
    QVERIFY(!d.bestAnswerWaiting);
    QCOMPARE(d.answers.last().local, LocalState::Synced);
    QCOMPARE((*store)->outboxCount(OutboxState::Waiting), 0);
}

void TestOutbox::items_comeOutInOrder()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->ask(question());
    const QUuid a = *(*store)->answer(q, u"自分の質問への補足"_s);
    const QUuid r = *(*store)->report(
        {EntityKind::Thread, TestBoard::thread(2, 11).id, ReportReason::Spam, u"宣伝です"_s});
    QList<QUuid> order;
    while (const std::optional<OutboxItem> next = (*store)->nextWaiting()) {
        order.append(next->id);
        QVERIFY((*store)->markSent(next->id));
    }
    QCOMPARE(order, (QList<QUuid>{q, a, r}));
    QCOMPARE((*store)->outbox().size(), 3); // sent items stay listed for a day
    QCOMPARE((*store)->outbox().first().state, OutboxState::Sent);
}

void TestOutbox::refusal_keepsTheTextAndTakesBackEffects()
{
    auto store = boardWithMe();
    const QUuid mine = TestBoard::thread(0, 11).id;
    const QUuid other = TestBoard::thread(1, 11).id;
    const QUuid answer = *(*store)->answer(other, u"締め切り後の回答"_s);
    const QUuid best =
        *(*store)->chooseBestAnswer(mine, TestBoard::answer(1, TestBoard::thread(0, 11), 2).id);
    QVERIFY((*store)->markNeedsAttention(answer, u"thread_not_open"_s,
                                         u"This thread no longer takes answers."_s));
    QVERIFY((*store)->markNeedsAttention(best, u"not_asker"_s,
                                         u"Only the asker chooses the best answer."_s));

    const std::optional<OutboxItem> item = (*store)->outboxItem(answer);
    QCOMPARE(item->state, OutboxState::NeedsAttention);
    QCOMPARE(item->lastError, u"This thread no longer takes answers."_s);
    QCOMPARE(ApiCodec::decodeAnswerInput(item->payload)->body, u"締め切り後の回答"_s);
    QCOMPARE((*store)->threadDetail(other)->answers.last().local, LocalState::NeedsAttention);
    // The refused best answer is taken back; the thread is open again here.
    QVERIFY((*store)->threadDetail(mine)->thread.bestAnswerId.isNull());
    QCOMPARE((*store)->outboxCount(OutboxState::NeedsAttention), 2);
    QVERIFY(!(*store)->nextWaiting());
}

void TestOutbox::resend_andDiscard()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->ask(question(u"最初の題"_s));
    QVERIFY((*store)->markNeedsAttention(q, u"unknown_category"_s,
                                         u"categoryId: there is no category 11."_s));
    QuestionInput edited = question(u"直した題"_s);
    edited.categoryId = 12;
    QVERIFY((*store)->resend(q, QJsonDocument(ApiCodec::encode(edited)).toJson()));
    const std::optional<OutboxItem> item = (*store)->nextWaiting();
    QCOMPARE(item->id, q); // the same id: sent at most once
    QCOMPARE(item->attempts, 0);
    QCOMPARE((*store)->threadDetail(q)->thread.title, u"直した題"_s);
    QCOMPARE((*store)->threadDetail(q)->thread.categoryId, 12);
    QCOMPARE((*store)->threadDetail(q)->local, LocalState::Waiting);

    QVERIFY((*store)->discard(q));
    QVERIFY(!(*store)->threadDetail(q));
    QVERIFY(!(*store)->outboxItem(q));
    QCOMPARE((*store)->categoryCounts().value(12).threads, 0);
    QVERIFY(!(*store)->discard(q));
}

void TestOutbox::drafts_survive_andGoWithTheirPost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        Store::Opened opened = Store::open(path);
        QVERIFY(opened.store->saveDraft(u"answer:abc"_s, {{u"body"_s, u"途中まで書いた回答"_s}}));
        QVERIFY(
            opened.store->saveDraft(u"answer:abc"_s, {{u"body"_s, u"途中まで書いた回答、続き"_s}}));
    }
    Store::Opened reopened = Store::open(path);
    QCOMPARE(reopened.store->draft(u"answer:abc"_s).value(u"body"_s).toString(),
             u"途中まで書いた回答、続き"_s);
    QVERIFY(reopened.store->removeDraft(u"answer:abc"_s));
    QVERIFY(reopened.store->draft(u"answer:abc"_s).isEmpty());
}

void TestOutbox::resync_keepsWhatWasNotSent()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->ask(question());
    const QUuid a = *(*store)->answer(TestBoard::thread(1, 11).id, u"回答"_s);
    QVERIFY((*store)->beginResync(u"http://example.net me"_s));
    QVERIFY((*store)->applyPage(ChangeSet{.categories = TestBoard::skeleton().categories,
                                          .threads = {TestBoard::thread(1, 11)}},
                                u"3"_s));
    QVERIFY((*store)->finishResync());
    QVERIFY((*store)->threadDetail(q));
    QCOMPARE((*store)->threadDetail(TestBoard::thread(1, 11).id)->answers.size(), 1);
    QCOMPARE((*store)->threadDetail(TestBoard::thread(1, 11).id)->answers.first().answer.id, a);
    QVERIFY(!(*store)->threadDetail(TestBoard::thread(2, 11).id));
}

void TestOutbox::views_areQueuedOnceADay()
{
    auto store = boardWithMe();
    const QUuid t = TestBoard::thread(2, 11).id;
    QVERIFY((*store)->recordView(t));
    QVERIFY((*store)->recordView(t));
    QVERIFY((*store)->recordView(TestBoard::thread(1, 11).id));
    QCOMPARE((*store)->outboxCount(OutboxState::Waiting), 0); // not the user's writing
    int views = 0;
    while (const auto item = (*store)->nextWaiting()) {
        QCOMPARE(item->kind, OutboxKind::View);
        ++views;
        QVERIFY((*store)->markSent(item->id));
    }
    QCOMPARE(views, 2);
}

void TestOutbox::writing_needsASignedInUser()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->ingest(TestBoard::skeleton()));
    QVERIFY(!(*store)->ask(question()));
    QVERIFY(!(*store)->answer(QUuid::createUuid(), u"x"_s));
    QCOMPARE((*store)->outboxCount(OutboxState::Waiting), 0);
}

void TestOutbox::moderation_actionsFollowTheirOwnVersion_andSurviveAResync()
{
    auto store = boardWithMe();
    QVERIFY((*store)->setMe({1, u"管理人"_s, Role::Moderator}));
    const Thread reported = TestBoard::thread(1, 11), other = TestBoard::thread(2, 11);
    auto itemOn = [](const Thread &t, qint64 version) {
        ModerationItem m;
        m.id = t.id;
        m.threadId = t.id;
        m.authorId = t.authorId;
        m.version = version;
        m.firstReportedAt = m.lastReportedAt = t.createdAt;
        m.reports = {{QUuid::createUuid(), 2, ReportReason::Spam, QString(), t.createdAt}};
        return m;
    };
    QVERIFY(
        (*store)->ingest(ChangeSet{.moderationItems = {itemOn(reported, 4), itemOn(other, 1)}}));

    // Claim, then hide, queued on version 4; a note needs no version.
    const QUuid claim = *(*store)->claimReport(reported.id);
    const QUuid hide = *(*store)->resolveReport(reported.id, u"hide"_s, u"spam"_s, u"三回目"_s);
    const QUuid note = *(*store)->noteReport(other.id, u"様子見"_s);
    QCOMPARE(ApiCodec::decodeClaim((*store)->outboxItem(claim)->payload)->version, 4);
    QCOMPARE(ApiCodec::decodeResolve((*store)->outboxItem(hide)->payload)->version, 4);
    QCOMPARE((*store)->moderationEntry(reported.id)->localAction, u"hidden"_s);
    QCOMPARE((*store)->moderationEntry(reported.id)->local, LocalState::Waiting);

    // A full resync that no longer has the items keeps those with actions waiting.
    QVERIFY((*store)->beginResync(u"http://example.net me"_s));
    QVERIFY((*store)->applyPage(
        ChangeSet{.categories = TestBoard::skeleton().categories, .threads = {reported, other}},
        u"3"_s));
    QVERIFY((*store)->finishResync());
    QVERIFY((*store)->moderationEntry(reported.id));
    QVERIFY((*store)->moderationEntry(other.id));

    // The server took the claim (version 5): the hide that followed it moves to version 5.
    ModerationItem claimed = itemOn(reported, 5);
    claimed.status = ModerationStatus::Claimed;
    QVERIFY((*store)->markModerationSent(claim, claimed));
    QCOMPARE(ApiCodec::decodeResolve((*store)->outboxItem(hide)->payload)->version, 5);
    QCOMPARE((*store)->moderationEntry(reported.id)->item.version, 5);
    QCOMPARE((*store)->moderationEntry(reported.id)->local, LocalState::Waiting); // the hide waits

    // Refused, the hide keeps its note and shows as needing attention; once the server's item is
    // newer, applying it again uses that version.
    QVERIFY((*store)->markNeedsAttention(hide, u"stale"_s, u"changed"_s));
    QCOMPARE((*store)->moderationEntry(reported.id)->local, LocalState::NeedsAttention);
    QVERIFY((*store)->ingest(ChangeSet{.moderationItems = {itemOn(reported, 7)}}));
    const OutboxItem refused = *(*store)->outboxItem(hide);
    QCOMPARE(ApiCodec::decodeResolve(refused.payload)->note, u"三回目"_s);
    QCOMPARE(ApiCodec::decodeResolve((*store)->rebasedPayload(refused))->version, 7);
    // Dropped, the item shows the server's state again.
    QVERIFY((*store)->discard(hide));
    QCOMPARE((*store)->moderationEntry(reported.id)->local, LocalState::Synced);
    QVERIFY((*store)->moderationEntry(reported.id)->localAction.isEmpty());
    QVERIFY((*store)->markSent(note));
    QCOMPARE((*store)->moderationEntry(other.id)->local, LocalState::Synced);
    // Then gone from the server: a tombstone removes it.
    QVERIFY((*store)->ingest(ChangeSet{
        .tombstones = {{EntityKind::ModerationItem, other.id.toString(QUuid::WithoutBraces)}}}));
    QVERIFY(!(*store)->moderationEntry(other.id));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
