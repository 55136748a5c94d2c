// What is new for the user on a large cache: the new and unread counts of the whole category
// tree, worked out again after a page of 500 changes has been applied (what the window does after
// every page of a sync). The cache: 100,000 threads, 1,000,000 posts, 10,000 followed threads and
// 50,000 notifications. The target: under 10 ms. See docs/performance.md.

#include "store/activitycache.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/bench/benchsupport.h"
#include "tests/support/testboard.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

constexpr qint64 Me = 1;
const QList<qint64> Leaves = {11, 12, 21, 22};

struct Board
{
    int threads = 0;
    int answersPerThread = 0;
    int followed = 0;
    int notifications = 0;
};

Thread threadOf(int n)
{
    Thread t = TestBoard::thread(n, Leaves[n % Leaves.size()]);
    // One thread in fifty is the user's own question: watched from the start.
    t.authorId = n % 50 == 0 ? Me : 2 + n % 2;
    return t;
}

Notification notificationOf(qint64 id, const Thread &t, const QDateTime &at, bool read)
{
    Notification n;
    n.id = id;
    n.kind = t.authorId == Me ? u"answer"_s : u"followed_answer"_s;
    n.threadId = t.id;
    n.actorId = 2;
    n.at = at;
    n.read = read;
    return n;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption threadsOption(u"threads"_s, u"Threads."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption answersOption(u"answers"_s, u"Answers per thread."_s, u"n"_s, u"9"_s);
    const QCommandLineOption followedOption(u"followed"_s, u"Followed threads."_s, u"n"_s,
                                            u"10000"_s);
    const QCommandLineOption notificationsOption(u"notifications"_s, u"Notifications."_s, u"n"_s,
                                                 u"50000"_s);
    const QCommandLineOption repeatOption(u"repeat"_s, u"Pages applied and measured."_s, u"n"_s,
                                          u"20"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Leave the cache in this folder, to look at."_s,
                                        u"dir"_s);
    parser.addOptions({threadsOption, answersOption, followedOption, notificationsOption,
                       repeatOption, keepOption});
    parser.process(app);
    Board board;
    board.threads = parser.value(threadsOption).toInt();
    board.answersPerThread = parser.value(answersOption).toInt();
    board.followed = qMin(parser.value(followedOption).toInt(), board.threads);
    board.notifications = parser.value(notificationsOption).toInt();
    const int repeat = parser.value(repeatOption).toInt();

    QTemporaryDir temporary;
    const QDir dir(parser.isSet(keepOption) ? parser.value(keepOption) : temporary.path());
    Store::Opened opened = Store::open(dir.filePath(u"soudan.sqlite"_s));
    if (!opened.store) {
        print(u"cannot open the cache: "_s + opened.error);
        return 1;
    }
    Store &store = *opened.store;
    store.sync().setMe({Me, u"相談者A"_s, Role::Member});

    // The board, in pages of 500 rows as the feed sends them.
    QElapsedTimer timer;
    timer.start();
    int cursor = 0;
    qint64 answerNumber = 0;
    ChangeSet page;
    int rows = 0;
    auto flush = [&](bool always = false) {
        if (rows == 0 || (!always && rows < 500))
            return true;
        const bool ok = store.sync().applyPage(page, QString::number(++cursor));
        page = ChangeSet();
        rows = 0;
        return ok;
    };
    // Followed: the user's own questions (one in fifty) and, for the rest of the number, threads
    // set to watching; four in five of them read up to their last activity, the fifth unread.
    const int step = qMax(1, board.threads / qMax(1, board.followed));
    int followed = 0;
    QList<Thread> watched;
    // The first sync brought nine tenths of the threads; the rest came later, and are new.
    const int firstSync = board.threads * 9 / 10;
    store.sync().beginResync(u"bench"_s);
    store.sync().applyPage(TestBoard::skeleton(), QString::number(++cursor));
    for (int n = 0; n < board.threads; ++n) {
        if (n == firstSync && !(flush(true) && store.sync().finishResync())) {
            print(u"first sync failed: "_s + store.lastError());
            return 1;
        }
        Thread t = threadOf(n);
        // Answers come within the thread's life; its last activity is the last of them.
        QList<Answer> answers;
        for (int a = 0; a < board.answersPerThread; ++a) {
            Answer answer = TestBoard::answer(int(answerNumber++), t, 2 + a % 2);
            answer.createdAt = t.createdAt.addSecs(60 * (a + 1));
            answers.append(answer);
            t.lastActivityAt = answer.createdAt;
        }
        page.threads.append(t);
        page.answers.append(answers);
        rows += 1 + int(answers.size());
        const bool own = t.authorId == Me;
        if ((own || n % step == 0) && followed < board.followed) {
            ++followed;
            watched.append(t);
            ThreadState state{t.id, own ? std::nullopt : std::optional(FollowLevel::Watching), {}};
            if (followed % 5 != 0)
                state.readUpTo = t.lastActivityAt;
            page.threadStates.append(state);
            ++rows;
        }
        if (!flush()) {
            print(u"ingest failed: "_s + store.lastError());
            return 1;
        }
    }
    // Notifications about the followed threads, two in three read already.
    for (qint64 id = 1; id <= board.notifications && !watched.isEmpty(); ++id) {
        const Thread &t = watched[int(id % watched.size())];
        page.notifications.append(
            notificationOf(id, t, t.createdAt.addSecs(600 + id % 3600), id % 3 != 0));
        if (++rows >= 500 && !flush()) {
            print(u"ingest failed: "_s + store.lastError());
            return 1;
        }
    }
    if (!flush(true)) {
        print(u"ingest failed: "_s + store.lastError());
        return 1;
    }
    const double fillMs = Bench::elapsedMs(timer);
    const qint64 posts = qint64(board.threads) * (1 + board.answersPerThread);
    print(u"bench_unread: %L1 threads, %L2 posts, %L3 followed threads, %L4 notifications "
          "(cache filled through SyncWriter::applyPage in %5 s)"_s.arg(board.threads)
              .arg(posts)
              .arg(followed)
              .arg(board.notifications)
              .arg(fillMs / 1000.0, 0, 'f', 1));

    // Pages of 500 changes: new threads, answers by others, a third of them in followed threads,
    // and the notifications they make; then the whole tree's counts, as the window reads them.
    QList<double> applyMs, countsMs, unreadMs;
    int nextThread = board.threads;
    qint64 nextNotification = board.notifications + 1;
    int unreadThreads = 0, newThreads = 0, unreadNotifications = 0;
    for (int r = 0; r < repeat; ++r) {
        ChangeSet changes;
        for (int i = 0; i < 500; ++i) {
            if (i % 10 == 9) {
                changes.threads.append(threadOf(nextThread++));
                continue;
            }
            const bool inFollowed = i % 3 == 0 && !watched.isEmpty();
            const Thread t = inFollowed ? watched[(r * 167 + i) % watched.size()]
                                        : threadOf((r * 7919 + i * 131) % board.threads);
            if (inFollowed && i % 2 == 0) {
                changes.notifications.append(
                    notificationOf(nextNotification++, t, QDateTime::currentDateTimeUtc(), false));
                continue;
            }
            Answer a = TestBoard::answer(int(answerNumber++), t, 2);
            a.createdAt = QDateTime::currentDateTimeUtc();
            changes.answers.append(a);
        }
        timer.restart();
        if (!store.sync().applyPage(changes, QString::number(++cursor))) {
            print(u"page failed: "_s + store.lastError());
            return 1;
        }
        applyMs.append(Bench::elapsedMs(timer));

        timer.restart();
        const QHash<qint64, CategoryCounts> counts = store.activity().categoryActivity();
        countsMs.append(Bench::elapsedMs(timer));
        timer.restart();
        unreadNotifications = store.activity().unreadNotificationCount();
        unreadMs.append(Bench::elapsedMs(timer));
        unreadThreads = newThreads = 0;
        for (const CategoryCounts &c : counts) {
            unreadThreads += c.unreadThreads;
            newThreads += c.newThreads;
        }
    }
    const Bench::Timing apply = Bench::summarize(applyMs), tree = Bench::summarize(countsMs),
                        unread = Bench::summarize(unreadMs);
    print(u"  apply a page of 500 changes (SyncWriter::applyPage): median %1 ms"_s.arg(apply.median,
                                                                                       0, 'f', 1));
    print(u"  new and unread counts of the whole category tree (ActivityCache::categoryActivity):"
          " median %1 ms, min %2 ms  [target < 10 ms]"_s.arg(tree.median, 0, 'f', 2)
              .arg(tree.min, 0, 'f', 2));
    print(u"  unread notifications (ActivityCache::unreadNotificationCount): median %1 ms"_s.arg(
        unread.median, 0, 'f', 2));
    print(u"  after %1 pages: %L2 unread threads, %L3 new threads, %L4 unread notifications"_s
              .arg(repeat)
              .arg(unreadThreads)
              .arg(newThreads)
              .arg(unreadNotifications));
    if (unreadThreads == 0 || unreadNotifications == 0) {
        print(u"  the counts should not be zero: followed threads got answers"_s);
        return 1;
    }
    return 0;
}
