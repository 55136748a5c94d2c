// Writing in the window, offline and back online, against the real server: the question dialog
// and the answer composer (limits, the contact guard, drafts), the "not sent yet" marks, and a
// refusal through the outbox panel.

#include "models/outboxmodel.h"
#include "models/threadlistmodel.h"
#include "store/drafts.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tests/support/http.h"
#include "tests/support/modal.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testclient.h"
#include "ui/composer.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/questiondialog.h"
#include "ui/textlimits.h"
#include "ui/threadview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

// Types text, Japanese included, as key presses carrying the characters.
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

} // namespace

class TestWritingUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeOffline_markedUntilSent_andARefusalInTheOutbox();
};

void TestWritingUi::initTestCase()
{
    setUpClientTests();
}

void TestWritingUi::writeOffline_markedUntilSent_andARefusalInTheOutbox()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"asker"_s}));
    const int port = server.url().port();

    AppProfile profile;
    Store &store = *profile.store;
    QSettings &settings = *profile.settings;
    SyncController &sync = *profile.sync;
    MainWindow window(store, settings, &sync);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(profile.signIn(server.url(), u"asker"_s));
    // A member has no moderation window.
    QVERIFY(!window.moderationAction()->isVisible());
    QVERIFY(!window.openModeration());

    server.stop(); // offline from here

    // Ask: limits and the contact guard speak up while typing; the draft is kept.
    whenModal([&](QWidget *modal) {
        auto *dialog = qobject_cast<QuestionDialog *>(modal);
        QVERIFY(dialog);
        QVERIFY(!dialog->postButton()->isEnabled());
        dialog->categoryBox()->setCurrentIndex(dialog->categoryBox()->findData(12));
        type(dialog->titleEdit(), QString(101, u'長'));
        type(dialog->bodyEdit(), u"ロゴの相場を教えてください。連絡はLINE ID: abc_1234 へ"_s);
        QVERIFY(dialog->guardWarning()->isShown());
        QVERIFY(!dialog->postButton()->isEnabled()); // the title is over its limit
        dialog->titleEdit()->setText(u"ロゴ制作の相場"_s);
        dialog->bodyEdit()->setPlainText(u"ロゴ1点の相場はいくらでしょうか。"_s);
        QVERIFY(!dialog->guardWarning()->isShown());
        QTRY_COMPARE(store.drafts().get(u"question"_s).value(u"title"_s).toString(),
                     u"ロゴ制作の相場"_s);
        QVERIFY(dialog->postButton()->isEnabled());
        QTest::mouseClick(dialog->postButton(), Qt::LeftButton);
    });
    window.askQuestion();
    QVERIFY(store.drafts().get(u"question"_s).isEmpty());
    ThreadListModel *list = qobject_cast<ThreadListModel *>(window.threadListView()->model());
    const int askedRow = window.threadListView()->currentIndex().row();
    QVERIFY(askedRow >= 0);
    QCOMPARE(list->index(askedRow, 0).data().toString(), u"ロゴ制作の相場"_s);
    QCOMPARE(list->index(askedRow, 0).data(ThreadListModel::LocalStateRole).toInt(),
             int(LocalState::Waiting));
    QVERIFY2(window.threadView()->toPlainText().contains(u"Not sent yet"_s),
             qPrintable(window.threadView()->toPlainText()));
    QVERIFY(window.findChild<QLabel *>(u"outboxStatus"_s)->text().contains(u"1 not sent yet"_s));

    // Answer another thread with the composer; its draft survives switching threads.
    window.selectCategory(11);
    window.threadListView()->setCurrentIndex(list->index(0, 0));
    const QUuid answered = list->threadId(0);
    Composer *composer = window.findChild<Composer *>();
    QCOMPARE(composer->mode(), Composer::Mode::Answer);
    type(composer->editor(), u"契約前の連絡先交換は規約違反です。"_s);
    QTRY_VERIFY(
        !store.drafts().get(u"answer:"_s + answered.toString(QUuid::WithoutBraces)).isEmpty());
    window.threadListView()->setCurrentIndex(list->index(1, 0));
    QVERIFY(composer->editor()->toPlainText().isEmpty());
    window.threadListView()->setCurrentIndex(list->index(0, 0));
    QCOMPARE(composer->editor()->toPlainText(), u"契約前の連絡先交換は規約違反です。"_s);
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);
    QVERIFY(composer->editor()->toPlainText().isEmpty());
    QVERIFY(window.threadView()->toPlainText().contains(u"契約前の連絡先交換は規約違反です。"_s));
    QVERIFY(window.threadView()->toPlainText().contains(u"Not sent yet"_s));

    // Back online: sent, and the marks go.
    QVERIFY(server.start({}, port));
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(sync.status().state == SyncStatus::State::UpToDate &&
                                 store.outbox().count(OutboxState::Waiting) == 0,
                             30000);
    QTRY_VERIFY(!window.threadView()->toPlainText().contains(u"Not sent yet"_s));
    QTRY_VERIFY(!window.findChild<QLabel *>(u"outboxStatus"_s)->isVisible());
    QCOMPARE(
        server.scalar(u"SELECT COUNT(*) FROM threads WHERE title = 'ロゴ制作の相場'"_s).toInt(), 1);

    // A refusal: the thread is hidden on the server before the next answer gets there.
    const QUuid victim = list->threadId(2);
    window.threadListView()->setCurrentIndex(list->index(2, 0));
    QCOMPARE(
        server.command({u"hide"_s, victim.toString(QUuid::WithoutBraces), u"--reason"_s, u"spam"_s})
            .exitCode,
        0);
    type(composer->editor(), u"この回答は届きません"_s);
    QTest::mouseClick(composer->postButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(store.outbox().count(OutboxState::NeedsAttention) == 1, 30000);
    QTRY_VERIFY(window.findChild<QLabel *>(u"outboxStatus"_s)->text().contains(u"1 need"_s));

    OutboxPanel *outbox = window.findChild<OutboxPanel *>();
    window.findChild<QLabel *>(u"outboxStatus"_s)->linkActivated(u"soudan:outbox"_s);
    QVERIFY(outbox->isVisible());
    QTreeView *view = outbox->view();
    // The status bar counts from the cache; the list follows when the change is announced.
    int refusedRow = -1;
    QTRY_VERIFY([&] {
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            if (view->model()->index(row, 0).data(OutboxModel::StateRole).toInt() ==
                int(OutboxState::NeedsAttention))
                refusedRow = row;
        }
        return refusedRow >= 0;
    }());
    view->setCurrentIndex(view->model()->index(refusedRow, 0));
    QVERIFY(view->model()
                ->index(refusedRow, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"not on the board"_s));
    QPushButton *copy = outbox->findChildren<QPushButton *>().at(2);
    QTest::mouseClick(copy, Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"この回答は届きません"_s);
    QPushButton *discard = outbox->findChildren<QPushButton *>().at(3);
    whenModal([](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    QTest::mouseClick(discard, Qt::LeftButton);
    QTRY_COMPARE(store.outbox().count(OutboxState::NeedsAttention), 0);
    QTRY_VERIFY(!window.findChild<QLabel *>(u"outboxStatus"_s)->isVisible());

    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty())
        window.grab().save(dir + u"/writing.png"_s);
}

QTEST_MAIN(TestWritingUi)
#include "tst_writingui.moc"
