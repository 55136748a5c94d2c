#include "models/notificationmodel.h"
#include "models/threaddetailmodel.h"
#include "models/threadlistmodel.h"
#include "resources/demoboard.h"
#include "store/boardreads.h"
#include "store/drafts.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"
#include "ui/composer.h"
#include "ui/faqdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/notificationspanel.h"
#include "ui/panesplitter.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"
#include "ui/searchpane.h"
#include "ui/threadlistpane.h"
#include "ui/threadview.h"
#include "ui/whatsnew.h"

#include <QAbstractItemModelTester>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

struct Fixture
{
    std::unique_ptr<TestBoard::TempStore> store = TestBoard::openTempStore();
    QSettings settings{store->dir.filePath(u"soudan.ini"_s), QSettings::IniFormat};

    Fixture()
    {
        const Result<ChangeSet> board = demoBoard();
        if (!board || !(*store)->sync().ingest(board.value()))
            qFatal("cannot load the demo board");
    }
};

QModelIndex categoryIndex(MainWindow &w, qint64 id)
{
    QAbstractItemModel *model = w.categoryView()->model();
    for (int side = 0; side < model->rowCount(); ++side) {
        const QModelIndex s = model->index(side, 0);
        for (int row = 0; row < model->rowCount(s); ++row) {
            const QModelIndex c = model->index(row, 0, s);
            if (c.data(Qt::UserRole + 1).toLongLong() == id)
                return c;
        }
    }
    return {};
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void window_opensWithThreePanesOnTheDemoBoard();
    void choosingCategory_listsItsThreads();
    void threadList_givesTitlesAndNamesTheirRoom_data();
    void threadList_givesTitlesAndNamesTheirRoom();
    void narrowerPanes_keepTheCategoryNames();
    void linkToAThread_opensItInItsCategory();
    void askDialog_namesEachCategoryWithItsOwnSide();
    void composer_isHiddenWithoutAThread();
    void home_opensWhatIsNew();
    void choosingResolvedThread_showsBestAnswerAndThanks();
    void postWithHtml_showsTheTagsAsText();
    void keyboard_filterAndPanes();
    void session_isRestored();
    void languageMenu_retranslatesEveryOpenWindowAtOnce();
    void searchBox_findsAsYouType_andOpensTheMatch();
};

void TestMainWindow::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestMainWindow::window_opensWithThreePanesOnTheDemoBoard()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *splitter = w.findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    QCOMPARE(splitter->count(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY(splitter->widget(i)->isVisible() && splitter->widget(i)->width() > 100);
    QCOMPARE(w.categoryView()->model()->rowCount(), 2);
    QVERIFY(w.menuBar()->actions().size() >= 3);
    QVERIFY(w.statusBar()->isVisible());
}

void TestMainWindow::choosingCategory_listsItsThreads()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    const QModelIndex category = categoryIndex(w, 22);
    QVERIFY(category.isValid());
    QTest::mouseClick(w.categoryView()->viewport(), Qt::LeftButton, {},
                      w.categoryView()->visualRect(category).center());
    QCOMPARE(w.categoryView()->currentIndex(), category);
    QAbstractItemModel *list = w.threadListView()->model();
    const int expected = (*f.store)->reads().categoryCounts().value(22).threads;
    QVERIFY(expected >= 3);
    QCOMPARE(list->rowCount(), expected);
    const std::optional<ThreadDetail> first = (*f.store)->reads().threadDetail(
        qobject_cast<ThreadListModel *>(w.threadListView()->model())->threadId(0));
    QVERIFY(first);
    QCOMPARE(first->thread.categoryId, 22);
    QCOMPARE(list->index(0, 0).data().toString(), first->thread.title);
    const QString status = w.findChild<QLabel *>(u"categoryStatus"_s)->text();
    QVERIFY2(status.contains(category.data().toString()), qPrintable(status));
    QVERIFY2(status.contains(QString::number(expected)), qPrintable(status));
}

void TestMainWindow::threadList_givesTitlesAndNamesTheirRoom_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("titleCharacters"); // at least, where the title is that long
    QTest::newRow("1280x800") << QSize(1280, 800) << 25;
    QTest::newRow("1024x768") << QSize(1024, 768) << 20;
}

void TestMainWindow::threadList_givesTitlesAndNamesTheirRoom()
{
    QFETCH(QSize, size);
    QFETCH(int, titleCharacters);
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectFirstThread();
    auto *pane = w.findChild<ThreadListPane *>();
    QVERIFY(pane && pane->twoLines());
    const QAbstractItemModel *list = w.threadListView()->model();
    QVERIFY(list->rowCount() >= 5);
    auto visibleCharacters = [&](int row) {
        const QString shown = pane->visibleTitle(row);
        const QString title = list->index(row, 0).data().toString();
        const bool cut = shown.endsWith(u'…');
        // What is shown is the start of the title, and all of it unless it ends in "…" (or
        // nothing, where not even "…" fits).
        if (!(cut ? title.startsWith(shown.chopped(1)) : shown == title || shown.isEmpty()))
            return -1;
        return cut ? int(shown.size()) - 1 : int(shown.size());
    };
    int fewest = std::numeric_limits<int>::max();
    for (int row = 0; row < list->rowCount(); ++row) {
        const int title = int(list->index(row, 0).data().toString().size());
        const int shown = visibleCharacters(row);
        QVERIFY2(shown >= qMin(title, titleCharacters),
                 qPrintable(u"row %1 shows %2 of %3 characters"_s.arg(row).arg(shown).arg(title)));
        fewest = qMin(fewest, shown);
    }
    qInfo("%dx%d: at least %d title characters in view (panes %s)", size.width(), size.height(),
          fewest,
          qPrintable(QDebug::toString(w.findChild<QSplitter *>(u"mainSplitter"_s)->sizes())));
    // One line with columns shows less of the first title (the urgency tag and the columns).
    pane->setTwoLines(false);
    QVERIFY(!w.threadListView()->isHeaderHidden());
    QCoreApplication::processEvents();
    const int oneLine = visibleCharacters(0);
    QVERIFY(oneLine >= 0);
    QVERIFY2(oneLine < titleCharacters, qPrintable(QString::number(oneLine)));
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        w.grab().save(dir + u"/one-line-%1.png"_s.arg(size.width()));
    pane->setTwoLines(true);
    QVERIFY(w.threadListView()->isHeaderHidden());

    // Every category's name is shown whole.
    const QTreeView *tree = w.categoryView();
    const QFontMetrics fm(tree->font());
    std::function<void(const QModelIndex &)> check = [&](const QModelIndex &parent) {
        for (int row = 0; row < tree->model()->rowCount(parent); ++row) {
            const QModelIndex index = tree->model()->index(row, 0, parent);
            const QString name = index.data().toString();
            QVERIFY2(tree->visualRect(index).width() >= fm.horizontalAdvance(name) + 6,
                     qPrintable(name));
            check(index);
        }
    };
    check({});
}

void TestMainWindow::narrowerPanes_keepTheCategoryNames()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    // First shown small (a small screen, or before the window manager sizes it), then larger:
    // the tree grows to its names as soon as there is room.
    w.resize(640, 480);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *panes = w.findChild<PaneSplitter *>();
    QVERIFY(panes);
    const int wanted = panes->firstPaneWidth();
    QVERIFY(panes->sizes().at(0) < wanted);
    w.resize(1280, 800);
    QTRY_VERIFY(panes->width() > 1200);
    QTRY_VERIFY2(panes->sizes().at(0) >= wanted, qPrintable(QDebug::toString(panes->sizes())));
    // Narrower again (a panel opens beside the panes): the list and the thread give room first.
    w.resize(1100, 800);
    QTRY_VERIFY(panes->width() <= 1100);
    QTRY_VERIFY2(panes->sizes().at(0) >= qMin(wanted, panes->width() / 3 - 4),
                 qPrintable(QDebug::toString(panes->sizes())));
    // A width the user dragged the tree to is kept the same way.
    panes->setSizes({200, 400, panes->width() - 600});
    Q_EMIT panes->splitterMoved(200, 1);
    w.resize(1280, 800);
    QTRY_VERIFY(panes->width() > 1200);
    QCOMPARE(panes->sizes().at(0), 200);
}

void TestMainWindow::linkToAThread_opensItInItsCategory()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectCategory(22);
    const QList<ThreadSummary> elsewhere = (*f.store)->reads().threads(ThreadQuery{11}, {}, 1);
    QCOMPARE(elsewhere.size(), 1);
    const QUuid target = elsewhere.first().id;
    // As a click on a link in a post: the thread opens here, selected in its category's list.
    Q_EMIT w.threadView()->anchorClicked(
        QUrl(u"https://board.example.jp/threads/"_s + target.toString(QUuid::WithoutBraces)));
    QTRY_VERIFY2(
        w.threadView()->toPlainText().contains(elsewhere.first().title),
        qPrintable(w.threadView()->toPlainText().left(200) + u" / "_s + elsewhere.first().title));
    QCOMPARE(w.categoryView()->currentIndex(), categoryIndex(w, 11));
    auto *list = qobject_cast<ThreadListModel *>(w.threadListView()->model());
    QCOMPARE(list->threadId(w.threadListView()->currentIndex().row()), target);
}

void TestMainWindow::askDialog_namesEachCategoryWithItsOwnSide()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    QuestionDialog dialog((*f.store)->drafts(), *w.categoryModel(), Drafts::questionKey(), &w);
    QComboBox *box = dialog.categoryBox();
    QCOMPARE(box->count(), 8); // every subcategory of both sides
    for (int i = 0; i < box->count(); ++i) {
        const qint64 id = box->itemData(i).toLongLong();
        const QString side = id < 20 ? u"受注者からの相談 › "_s : u"発注者からの相談 › "_s;
        QVERIFY2(box->itemText(i).startsWith(side), qPrintable(box->itemText(i)));
    }
}

void TestMainWindow::composer_isHiddenWithoutAThread()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto *composer = w.findChild<Composer *>();
    QVERIFY(composer);
    QVERIFY(!composer->isVisible());
    // No thread yet: the board's home, whose FAQ links open the FAQ.
    QVERIFY(w.threadView()->toPlainText().contains(u"The consultation board"_s));
    Q_EMIT w.threadView()->anchorClicked(QUrl(u"soudan:faq/reports"_s));
    QTRY_VERIFY(w.findChild<FaqDialog *>() && w.findChild<FaqDialog *>()->isVisible());
    w.findChild<FaqDialog *>()->close();
    w.selectFirstThread();
    w.selectCategory(22); // the detail empties: nothing to answer
    QVERIFY(!composer->isVisible());
}

void TestMainWindow::home_opensWhatIsNew()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.threadView()->toPlainText().contains(u"The consultation board"_s));
    // A notification as the Notifications panel's model gives it.
    const QUuid thread = demoBoard().value().threads.first().id;
    QStandardItemModel news(1, NotificationModel::ColumnCount);
    news.setData(news.index(0, NotificationModel::WhatColumn), u"bob answered your question"_s);
    news.setData(news.index(0, NotificationModel::WhatColumn), true, NotificationModel::UnreadRole);
    news.setData(news.index(0, NotificationModel::WhatColumn), thread,
                 NotificationModel::ThreadIdRole);
    news.setData(news.index(0, NotificationModel::WhereColumn), u"ロゴの相談"_s);
    w.threadView()->setNews(&news);
    QVERIFY(w.threadView()->toPlainText().contains(u"New for you (1 unread)"_s));
    QVERIFY(w.threadView()->toPlainText().contains(u"bob answered your question"_s));
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        Language::apply(*app, u"ja"_s);
        w.resize(1280, 800);
        QCoreApplication::processEvents();
        w.grab().save(dir + u"/home-news-ja.png"_s);
        Language::apply(*app, u"en"_s);
    }
    Q_EMIT w.threadView()->anchorClicked(QUrl(u"soudan:open/%1/%2"_s.arg(
        thread.toString(QUuid::WithoutBraces), thread.toString(QUuid::WithoutBraces))));
    QTRY_VERIFY(!w.threadView()->toPlainText().contains(u"The consultation board"_s));
    QVERIFY(w.windowTitle().contains((*f.store)->reads().threadDetail(thread)->thread.title));
}

void TestMainWindow::choosingResolvedThread_showsBestAnswerAndThanks()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectCategory(11);
    QTreeView *list = w.threadListView();
    int resolvedRow = -1;
    for (int row = 0; row < list->model()->rowCount() && resolvedRow < 0; ++row) {
        if (list->model()->index(row, 0).data(ThreadListModel::StatusRole).toInt() ==
            int(ThreadStatus::Resolved))
            resolvedRow = row;
    }
    QVERIFY(resolvedRow >= 0);
    const QModelIndex index = list->model()->index(resolvedRow, 0);
    list->scrollTo(index);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(index).center());

    const ThreadDetail detail = *(*f.store)->reads().threadDetail(
        qobject_cast<ThreadListModel *>(w.threadListView()->model())->threadId(resolvedRow));
    const QString shown = w.threadView()->toPlainText();
    QVERIFY(shown.contains(detail.thread.title));
    QVERIFY(shown.contains(u"Chosen as the best answer"_s));
    QVERIFY(shown.contains(u"Thanks from the asker"_s));
    QVERIFY(shown.contains(detail.thread.thanks->body.left(30)));
    QVERIFY(shown.contains(u"Resolved"_s));
    for (const AnswerView &a : detail.answers)
        QVERIFY(shown.contains(a.answer.body.left(30)));
    // The best answer's text comes before the thanks, and again among all answers.
    QString best;
    for (const AnswerView &a : detail.answers) {
        if (a.answer.id == detail.thread.bestAnswerId)
            best = a.answer.body.left(30);
    }
    QVERIFY(!best.isEmpty());
    QVERIFY(shown.indexOf(best) < shown.indexOf(u"Thanks from the asker"_s));
    QVERIFY(shown.lastIndexOf(best) > shown.indexOf(u"All answers"_s));
    QVERIFY(w.windowTitle().contains(detail.thread.title));
}

void TestMainWindow::postWithHtml_showsTheTagsAsText()
{
    Fixture f;
    Thread t = TestBoard::thread(1, 11);
    t.authorId = 101;
    t.createdAt = QDateTime::currentDateTimeUtc();
    t.lastActivityAt = t.createdAt;
    t.title = u"<b>太字</b>のタイトル"_s;
    t.body = u"本文に <b>太字</b> と <script>alert('x')</script> と "
             "https://example.com/portfolio と javascript:alert(1) があります"_s;
    QVERIFY((*f.store)->sync().ingest(ChangeSet{.threads = {t}}));
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.selectCategory(11);
    QVERIFY(w.selectThread(t.id));
    const QString shown = w.threadView()->toPlainText();
    QVERIFY(shown.contains(u"<b>太字</b>のタイトル"_s));
    QVERIFY(shown.contains(u"<script>alert('x')</script>"_s));
    QVERIFY(shown.contains(u"javascript:alert(1)"_s));
    const QString html = w.threadView()->toHtml();
    QCOMPARE(html.count(u"<a href="_s), 1);
    QVERIFY(html.contains(u"<a href=\"https://example.com/portfolio\""_s));
    QVERIFY(!html.contains(u"href=\"javascript:"_s, Qt::CaseInsensitive));
}

void TestMainWindow::keyboard_filterAndPanes()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    w.selectCategory(1); // a side lists all its subcategories' threads
    const int all = w.threadListView()->model()->rowCount();
    QVERIFY(all >= 20);

    // Ctrl+F focuses the filter; typing narrows the list in SQL; Down enters the list.
    w.categoryView()->setFocus();
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    auto *filter = w.findChild<QLineEdit *>(u"threadFilter"_s);
    QVERIFY(filter->hasFocus());
    QTest::keyClicks(filter, u"LINE"_s);
    QTest::keyClick(filter, Qt::Key_Down);
    const int filtered = w.threadListView()->model()->rowCount();
    QVERIFY(filtered >= 1);
    QVERIFY(filtered < all);
    for (int row = 0; row < filtered; ++row)
        QVERIFY(w.threadListView()->model()->index(row, 0).data().toString().contains(u"LINE"_s));
    QVERIFY(w.threadListView()->hasFocus());
    QCOMPARE(w.threadListView()->currentIndex().row(), 0);
    QVERIFY(!w.threadView()->toPlainText().isEmpty());

    // Arrows move through the list, and the detail follows.
    const QString firstShown = w.threadView()->toPlainText();
    if (filtered > 1) {
        QTest::keyClick(w.threadListView(), Qt::Key_Down);
        QCOMPARE(w.threadListView()->currentIndex().row(), 1);
        QVERIFY(w.threadView()->toPlainText() != firstShown);
    }

    // Tab goes on to the detail pane, the search box, and on round to the category tree.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w.threadView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w.searchBox());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), w.categoryView());

    // Escape in the filter clears it.
    QTest::keyClick(&w, Qt::Key_F, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Escape);
    QVERIFY(filter->text().isEmpty());
    QCOMPARE(w.threadListView()->model()->rowCount(), all);
}

void TestMainWindow::session_isRestored()
{
    Fixture f;
    QUuid chosen;
    QList<int> sizes;
    {
        MainWindow w(**f.store, f.settings);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.selectCategory(23);
        qobject_cast<ThreadListModel *>(w.threadListView()->model())
            ->sort(ThreadListModel::ViewsColumn, Qt::DescendingOrder);
        chosen = qobject_cast<ThreadListModel *>(w.threadListView()->model())->threadId(1);
        QVERIFY(w.selectThread(chosen));
        auto *splitter = w.findChild<QSplitter *>(u"mainSplitter"_s);
        splitter->setSizes({200, 500, 580});
        sizes = splitter->sizes();
        w.close();
    }
    MainWindow w(**f.store, f.settings);
    w.restoreSession();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QCOMPARE(w.categoryView()->currentIndex().data(Qt::UserRole + 1).toLongLong(), 23);
    QCOMPARE(qobject_cast<ThreadListModel *>(w.threadListView()->model())->query().sort,
             ThreadSort::MostViewed);
    QCOMPARE(qobject_cast<ThreadListModel *>(w.threadListView()->model())
                 ->threadId(w.threadListView()->currentIndex().row()),
             chosen);
    QVERIFY(w.threadView()->toPlainText().contains(
        (*f.store)->reads().threadDetail(chosen)->thread.title));
    QCOMPARE(w.findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
}

void TestMainWindow::languageMenu_retranslatesEveryOpenWindowAtOnce()
{
    Fixture f;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Language::apply(*app, u"en"_s);
    MainWindow w(**f.store, f.settings);
    w.show();
    w.selectFirstThread();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    // Open beside it: a dialog and the moderation window.
    ReportDialog dialog(EntityKind::Thread, QUuid::createUuid(), u"抜粋"_s, &w);
    dialog.show();
    ModerationWindow moderation(**f.store, *w.categoryModel(), f.settings);
    moderation.show();

    QAction *japanese = nullptr, *english = nullptr;
    for (QActionGroup *group : w.findChildren<QActionGroup *>()) {
        for (QAction *a : group->actions()) {
            if (a->data().toString() == u"ja"_s)
                japanese = a;
            else if (a->data().toString() == u"en"_s)
                english = a;
        }
    }
    QVERIFY(japanese && english);
    QCOMPARE(japanese->text(), u"日本語"_s);
    QVERIFY(english->isChecked());
    QCOMPARE(w.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(dialog.windowTitle(), u"Report a Violation"_s);
    const QString headerBefore =
        w.threadListView()->model()->headerData(0, Qt::Horizontal).toString();

    japanese->trigger();
    QCOMPARE(Language::current(), u"ja"_s);
    QCOMPARE(f.settings.value(MainWindow::LanguageKey).toString(), u"ja"_s);
    // Windows hear of it through posted events.
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), u"ファイル(&F)"_s);
    QVERIFY(japanese->isChecked());
    QVERIFY(dialog.windowTitle() != u"Report a Violation"_s);
    QVERIFY(dialog.windowTitle().contains(u"違反"_s));
    QCOMPARE(moderation.windowTitle(), u"モデレーション — Soudan"_s);
    const QString headerAfter =
        w.threadListView()->model()->headerData(0, Qt::Horizontal).toString();
    QVERIFY(headerAfter != headerBefore);
    QCOMPARE(w.threadListView()->header()->model()->headerData(0, Qt::Horizontal).toString(),
             headerAfter);
    // Dates and numbers follow the locale.
    QCOMPARE(QLocale().language(), QLocale::Japanese);

    english->trigger();
    QTRY_COMPARE(w.menuBar()->actions().first()->text(), u"&File"_s);
    QCOMPARE(dialog.windowTitle(), u"Report a Violation"_s);
    QCOMPARE(moderation.windowTitle(), u"Moderation — Soudan"_s);
    QCOMPARE(QLocale().language(), QLocale::English);
    QCOMPARE(f.settings.value(MainWindow::LanguageKey).toString(), u"en"_s);
}

void TestMainWindow::searchBox_findsAsYouType_andOpensTheMatch()
{
    Fixture f;
    MainWindow w(**f.store, f.settings);
    w.resize(1400, 860);
    w.show();
    w.selectFirstThread();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    QListView *results = w.findChild<SearchPane *>()->view();
    QAbstractItemModelTester tester(results->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *middle = w.findChild<QStackedWidget *>(u"middlePane"_s);
    QVERIFY(middle);

    // Ctrl+K, then type: the results come after a short pause, in place of the thread list.
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(w.searchBox()->hasFocus());
    w.searchBox()->insert(u"仮払い"_s);
    QTRY_COMPARE(middle->currentWidget(), w.findChild<SearchPane *>());
    QTRY_VERIFY(results->model()->rowCount() > 0);
    for (int row = 0; row < results->model()->rowCount(); ++row) {
        const QModelIndex index = results->model()->index(row, 0);
        const QString snippet = index.data(Qt::UserRole + 8).toString(); // SnippetRole
        QVERIFY2(snippet.contains(u"仮払い"_s) || index.data().toString().contains(u"仮払い"_s),
                 qPrintable(snippet));
    }
    QVERIFY(w.findChild<SearchPane *>()->summary()->text().contains(
        QString::number(results->model()->rowCount())));
    if (const QString shot = qEnvironmentVariable("SOUDAN_SEARCH_SHOT"); !shot.isEmpty())
        w.grab().save(shot);

    // Enter opens the first result's thread, with the match in view.
    QTest::keyClick(w.searchBox(), Qt::Key_Return);
    const QUuid opened = results->model()->index(0, 0).data(Qt::UserRole + 1).toUuid();
    QTRY_VERIFY(w.threadView()->toPlainText().contains(u"仮払い"_s));
    QVERIFY(!opened.isNull());
    QVERIFY(results->hasFocus());

    // A query that cannot be done says why; Escape goes back to the thread list.
    w.searchBox()->setFocus();
    w.searchBox()->setText(u"status:maybe"_s);
    QTRY_VERIFY(w.findChild<SearchPane *>()->summary()->text().contains(u"status:"_s));
    QCOMPARE(results->model()->rowCount(), 0);
    QTest::keyClick(w.searchBox(), Qt::Key_Escape);
    QCOMPARE(middle->currentWidget()->objectName(),
             w.threadListView()->parentWidget()->objectName());
    QVERIFY(w.searchBox()->text().isEmpty());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
