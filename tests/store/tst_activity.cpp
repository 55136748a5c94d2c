// What is new for the user, in the store: new and unread threads with their counts, follow
// levels that show at once and settle with the server, notifications read by any path, and a
// cache that changes hands.

#include "domain/apicodec.h"
#include "domain/jsoncodec.h"
#include "store/activitycache.h"
#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

const User Me{1, u"相談者A"_s, Role::Member};

// The board as user 1 first synced it: threads 0–5 in category 11 (0 and 1 asked by user 1),
// 6–7 in 12, each with no answers.
std::unique_ptr<TestBoard::TempStore> syncedBoard()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 6) + TestBoard::threads(12, 2, 6);
    for (Thread &t : c.threads)
        t.authorId = 2;
    c.threads[0].authorId = 1;
    c.threads[1].authorId = 1;
    SyncWriter &sync = (*store)->sync();
    if (!sync.setMe(Me) || !sync.beginResync(u"https://board.example alice"_s) ||
        !sync.applyPage(c, u"10"_s) || !sync.finishResync())
        qFatal("cannot set up the store");
    return store;
}

// A thread that arrives after the first sync, by author, in category.
Thread later(int n, qint64 categoryId, qint64 authorId = 2)
{
    Thread t = TestBoard::thread(100 + n, categoryId);
    t.authorId = authorId;
    t.createdAt = t.createdAt.addDays(30);
    t.lastActivityAt = t.createdAt;
    return t;
}

Answer answerAt(int n, const Thread &thread, qint64 authorId, const QDateTime &at)
{
    Answer a = TestBoard::answer(n, thread, authorId);
    a.createdAt = at;
    return a;
}

// The thread as the list shows it, from the category's list.
ThreadSummary rowOf(Store &store, const QUuid &id, qint64 categoryId = 11)
{
    ThreadQuery q;
    q.categoryId = categoryId;
    for (const ThreadSummary &row : store.reads().threads(q, std::nullopt, 200)) {
        if (row.id == id)
            return row;
    }
    return {};
}

QList<OutboxItem> waiting(Store &store)
{
    QList<OutboxItem> items;
    // Bookkeeping is not listed: walk the queue as the sync engine does.
    while (const std::optional<OutboxItem> item = store.outbox().nextWaiting()) {
        items.append(*item);
        if (!store.outbox().markSent(item->id))
            break;
    }
    return items;
}

bool apply(Store &store, const ChangeSet &page)
{
    static int cursor = 100;
    return store.sync().applyPage(page, QString::number(++cursor));
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newThreads_areThoseSinceTheFirstSyncOrTheLastLook();
    void unreadAnswers_countInThreadsIFollowOnly();
    void readMarks_onlyMoveForward_andQueueOnlyWhatIsNew();
    void notifications_areReadByAnyPath();
    void unknownKinds_areKeptAndCounted();
    void levels_showAtOnce_thenSettleOrGoBack();
    void categoryLevels_nearestWins_andMutedIsNeverNew();
    void anotherUser_getsACleanSlate();
    void resync_dropsOwnRowsTheServerNoLongerSends();
    void withoutAnAccount_marksStayHere();
};

void TestActivity::newThreads_areThoseSinceTheFirstSyncOrTheLastLook()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    // Threads that were there at the first sync are not new.
    QVERIFY(activity.categoryActivity().isEmpty());
    QVERIFY(!rowOf(**store, TestBoard::thread(3, 11).id).isNew);

    ChangeSet page;
    page.threads = {later(1, 11), later(2, 11), later(3, 11, Me.id), later(4, 12)};
    QSignalSpy changed(store->store.get(), &Store::changed);
    QVERIFY(apply(**store, page));
    QCOMPARE(changed.count(), 1);
    QHash<qint64, CategoryCounts> counts = activity.categoryActivity();
    QCOMPARE(counts.value(11).newThreads, 2); // not the user's own
    QCOMPARE(counts.value(12).newThreads, 1);
    QCOMPARE(counts.value(11).unreadThreads, 0);
    QVERIFY(rowOf(**store, later(1, 11).id).isNew);
    QVERIFY(!rowOf(**store, later(3, 11).id).isNew);

    // Looking at the category: what is there now is no longer new, in the counts and the list.
    QVERIFY(activity.lookedAtCategory(11));
    counts = activity.categoryActivity();
    QCOMPARE(counts.value(11).newThreads, 0);
    QCOMPARE(counts.value(12).newThreads, 1);
    QVERIFY(!rowOf(**store, later(1, 11).id).isNew);
    // Looking again with nothing new queues nothing more.
    QVERIFY(activity.lookedAtCategory(11));

    // A later thread is new again until it is opened.
    page.threads = {later(5, 11)};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.categoryActivity().value(11).newThreads, 1);
    QVERIFY(activity.markThreadRead(later(5, 11).id));
    QCOMPARE(activity.categoryActivity().value(11).newThreads, 0);

    const QList<OutboxItem> items = waiting(**store);
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).kind, OutboxKind::CategoryState);
    QCOMPARE(items.at(0).targetNumber, 11);
    QCOMPARE(ApiCodec::decodeCategoryState(items.at(0).payload)->seenAt,
             later(4, 12).lastActivityAt); // the newest time of the board in the cache
    QCOMPARE(items.at(1).kind, OutboxKind::ThreadState);
    QCOMPARE(items.at(1).threadId, later(5, 11).id);
    // Bookkeeping: not in the user's outbox list, not counted.
    QCOMPARE((*store)->outbox().count(OutboxState::Waiting), 0);
    QVERIFY((*store)->outbox().items().isEmpty());
}

void TestActivity::unreadAnswers_countInThreadsIFollowOnly()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    const Thread mine = TestBoard::thread(0, 11);
    const Thread other = TestBoard::thread(3, 11);
    const QDateTime t = mine.createdAt.addDays(40);

    ChangeSet page;
    page.answers = {answerAt(1, mine, 2, t), answerAt(2, mine, 3, t.addSecs(60)),
                    answerAt(3, other, 2, t)};
    Thread bumped = mine;
    bumped.lastActivityAt = t.addSecs(60);
    page.threads = {bumped};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.categoryActivity().value(11).unreadThreads, 1); // mine, not the other
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 2);
    QCOMPARE(rowOf(**store, other.id).unreadAnswers, 0);
    QCOMPARE(activity.threadFollow(mine.id).reason, FollowReason::Asked);

    // Opened: read. My own answer later is not unread.
    QVERIFY(activity.markThreadRead(mine.id));
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 0);
    QVERIFY(activity.categoryActivity().value(11).unreadThreads == 0);
    QVERIFY((*store)->writes().answer(mine.id, u"補足です"_s));
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 0);

    // Answering a thread follows it; watching another one too, with its answers unread.
    QVERIFY((*store)->writes().answer(TestBoard::thread(4, 11).id, u"回答します"_s));
    QCOMPARE(activity.threadFollow(TestBoard::thread(4, 11).id).reason, FollowReason::Answered);
    QVERIFY(activity.setThreadLevel(other.id, FollowLevel::Watching));
    QCOMPARE(rowOf(**store, other.id).unreadAnswers, 1);
    QCOMPARE(activity.categoryActivity().value(11).unreadThreads, 1);
    // Muting my own question: its answers are no longer unread.
    page = {};
    page.answers = {answerAt(4, mine, 2, t.addSecs(120))};
    bumped.lastActivityAt = t.addSecs(120);
    page.threads = {bumped};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.categoryActivity().value(11).unreadThreads, 2);
    QVERIFY(activity.setThreadLevel(mine.id, FollowLevel::Muted));
    QCOMPARE(activity.categoryActivity().value(11).unreadThreads, 1);
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 0);
    // An answer that goes (hidden, deleted) is no longer unread.
    page = {};
    page.tombstones = {
        {EntityKind::Answer, answerAt(3, other, 2, t).id.toString(QUuid::WithoutBraces)}};
    QVERIFY(apply(**store, page));
    QCOMPARE(rowOf(**store, other.id).unreadAnswers, 0);
    QCOMPARE(activity.categoryActivity().value(11).unreadThreads, 0);
}

void TestActivity::readMarks_onlyMoveForward_andQueueOnlyWhatIsNew()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    const Thread mine = TestBoard::thread(0, 11);
    const QDateTime t = mine.createdAt.addDays(40);
    ChangeSet page;
    Thread bumped = mine;
    bumped.lastActivityAt = t;
    page.threads = {bumped};
    page.answers = {answerAt(1, mine, 2, t)};
    QVERIFY(apply(**store, page));

    QVERIFY(activity.markThreadRead(mine.id));
    QVERIFY(activity.markThreadRead(mine.id)); // nothing new: nothing queued
    // The server's mark from another device that read less changes nothing here.
    page = {};
    page.threadStates = {{mine.id, std::nullopt, mine.createdAt}};
    QVERIFY(apply(**store, page));
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 0);
    const QList<OutboxItem> items = waiting(**store);
    QCOMPARE(items.size(), 1);
    QCOMPARE(ApiCodec::decodeThreadState(items.at(0).payload)->readUpTo, t);
    QVERIFY(!ApiCodec::decodeThreadState(items.at(0).payload)->setLevel);

    // A read mark from another device that read more marks it read here.
    page = {};
    bumped.lastActivityAt = t.addSecs(60);
    page.threads = {bumped};
    page.answers = {answerAt(2, mine, 3, t.addSecs(60))};
    QVERIFY(apply(**store, page));
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 1);
    page = {};
    page.threadStates = {{mine.id, std::nullopt, t.addSecs(60)}};
    QVERIFY(apply(**store, page));
    QCOMPARE(rowOf(**store, mine.id).unreadAnswers, 0);
    QVERIFY(activity.markThreadRead(mine.id));
    QVERIFY(waiting(**store).isEmpty());

    // Marking everything read covers every category.
    page = {};
    page.threads = {later(1, 12)};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.categoryActivity().value(12).newThreads, 1);
    QVERIFY(activity.markCategoryRead(0));
    QVERIFY(activity.categoryActivity().isEmpty());
}

void TestActivity::notifications_areReadByAnyPath()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    const Thread mine = TestBoard::thread(0, 11);
    const Thread watched = TestBoard::thread(4, 11);
    const QDateTime t = mine.createdAt.addDays(40);
    ChangeSet page;
    Thread bumped = mine;
    bumped.lastActivityAt = t;
    Thread bumped2 = watched;
    bumped2.lastActivityAt = t.addSecs(30);
    page.threads = {bumped, bumped2};
    const Answer a1 = answerAt(1, mine, 2, t);
    const Answer a2 = answerAt(2, watched, 3, t.addSecs(30));
    page.answers = {a1, a2};
    page.notifications = {{1, u"answer"_s, mine.id, a1.id, 2, {}, t, false},
                          {2, u"followed_answer"_s, watched.id, a2.id, 3, {}, t.addSecs(30), false},
                          {3, u"best_answer"_s, watched.id, a2.id, 1, {}, t.addSecs(20), true}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.unreadNotificationCount(), 2);
    const QList<NotificationView> views = activity.notifications();
    QCOMPARE(views.size(), 3);
    QCOMPARE(views.at(0).notification.id, 2); // newest first
    QCOMPARE(views.at(0).actorName, u"回答者C"_s);
    QCOMPARE(views.at(0).threadTitle, watched.title);
    QVERIFY(views.at(0).unread);
    QVERIFY(!views.at(1).unread); // the server says it was read
    QCOMPARE(kindOf(views.at(1).notification), NotificationKind::BestAnswer);
    QCOMPARE(kindOf(views.at(2).notification), NotificationKind::Answer);
    QVERIFY(views.at(2).unread);

    // Shown on the desktop once.
    QCOMPARE(activity.takeUnshown().size(), 2);
    QVERIFY(activity.takeUnshown().isEmpty());

    // Opening the thread reads its notification.
    QVERIFY(activity.markThreadRead(mine.id));
    QCOMPARE(activity.unreadNotificationCount(), 1);
    // The other thread was read on another device: its mark arrives.
    page = {};
    page.threadStates = {{watched.id, std::nullopt, t.addSecs(30)}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.unreadNotificationCount(), 0);

    // A later one is unread until it is read on its own.
    page = {};
    page.notifications = {{4, u"thanks"_s, watched.id, a2.id, 1, {}, t.addSecs(90), false}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.unreadNotificationCount(), 1);
    QVERIFY(activity.markNotificationRead(4));
    QCOMPARE(activity.unreadNotificationCount(), 0);
    const QList<OutboxItem> items = waiting(**store);
    QCOMPARE(items.last().kind, OutboxKind::NotificationRead);
    QCOMPARE(items.last().targetNumber, 4);
    // The server confirms: the row is the server's again, read.
    Notification confirmed = page.notifications.at(0);
    confirmed.read = true;
    QVERIFY(activity.confirm(items.last(), QJsonDocument(JsonCodec::encode(confirmed)).toJson()));
    QCOMPARE(activity.notifications().at(0).notification.read, true);
}

void TestActivity::unknownKinds_areKeptAndCounted()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    ChangeSet page;
    const QDateTime t = TestBoard::thread(0, 11).createdAt.addDays(1);
    page.notifications = {{7, u"post_moved"_s, {}, {}, 0, u"spam"_s, t, false}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.unreadNotificationCount(), 1);
    const NotificationView view = activity.notifications().at(0);
    QCOMPARE(kindOf(view.notification), NotificationKind::Other);
    QCOMPARE(view.notification.kind, u"post_moved"_s);
    QCOMPARE(view.notification.detail, u"spam"_s);
    QVERIFY(view.threadTitle.isEmpty());
    // Without a thread, only marking everything read (or itself) reads it.
    QVERIFY(activity.markCategoryRead(11));
    QCOMPARE(activity.unreadNotificationCount(), 1);
    QVERIFY(activity.markCategoryRead(0));
    QCOMPARE(activity.unreadNotificationCount(), 0);
}

void TestActivity::levels_showAtOnce_thenSettleOrGoBack()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    const QUuid thread = TestBoard::thread(3, 11).id;
    QCOMPARE(activity.threadFollow(thread).effective, FollowLevel::Normal);
    QCOMPARE(activity.threadFollow(thread).reason, FollowReason::Default);

    QVERIFY(activity.setThreadLevel(thread, FollowLevel::Watching));
    FollowState state = activity.threadFollow(thread);
    QCOMPARE(state.effective, FollowLevel::Watching);
    QCOMPARE(state.reason, FollowReason::Chosen);
    QVERIFY(state.waiting);
    // A page from before the server had it does not take it away.
    ChangeSet page;
    page.threadStates = {{thread, FollowLevel::Normal, {}}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.threadFollow(thread).effective, FollowLevel::Watching);

    // The server took it: settled.
    std::optional<OutboxItem> item = (*store)->outbox().nextWaiting();
    QVERIFY(item);
    QVERIFY(activity.confirm(
        *item,
        QJsonDocument(JsonCodec::encode(ThreadState{thread, FollowLevel::Watching, {}})).toJson()));
    state = activity.threadFollow(thread);
    QCOMPARE(state.effective, FollowLevel::Watching);
    QVERIFY(!state.waiting);
    QCOMPARE((*store)->outbox().item(item->id)->state, OutboxState::Sent);

    // Muted, refused by the server and dropped: the server's level shows again.
    QVERIFY(activity.setThreadLevel(thread, FollowLevel::Muted));
    QCOMPARE(activity.threadFollow(thread).effective, FollowLevel::Muted);
    item = (*store)->outbox().nextWaiting();
    QVERIFY((*store)->outbox().discard(item->id));
    QCOMPARE(activity.threadFollow(thread).effective, FollowLevel::Watching);

    // Back to what the category says.
    QVERIFY(activity.setThreadLevel(thread, std::nullopt));
    QCOMPARE(activity.threadFollow(thread).reason, FollowReason::Default);
    QCOMPARE(ApiCodec::decodeThreadState((*store)->outbox().nextWaiting()->payload)->setLevel,
             true);
}

void TestActivity::categoryLevels_nearestWins_andMutedIsNeverNew()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    QVERIFY(activity.setCategoryLevel(1, FollowLevel::Watching));
    FollowState state = activity.categoryFollow(11);
    QCOMPARE(state.effective, FollowLevel::Watching);
    QCOMPARE(state.reason, FollowReason::Category);
    QCOMPARE(state.levelFrom, 1);
    QCOMPARE(activity.categoryFollow(1).reason, FollowReason::Chosen);
    // A thread of a watched category: told of as new, not followed for its answers.
    QCOMPARE(activity.threadFollow(TestBoard::thread(3, 11).id).effective, FollowLevel::Normal);
    QCOMPARE(activity.threadFollow(TestBoard::thread(3, 11).id).reason, FollowReason::Category);

    QVERIFY(activity.setCategoryLevel(11, FollowLevel::Muted));
    QCOMPARE(activity.categoryFollow(11).effective, FollowLevel::Muted);
    QCOMPARE(activity.categoryFollow(12).effective, FollowLevel::Watching);
    QCOMPARE(activity.threadFollow(TestBoard::thread(3, 11).id).effective, FollowLevel::Muted);
    // My own question in the muted category is still mine.
    QCOMPARE(activity.threadFollow(TestBoard::thread(0, 11).id).effective, FollowLevel::Watching);

    ChangeSet page;
    page.threads = {later(1, 11), later(2, 12)};
    QVERIFY(apply(**store, page));
    const QHash<qint64, CategoryCounts> counts = activity.categoryActivity();
    QCOMPARE(counts.value(11).newThreads, 0);
    QCOMPARE(counts.value(12).newThreads, 1);
    QVERIFY(!rowOf(**store, later(1, 11).id).isNew);
    // The whole board has no level.
    QVERIFY(!activity.setCategoryLevel(0, FollowLevel::Muted));
}

void TestActivity::anotherUser_getsACleanSlate()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    ChangeSet page;
    page.notifications = {{1,
                           u"answer"_s,
                           TestBoard::thread(0, 11).id,
                           {},
                           2,
                           {},
                           TestBoard::thread(0, 11).createdAt,
                           false}};
    QVERIFY(apply(**store, page));
    QVERIFY(activity.setThreadLevel(TestBoard::thread(5, 11).id, FollowLevel::Watching));
    QCOMPARE(activity.unreadNotificationCount(), 1);

    // User 2 signs in on this cache: what was user 1's goes; their own threads are theirs.
    QVERIFY((*store)->sync().setMe({2, u"回答者B"_s, Role::Member}));
    QVERIFY((*store)->sync().beginResync(u"https://board.example bob"_s));
    QCOMPARE(activity.unreadNotificationCount(), 0);
    QCOMPARE(activity.threadFollow(TestBoard::thread(5, 11).id).reason, FollowReason::Asked);
    QCOMPARE(activity.threadFollow(TestBoard::thread(0, 11).id).reason, FollowReason::Default);
    QCOMPARE(activity.threadFollow(TestBoard::thread(0, 11).id).own, std::nullopt);
}

void TestActivity::resync_dropsOwnRowsTheServerNoLongerSends()
{
    auto store = syncedBoard();
    ActivityCache &activity = (*store)->activity();
    const Thread one = TestBoard::thread(3, 11);
    const Thread two = TestBoard::thread(4, 11);
    ChangeSet page;
    page.notifications = {{1, u"new_thread"_s, one.id, one.id, 2, {}, one.createdAt, false},
                          {2, u"new_thread"_s, two.id, two.id, 2, {}, two.createdAt, false}};
    page.threadStates = {{one.id, FollowLevel::Watching, {}}, {two.id, FollowLevel::Muted, {}}};
    QVERIFY(apply(**store, page));
    QCOMPARE(activity.unreadNotificationCount(), 2);

    // The server starts again (410) and sends only what it still has.
    QVERIFY((*store)->sync().beginResync(u"https://board.example alice"_s));
    ChangeSet again = TestBoard::skeleton();
    again.threads = TestBoard::threads(11, 6) + TestBoard::threads(12, 2, 6);
    for (Thread &t : again.threads)
        t.authorId = t.id == TestBoard::thread(0, 11).id ? 1 : 2;
    again.notifications = {page.notifications.at(1)};
    again.threadStates = {page.threadStates.at(0)};
    QVERIFY((*store)->sync().applyPage(again, u"300"_s));
    QVERIFY((*store)->sync().finishResync());
    QCOMPARE(activity.unreadNotificationCount(), 1);
    QCOMPARE(activity.threadFollow(one.id).effective, FollowLevel::Watching);
    QCOMPARE(activity.threadFollow(two.id).own, std::nullopt);
    QCOMPARE(activity.threadFollow(TestBoard::thread(0, 11).id).reason, FollowReason::Asked);
    QCOMPARE(activity.threadFollow(TestBoard::thread(1, 11).id).reason, FollowReason::Default);
}

void TestActivity::withoutAnAccount_marksStayHere()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 3);
    QVERIFY((*store)->sync().ingest(c));
    ActivityCache &activity = (*store)->activity();
    QVERIFY(activity.markThreadRead(c.threads.at(0).id));
    QVERIFY(activity.lookedAtCategory(11));
    QVERIFY(!(*store)->outbox().nextWaiting());
    QVERIFY(!activity.setThreadLevel(c.threads.at(0).id, FollowLevel::Watching));
}

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
