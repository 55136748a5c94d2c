// The moderation window offscreen, against the real server: a moderator signs in, opens
// Tools › Moderation and triages a queue of 20 reports with the keyboard alone; the decisions
// reach the server, and the window remembers its layout.

#include "models/categorytreemodel.h"
#include "models/reportqueuemodel.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tests/support/http.h"
#include "tests/support/modal.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/threadview.h"

#include <QApplication>
#include <QComboBox>
#include <QInputDialog>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {} // namespace

class TestModerationUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyboardTriage_ofTwentyReports();
};

void TestModerationUi::initTestCase()
{
    setUpClientTests();
}

void TestModerationUi::keyboardTriage_ofTwentyReports()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"member"_s}, {u"moderator"_s}));

    // 20 reported posts.
    Http member(server.url());
    QVERIFY(!member.login(u"member"_s, ServerProcess::passwordOf(u"member"_s)).isEmpty());
    const QStringList threads =
        server.scalar(u"SELECT group_concat(id, ',') FROM (SELECT id FROM threads ORDER BY id)"_s)
            .toString()
            .split(u',');
    QVERIFY(threads.size() >= 20);
    const QStringList reasons = {u"spam"_s, u"harassment"_s, u"other"_s, u"forbidden_work"_s};
    for (int i = 0; i < 20; ++i) {
        QCOMPARE(member
                     .put(u"/api/v1/reports/"_s + idText(QUuid::createUuid()),
                          {{u"targetKind"_s, u"thread"_s},
                           {u"targetId"_s, threads[i]},
                           {u"reason"_s, reasons[i % 4]},
                           {u"note"_s, u"通報 %1"_s.arg(i)}})
                     .status,
                 201);
    }

    AppProfile profile;
    Store &store = *profile.store;
    QSettings &settings = *profile.settings;
    SyncController &sync = *profile.sync;
    MainWindow window(store, settings, &sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.moderationAction()->isVisible()); // nobody signed in yet
    QVERIFY(profile.signIn(server.url(), u"moderator"_s));
    QTRY_VERIFY(window.moderationAction()->isVisible());
    QCOMPARE(store.moderation().entries().size(), 20);

    // Ctrl+Shift+M opens the window.
    QApplication::setActiveWindow(&window);
    QTRY_COMPARE(QApplication::activeWindow(), &window);
    QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    auto *moderation = window.findChild<ModerationWindow *>();
    QVERIFY(moderation);
    QVERIFY(moderation->isVisible());
    // The first time, at a size to work in (not the layout's minimum).
    QVERIFY2(moderation->width() >= 1100 && moderation->height() >= 700,
             qPrintable(u"%1×%2"_s.arg(moderation->width()).arg(moderation->height())));
    QApplication::setActiveWindow(moderation); // the offscreen platform does not activate
    QTRY_COMPARE(QApplication::activeWindow(), moderation);
    QTreeView *queue = moderation->queueView();
    ReportQueueModel *model = moderation->queueModel();
    QCOMPARE(model->rowCount(), 20);
    QCOMPARE(moderation->statusFilter()->currentText(), u"New (20)"_s);
    queue->setFocus();
    QCOMPARE(queue->currentIndex().row(), 0);
    QVERIFY(moderation->detailView()->toPlainText().contains(u"通報"_s));

    // One key per decision; the next report is selected after each.
    QHash<QUuid, QString> expected; // item → hidden, not_a_violation, duplicate, claimed, new
    QList<QUuid> order;
    for (int row = 0; row < model->rowCount(); ++row)
        order.append(model->index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid());
    for (int i = 0; i < 18; ++i) {
        const QUuid current = moderation->currentItem();
        QCOMPARE(current, order[i]);
        switch (i % 5) {
        case 0:
            QTest::keyClick(queue, Qt::Key_H);
            expected.insert(current, u"hidden"_s);
            break;
        case 1:
            QTest::keyClick(queue, Qt::Key_D);
            expected.insert(current, u"not_a_violation"_s);
            break;
        case 2:
            QTest::keyClick(queue, Qt::Key_C);
            expected.insert(current, u"claimed"_s);
            break;
        case 3:
            QTest::keyClick(queue, Qt::Key_J); // skip it
            expected.insert(current, u"new"_s);
            break;
        case 4:
            QTest::keyClick(queue, Qt::Key_D, Qt::ShiftModifier);
            expected.insert(current, u"duplicate"_s);
            break;
        }
        QCOMPARE(moderation->currentItem(), order[i + 1]);
    }
    // The last two together: extend the selection, then one key for both.
    QTest::keyClick(queue, Qt::Key_Down, Qt::ShiftModifier);
    QCOMPARE(queue->selectionModel()->selectedRows().size(), 2);
    QTest::keyClick(queue, Qt::Key_D);
    expected.insert(order[18], u"not_a_violation"_s);
    expected.insert(order[19], u"not_a_violation"_s);

    // Left among the new: the skipped ones, and the claimed ones (still the moderator's to
    // decide: they do not vanish when taken); a note on the first asks for its text.
    QSet<QUuid> left;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (it.value() == u"new"_s || it.value() == u"claimed"_s)
            left.insert(it.key());
    }
    QCOMPARE(left.size(), 7);
    QTRY_COMPARE(model->rowCount(), 7);
    QSet<QUuid> shown;
    for (int row = 0; row < model->rowCount(); ++row)
        shown.insert(model->index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid());
    QCOMPARE(shown, left);
    QVERIFY(left.contains(moderation->currentItem()));
    queue->setCurrentIndex(model->index(0, 0));
    const QUuid noted = moderation->currentItem();
    QVERIFY(left.contains(noted));
    // W warns the author with a canned message, which the moderator edits and keeps in their
    // own list.
    whenModal([&settings](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        auto *canned = dialog->findChild<QComboBox *>(u"cannedWarnings"_s);
        QVERIFY(canned);
        QCOMPARE(canned->count(), 4);
        canned->setCurrentIndex(1);
        Q_EMIT canned->activated(1);
        QCOMPARE(dialog->textValue(), canned->itemText(1));
        dialog->setTextValue(canned->itemText(1) + u" 二回目です。"_s);
        dialog->findChild<QToolButton *>(u"saveCannedWarning"_s)->click();
        QCOMPARE(settings.value(u"moderation/cannedWarnings"_s).toStringList().size(), 5);
        dialog->accept();
    });
    QTest::keyClick(queue, Qt::Key_W);
    QApplication::setActiveWindow(moderation); // back from the dialog (offscreen: by hand)
    QTRY_COMPARE(QApplication::activeWindow(), moderation);
    whenModal([](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        QVERIFY(dialog);
        // A few sentences fit: the text wraps at the dialog's width.
        const auto *edit = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(edit && edit->lineWrapMode() == QPlainTextEdit::WidgetWidth);
        QVERIFY(edit->width() >= 440);
        dialog->setTextValue(u"投稿者に確認中"_s);
        dialog->accept();
    });
    QTest::keyClick(queue, Qt::Key_N);
    QCOMPARE(moderation->currentItem(), noted); // a note decides nothing: it stays

    // Everything reaches the server.
    QTRY_VERIFY_WITH_TIMEOUT(store.outbox().count(OutboxState::Waiting) == 0 &&
                                 sync.status().state == SyncStatus::State::UpToDate,
                             30000);
    QCOMPARE(store.outbox().count(OutboxState::NeedsAttention), 0);
    Http http(server.url());
    QVERIFY(!http.login(u"moderator"_s, ServerProcess::passwordOf(u"moderator"_s)).isEmpty());
    const QJsonArray items = http.get(u"/api/v1/reports"_s).json().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 20);
    QHash<QString, int> outcomes;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QUuid id = QUuid::fromString(item.value(u"id"_s).toString());
        const QString want = expected.value(id);
        const QString status = item.value(u"status"_s).toString();
        if (want == u"hidden"_s) {
            QCOMPARE(item.value(u"resolution"_s).toString(), u"hidden"_s);
        } else if (want == u"not_a_violation"_s || want == u"duplicate"_s) {
            QCOMPARE(item.value(u"resolution"_s).toString(), u"dismissed"_s);
            QCOMPARE(item.value(u"resolutionReason"_s).toString(), want);
        } else if (want == u"claimed"_s) {
            QCOMPARE(status, u"claimed"_s);
            QCOMPARE(item.value(u"claimedByName"_s).toString(), u"moderator"_s);
        } else {
            QCOMPARE(status, u"new"_s);
        }
        ++outcomes[want];
        if (id == noted) {
            QHash<QString, QString> details; // action → detail
            for (const QJsonValue &a : item.value(u"audit"_s).toArray())
                details.insert(a[u"action"_s].toString(), a[u"detail"_s].toString());
            QCOMPARE(details.value(u"note"_s), u"投稿者に確認中"_s);
            QVERIFY(details.value(u"warned"_s).endsWith(u" 二回目です。"_s));
        }
    }
    QCOMPARE(outcomes.value(u"hidden"_s), 4);
    QCOMPARE(outcomes.value(u"not_a_violation"_s), 6);
    QCOMPARE(outcomes.value(u"duplicate"_s), 3);
    QCOMPARE(outcomes.value(u"claimed"_s), 4);
    QCOMPARE(outcomes.value(u"new"_s), 3);
    // The hidden posts left the board for everyone else.
    QCOMPARE(server.scalar(u"SELECT COUNT(*) FROM threads WHERE hidden <> 0"_s).toInt(), 4);

    // Counts per status follow, in the filter bar.
    QTRY_COMPARE(moderation->statusFilter()->itemText(0), u"New (3)"_s);
    QCOMPARE(moderation->statusFilter()->itemText(1), u"Claimed (4)"_s);
    QCOMPARE(moderation->statusFilter()->itemText(2), u"Resolved (13)"_s);

    // An item the filter leaves out is shown when asked for (the thread view's Moderate link).
    const QUuid decided = expected.key(u"hidden"_s);
    QVERIFY(moderation->selectItem(decided));
    QCOMPARE(moderation->currentItem(), decided);
    QCOMPARE(moderation->statusFilter()->currentData().toInt(), -1); // all
    QVERIFY(!moderation->selectItem(QUuid::createUuid()));

    // The window remembers its place and filters.
    moderation->statusFilter()->setCurrentIndex(2);
    Q_EMIT moderation->statusFilter()->activated(2);
    QCOMPARE(model->rowCount(), 13);
    moderation->resize(1111, 777);
    moderation->close();
    QVERIFY(settings.contains(u"moderation/geometry"_s));
    const CategoryTreeModel categories(store);
    ModerationWindow again(store, categories, settings);
    QCOMPARE(again.statusFilter()->currentData().toInt(), int(ModerationStatus::Resolved));
    QCOMPARE(again.queueModel()->rowCount(), 13);
    QCOMPARE(again.size(), QSize(1111, 777));

    // From the main window's thread view, Hide acts on the post's item in the moderation window.
    const QUuid fromView = expected.key(u"new"_s);
    QVERIFY(window.openThread(fromView, {}));
    Q_EMIT window.threadView()->anchorClicked(QUrl(u"soudan:hide/thread/"_s + idText(fromView)));
    QVERIFY(moderation->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(
        server.scalar(u"SELECT hidden FROM threads WHERE id = '%1'"_s.arg(idText(fromView)))
            .toInt(),
        1, 30000);
}

QTEST_MAIN(TestModerationUi)
#include "tst_moderationui.moc"
