#include "models/categorytreemodel.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestCategoryTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tree_showsBothSidesWithTheirSubcategories();
    void counts_ofEachCategoryAndSumsOnTheSides();
    void newThreads_updateOnlyTheCounts();
    void newCategory_appearsInTheTree();
    void badParents_stayTwoLevelsDeep();
    void leaves_areAtAnyLevelInTheTreesOrder();
};

void TestCategoryTreeModel::tree_showsBothSidesWithTheirSubcategories()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 2);
    const QModelIndex contractors = model.index(0, 0);
    const QModelIndex clients = model.index(1, 0);
    QCOMPARE(contractors.data().toString(), u"受注者からの相談"_s);
    QCOMPARE(clients.data().toString(), u"発注者からの相談"_s);
    QCOMPARE(model.rowCount(contractors), 2);
    QCOMPARE(model.rowCount(clients), 2);
    const QModelIndex child = model.index(1, 0, clients);
    QCOMPARE(child.data().toString(), u"費用の相談(発注者)"_s);
    QCOMPARE(child.parent(), clients);
    QCOMPARE(model.categoryId(child), 22);
    QCOMPARE(child.data(CategoryTreeModel::SideRole).toInt(), int(Side::Client));
    QCOMPARE(model.indexOfCategory(22), child);
    QCOMPARE(model.path(child), u"発注者からの相談 › 費用の相談(発注者)"_s);
    QCOMPARE(model.columnCount(), 4);
}

void TestCategoryTreeModel::counts_ofEachCategoryAndSumsOnTheSides()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads =
        TestBoard::threads(11, 9) + TestBoard::threads(12, 3, 100) + TestBoard::threads(21, 4, 200);
    QVERIFY((*store)->sync().ingest(c));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    auto row = [&](qint64 id) { return model.indexOfCategory(id); };
    auto count = [&](qint64 id, int column) {
        return row(id).siblingAtColumn(column).data().toString().toInt();
    };
    QCOMPARE(count(11, CategoryTreeModel::ThreadsColumn), 9);
    QCOMPARE(count(11, CategoryTreeModel::OpenColumn), 6); // n = 0, 3, 6 are resolved
    QCOMPARE(count(12, CategoryTreeModel::ThreadsColumn), 3);
    QCOMPARE(count(1, CategoryTreeModel::ThreadsColumn), 12);
    QCOMPARE(count(2, CategoryTreeModel::ThreadsColumn), 4);
    QCOMPARE(count(22, CategoryTreeModel::ThreadsColumn), 0);
    QCOMPARE(model.counts(row(1)), (CategoryCounts{12, 6 + 2}));
    QVERIFY(row(11).data(Qt::ToolTipRole).toString().contains(u"9"_s));
}

void TestCategoryTreeModel::newThreads_updateOnlyTheCounts()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    QVERIFY((*store)->sync().ingest(ChangeSet{.threads = TestBoard::threads(21, 2, 1)}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(dataChanged.count(), 2); // category 21 and its side
    QCOMPARE(model.counts(model.indexOfCategory(21)).threads, 2);
    QCOMPARE(model.counts(model.indexOfCategory(2)).threads, 2);
    QCOMPARE(model.counts(model.indexOfCategory(1)).threads, 0);
}

void TestCategoryTreeModel::newCategory_appearsInTheTree()
{
    auto store = TestBoard::openTempStore();
    QVERIFY((*store)->sync().ingest(TestBoard::skeleton()));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY((*store)->sync().ingest(
        ChangeSet{.categories = {{13, 1, u"納期の相談(受注者)"_s, Side::Contractor, 3}}}));
    QCOMPARE(model.rowCount(model.index(0, 0)), 3);
    QCOMPARE(model.index(2, 0, model.index(0, 0)).data().toString(), u"納期の相談(受注者)"_s);

    // A renamed category keeps its place.
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY((*store)->sync().ingest(
        ChangeSet{.categories = {{13, 1, u"納期・進め方"_s, Side::Contractor, 3}}}));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(2, 0, model.index(0, 0)).data().toString(), u"納期・進め方"_s);
}

void TestCategoryTreeModel::badParents_stayTwoLevelsDeep()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.categories.append({111, 11, u"孫カテゴリ"_s, Side::Contractor, 1}); // a grandchild
    QVERIFY((*store)->sync().ingest(c));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.indexOfCategory(111).parent(), QModelIndex());
}

void TestCategoryTreeModel::leaves_areAtAnyLevelInTheTreesOrder()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    // A top-level category without subcategories, as some boards have.
    c.categories.append({3, std::nullopt, u"運営からのお知らせ"_s, Side::Client, 3});
    QVERIFY((*store)->sync().ingest(c));
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<qint64> ids;
    for (const QModelIndex &leaf : model.leaves())
        ids.append(model.categoryId(leaf));
    QCOMPARE(ids, (QList<qint64>{11, 12, 21, 22, 3}));
}

QTEST_GUILESS_MAIN(TestCategoryTreeModel)
#include "tst_categorytreemodel.moc"
