// The main window with a real sync: signing in through the account dialog, the status bar, and
// lists that update as pages arrive without losing the selection. Against the real server.

#include "models/threadlistmodel.h"
#include "store/boardreads.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"
#include "ui/accountdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/syncstatuswidget.h"
#include "ui/threadview.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

QAction *findAction(QWidget *window, const QString &text)
{
    for (QAction *a : window->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

} // namespace

class TestSyncUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signIn_syncs_andListsKeepTheirSelection();
    void wrongPassword_isShownInTheDialog();
};

void TestSyncUi::initTestCase()
{
    setUpClientTests();
}

void TestSyncUi::signIn_syncs_andListsKeepTheirSelection()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"asker"_s}));

    AppProfile profile;
    Store &store = *profile.store;
    QSettings &settings = *profile.settings;
    SyncController &sync = *profile.sync;
    MainWindow window(store, settings, &sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    sync.start();
    auto *status = window.findChild<SyncStatusWidget *>(u"syncStatus"_s);
    QVERIFY(status);
    QTRY_VERIFY(status->text().contains(u"no server set up"_s));

    AccountDialog dialog(sync, &window);
    dialog.show();
    QVERIFY(!dialog.signInButton()->isEnabled());
    QTest::keyClicks(dialog.serverEdit(), server.url().toString());
    QTest::keyClicks(dialog.userEdit(), u"asker"_s);
    QTest::keyClicks(dialog.passwordEdit(), ServerProcess::passwordOf(u"asker"_s));
    QVERIFY(dialog.signInButton()->isEnabled());
    QSignalSpy signedIn(&sync, &SyncController::signInFinished);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QVERIFY(signedIn.wait(30000));
    QVERIFY(signedIn.at(0).at(0).toBool());
    QVERIFY2(dialog.message().contains(u"Signed in as asker"_s), qPrintable(dialog.message()));
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QVERIFY(!settings.allKeys().join(u' ').contains(u"password"_s));
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        dialog.grab().save(dir + u"/account-dialog.png"_s);
    dialog.close();

    QTRY_VERIFY_WITH_TIMEOUT(sync.status().state == SyncStatus::State::UpToDate, 30000);
    QTRY_VERIFY(status->text().contains(u"Online"_s));
    QVERIFY(status->text().contains(u"last synced"_s));
    QCOMPARE(window.categoryView()->model()->rowCount(), 2);

    // Choose a thread; a newer one arrives with the next sync (F5): it is inserted above, and
    // the chosen thread stays chosen.
    window.selectCategory(11);
    ThreadListModel *list = qobject_cast<ThreadListModel *>(window.threadListView()->model());
    const QUuid chosen = list->threadId(1);
    QVERIFY(window.selectThread(chosen));
    Http http(server.url());
    http.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s));
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QCOMPARE(
        http.put(u"/api/v1/threads/"_s + fresh, {{u"categoryId"_s, 11},
                                                 {u"title"_s, u"契約前に電話番号を聞かれました"_s},
                                                 {u"body"_s, u"どう断ればよいでしょうか。"_s},
                                                 {u"urgency"_s, u"urgent"_s}})
            .status,
        201);
    QSignalSpy inserted(list, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(list, &QAbstractItemModel::modelReset);
    QAction *syncNow = findAction(&window, u"Sync Now"_s);
    QVERIFY(syncNow);
    QVERIFY(syncNow->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    syncNow->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(list->rowOf(QUuid::fromString(fresh)) == 0, 30000);
    QCOMPARE(reset.count(), 0);
    QVERIFY(inserted.count() >= 1);
    QCOMPARE(list->threadId(window.threadListView()->currentIndex().row()), chosen);
    QVERIFY(window.threadView()->toPlainText().contains(
        store.reads().threadDetail(chosen)->thread.title));

    // Work offline: the indicator says so, and F5 does not connect.
    QAction *offline = findAction(&window, u"Work Offline"_s);
    QVERIFY(offline);
    offline->trigger();
    QTRY_VERIFY(status->text().contains(u"Working offline"_s));
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + u"/synced-window.png"_s);
    QVERIFY(settings.value(u"sync/workOffline"_s).toBool());
    offline->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Online"_s), 30000);
}

void TestSyncUi::wrongPassword_isShownInTheDialog()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.createDatabase());
    QVERIFY(server.addUser(u"asker"_s));
    QVERIFY(server.start());
    AppProfile profile;
    SyncController &sync = *profile.sync;
    AccountDialog dialog(sync);
    dialog.show();
    QTest::keyClicks(dialog.serverEdit(), u"ftp://nowhere"_s);
    QVERIFY(dialog.message().contains(u"https://"_s));
    // A wrong port is not blamed on the scheme.
    dialog.serverEdit()->clear();
    QTest::keyClicks(dialog.serverEdit(), u"http://127.0.0.1:99999"_s);
    QVERIFY2(dialog.message().contains(u"host name and port"_s), qPrintable(dialog.message()));
    QVERIFY(!dialog.message().contains(u"starts with"_s));
    // Plain http:// to another computer would send the password in clear: not offered.
    dialog.serverEdit()->setText(u"http://board.example.jp"_s);
    QTest::keyClicks(dialog.userEdit(), u"x"_s);
    QTest::keyClicks(dialog.passwordEdit(), u"x"_s);
    QVERIFY2(dialog.message().contains(u"Use https://"_s), qPrintable(dialog.message()));
    QVERIFY(!dialog.signInButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
        Language::apply(*app, u"ja"_s);
        QCoreApplication::processEvents();
        dialog.serverEdit()->setText(u"http://board.example.jp/"_s); // says it again, in Japanese
        dialog.grab().save(dir + u"/account-http-ja.png"_s);
        Language::apply(*app, u"en"_s);
    }
    dialog.serverEdit()->setText(u"https://board.example.jp"_s);
    QVERIFY(dialog.signInButton()->isEnabled());
    dialog.userEdit()->clear();
    dialog.passwordEdit()->clear();
    dialog.serverEdit()->setText(server.url().toString());
    QTest::keyClicks(dialog.userEdit(), u"asker"_s);
    QTest::keyClicks(dialog.passwordEdit(), u"not-my-password"_s);
    QSignalSpy finished(&sync, &SyncController::signInFinished);
    QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY2(dialog.message().contains(u"Wrong user name or password."_s),
             qPrintable(dialog.message()));
    QVERIFY(!sync.isSignedIn());
}

QTEST_MAIN(TestSyncUi)
#include "tst_syncui.moc"
