#include "store/boardreads.h"
#include "store/boardwrites.h"
#include "store/migrator.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Soudan;

Q_DECLARE_METATYPE(Soudan::ThreadSort)
Q_DECLARE_METATYPE(Soudan::StatusFilter)

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ingest_thenReadCategoriesCountsThreadsAndDetail();
    void ingest_isAllOrNothing();
    void ingest_replacesRowsWithTheSameId();
    void ingest_emitsWhatChanged();
    void keysetPaging_returnsEveryRowOnceInOrder_data();
    void keysetPaging_returnsEveryRowOnceInOrder();
    void filters_runInSql_data();
    void filters_runInSql();
    void hiddenPosts_areNeitherListedNorCounted();
    void tombstones_removeRowsAndSayWhere();
    void childBeforeParent_isKeptUntilTheParentArrives();
    void resync_sweepsRowsTheServerNoLongerHas();
    void damagedFile_isMovedAsideNotDeleted();
    void newerVersionFile_isMovedAsideNotDeleted();
    void failedUpgrade_isMovedAsideNotDeleted();
};

void TestStore::ingest_thenReadCategoriesCountsThreadsAndDetail()
{
    auto store = TestBoard::openTempStore();
    QVERIFY(!(*store)->reads().hasThreads());
    ChangeSet c = TestBoard::skeleton();
    Thread resolved = TestBoard::thread(3, 11);
    const Answer late = TestBoard::answer(2, resolved);
    const Answer early = TestBoard::answer(1, resolved, 3);
    resolved.bestAnswerId = late.id;
    resolved.thanks = Thanks{u"ありがとうございました"_s, late.createdAt.addSecs(60)};
    c.threads = {resolved, TestBoard::thread(1, 11), TestBoard::thread(2, 12)};
    c.answers = {late, early};
    QVERIFY2((*store)->sync().ingest(c), qPrintable((*store)->lastError()));
    QVERIFY((*store)->reads().hasThreads());

    const QList<Category> categories = (*store)->reads().categories();
    QCOMPARE(categories.size(), 6);
    QCOMPARE(categories.first().name, u"受注者からの相談"_s); // sides first, in order
    QCOMPARE(categories.at(1).name, u"発注者からの相談"_s);

    const auto counts = (*store)->reads().categoryCounts();
    QCOMPARE(counts.value(11), (CategoryCounts{2, 1})); // thread 3 is resolved
    QCOMPARE(counts.value(12), (CategoryCounts{1, 1}));

    ThreadQuery side;
    side.categoryId = 1; // a side lists its subcategories' threads
    QCOMPARE((*store)->reads().threads(side, std::nullopt, 10).size(), 3);

    const std::optional<ThreadDetail> detail = (*store)->reads().threadDetail(resolved.id);
    QVERIFY(detail);
    QVERIFY(detail->thread == resolved);
    QCOMPARE(detail->authorName, u"相談者A"_s);
    QCOMPARE(detail->categoryPath.size(), 2);
    QCOMPARE(detail->categoryPath.at(0).id, 1);
    QCOMPARE(detail->categoryPath.at(1).id, 11);
    QCOMPARE(detail->answers.size(), 2);
    QCOMPARE(detail->answers.at(0).answer.id, early.id); // time order
    QCOMPARE(detail->answers.at(0).authorName, u"回答者C"_s);
    QVERIFY(detail->answers.at(1).answer == late);
    QVERIFY(!(*store)->reads().threadDetail(QUuid::createUuid()));
}

void TestStore::ingest_isAllOrNothing()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    QSignalSpy changed(store->store.get(), &Store::changed);

    ChangeSet bad;
    Thread broken = TestBoard::thread(2, 11);
    broken.title = QString(); // NULL: the schema refuses it
    bad.threads = {TestBoard::thread(1, 11), broken};
    bad.answers = {TestBoard::answer(1, bad.threads.first())};
    QVERIFY(!(*store)->sync().ingest(bad));
    QVERIFY2((*store)->lastError().contains(u"threads[1]"_s), qPrintable((*store)->lastError()));
    QVERIFY(!(*store)->reads().hasThreads());
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 0);
    QCOMPARE(changed.count(), 0);

    // A page that fails leaves the cursor where it was.
    QVERIFY((*store)->sync().applyPage(ChangeSet{.threads = {TestBoard::thread(3, 11)}}, u"10"_s));
    QVERIFY(!(*store)->sync().applyPage(bad, u"20"_s));
    QCOMPARE((*store)->sync().state().cursor, u"10"_s);
}

void TestStore::ingest_replacesRowsWithTheSameId()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    c.threads = {t};
    QVERIFY((*store)->sync().ingest(c));
    t.title = u"改題: 契約について"_s;
    t.status = ThreadStatus::Closed;
    t.categoryId = 12;
    t.version = 2;
    QVERIFY((*store)->sync().ingest(ChangeSet{.threads = {t}}));
    QCOMPARE((*store)->reads().threadDetail(t.id)->thread.title, t.title);
    QCOMPARE((*store)->reads().categoryCounts().value(11), (CategoryCounts{0, 0}));
    QCOMPARE((*store)->reads().categoryCounts().value(12), (CategoryCounts{1, 0}));
}

void TestStore::ingest_emitsWhatChanged()
{
    auto store = TestBoard::openTempStore();
    QSignalSpy changed(store->store.get(), &Store::changed);
    ChangeSet c = TestBoard::skeleton();
    const Thread t = TestBoard::thread(1, 21);
    c.threads = {t};
    c.answers = {TestBoard::answer(1, t)};
    QVERIFY((*store)->sync().ingest(c));
    QCOMPARE(changed.count(), 1);
    const auto change = changed.at(0).at(0).value<StoreChange>();
    QVERIFY(change.categories);
    QCOMPARE(change.categoryIds, QSet<qint64>{21});
    QCOMPARE(change.threadIds, QSet<QUuid>{t.id});

    QVERIFY((*store)->sync().ingest(ChangeSet{})); // nothing to do: no signal
    QCOMPARE(changed.count(), 1);
}

void TestStore::keysetPaging_returnsEveryRowOnceInOrder_data()
{
    QTest::addColumn<ThreadSort>("sort");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("newest") << ThreadSort::Newest << Qt::DescendingOrder << 7;
    QTest::newRow("oldest") << ThreadSort::Newest << Qt::AscendingOrder << 7;
    QTest::newRow("last activity") << ThreadSort::LastActivity << Qt::DescendingOrder << 10;
    QTest::newRow("most viewed (ties)") << ThreadSort::MostViewed << Qt::DescendingOrder << 3;
    QTest::newRow("least viewed (ties)") << ThreadSort::MostViewed << Qt::AscendingOrder << 11;
    QTest::newRow("most answered (ties)") << ThreadSort::MostAnswered << Qt::DescendingOrder << 1;
    QTest::newRow("one big page") << ThreadSort::MostAnswered << Qt::DescendingOrder << 1000;
}

void TestStore::keysetPaging_returnsEveryRowOnceInOrder()
{
    QFETCH(ThreadSort, sort);
    QFETCH(Qt::SortOrder, order);
    QFETCH(int, pageSize);
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 250);
    c.threads += TestBoard::threads(12, 30, 1000); // another category: never listed
    QVERIFY((*store)->sync().ingest(c));

    ThreadQuery q;
    q.categoryId = 11;
    q.sort = sort;
    q.order = order;
    QList<ThreadSummary> all;
    std::optional<ThreadKey> after;
    for (int pages = 0; pages < 1000; ++pages) {
        const QList<ThreadSummary> page = (*store)->reads().threads(q, after, pageSize);
        QVERIFY(page.size() <= pageSize);
        all += page;
        if (page.size() < pageSize)
            break;
        after = keyOf(page.last(), sort);
    }
    QCOMPARE(all.size(), 250);
    QSet<QUuid> seen;
    for (const ThreadSummary &row : all) {
        QCOMPARE(row.categoryId, 11);
        seen.insert(row.id);
    }
    QCOMPARE(seen.size(), 250);
    auto before = [&](const ThreadSummary &a, const ThreadSummary &b) {
        const ThreadKey ka = keyOf(a, sort), kb = keyOf(b, sort);
        const QString ia = ka.id.toString(QUuid::WithoutBraces),
                      ib = kb.id.toString(QUuid::WithoutBraces);
        return order == Qt::DescendingOrder
                   ? std::tie(ka.sortValue, ia) > std::tie(kb.sortValue, ib)
                   : std::tie(ka.sortValue, ia) < std::tie(kb.sortValue, ib);
    };
    QVERIFY(std::is_sorted(all.begin(), all.end(), before));
}

void TestStore::filters_runInSql_data()
{
    QTest::addColumn<qint64>("category");
    QTest::addColumn<StatusFilter>("status");
    QTest::addColumn<bool>("urgent");
    QTest::addColumn<bool>("unanswered");
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("expected");
    // Category 11 holds TestBoard::threads(11, 60): resolved when n % 3 == 0, urgent when
    // n % 4 == 0, unanswered when n % 5 == 0. Category 12 holds titles with LIKE wildcards.
    QTest::newRow("all") << 11LL << StatusFilter::All << false << false << QString() << 60;
    QTest::newRow("open") << 11LL << StatusFilter::Open << false << false << QString() << 40;
    QTest::newRow("resolved") << 11LL << StatusFilter::Resolved << false << false << QString()
                              << 20;
    QTest::newRow("urgent") << 11LL << StatusFilter::All << true << false << QString() << 15;
    QTest::newRow("unanswered") << 11LL << StatusFilter::All << false << true << QString() << 12;
    QTest::newRow("open, urgent and unanswered") // 20 and 40
        << 11LL << StatusFilter::Open << true << true << QString() << 2;
    QTest::newRow("title") // 5 and 50 to 59
        << 11LL << StatusFilter::All << false << false << u"相談 5"_s << 11;
    QTest::newRow("percent is literal")
        << 12LL << StatusFilter::All << false << false << u"100%"_s << 1;
    QTest::newRow("underscore is literal")
        << 12LL << StatusFilter::All << false << false << u"a_b"_s << 1;
    QTest::newRow("backslash is literal")
        << 12LL << StatusFilter::All << false << false << u"\\"_s << 1;
    QTest::newRow("quote") << 12LL << StatusFilter::All << false << false
                           << u"'; DROP TABLE threads; --"_s << 0;
}

void TestStore::filters_runInSql()
{
    QFETCH(qint64, category);
    QFETCH(StatusFilter, status);
    QFETCH(bool, urgent);
    QFETCH(bool, unanswered);
    QFETCH(QString, title);
    QFETCH(int, expected);
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 60);
    const QStringList titles = {u"報酬100%前払いの条件"_s, u"報酬1000前払い"_s, u"a_b の相談"_s,
                                u"axb の相談"_s, u"円記号 \\ の相談"_s};
    for (qsizetype i = 0; i < titles.size(); ++i) {
        Thread t = TestBoard::thread(int(100 + i), 12);
        t.title = titles.at(i);
        c.threads.append(t);
    }
    QVERIFY((*store)->sync().ingest(c));

    ThreadQuery q;
    q.categoryId = category;
    q.status = status;
    q.urgentOnly = urgent;
    q.unansweredOnly = unanswered;
    q.titleContains = title;
    const QList<ThreadSummary> rows = (*store)->reads().threads(q, std::nullopt, 1000);
    QCOMPARE(rows.size(), expected);
    for (const ThreadSummary &row : rows) {
        QVERIFY(status != StatusFilter::Open || row.status == ThreadStatus::Open);
        QVERIFY(status != StatusFilter::Resolved || row.status == ThreadStatus::Resolved);
        QVERIFY(!urgent || row.urgency == Urgency::Urgent);
        QVERIFY(!unanswered || row.answerCount == 0);
        QVERIFY(row.title.contains(title));
    }
    QVERIFY((*store)->reads().hasThreads()); // the quote did no harm
}

void TestStore::hiddenPosts_areNeitherListedNorCounted()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread visible = TestBoard::thread(1, 11);
    Thread hidden = TestBoard::thread(2, 11);
    hidden.hidden = true;
    Answer hiddenAnswer = TestBoard::answer(1, visible);
    hiddenAnswer.hidden = true;
    c.threads = {visible, hidden};
    c.answers = {hiddenAnswer, TestBoard::answer(2, visible)};
    QVERIFY((*store)->sync().ingest(c));
    ThreadQuery q;
    q.categoryId = 11;
    const QList<ThreadSummary> rows = (*store)->reads().threads(q, std::nullopt, 10);
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().id, visible.id);
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 1);
    QCOMPARE((*store)->reads().threadDetail(visible.id)->answers.size(), 1);

    hidden.hidden = false; // restored by a moderator
    QVERIFY((*store)->sync().ingest(ChangeSet{.threads = {hidden}}));
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 2);
}

void TestStore::tombstones_removeRowsAndSayWhere()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    const Thread a = TestBoard::thread(1, 11), b = TestBoard::thread(2, 12);
    c.threads = {a, b};
    c.answers = {TestBoard::answer(1, a), TestBoard::answer(2, a), TestBoard::answer(3, b)};
    QVERIFY((*store)->sync().ingest(c));
    QSignalSpy changed(store->store.get(), &Store::changed);

    ChangeSet gone;
    gone.tombstones = {{EntityKind::Thread, a.id.toString(QUuid::WithoutBraces)},
                       {EntityKind::Answer, c.answers.at(2).id.toString(QUuid::WithoutBraces)},
                       {EntityKind::Category, u"22"_s}};
    QVERIFY((*store)->sync().applyPage(gone, u"7"_s));
    QVERIFY(!(*store)->reads().threadDetail(a.id));
    QCOMPARE((*store)->reads().threadDetail(b.id)->answers.size(), 0);
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 0);
    QCOMPARE((*store)->reads().categories().size(), 5);
    QCOMPARE((*store)->sync().state().cursor, u"7"_s);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.at(0).at(0).value<StoreChange>();
    QVERIFY(change.categoryIds.contains(11));
    QVERIFY(change.threadIds.contains(a.id));
    QVERIFY(change.threadIds.contains(b.id));
    QVERIFY(change.categories);
    // A tombstone of a row the cache never had is fine.
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.tombstones = {{EntityKind::Thread, u"never-seen"_s}}}, u"8"_s));
}

void TestStore::childBeforeParent_isKeptUntilTheParentArrives()
{
    auto store = TestBoard::openTempStore();
    const Thread t = TestBoard::thread(1, 31);
    // The feed sends rows in the order of their last change: here the answer, then its thread,
    // then the thread's new subcategory, then the side it belongs to.
    QVERIFY((*store)->sync().applyPage(ChangeSet{.answers = {TestBoard::answer(1, t)}}, u"1"_s));
    QVERIFY((*store)->sync().applyPage(ChangeSet{.threads = {t}}, u"2"_s));
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.categories = {{31, 3, u"新しい相談"_s, Side::Client, 1}}}, u"3"_s));
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.categories = {{3, std::nullopt, u"新しい側"_s, Side::Client, 3}}}, u"4"_s));
    const std::optional<ThreadDetail> detail = (*store)->reads().threadDetail(t.id);
    QVERIFY(detail);
    QCOMPARE(detail->answers.size(), 1);
    QCOMPARE(detail->categoryPath.size(), 2);
    ThreadQuery q;
    q.categoryId = 3;
    QCOMPARE((*store)->reads().threads(q, std::nullopt, 10).size(), 1);
}

void TestStore::resync_sweepsRowsTheServerNoLongerHas()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 10);
    c.answers = {TestBoard::answer(1, c.threads.at(0)), TestBoard::answer(2, c.threads.at(1))};
    QVERIFY((*store)->sync().ingest(c)); // for instance the demo board
    QVERIFY((*store)->sync().applyPage({}, u"40"_s));

    QVERIFY((*store)->sync().beginResync(u"http://example.net alice"_s));
    SyncState state = (*store)->sync().state();
    QVERIFY(state.resyncing);
    QVERIFY(state.cursor.isEmpty());
    QCOMPARE(state.origin, u"http://example.net alice"_s);
    // While the resync runs, the old rows stay readable.
    ChangeSet server;
    server.categories = {c.categories.at(0), c.categories.at(1)};
    server.users = {c.users.at(0)};
    server.threads = {c.threads.at(0), c.threads.at(5)};
    server.answers = {c.answers.at(0)};
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.categories = server.categories, .users = server.users}, u"2"_s));
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 10);
    QVERIFY((*store)->sync().applyPage(
        ChangeSet{.threads = server.threads, .answers = server.answers}, u"5"_s));
    QSignalSpy changed(store->store.get(), &Store::changed);
    QVERIFY((*store)->sync().finishResync());
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.at(0).at(0).value<StoreChange>().everything);

    state = (*store)->sync().state();
    QVERIFY(!state.resyncing);
    QCOMPARE(state.cursor, u"5"_s);
    QCOMPARE((*store)->reads().categories().size(), 2);
    QCOMPARE((*store)->reads().categoryCounts().value(11).threads, 2);
    QCOMPARE((*store)->reads().threadDetail(c.threads.at(0).id)->answers.size(), 1);
    QVERIFY(!(*store)->reads().threadDetail(c.threads.at(1).id));
}

void TestStore::damagedFile_isMovedAsideNotDeleted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    const QByteArray garbage = QByteArray("This is not SQLite at all. ").repeated(200);
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(garbage);
    }
    Store::Opened opened = Store::open(path);
    QVERIFY2(opened.store, qPrintable(opened.error));
    QVERIFY(!opened.movedAsidePath.isEmpty());
    QVERIFY(opened.movedAsidePath.contains(u"soudan.damaged-"_s));
    QVERIFY(!opened.movedAsideReason.isEmpty());
    QFile moved(opened.movedAsidePath);
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage);
    QVERIFY(opened.store->sync().ingest(TestBoard::skeleton())); // the new cache works
    QCOMPARE(opened.store->reads().categories().size(), 6);
}

void TestStore::newerVersionFile_isMovedAsideNotDeleted()
{
    QList<QUuid> unsent;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        Store::Opened opened = Store::open(path);
        ChangeSet c = TestBoard::skeleton();
        c.threads = {TestBoard::thread(1, 11)};
        QVERIFY(opened.store->sync().ingest(c));
        // Written and not sent yet, for an account; one more item was sent.
        QVERIFY(opened.store->sync().setMe(User{2, u"回答者B"_s, Role::Member}));
        QVERIFY(opened.store->sync().beginResync(u"https://soudan.example helper"_s));
        unsent = {*opened.store->writes().answer(c.threads.first().id, u"未送信の回答"_s),
                  *opened.store->writes().answer(c.threads.first().id, u"送った回答"_s),
                  *opened.store->writes().ask(
                      {11, u"未送信の質問"_s, u"新しい版で開く前に書いた質問"_s, Urgency::Calm})};
        QVERIFY(opened.store->outbox().markSent(unsent.takeAt(1)));
        // A newer Soudan recorded a schema this one does not know.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO schema_migrations VALUES (%1, 'future', 1, 1, 'x', 'y')"_s.arg(
            Migrator::latestVersion() + 1)));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);

    Store::Opened reopened = Store::open(path);
    QVERIFY(reopened.store);
    QVERIFY(reopened.movedAsidePath.contains(u"soudan.newer-"_s));
    QVERIFY2(reopened.movedAsideReason.contains(u"newer version"_s),
             qPrintable(reopened.movedAsideReason));
    QVERIFY(!reopened.store->reads().hasThreads());
    // What was not sent is in the new outbox, as it was and for its account; the sent one not.
    QCOMPARE(reopened.salvagedItems, 2);
    const QList<OutboxItem> items = reopened.store->outbox().items();
    QCOMPARE(items.size(), 2);
    for (const OutboxItem &item : items) {
        QVERIFY(unsent.contains(item.id));
        QCOMPARE(item.state, OutboxState::Waiting);
        QCOMPARE(item.origin, u"https://soudan.example helper"_s);
    }
    QVERIFY(reopened.store->outbox().item(unsent.last())->payload.contains("未送信の質問"));
    reopened.store.reset();

    // The moved file is a whole cache, WAL included: its threads (the server's and the unsent
    // question) are still there.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"moved"_s);
    db.setDatabaseName(reopened.movedAsidePath);
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM threads"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"moved"_s);
}

void TestStore::failedUpgrade_isMovedAsideNotDeleted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"soudan.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(Migrator(db).migrate(2).problem == Migrator::Problem::None);
        // Something in the file stands in the way of the next migration.
        QSqlQuery q(db);
        QVERIFY(q.exec(u"CREATE TABLE category_counts (unexpected TEXT)"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Store::Opened opened = Store::open(path);
    QVERIFY(opened.store);
    QVERIFY(opened.movedAsidePath.contains(u"soudan.failed-upgrade-"_s));
    QVERIFY2(opened.movedAsideReason.contains(u"step 1"_s), qPrintable(opened.movedAsideReason));
    QVERIFY(QFile::exists(opened.movedAsidePath));
    QVERIFY(opened.store->sync().ingest(TestBoard::skeleton()));
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
