#include "models/threadlistmodel.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

ThreadQuery categoryQuery(qint64 id, ThreadSort sort = ThreadSort::Newest)
{
    ThreadQuery q;
    q.categoryId = id;
    q.sort = sort;
    return q;
}

// A cache with count threads in category 11, and a list model under the tester showing them.
struct ListedCategory
{
    std::unique_ptr<TestBoard::TempStore> store = TestBoard::openTempStore();
    ThreadListModel model{**store};
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};

    explicit ListedCategory(int count, ThreadSort sort = ThreadSort::Newest)
    {
        ChangeSet c = TestBoard::skeleton();
        c.threads = TestBoard::threads(11, count);
        if (!(*store)->sync().ingest(c))
            qFatal("cannot fill the test store");
        model.setQuery(categoryQuery(11, sort));
    }
};

} // namespace

class TestThreadListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void setQuery_loadsTheFirstPageOnly();
    void fetchMore_over10000Threads_insertsEachPageOnce();
    void columns_showWhatTheListNeeds();
    void sort_byColumn_runsInSqlMostFirst();
    void newThreadInTheCategory_isInsertedAtItsPlace();
    void threadInAnotherCategory_changesNothing();
    void bumpedThread_movesAndKeepsItsSelection();
    void hiddenThread_isRemoved();
    void changeWhileRowsAreRemoved_isAppliedAfterwards();
};

void TestThreadListModel::setQuery_loadsTheFirstPageOnly()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 450);
    QVERIFY((*store)->sync().ingest(c));
    ThreadListModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setQuery(categoryQuery(11));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), model.pageSize());
    QVERIFY(model.canFetchMore({}));
    // Newest first: thread 449 was created last.
    QCOMPARE(model.threadId(0), TestBoard::thread(449, 11).id);
}

void TestThreadListModel::fetchMore_over10000Threads_insertsEachPageOnce()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(12, 10000);
    QVERIFY((*store)->sync().ingest(c));
    ThreadListModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(300);
    model.setQuery(categoryQuery(12, ThreadSort::MostViewed));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    int calls = 0;
    while (model.canFetchMore({})) {
        const int before = model.rowCount();
        model.fetchMore({});
        ++calls;
        QVERIFY(model.rowCount() > before || !model.canFetchMore({}));
        QVERIFY(calls < 100);
    }
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(inserted.count(), 10000 / 300); // the first page came with setQuery
    QCOMPARE(calls, 10000 / 300);
    for (const QList<QVariant> &args : inserted) {
        const int first = args.at(1).toInt(), last = args.at(2).toInt();
        QCOMPARE(last - first + 1, qMin(300, 10000 - first));
    }
    QSet<QUuid> ids;
    qint64 previousViews = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        ids.insert(model.threadId(row));
        const qint64 views = model.index(row, ThreadListModel::ViewsColumn)
                                 .data(ThreadListModel::SortValueRole)
                                 .toLongLong();
        QVERIFY(views <= previousViews);
        previousViews = views;
    }
    QCOMPARE(ids.size(), 10000);
}

void TestThreadListModel::columns_showWhatTheListNeeds()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(4, 11); // urgent, open
    t.viewCount = 3178;
    t.answerCount = 2;
    c.threads = {t};
    QVERIFY((*store)->sync().ingest(c));
    ThreadListModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(categoryQuery(11));
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.index(0, ThreadListModel::TitleColumn).data().toString(), t.title);
    QVERIFY(
        model.index(0, ThreadListModel::TitleColumn).data(ThreadListModel::UrgentRole).toBool());
    QCOMPARE(model.index(0, ThreadListModel::StatusColumn).data().toString(), u"Open"_s);
    QCOMPARE(model.index(0, ThreadListModel::AnswersColumn).data().toString(), u"2"_s);
    QCOMPARE(model.index(0, ThreadListModel::ViewsColumn).data().toString(), u"3,178"_s);
    QCOMPARE(model.index(0, ThreadListModel::AskedColumn).data(ThreadListModel::SortValueRole),
             QVariant(t.createdAt.toMSecsSinceEpoch()));
    QVERIFY(!model.index(0, ThreadListModel::AskedColumn).data().toString().isEmpty());
    QCOMPARE(model.headerData(ThreadListModel::ViewsColumn, Qt::Horizontal).toString(), u"Views"_s);
}

void TestThreadListModel::sort_byColumn_runsInSqlMostFirst()
{
    ListedCategory listed(40);
    ThreadListModel &model = listed.model;
    for (int column : {ThreadListModel::AnswersColumn, ThreadListModel::ViewsColumn,
                       ThreadListModel::LastActivityColumn, ThreadListModel::AskedColumn}) {
        model.sort(column, Qt::DescendingOrder);
        for (int row = 1; row < model.rowCount(); ++row) {
            QVERIFY(
                model.index(row - 1, column).data(ThreadListModel::SortValueRole).toLongLong() >=
                model.index(row, column).data(ThreadListModel::SortValueRole).toLongLong());
        }
        model.sort(column, Qt::AscendingOrder);
        QVERIFY(model.index(0, column).data(ThreadListModel::SortValueRole).toLongLong() <=
                model.index(39, column).data(ThreadListModel::SortValueRole).toLongLong());
    }
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ThreadListModel::TitleColumn, Qt::AscendingOrder); // not a sort order of the board
    QCOMPARE(reset.count(), 0);
}

void TestThreadListModel::newThreadInTheCategory_isInsertedAtItsPlace()
{
    ListedCategory listed(10);
    ThreadListModel &model = listed.model;
    Store &store = **listed.store;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    QVERIFY(store.sync().ingest(
        ChangeSet{.threads = {TestBoard::thread(50, 11), TestBoard::thread(51, 11)}}));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(layout.count(), 0);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.threadId(0), TestBoard::thread(51, 11).id);
}

void TestThreadListModel::threadInAnotherCategory_changesNothing()
{
    ListedCategory listed(10);
    ThreadListModel &model = listed.model;
    Store &store = **listed.store;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(store.sync().ingest(ChangeSet{.threads = {TestBoard::thread(50, 21)}}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 0);
}

void TestThreadListModel::bumpedThread_movesAndKeepsItsSelection()
{
    ListedCategory listed(10, ThreadSort::LastActivity);
    ThreadListModel &model = listed.model;
    Store &store = **listed.store;
    const int row = model.rowCount() - 1;
    const QUuid selectedId = model.threadId(row);
    const QPersistentModelIndex selected(model.index(row, ThreadListModel::TitleColumn));
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // A new answer makes the last thread the most recently active.
    Thread bumped = store.reads().threadDetail(selectedId)->thread;
    bumped.lastActivityAt = bumped.lastActivityAt.addYears(1);
    bumped.answerCount += 1;
    QVERIFY(store.sync().ingest(ChangeSet{.threads = {bumped}}));
    QCOMPARE(layout.count(), 1);
    QCOMPARE(model.threadId(0), selectedId);
    QVERIFY(selected.isValid());
    QCOMPARE(selected.row(), 0);
    QCOMPARE(model.rowCount(), 10);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, ThreadListModel::AnswersColumn).data().toInt(), bumped.answerCount);
}

void TestThreadListModel::hiddenThread_isRemoved()
{
    ListedCategory listed(10);
    ThreadListModel &model = listed.model;
    Store &store = **listed.store;
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    Thread t = TestBoard::thread(5, 11);
    t.hidden = true;
    QVERIFY(store.sync().ingest(ChangeSet{.threads = {t}}));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 9);
    QCOMPARE(model.rowOf(t.id), -1);
}

// A view that reacts to a removal by writing to the cache (the next thread selected, its view
// recorded) makes the cache announce a change while the list is still removing rows: the list
// takes it after that removal, never halfway through.
void TestThreadListModel::changeWhileRowsAreRemoved_isAppliedAfterwards()
{
    ListedCategory listed(10);
    ThreadListModel &model = listed.model;
    Store &store = **listed.store;
    Thread first = TestBoard::thread(5, 11);
    first.hidden = true;
    Thread second = TestBoard::thread(2, 11);
    second.hidden = true;
    bool written = false;
    connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [&] {
        if (!std::exchange(written, true))
            QVERIFY(store.sync().ingest(ChangeSet{.threads = {second}}));
    });
    QVERIFY(store.sync().ingest(ChangeSet{.threads = {first}}));
    QVERIFY(written);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.rowOf(first.id), -1);
    QCOMPARE(model.rowOf(second.id), -1);
    QCOMPARE(model.rowOf(TestBoard::thread(3, 11).id),
             model.rowOf(TestBoard::thread(4, 11).id) + 1);
}

QTEST_GUILESS_MAIN(TestThreadListModel)
#include "tst_threadlistmodel.moc"
