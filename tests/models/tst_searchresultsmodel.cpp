#include "models/searchresultsmodel.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QPoint>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestSearchResultsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void query_listsEachMatchingThreadOnceWithItsSnippet();
    void aQueryThatCannotBeDone_saysWhy();
    void aThreadThatGoes_leavesTheResults();
    void relevance_isAnotherOrderOfTheSameThreads();
    void postsLeftForLater_areCountedDown_andFoundOnceIndexed();

private:
    std::unique_ptr<TestBoard::TempStore> m_store;
    Thread m_contract, m_fee, m_other;
};

void TestSearchResultsModel::init()
{
    m_store = TestBoard::openTempStore();
    ChangeSet board = TestBoard::skeleton();
    m_contract = TestBoard::thread(1, 11);
    m_contract.title = u"契約書の修正について"_s;
    m_contract.body = u"契約書にない修正を頼まれています。"_s;
    m_fee = TestBoard::thread(2, 21);
    m_fee.title = u"報酬の相場"_s;
    m_fee.body = u"ロゴ制作の報酬はいくらが相場でしょうか。"_s;
    m_other = TestBoard::thread(3, 12);
    m_other.title = u"納期の相談"_s;
    m_other.body = u"三日で納品してほしいと言われました。"_s;
    Answer answer = TestBoard::answer(1, m_fee);
    answer.body = u"契約の前に報酬を決めておきましょう。"_s;
    board.threads = {m_contract, m_fee, m_other};
    board.answers = {answer};
    QVERIFY((*m_store)->sync().ingest(board));
}

void TestSearchResultsModel::cleanup()
{
    m_store.reset();
}

void TestSearchResultsModel::query_listsEachMatchingThreadOnceWithItsSnippet()
{
    SearchResultsModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy searched(&model, &SearchResultsModel::searched);
    model.setQuery(u"契約"_s);
    QCOMPARE(searched.size(), 1);
    QCOMPARE(model.error(), QString());
    // The contract thread (twice in its question, once) and the fee thread (in an answer).
    QCOMPARE(model.rowCount(), 2);
    QSet<QUuid> threads;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        threads.insert(index.data(SearchResultsModel::ThreadIdRole).toUuid());
        const QString snippet = index.data(SearchResultsModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(u"契約"_s), qPrintable(snippet));
        const QVariantList highlights = index.data(SearchResultsModel::HighlightsRole).toList();
        QVERIFY(!highlights.isEmpty());
        for (const QVariant &h : highlights)
            QCOMPARE(snippet.mid(h.toPoint().x(), h.toPoint().y()), u"契約"_s);
        QVERIFY(!index.data(SearchResultsModel::CategoryRole).toString().isEmpty());
    }
    QCOMPARE(threads, (QSet<QUuid>{m_contract.id, m_fee.id}));
    // The fee thread was found in its answer: the row says which post.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row);
        if (index.data(SearchResultsModel::ThreadIdRole).toUuid() == m_fee.id)
            QVERIFY(index.data(SearchResultsModel::PostIdRole).toUuid() != m_fee.id);
    }

    model.setQuery(QString());
    QCOMPARE(model.rowCount(), 0);
}

void TestSearchResultsModel::aQueryThatCannotBeDone_saysWhy()
{
    SearchResultsModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"status:maybe"_s);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.error().contains(u"status:"_s));
    // Only a word to leave out: the threads without it, no error.
    model.setQuery(u"-契約"_s);
    QCOMPARE(model.error(), QString());
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, 0).data().toString().contains(u"契約"_s));
    model.setQuery(u"納品"_s);
    QCOMPARE(model.error(), QString());
    QCOMPARE(model.rowCount(), 1);
}

void TestSearchResultsModel::aThreadThatGoes_leavesTheResults()
{
    SearchResultsModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"契約"_s);
    QCOMPARE(model.rowCount(), 2);
    ChangeSet gone;
    gone.tombstones = {{EntityKind::Thread, m_contract.id.toString(QUuid::WithoutBraces)}};
    QVERIFY((*m_store)->sync().ingest(gone));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(SearchResultsModel::ThreadIdRole).toUuid(), m_fee.id);
    QCOMPARE(model.hit(0)->threadId, m_fee.id);
}

void TestSearchResultsModel::relevance_isAnotherOrderOfTheSameThreads()
{
    SearchResultsModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"契約"_s);
    QSet<QUuid> newest;
    for (int row = 0; row < model.rowCount(); ++row)
        newest.insert(model.hit(row)->threadId);
    model.setOrder(SearchOrder::Relevance);
    QCOMPARE(model.order(), SearchOrder::Relevance);
    QSet<QUuid> relevant;
    for (int row = 0; row < model.rowCount(); ++row)
        relevant.insert(model.hit(row)->threadId);
    QCOMPARE(relevant, newest);
    // The question that says it twice comes before the answer that says it once.
    QCOMPARE(model.hit(0)->threadId, m_contract.id);
}

void TestSearchResultsModel::postsLeftForLater_areCountedDown_andFoundOnceIndexed()
{
    // A resync brings two threads about estimates: their posts wait to be indexed.
    Store &store = **m_store;
    QVERIFY(store.sync().beginResync(u"https://board.example alice"_s));
    Thread first = TestBoard::thread(4, 11), second = TestBoard::thread(5, 21);
    first.title = u"見積もりの出し方"_s;
    second.title = u"見積書の書式"_s;
    QVERIFY(store.sync().applyPage(ChangeSet{.threads = {first, second}}, u"1-x"_s));
    QVERIFY(store.sync().finishResync());

    SearchResultsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQuery(u"見積"_s);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.postsLeftForLater(), std::optional<int>(2));

    // A batch indexed: the count goes down, the results stay as they are (no reset under
    // the user's selection) until the rest is in.
    QSignalSpy searched(&model, &SearchResultsModel::searched);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(store.search().indexBacklog(1), std::optional<int>(1));
    QCOMPARE(searched.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.postsLeftForLater(), std::optional<int>(1));
    QCOMPARE(model.rowCount(), 0);

    QCOMPARE(store.search().indexBacklog(1), std::optional<int>(0));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.postsLeftForLater(), std::nullopt);
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestSearchResultsModel)
#include "tst_searchresultsmodel.moc"
