// A first sync or a resync writes the board's rows first and leaves its posts to be indexed for
// search after it (Search::indexBacklog), a batch at a time: what search finds meanwhile and
// after, on a real cache file.

#include "domain/searchtext.h"
#include "store/boardreads.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestSearchBacklog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void firstSync_postsAreFoundOnceIndexed();
    void postsIndexedBefore_stayInStepDuringAResync();
    void moreLeftDuringThePass_areIndexedToo();
    void rebuild_leavesNothingForLater();
    void pagesWithoutAResync_areIndexedAtOnce();

private:
    QSet<QUuid> found(const QString &query) const;
    Store &store() const { return **m_store; }
    bool page(const ChangeSet &changes);

    std::unique_ptr<TestBoard::TempStore> m_store;
    int m_pages = 0;
};

void TestSearchBacklog::init()
{
    m_store = TestBoard::openTempStore();
    m_pages = 0;
}

QSet<QUuid> TestSearchBacklog::found(const QString &query) const
{
    QSet<QUuid> threads;
    for (const SearchHit &hit : store().search().find(SearchText::parse(query)))
        threads.insert(hit.threadId);
    return threads;
}

bool TestSearchBacklog::page(const ChangeSet &changes)
{
    ++m_pages;
    return store().sync().applyPage(changes, u"%1-x"_s.arg(m_pages));
}

void TestSearchBacklog::firstSync_postsAreFoundOnceIndexed()
{
    QVERIFY(store().sync().beginResync(u"https://board.example alice"_s));
    ChangeSet first = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    t.title = u"見積もりの相場"_s;
    t.body = u"ロゴ制作の報酬はいくらが相場でしょうか。"_s;
    Answer a = TestBoard::answer(2, t);
    a.body = u"契約書を先に交わしましょう。"_s;
    Answer hidden = TestBoard::answer(3, t);
    hidden.body = u"連絡先はLINEのIDです。"_s;
    hidden.hidden = true;
    first.threads = {t};
    first.answers = {a, hidden};
    QVERIFY(page(first));
    // The rows are there to read; search does not find them yet, and says so.
    QCOMPARE(store().reads().totals().threads, 1);
    QVERIFY(found(u"相場"_s).isEmpty());
    QCOMPARE(store().search().postsLeftForLater(), std::optional<int>(2));

    // A later page of the same sync changes the answer: its new words are what is indexed.
    a.body = u"納期を先に決めましょう。"_s;
    a.version = 2;
    Thread other = TestBoard::thread(4, 21);
    other.title = u"仮払いの前に作業"_s;
    QVERIFY(page(ChangeSet{.threads = {other}, .answers = {a}}));
    QVERIFY(found(u"納期"_s).isEmpty());
    QVERIFY(store().sync().finishResync());

    // A batch at a time: after the first, search finds some and says how many are left.
    QSignalSpy changed(&store(), &Store::changed);
    const std::optional<int> left = store().search().indexBacklog(2);
    QVERIFY2(left && *left > 0, qPrintable(store().lastError()));
    QVERIFY(!changed.isEmpty() && changed.last().at(0).value<StoreChange>().search);
    QCOMPARE(found(u"相場"_s), QSet<QUuid>{t.id}); // the first rows first
    QVERIFY(store().search().postsLeftForLater());
    QCOMPARE(store().search().indexBacklog(2), std::optional<int>(0));
    QVERIFY(!store().search().postsLeftForLater());

    QCOMPARE(found(u"納期"_s), QSet<QUuid>{t.id});
    QVERIFY(found(u"契約書"_s).isEmpty()); // the answer's old words
    QVERIFY(found(u"LINE"_s).isEmpty());   // hidden
    QCOMPARE(found(u"仮払い"_s), QSet<QUuid>{other.id});
    // Nothing is left: another call does nothing.
    QCOMPARE(store().search().indexBacklog(2), std::optional<int>(0));
    QCOMPARE(found(u"相場"_s), QSet<QUuid>{t.id});
}

void TestSearchBacklog::postsIndexedBefore_stayInStepDuringAResync()
{
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    t.title = u"報酬の相場"_s;
    c.threads = {t};
    QVERIFY(store().sync().ingest(c));
    QCOMPARE(found(u"報酬"_s), QSet<QUuid>{t.id});

    // A resync (the cache has rows: they are swept after it) sends the thread changed and a new
    // one. The one in the index is kept in step at once; the new one waits.
    QVERIFY(store().sync().beginResync(u"https://board.example alice"_s));
    t.title = u"納期の相談"_s;
    t.version = 2;
    Thread fresh = TestBoard::thread(2, 11);
    fresh.title = u"契約書の修正"_s;
    QVERIFY(page(ChangeSet{.categories = c.categories, .users = c.users, .threads = {t, fresh}}));
    QCOMPARE(found(u"納期"_s), QSet<QUuid>{t.id});
    QVERIFY(found(u"報酬"_s).isEmpty());
    QVERIFY(found(u"契約書"_s).isEmpty());
    QCOMPARE(store().search().postsLeftForLater(), std::optional<int>(1));
    QVERIFY(store().sync().finishResync());
    QCOMPARE(store().search().indexBacklog(100), std::optional<int>(0));
    QCOMPARE(found(u"契約書"_s), QSet<QUuid>{fresh.id});
    QCOMPARE(found(u"納期"_s), QSet<QUuid>{t.id});
}

void TestSearchBacklog::moreLeftDuringThePass_areIndexedToo()
{
    QVERIFY(store().sync().beginResync(u"https://board.example alice"_s));
    ChangeSet first = TestBoard::skeleton();
    QList<Thread> threads;
    for (int n = 1; n <= 6; ++n) {
        Thread t = TestBoard::thread(n, 11);
        t.title = u"見積もり%1"_s.arg(n);
        threads.append(t);
    }
    first.threads = threads;
    QVERIFY(page(first));
    QCOMPARE(store().search().indexBacklog(4), std::optional<int>(2));
    QCOMPARE(found(u"見積"_s).size(), 4);

    // The resync goes on (the app was closed, or the network went). A page changes a thread
    // already indexed: its document stays in step. Another, indexed too, is hidden and then
    // shown again with new words: it has no document any more and waits, behind the place
    // the pass had reached, which therefore starts again from the first row.
    threads[0].title = u"納期1"_s;
    threads[0].version = 2;
    threads[1].hidden = true;
    threads[1].version = 2;
    QVERIFY(page(ChangeSet{.threads = {threads[0], threads[1]}}));
    threads[1].hidden = false;
    threads[1].title = u"納期2"_s;
    threads[1].version = 3;
    QVERIFY(page(ChangeSet{.threads = {threads[1]}}));
    QCOMPARE(found(u"納期"_s), QSet<QUuid>{threads[0].id});
    QVERIFY(store().sync().finishResync());
    while (true) {
        const std::optional<int> left = store().search().indexBacklog(1);
        QVERIFY2(left, qPrintable(store().lastError()));
        if (*left == 0)
            break;
    }
    QCOMPARE(found(u"納期"_s), (QSet<QUuid>{threads[0].id, threads[1].id}));
    QCOMPARE(found(u"見積"_s).size(), 4); // 3 to 6
    QVERIFY(!store().search().postsLeftForLater());
}

void TestSearchBacklog::rebuild_leavesNothingForLater()
{
    QVERIFY(store().sync().beginResync(u"https://board.example alice"_s));
    ChangeSet first = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    t.title = u"仮払いの前に作業"_s;
    first.threads = {t};
    QVERIFY(page(first));
    QVERIFY(store().search().postsLeftForLater());
    QCOMPARE(store().search().rebuildIndex(), std::optional<int>(1));
    QVERIFY(!store().search().postsLeftForLater());
    QCOMPARE(found(u"仮払い"_s), QSet<QUuid>{t.id});
    QCOMPARE(store().search().indexBacklog(10), std::optional<int>(0));
    QCOMPARE(found(u"仮払い"_s), QSet<QUuid>{t.id});
}

void TestSearchBacklog::pagesWithoutAResync_areIndexedAtOnce()
{
    QVERIFY(store().sync().beginResync(u"https://board.example alice"_s));
    QVERIFY(page(TestBoard::skeleton()));
    QVERIFY(store().sync().finishResync());
    // After the first sync, pages are small: their posts are found as soon as they are in.
    Thread t = TestBoard::thread(1, 11);
    t.title = u"契約書の修正"_s;
    QVERIFY(page(ChangeSet{.threads = {t}}));
    QCOMPARE(found(u"契約書"_s), QSet<QUuid>{t.id});
    QVERIFY(!store().search().postsLeftForLater());
}

QTEST_GUILESS_MAIN(TestSearchBacklog)
#include "tst_searchbacklog.moc"
