// What is new for a member, end to end: the real server, three members and more, the window's
// notifications, bold unread threads and counts, and desktop notifications through a real
// notification daemon (dunst, in the D-Bus session and X display that
// tests/support/desktop-session.sh gives this test).

#include "models/categorytreemodel.h"
#include "models/notificationmodel.h"
#include "models/threadlistmodel.h"
#include "store/activitycache.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "sync/syncengine.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"
#include "ui/desktopnotifier.h"
#include "ui/followbar.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/myactivitypanel.h"
#include "ui/notificationspanel.h"
#include "ui/preferencesdialog.h"
#include "ui/threadview.h"
#include "ui/whatsnew.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct Dunstctl
{
    int exitCode = -1;
    QByteArray out;
};

Dunstctl dunstctl(const QStringList &arguments)
{
    QProcess p;
    p.start(u"dunstctl"_s, arguments);
    if (!p.waitForFinished(10000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput()};
}

int displayed()
{
    return dunstctl({u"count"_s, u"displayed"_s}).out.trimmed().toInt();
}

// The summaries and bodies of the notifications the daemon has shown and closed.
QStringList history()
{
    const QJsonObject doc = QJsonDocument::fromJson(dunstctl({u"history"_s}).out).object();
    QStringList lines;
    for (const QJsonValue &group : doc.value(u"data"_s).toArray()) {
        for (const QJsonValue &n : group.toArray()) {
            const QJsonObject o = n.toObject();
            lines.append(o.value(u"summary"_s).toObject().value(u"data"_s).toString() + u" | "_s +
                         o.value(u"body"_s).toObject().value(u"data"_s).toString());
        }
    }
    return lines;
}

// The category tree's row of a category.
CategoryCounts countsOf(MainWindow &window, qint64 category)
{
    CategoryTreeModel *model = window.categoryModel();
    return model->counts(model->indexOfCategory(category));
}

// Pictures for the README: the window with the notifications panel, in Japanese and English,
// and the Preferences dialog; showing another thread of the list.
void screenshots(MainWindow &window, QSettings &settings, SyncController *sync, const QString &dir,
                 int otherRow)
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    window.threadListView()->setCurrentIndex(window.threadListView()->model()->index(otherRow, 0));
    window.whatsNew()->notificationsAction()->trigger();
    for (const QString &language : {u"ja"_s, u"en"_s}) {
        Language::apply(*app, language);
        QTest::qWait(200); // the menu bar lays its new titles out
        window.grab().save(dir + u"/whatsnew-"_s + language + u".png"_s);
        PreferencesDialog preferences(settings, sync, &window);
        preferences.show();
        QCoreApplication::processEvents();
        preferences.grab().save(dir + u"/preferences-"_s + language + u".png"_s);
    }
    window.whatsNew()->myActivityAction()->trigger();
    window.whatsNew()->myActivity()->raise();
    for (const QString &language : {u"ja"_s, u"en"_s}) {
        Language::apply(*app, language);
        QTest::qWait(200);
        window.grab().save(dir + u"/myactivity-"_s + language + u".png"_s);
    }
    window.whatsNew()->myActivityAction()->trigger();
    window.whatsNew()->notificationsPanel()->raise();
    window.resize(1024, 768);
    window.resizeDocks({window.whatsNew()->notificationsPanel()}, {300}, Qt::Horizontal);
    QTest::qWait(200);
    window.grab().save(dir + u"/whatsnew-en-1024.png"_s);
    window.resize(1280, 800);
    window.whatsNew()->notificationsAction()->trigger();
}

} // namespace

class TestWhatsNewUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anAnswerWhileOffline_reachesTheAskerOnly_andReadingClearsIt();
    void aMutedCategory_notifiesNoOneWhoMutedIt();

private:
    QProcess m_dunst;
};

void TestWhatsNewUi::initTestCase()
{
    setUpClientTests();
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") &&
                 qEnvironmentVariableIsSet("DISPLAY"),
             "run through tests/support/desktop-session.sh (its own D-Bus session and display)");
    // The daemon's default configuration, and no other daemon on this private bus.
    m_dunst.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_dunst.start(u"dunst"_s, {u"-config"_s, u"/dev/null"_s});
    QVERIFY2(m_dunst.waitForStarted(), "dunst is not installed (scripts/lib.sh installs it)");
    DesktopNotifier probe;
    QTRY_VERIFY_WITH_TIMEOUT(probe.isAvailable(), 10000);
}

void TestWhatsNewUi::cleanupTestCase()
{
    m_dunst.terminate();
    m_dunst.waitForFinished(5000);
}

void TestWhatsNewUi::anAnswerWhileOffline_reachesTheAskerOnly_andReadingClearsIt()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"alice"_s, u"bob"_s, u"carol"_s}));
    const qsizetype before = history().size(); // what the daemon showed for other tests

    // alice asks (category 12) on the server, and her window has the question.
    Http alice(server.url());
    alice.login(u"alice"_s, ServerProcess::passwordOf(u"alice"_s));
    const QString thread = newId();
    QCOMPARE(
        alice
            .put(u"/api/v1/threads/"_s + thread, {{u"categoryId"_s, 12},
                                                  {u"title"_s, u"ロゴ制作の相場はいくら?"_s},
                                                  {u"body"_s, u"ロゴ1点の相場を教えてください。"_s},
                                                  {u"urgency"_s, u"calm"_s}})
            .status,
        201);
    const QUuid threadId = QUuid::fromString(thread);

    AppProfile first;
    MainWindow window(*first.store, *first.settings, first.sync.get());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(first.signIn(server.url(), u"alice"_s));
    // A second device of alice's, synced now: nothing new there either.
    EngineClient second(server.url(), signIn(server.url(), u"alice"_s));
    QVERIFY(second.sync());
    WhatsNew *news = window.whatsNew();
    NotificationModel *notifications = news->notifications();
    QCOMPARE(notifications->unreadCount(), 0);
    // Her own question: she watches it, and the Follow control says why.
    window.selectCategory(12);
    QVERIFY(window.selectThread(threadId));
    FollowBar *follow = news->threadFollowBar();
    QVERIFY(follow->isVisible());
    QVERIFY2(follow->button()->text().contains(u"Watching"_s),
             qPrintable(follow->button()->text()));
    QVERIFY2(follow->reasonLabel()->text().contains(u"asked"_s),
             qPrintable(follow->reasonLabel()->text()));
    window.selectCategory(21); // reading something else

    // Offline, bob answers.
    first.sync->setWorkOffline(true);
    Http bob(server.url());
    bob.login(u"bob"_s, ServerProcess::passwordOf(u"bob"_s));
    const QString answer = newId();
    QCOMPARE(bob.put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, answer),
                     {{u"body"_s, u"3万円から10万円ほどが多いです。"_s}})
                 .status,
             201);

    // Back online: one notification, the thread bold with one unread answer in the list and the
    // category tree, and one desktop notification.
    first.sync->setWorkOffline(false);
    QTRY_COMPARE_WITH_TIMEOUT(notifications->unreadCount(), 1, 30000);
    QVERIFY(notifications->index(0, NotificationModel::WhatColumn)
                .data()
                .toString()
                .contains(u"bob answered your question"_s));
    QCOMPARE(notifications->index(0, NotificationModel::WhereColumn).data().toString(),
             u"ロゴ制作の相場はいくら?"_s);
    QVERIFY(news->notificationsAction()->text().contains(u"(1)"_s));
    QCOMPARE(countsOf(window, 12).unreadThreads, 1);
    QVERIFY(
        window.categoryModel()->indexOfCategory(12).data(CategoryTreeModel::UnreadRole).toBool());
    window.selectCategory(12);
    auto *list = qobject_cast<ThreadListModel *>(window.threadListView()->model());
    QVERIFY(list);
    const int row = list->rowOf(threadId);
    QVERIFY(row >= 0);
    QVERIFY(list->index(row, 0).data(ThreadListModel::UnreadRole).toBool());
    QCOMPARE(list->index(row, 0).data(ThreadListModel::UnreadAnswersRole).toInt(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(news->desktop()->shownCount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(displayed(), 1, 10000);
    // In Japanese too, switched while the window is open.
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Language::apply(*app, u"ja"_s);
    QTRY_COMPARE(news->notificationsAction()->text(), u"通知(&N) (1)"_s);
    QCOMPARE(notifications->index(0, NotificationModel::WhatColumn).data().toString(),
             u"bobさんがあなたの質問に回答しました"_s);
    Language::apply(*app, u"en"_s);
    QTRY_COMPARE(news->notificationsAction()->text(), u"&Notifications (1)"_s);
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        screenshots(window, *first.settings, first.sync.get(), dir, row == 0 ? 1 : 0);

    // Clicking it on the desktop opens the thread at the answer, which reads it.
    QSignalSpy opened(news->desktop(), &DesktopNotifier::openRequested);
    QCOMPARE(dunstctl({u"action"_s, u"0"_s}).exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    QCOMPARE(opened.first().at(0).toUuid(), threadId);
    QCOMPARE(opened.first().at(1).toUuid(), QUuid::fromString(answer));
    QTRY_COMPARE(window.threadView()->toPlainText().contains(u"3万円から10万円"_s), true);
    QTRY_COMPARE(notifications->unreadCount(), 0);
    QVERIFY(!news->notificationsAction()->text().contains(u"("_s));
    QCOMPARE(countsOf(window, 12).unreadThreads, 0);
    QTRY_VERIFY(!list->index(list->rowOf(threadId), 0).data(ThreadListModel::UnreadRole).toBool());
    dunstctl({u"close-all"_s});
    const QStringList shown = history();
    QCOMPARE(shown.size() - before, 1);
    QVERIFY2(shown.contains(u"bob answered your question | ロゴ制作の相場はいくら?"_s),
             qPrintable(shown.join(u'\n')));

    // The read mark reaches the server, and alice's other device after its next sync.
    const QString readMark =
        u"SELECT read_ms FROM thread_states WHERE thread_id = '%1'"_s.arg(thread);
    QTRY_VERIFY_WITH_TIMEOUT(server.scalar(readMark).toLongLong() > 0, 30000);
    QCOMPARE(second.store->activity().unreadNotificationCount(), 0); // not synced yet: nothing
    QVERIFY(second.sync());
    const QList<NotificationView> there = second.store->activity().notifications();
    QCOMPARE(there.size(), 1);
    QVERIFY(!there.first().unread);
    QCOMPARE(second.store->activity().categoryActivity().value(12).unreadThreads, 0);

    // While alice reads the thread, a new answer in it makes no desktop notification: it is
    // read as it arrives.
    QCOMPARE(window.threadView()->toPlainText().contains(u"ロゴ1点の相場"_s), true);
    QCOMPARE(bob.put(u"/api/v1/threads/%1/answers/%2"_s.arg(thread, newId()),
                     {{u"body"_s, u"実績を見せて交渉しましょう。"_s}})
                 .status,
             201);
    first.sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(notifications->rowCount(), 2, 30000);
    QTRY_VERIFY(window.threadView()->toPlainText().contains(u"実績を見せて交渉しましょう"_s));
    QTRY_COMPARE(notifications->unreadCount(), 0);
    QTest::qWait(1000); // past the moment desktop notifications are sent
    QCOMPARE(news->desktop()->shownCount(), 1);

    // carol follows nothing: nothing for her, and never alice's.
    EngineClient carol(server.url(), signIn(server.url(), u"carol"_s));
    QVERIFY(carol.sync());
    QVERIFY(carol.store->activity().notifications().isEmpty());
    QCOMPARE(carol.store->activity().categoryActivity().value(12).unreadThreads, 0);
}

void TestWhatsNewUi::aMutedCategory_notifiesNoOneWhoMutedIt()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"bob"_s, u"dave"_s}));
    const qsizetype before = history().size(); // what the daemon showed for other tests

    // dave watches the contractors' side but mutes contracts (11), from his window, offline.
    AppProfile profile;
    MainWindow window(*profile.store, *profile.settings, profile.sync.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(profile.signIn(server.url(), u"dave"_s));
    profile.sync->setWorkOffline(true);
    ActivityCache &activity = profile.store->activity();
    QVERIFY(activity.setCategoryLevel(1, FollowLevel::Watching));
    QVERIFY(activity.setCategoryLevel(11, FollowLevel::Muted));
    QCOMPARE(activity.categoryFollow(11).effective, FollowLevel::Muted);
    QCOMPARE(activity.categoryFollow(12).effective, FollowLevel::Watching);
    QCOMPARE(activity.categoryFollow(12).reason, FollowReason::Category);
    window.selectCategory(11);
    QVERIFY(window.whatsNew()->categoryFollowBar()->isVisible());
    QVERIFY(window.whatsNew()->categoryFollowBar()->button()->text().contains(u"Muted"_s));
    profile.sync->setWorkOffline(false);
    QTRY_COMPARE_WITH_TIMEOUT(
        server.scalar(u"SELECT level FROM category_states WHERE category_id = 11"_s).toString(),
        u"muted"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!activity.categoryFollow(11).waiting &&
                                 profile.sync->status().state == SyncStatus::State::UpToDate,
                             30000);

    // bob asks in 11 (muted) and in 12 (watched through the side).
    Http bob(server.url());
    bob.login(u"bob"_s, ServerProcess::passwordOf(u"bob"_s));
    for (const auto &[category, title] :
         {std::pair{11, u"契約書の解約条項について"_s}, std::pair{12, u"翻訳の単価について"_s}}) {
        QCOMPARE(bob.put(u"/api/v1/threads/"_s + newId(), {{u"categoryId"_s, category},
                                                           {u"title"_s, title},
                                                           {u"body"_s, u"教えてください。"_s},
                                                           {u"urgency"_s, u"calm"_s}})
                     .status,
                 201);
    }
    profile.sync->syncNow();
    NotificationModel *notifications = window.whatsNew()->notifications();
    QTRY_COMPARE_WITH_TIMEOUT(notifications->unreadCount(), 1, 30000);
    QCOMPARE(notifications->index(0, NotificationModel::WhereColumn).data().toString(),
             u"翻訳の単価について"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window.whatsNew()->desktop()->shownCount(), 1, 10000);
    dunstctl({u"close-all"_s});
    const QStringList shown = history();
    QCOMPARE(shown.size() - before, 1);
    QVERIFY2(shown.contains(u"bob asked a question in a category you watch | 翻訳の単価について"_s),
             qPrintable(shown.join(u'\n')));
    QVERIFY(!shown.join(u'\n').contains(u"契約書の解約条項について"_s));

    // dave turns new questions off in Preferences: the next one is in the window only.
    PreferencesDialog preferences(*profile.settings, profile.sync.get(), &window);
    QVERIFY(preferences.kindBox(NotificationKind::NewThread)->isChecked());
    preferences.kindBox(NotificationKind::NewThread)->setChecked(false);
    preferences.intervalBox()->setCurrentIndex(preferences.intervalBox()->findData(15));
    preferences.accept();
    QCOMPARE(profile.sync->syncIntervalMinutes(), 15);
    QCOMPARE(bob.put(u"/api/v1/threads/"_s + newId(), {{u"categoryId"_s, 13},
                                                       {u"title"_s, u"納期の延長の頼み方"_s},
                                                       {u"body"_s, u"教えてください。"_s},
                                                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    profile.sync->syncNow();
    QTRY_COMPARE_WITH_TIMEOUT(notifications->unreadCount(), 2, 30000);
    QTest::qWait(1000); // past the moment desktop notifications are sent
    QCOMPARE(window.whatsNew()->desktop()->shownCount(), 1);
}

QTEST_MAIN(TestWhatsNewUi)
#include "tst_whatsnewui.moc"
