// While a first sync's posts wait to be indexed for search, the search pane and the status bar
// say so, in English and in Japanese; once they are in, the note goes and the results come.

#include "models/searchresultsmodel.h"
#include "store/search.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/syncstatus.h"
#include "tests/support/testboard.h"
#include "ui/language.h"
#include "ui/searchpane.h"
#include "ui/syncstatuswidget.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestSearchCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { apply(u"en"_s); }
    void cleanup();
    void searchPane_saysWhatIsNotSearchedYet();
    void statusBar_saysPostsAreBeingIndexed();

private:
    static void apply(const QString &language)
    {
        Language::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()), language);
        QCoreApplication::processEvents(); // the windows hear of it from the event loop
    }
};

void TestSearchCoverage::cleanup()
{
    apply(u"en"_s);
}

void TestSearchCoverage::searchPane_saysWhatIsNotSearchedYet()
{
    // A first sync brings three questions about estimates; their posts wait to be indexed.
    auto temp = TestBoard::openTempStore();
    Store &store = **temp;
    QVERIFY(store.sync().beginResync(u"https://board.example alice"_s));
    ChangeSet page = TestBoard::skeleton();
    for (int n = 1; n <= 3; ++n) {
        Thread t = TestBoard::thread(n, 11);
        t.title = u"見積もりの相談 その%1"_s.arg(n);
        page.threads.append(t);
    }
    QVERIFY(store.sync().applyPage(page, u"1-x"_s));
    QVERIFY(store.sync().finishResync());

    apply(u"en"_s);
    SearchResultsModel model(store);
    SearchPane pane(model);
    pane.resize(600, 400);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    model.setQuery(u"見積"_s);
    QCOMPARE(pane.summary()->text(),
             u"No threads match.\nSearch does not cover the whole board yet: about 3 posts are "
             "still being indexed."_s);

    apply(u"ja"_s);
    const QString japanese = pane.summary()->text();
    QVERIFY2(japanese.contains(u"約3件の投稿を検索用に登録しています"_s), qPrintable(japanese));
    QVERIFY2(!japanese.contains(u"Search"_s) && !japanese.contains(u"match"_s),
             qPrintable(japanese));
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        pane.grab().save(dir + u"/search-indexing-ja.png"_s);

    // One batch: the count goes down. Then the rest: the note goes, the threads are found.
    QCOMPARE(store.search().indexBacklog(1), std::optional<int>(2));
    QVERIFY2(pane.summary()->text().contains(u"約2件"_s), qPrintable(pane.summary()->text()));
    QCOMPARE(store.search().indexBacklog(100), std::optional<int>(0));
    QCOMPARE(model.rowCount(), 3);
    QVERIFY2(!pane.summary()->text().contains(u"登録"_s), qPrintable(pane.summary()->text()));
    QVERIFY(pane.summary()->text().contains(u'3'));
}

void TestSearchCoverage::statusBar_saysPostsAreBeingIndexed()
{
    SyncStatusWidget widget;
    SyncStatus status;
    status.state = SyncStatus::State::UpToDate;
    status.postsToIndex = 120000;
    widget.setStatus(status);
    apply(u"en"_s);
    QCOMPARE(widget.text(), u"Online · indexing about 120,000 posts for search"_s);
    apply(u"ja"_s);
    QVERIFY2(widget.text().contains(u"約120,000件の投稿を検索用に登録中"_s) ||
                 widget.text().contains(u"約120000件の投稿を検索用に登録中"_s),
             qPrintable(widget.text()));
    QVERIFY2(!widget.text().contains(u"indexing"_s), qPrintable(widget.text()));
    // While a sync runs, the status bar shows its progress instead.
    status.state = SyncStatus::State::Syncing;
    widget.setStatus(status);
    QVERIFY(!widget.text().contains(u"登録中"_s));
    status.state = SyncStatus::State::UpToDate;
    status.postsToIndex = 0;
    widget.setStatus(status);
    QVERIFY(!widget.text().contains(u"登録中"_s));
}

QTEST_MAIN(TestSearchCoverage)
#include "tst_searchcoverage.moc"
