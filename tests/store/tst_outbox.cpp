// Writing offline in the store: an outbox item and its effect in one transaction, effects that
// the server's rows do not overwrite, refusals, drafts.

#include "domain/apicodec.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QDateTime>
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
    if (!(*store)->sync().ingest(c) || !(*store)->sync().setMe({1, u"相談者A"_s, Role::Member}))
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
    for (const ThreadSummary &row : store.reads().threads(q, std::nullopt, 100)) {
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
    void newPosts_haveTimeOrderedIds_reportsRandomOnes();
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
    QVERIFY((*store)->drafts().save(u"question"_s, {{u"title"_s, u"書きかけ"_s}}));
    QSignalSpy changed(store->store.get(), &Store::changed);
    const std::optional<QUuid> id = (*store)->writes().ask(question(), u"question"_s);
    QVERIFY(id);
    QCOMPARE(changed.count(), 1);
    const StoreChange change = changed.at(0).at(0).value<StoreChange>();
    QVERIFY(change.outbox);
    QVERIFY(change.categoryIds.contains(11));

    const ThreadSummary row = rowOf(**store, *id);
    QCOMPARE(row.title, u"見積もりの出し方"_s);
    QCOMPARE(row.local, LocalState::Waiting);
    QCOMPARE(row.urgency, Urgency::Urgent);
    const std::optional<ThreadDetail> detail = (*store)->reads().threadDetail(*id);
    QCOMPARE(detail->authorName, u"相談者A"_s);
    QCOMPARE(detail->local, LocalState::Waiting);
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 4);

    const std::optional<OutboxItem> item = (*store)->outbox().nextWaiting();
    QVERIFY(item);
    QCOMPARE(item->id, *id);
    QCOMPARE(item->kind, OutboxKind::Question);
    QCOMPARE(ApiCodec::decodeQuestion(item->payload).value(), question());
    QVERIFY((*store)->drafts().get(u"question"_s).isEmpty()); // went with the post
}

void TestOutbox::answer_bestAnswer_thanks_showAtOnce()
{
    auto store = boardWithMe();
    const QUuid mine = TestBoard::thread(0, 11).id;
    const QUuid other = TestBoard::thread(1, 11).id;
    const int answersBefore = rowOf(**store, other).answerCount;
    const std::optional<QUuid> answer = (*store)->writes().answer(other, u"相場は3万円です。"_s);
    QVERIFY(answer);
    QCOMPARE(rowOf(**store, other).answerCount, answersBefore + 1);
    const ThreadDetail withAnswer = *(*store)->reads().threadDetail(other);
    QCOMPARE(withAnswer.answers.last().answer.body, u"相場は3万円です。"_s);
    QCOMPARE(withAnswer.answers.last().local, LocalState::Waiting);

    const QUuid chosen = TestBoard::answer(2, TestBoard::thread(0, 11), 3).id;
    QVERIFY((*store)->writes().chooseBestAnswer(mine, chosen));
    QVERIFY((*store)->writes().thank(mine, u"ありがとうございました"_s));
    const ThreadDetail resolved = *(*store)->reads().threadDetail(mine);
    QCOMPARE(resolved.thread.bestAnswerId, chosen);
    QCOMPARE(resolved.thread.status, ThreadStatus::Resolved);
    QCOMPARE(resolved.thread.thanks->body, u"ありがとうございました"_s);
    QVERIFY(resolved.bestAnswerWaiting);
    QVERIFY(resolved.thanksWaiting);
    QCOMPARE(rowOf(**store, mine).status, ThreadStatus::Resolved);
    QCOMPARE((*store)->outbox().count(OutboxState::Waiting), 3);
}

void TestOutbox::newPosts_haveTimeOrderedIds_reportsRandomOnes()
{
    auto store = boardWithMe();
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QUuid asked = *(*store)->writes().ask(question());
    QTest::qWait(2);
    const QUuid answer = *(*store)->writes().answer(TestBoard::thread(1, 11).id, u"回答です"_s);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    // Version 7: the time they were written, in milliseconds, first; so they sort as written.
    for (const QUuid &id : {asked, answer}) {
        const QByteArray b = id.toRfc4122();
        QCOMPARE(quint8(b[6]) >> 4, 7);
        QCOMPARE(quint8(b[8]) >> 6, 2);
        const qint64 ms = qint64(b.left(6).toHex().toULongLong(nullptr, 16));
        QVERIFY(ms >= before && ms <= after);
    }
    QVERIFY(asked.toString(QUuid::WithoutBraces) < answer.toString(QUuid::WithoutBraces));
    // The server takes only random UUIDs (version 4) for reports.
    const std::optional<QUuid> report = (*store)->writes().report(
        ReportInput{EntityKind::Answer, answer, ReportReason::Other, u"確認してください"_s});
    QVERIFY(report);
    QCOMPARE(report->version(), QUuid::Random);
}

void TestOutbox::pulledRows_keepLocalEffectsUntilTheServerHasThem()
{
    auto store = boardWithMe();
    Thread mine = TestBoard::thread(0, 11);
    mine.authorId = 1;
    const QUuid chosen = TestBoard::answer(2, mine, 3).id;
    const QUuid best = *(*store)->writes().chooseBestAnswer(mine.id, chosen);
    const QUuid answer = *(*store)->writes().answer(mine.id, u"補足です"_s);

    // A page arrives with the thread as the server still has it (a view counted meanwhile).
    mine.viewCount = 99;
    QVERIFY((*store)->sync().applyPage(ChangeSet{.threads = {mine}}, u"5"_s));
    ThreadDetail d = *(*store)->reads().threadDetail(mine.id);
    QCOMPARE(d.thread.viewCount, 99);
    QCOMPARE(d.thread.bestAnswerId, chosen); // still chosen here
    QCOMPARE(d.answers.size(), 3);           // two of the server's and ours

    // Sent; then the server's thread with the best answer and our answer arrive.
    QVERIFY((*store)->outbox().markSent(best));
    QVERIFY((*store)->outbox().markSent(answer));
    mine.bestAnswerId = chosen;
    mine.status = ThreadStatus::Resolved;
    mine.answerCount = 3;
    Answer ours;
    ours.id = answer;
    ours.threadId = mine.id;
    ours.authorId = 1;
    ours.body = u"補足です"_s;
    ours.createdAt = QDateTime::currentDateTimeUtc();
    QVERIFY((*store)->sync().applyPage(ChangeSet{.threads = {mine}, .answers = {ours}}, u"9"_s));
    d = *(*store)->reads().threadDetail(mine.id);
    QCOMPARE(d.thread.bestAnswerId, chosen);
    QCOMPARE(d.thread.answerCount, 3); // not 4: ours is counted once
    QVERIFY(!d.bestAnswerWaiting);
    QCOMPARE(d.answers.last().local, LocalState::Synced);
    QCOMPARE((*store)->outbox().count(OutboxState::Waiting), 0);
}

void TestOutbox::items_comeOutInOrder()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->writes().ask(question());
    const QUuid a = *(*store)->writes().answer(q, u"自分の質問への補足"_s);
    const QUuid r = *(*store)->writes().report(
        {EntityKind::Thread, TestBoard::thread(2, 11).id, ReportReason::Spam, u"宣伝です"_s});
    QList<QUuid> order;
    while (const std::optional<OutboxItem> next = (*store)->outbox().nextWaiting()) {
        order.append(next->id);
        QVERIFY((*store)->outbox().markSent(next->id));
    }
    QCOMPARE(order, (QList<QUuid>{q, a, r}));
    QCOMPARE((*store)->outbox().items().size(), 3); // sent items stay listed for a day
    QCOMPARE((*store)->outbox().items().first().state, OutboxState::Sent);
}

void TestOutbox::refusal_keepsTheTextAndTakesBackEffects()
{
    auto store = boardWithMe();
    const QUuid mine = TestBoard::thread(0, 11).id;
    const QUuid other = TestBoard::thread(1, 11).id;
    const QUuid answer = *(*store)->writes().answer(other, u"締め切り後の回答"_s);
    const QUuid best = *(*store)->writes().chooseBestAnswer(
        mine, TestBoard::answer(1, TestBoard::thread(0, 11), 2).id);
    QVERIFY((*store)->outbox().markNeedsAttention(answer, u"thread_not_open"_s,
                                                  u"This thread no longer takes answers."_s));
    QVERIFY((*store)->outbox().markNeedsAttention(best, u"not_asker"_s,
                                                  u"Only the asker chooses the best answer."_s));

    const std::optional<OutboxItem> item = (*store)->outbox().item(answer);
    QCOMPARE(item->state, OutboxState::NeedsAttention);
    QCOMPARE(item->lastError, u"This thread no longer takes answers."_s);
    QCOMPARE(ApiCodec::decodeAnswerInput(item->payload)->body, u"締め切り後の回答"_s);
    QCOMPARE((*store)->reads().threadDetail(other)->answers.last().local,
             LocalState::NeedsAttention);
    // The refused best answer is taken back; the thread is open again here.
    QVERIFY((*store)->reads().threadDetail(mine)->thread.bestAnswerId.isNull());
    QCOMPARE((*store)->outbox().count(OutboxState::NeedsAttention), 2);
    QVERIFY(!(*store)->outbox().nextWaiting());
}

void TestOutbox::resend_andDiscard()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->writes().ask(question(u"最初の題"_s));
    QVERIFY((*store)->outbox().markNeedsAttention(q, u"unknown_category"_s,
                                                  u"categoryId: there is no category 11."_s));
    QuestionInput edited = question(u"直した題"_s);
    edited.categoryId = 12;
    QVERIFY((*store)->outbox().resend(q, QJsonDocument(ApiCodec::encode(edited)).toJson()));
    const std::optional<OutboxItem> item = (*store)->outbox().nextWaiting();
    QCOMPARE(item->id, q); // the same id: sent at most once
    QCOMPARE(item->attempts, 0);
    QCOMPARE((*store)->reads().threadDetail(q)->thread.title, u"直した題"_s);
    QCOMPARE((*store)->reads().threadDetail(q)->thread.categoryId, 12);
    QCOMPARE((*store)->reads().threadDetail(q)->local, LocalState::Waiting);

    QVERIFY((*store)->outbox().discard(q));
    QVERIFY(!(*store)->reads().threadDetail(q));
    QVERIFY(!(*store)->outbox().item(q));
    QCOMPARE((*store)->reads().categoryCounts().value(12).threads, 0);
    QVERIFY(!(*store)->outbox().discard(q));
}

void TestOutbox::drafts_survive_andGoWithTheirPost()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        Store::Opened opened = Store::open(path);
        QVERIFY(
            opened.store->drafts().save(u"answer:abc"_s, {{u"body"_s, u"途中まで書いた回答"_s}}));
        QVERIFY(opened.store->drafts().save(u"answer:abc"_s,
                                            {{u"body"_s, u"途中まで書いた回答、続き"_s}}));
    }
    Store::Opened reopened = Store::open(path);
    QCOMPARE(reopened.store->drafts().get(u"answer:abc"_s).value(u"body"_s).toString(),
             u"途中まで書いた回答、続き"_s);
    QVERIFY(reopened.store->drafts().remove(u"answer:abc"_s));
    QVERIFY(reopened.store->drafts().get(u"answer:abc"_s).isEmpty());
}

void TestOutbox::resync_keepsWhatWasNotSent()
{
    auto store = boardWithMe();
    const QUuid q = *(*store)->writes().ask(question());
    const QUuid a = *(*store)->writes().answer(TestBoard::thread(1, 11).id, u"回答"_s);
    QVERIFY((*store)->sync().beginResync(u"http://example.net me"_s));
    QVERIFY((*store)->sync().applyPage(ChangeSet{.categories = TestBoard::skeleton().categories,
                                                 .threads = {TestBoard::thread(1, 11)}},
                                       u"3"_s));
    QVERIFY((*store)->sync().finishResync());
    QVERIFY((*store)->reads().threadDetail(q));
    QCOMPARE((*store)->reads().threadDetail(TestBoard::thread(1, 11).id)->answers.size(), 1);
    QCOMPARE((*store)->reads().threadDetail(TestBoard::thread(1, 11).id)->answers.first().answer.id,
             a);
    QVERIFY(!(*store)->reads().threadDetail(TestBoard::thread(2, 11).id));
}

void TestOutbox::views_areQueuedOnceADay()
{
    auto store = boardWithMe();
    const QUuid t = TestBoard::thread(2, 11).id;
    QVERIFY((*store)->writes().recordView(t));
    QVERIFY((*store)->writes().recordView(t));
    QVERIFY((*store)->writes().recordView(TestBoard::thread(1, 11).id));
    QCOMPARE((*store)->outbox().count(OutboxState::Waiting), 0); // not the user's writing
    int views = 0;
    while (const auto item = (*store)->outbox().nextWaiting()) {
        QCOMPARE(item->kind, OutboxKind::View);
        ++views;
        QVERIFY((*store)->outbox().markSent(item->id));
    }
    QCOMPARE(views, 2);
}

void TestOutbox::writing_needsASignedInUser()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    QVERIFY(!(*store)->writes().ask(question()));
    QVERIFY(!(*store)->writes().answer(QUuid::createUuid(), u"x"_s));
    QCOMPARE((*store)->outbox().count(OutboxState::Waiting), 0);
}

void TestOutbox::moderation_actionsFollowTheirOwnVersion_andSurviveAResync()
{
    auto store = boardWithMe();
    QVERIFY((*store)->sync().setMe({1, u"管理人"_s, Role::Moderator}));
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
    QVERIFY((*store)->sync().ingest(
        ChangeSet{.moderationItems = {itemOn(reported, 4), itemOn(other, 1)}}));

    // Claim, then hide, queued on version 4; a note needs no version.
    const QUuid claim = *(*store)->moderation().claim(reported.id);
    const QUuid hide = *(*store)->moderation().resolve(reported.id, ModerationAction::Hide,
                                                       u"spam"_s, u"三回目"_s);
    const QUuid note = *(*store)->moderation().note(other.id, u"様子見"_s);
    QCOMPARE(ApiCodec::decodeClaim((*store)->outbox().item(claim)->payload)->version, 4);
    QCOMPARE(ApiCodec::decodeResolve((*store)->outbox().item(hide)->payload)->version, 4);
    QCOMPARE((*store)->moderation().entry(reported.id)->localAction, AuditAction::Hidden);
    QCOMPARE((*store)->moderation().entry(reported.id)->local, LocalState::Waiting);

    // A full resync that no longer has the items keeps those with actions waiting.
    QVERIFY((*store)->sync().beginResync(u"http://example.net me"_s));
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.categories = TestBoard::skeleton().categories, .threads = {reported, other}},
        u"3"_s));
    QVERIFY((*store)->sync().finishResync());
    QVERIFY((*store)->moderation().entry(reported.id));
    QVERIFY((*store)->moderation().entry(other.id));

    // The server took the claim (version 5): the hide that followed it moves to version 5.
    ModerationItem claimed = itemOn(reported, 5);
    claimed.status = ModerationStatus::Claimed;
    QVERIFY((*store)->moderation().markSent(claim, claimed));
    QCOMPARE(ApiCodec::decodeResolve((*store)->outbox().item(hide)->payload)->version, 5);
    QCOMPARE((*store)->moderation().entry(reported.id)->item.version, 5);
    QCOMPARE((*store)->moderation().entry(reported.id)->local,
             LocalState::Waiting); // the hide waits

    // Refused, the hide keeps its note and shows as needing attention; once the server's item is
    // newer, applying it again uses that version.
    QVERIFY((*store)->outbox().markNeedsAttention(hide, u"stale"_s, u"changed"_s));
    QCOMPARE((*store)->moderation().entry(reported.id)->local, LocalState::NeedsAttention);
    QVERIFY((*store)->sync().ingest(ChangeSet{.moderationItems = {itemOn(reported, 7)}}));
    const OutboxItem refused = *(*store)->outbox().item(hide);
    QCOMPARE(ApiCodec::decodeResolve(refused.payload)->note, u"三回目"_s);
    QCOMPARE(ApiCodec::decodeResolve((*store)->moderation().rebasedPayload(refused))->version, 7);
    // Dropped, the item shows the server's state again.
    QVERIFY((*store)->outbox().discard(hide));
    QCOMPARE((*store)->moderation().entry(reported.id)->local, LocalState::Synced);
    QVERIFY(!(*store)->moderation().entry(reported.id)->localAction);
    QVERIFY((*store)->outbox().markSent(note));
    QCOMPARE((*store)->moderation().entry(other.id)->local, LocalState::Synced);
    // Then gone from the server: a tombstone removes it.
    QVERIFY((*store)->sync().ingest(ChangeSet{
        .tombstones = {{EntityKind::ModerationItem, other.id.toString(QUuid::WithoutBraces)}}}));
    QVERIFY(!(*store)->moderation().entry(other.id));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
