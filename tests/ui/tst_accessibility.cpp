// Comfort and accessibility of the main and moderation windows: every control a user can reach
// says what it is to assistive technology, Tab reaches every pane, a dark palette gives dark
// panes with light text, and the whole window zooms (Ctrl++ / Ctrl+-), remembered.

#include "domain/changeset.h"
#include "resources/demoboard.h"
#include "store/moderationcache.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/synccontroller.h"
#include "tests/support/testboard.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/threadview.h"
#include "ui/zoom.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTabBar>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

struct Fixture
{
    std::unique_ptr<TestBoard::TempStore> store = TestBoard::openTempStore();
    QSettings settings{store->dir.filePath(u"soudan.ini"_s), QSettings::IniFormat};
    std::unique_ptr<SyncController> sync;

    Fixture()
    {
        ChangeSet board = demoBoard().value();
        const Thread &t = board.threads.first();
        ModerationItem item;
        item.id = t.id;
        item.threadId = t.id;
        item.authorId = t.authorId;
        item.firstReportedAt = item.lastReportedAt = t.createdAt;
        item.reports = {{QUuid::createUuid(), 0, ReportReason::Spam, u"宣伝"_s, t.createdAt}};
        board.moderationItems.append(item);
        (*store)->sync().ingest(board);
        (*store)->sync().setMe({board.users.first().id, u"管理人"_s, Role::Moderator});
        sync = std::make_unique<SyncController>(**store, settings, store->dir.path());
    }

    // The main window at 1280×800, on the first thread (or, without, on the board's home).
    MainWindow &open(bool onAThread = true)
    {
        window = std::make_unique<MainWindow>(**store, settings, sync.get());
        window->resize(1280, 800);
        window->show();
        if (onAThread)
            window->selectFirstThread();
        return *window;
    }

    std::unique_ptr<MainWindow> window; // last: it goes first
};

// The controls of top a user can reach that say nothing to assistive technology.
QStringList nameless(QWidget *top)
{
    QStringList found;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        // A dock's tab bar is Qt's, named by its tabs.
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled() ||
            qobject_cast<QTabBar *>(w))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty()) {
            found.append(u"%1 (%2)"_s.arg(w->objectName(),
                                          QString::fromLatin1(w->metaObject()->className())));
        }
    }
    return found;
}

double luminance(const QColor &c)
{
    return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF();
}

// The share of a widget's pixels that are dark.
double darkShare(QWidget *w)
{
    const QImage image = w->grab().toImage();
    qint64 dark = 0, all = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4) {
            ++all;
            if (luminance(image.pixelColor(x, y)) < 0.35)
                ++dark;
        }
    }
    return all ? double(dark) / double(all) : 0;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyControl_hasAName_data();
    void everyControl_hasAName();
    void tab_reachesEveryPane();
    void threadViewLinks_workFromTheKeyboard();
    void darkPalette_givesDarkPanes();
    void zoom_growsTheTextOfEveryWindow_andIsRemembered();
};

void TestAccessibility::everyControl_hasAName_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("ja") << u"ja"_s;
    QTest::newRow("en") << u"en"_s;
}

void TestAccessibility::everyControl_hasAName()
{
    QFETCH(QString, language);
    Language::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()), language);
    Fixture f;
    MainWindow &w = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ModerationWindow *moderation = w.openModeration();
    QVERIFY(moderation);
    QVERIFY(QTest::qWaitForWindowExposed(moderation));
    const QStringList missing = nameless(&w) + nameless(moderation);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void TestAccessibility::tab_reachesEveryPane()
{
    Fixture f;
    MainWindow &w = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    w.categoryView()->setFocus();
    QSet<QString> reached;
    for (int i = 0; i < 40; ++i) {
        if (QWidget *focus = QApplication::focusWidget())
            reached.insert(focus->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    for (const QString &pane :
         {u"categoryTree"_s, u"threadList"_s, u"threadView"_s, u"threadFilter"_s, u"searchBox"_s})
        QVERIFY2(reached.contains(pane),
                 qPrintable(QStringList(reached.begin(), reached.end()).join(u", "_s)));
}

void TestAccessibility::threadViewLinks_workFromTheKeyboard()
{
    Fixture f;
    MainWindow &w = f.open(false);
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QApplication::setActiveWindow(&w);
    // The home's links (the FAQ pages), as a post's actions are: Tab goes from link to link,
    // Enter follows the one in focus.
    ThreadView *view = w.threadView();
    view->setFocus(Qt::TabFocusReason);
    QString href;
    for (int i = 0; i < 10 && !href.startsWith(u"soudan:faq/"_s); ++i) {
        QTest::keyClick(view, Qt::Key_Tab);
        href = view->textCursor().charFormat().anchorHref();
    }
    QVERIFY2(href.startsWith(u"soudan:faq/"_s), qPrintable(href));
    QTest::keyClick(view, Qt::Key_Return);
    auto faqShown = [] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return std::any_of(windows.cbegin(), windows.cend(), [](QWidget *top) {
            return top->objectName() == u"faqDialog"_s && top->isVisible();
        });
    };
    QTRY_VERIFY(faqShown());
    // Past the last link, Tab goes on to the next pane.
    for (int i = 0; i < 10 && view->hasFocus(); ++i)
        QTest::keyClick(view, Qt::Key_Tab);
    QVERIFY(!view->hasFocus());
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top->objectName() == u"faqDialog"_s)
            top->close();
    }
}

void TestAccessibility::darkPalette_givesDarkPanes()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x6e, 0xa8));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x7a, 0xb4, 0xff));
    dark.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    Fixture f;
    MainWindow &w = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    ModerationWindow *moderation = w.openModeration();
    QVERIFY(moderation);
    moderation->selectItem((*f.store)->moderation().entries().value(0).item.id);
    QCoreApplication::processEvents();
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        w.grab().save(dir + u"/dark-main.png"_s);
        moderation->grab().save(dir + u"/dark-moderation.png"_s);
    }
    // Each pane mostly dark: nothing paints a light background of its own.
    for (const QString &name : {u"categoryTree"_s, u"threadList"_s, u"threadView"_s}) {
        QWidget *pane = w.findChild<QWidget *>(name);
        QVERIFY(pane);
        QVERIFY2(darkShare(pane) > 0.8, qPrintable(u"%1: %2"_s.arg(name).arg(darkShare(pane))));
    }
    for (const QString &name : {u"reportQueue"_s, u"reportDetail"_s}) {
        QWidget *pane = moderation->findChild<QWidget *>(name);
        QVERIFY(pane);
        QVERIFY2(darkShare(pane) > 0.8, qPrintable(u"%1: %2"_s.arg(name).arg(darkShare(pane))));
    }
    QApplication::setPalette(before);
}

void TestAccessibility::zoom_growsTheTextOfEveryWindow_andIsRemembered()
{
    Fixture f;
    MainWindow &w = f.open();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto actionFor = [&w](const QKeySequence &key) -> QAction * {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == key)
                return a;
        }
        return nullptr;
    };
    QAction *in = actionFor(QKeySequence::ZoomIn);
    QAction *out = actionFor(QKeySequence::ZoomOut);
    QAction *actual = actionFor(QKeySequence(Qt::CTRL | Qt::Key_0));
    QVERIFY(in && out && actual);
    const double text = w.threadView()->font().pointSizeF();
    const int row = w.threadListView()->sizeHintForRow(0);

    in->trigger();
    in->trigger();
    QCOMPARE(Zoom::percent(), 120);
    QCoreApplication::processEvents();
    QVERIFY(w.threadView()->font().pointSizeF() > text * 1.15);
    QVERIFY(w.threadListView()->sizeHintForRow(0) > row);
    QCOMPARE(f.settings.value(u"view/zoom"_s).toInt(), 120);
    // The next start comes back at the same size.
    Zoom::setPercent(100);
    Zoom::restore(f.settings);
    QCOMPARE(Zoom::percent(), 120);

    out->trigger();
    QCOMPARE(Zoom::percent(), 110);
    actual->trigger();
    QCOMPARE(Zoom::percent(), 100);
    QTRY_COMPARE(w.threadView()->font().pointSizeF(), text);
    QCOMPARE(f.settings.value(u"view/zoom"_s).toInt(), 100);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
