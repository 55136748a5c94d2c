// Every window and dialog in Japanese after a real server has refused things: a wrong password,
// an answer to a thread a moderator hid, a moderation decision another moderator made first, the
// server gone. Nothing shown may be an English sentence or one of the server's codes; only names
// (Soudan, LINE, Qt), addresses and what members wrote may be Latin.

#include "domain/moderation.h"
#include "models/categorytreemodel.h"
#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "sync/synccontroller.h"
#include "tests/support/http.h"
#include "tests/support/serverprocess.h"
#include "tests/support/showntext.h"
#include "tests/support/testclient.h"
#include "ui/accountdialog.h"
#include "ui/faqdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/outboxpanel.h"
#include "ui/preferencesdialog.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"
#include "ui/whatsnew.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using namespace Soudan::Test;

namespace {

// Two or more Latin words in a row (a sentence, or a part of one), or a code such as not_found,
// once names and addresses are taken out.
QString englishIn(QString text)
{
    static const QRegularExpression address(u"(https?://|soudan:)\\S+"_s);
    static const QRegularExpression names(
        u"\\b(Soudan|Qt|LINE|ID|FAQ|URL|Ctrl|Shift|Alt|Enter|Esc|Tab|F5|Noto Sans CJK JP)\\b"_s);
    static const QRegularExpression sentence(u"[A-Za-z]{2,}(?:[ ,.'’:;!?-]+[A-Za-z]{2,})+"_s);
    static const QRegularExpression code(u"\\b[a-z]+_[a-z_]+\\b"_s);
    text.remove(address);
    text.replace(names, u" "_s);
    if (const QRegularExpressionMatch m = sentence.match(text); m.hasMatch())
        return m.captured();
    if (const QRegularExpressionMatch m = code.match(text); m.hasMatch())
        return m.captured();
    return {};
}

} // namespace

class TestJapaneseUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detector_findsEnglishAndCodes();
    void everyWindow_saysTheServersRefusalsInJapanese();
};

void TestJapaneseUi::initTestCase()
{
    setUpClientTests();
    Language::apply(*qobject_cast<QApplication *>(QCoreApplication::instance()), u"ja"_s);
}

void TestJapaneseUi::detector_findsEnglishAndCodes()
{
    QCOMPARE(englishIn(u"保存できませんでした: not signed in"_s), u"not signed in"_s);
    QCOMPARE(englishIn(u"database is locked"_s), u"database is locked"_s);
    QCOMPARE(englishIn(u"理由: contact_outside"_s), u"contact_outside"_s);
    QCOMPARE(englishIn(u"LINE ID を書かないでください (https://example.jp/a b)"_s), QString());
    QCOMPARE(englishIn(u"Soudan について · Ctrl+Shift+N · asker さん"_s), QString());
}

void TestJapaneseUi::everyWindow_saysTheServersRefusalsInJapanese()
{
    ServerProcess server(ServerProcess::Backend::SQLite);
    QVERIFY(server.startDemoBoard({u"asker"_s, u"helper"_s}, {u"moderator"_s, u"second"_s}));
    AppProfile profile;
    Store &store = *profile.store;
    QSettings &settings = *profile.settings;
    SyncController &sync = *profile.sync;
    MainWindow window(store, settings, &sync);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList english;
    auto inspect = [&english](QWidget *top) {
        visitShownText(top, true, [&english](const ShownText &shown) {
            if (const QString found = englishIn(shown.text); !found.isEmpty())
                english.append(
                    u"%1: \"%2\" in \"%3\""_s.arg(shown.where, found, shown.text.left(120)));
        });
    };

    // A wrong password.
    AccountDialog wrong(sync, &window);
    wrong.show();
    wrong.serverEdit()->setText(server.url().toString());
    wrong.userEdit()->setText(u"moderator"_s);
    wrong.passwordEdit()->setText(u"not-my-password"_s);
    QSignalSpy finished(&sync, &SyncController::signInFinished);
    QTest::keyClick(wrong.passwordEdit(), Qt::Key_Return);
    QVERIFY(finished.wait(30000));
    QVERIFY(!finished.at(0).at(0).toBool());
    QVERIFY(!wrong.message().isEmpty());
    inspect(&wrong);
    wrong.close();

    // A moderator's cache with a reported thread.
    Http asker(server.url()), helper(server.url()), second(server.url());
    QVERIFY(!asker.login(u"asker"_s, ServerProcess::passwordOf(u"asker"_s)).isEmpty());
    QVERIFY(!helper.login(u"helper"_s, ServerProcess::passwordOf(u"helper"_s)).isEmpty());
    QVERIFY(!second.login(u"second"_s, ServerProcess::passwordOf(u"second"_s)).isEmpty());
    const QUuid thread = QUuid::createUuid();
    QCOMPARE(asker
                 .put(u"/api/v1/threads/"_s + idText(thread),
                      {{u"categoryId"_s, 11},
                       {u"title"_s, u"見積もりの前に作業を始めてほしいと言われました"_s},
                       {u"body"_s, u"まだ契約していませんが、どうすればよいでしょうか。"_s},
                       {u"urgency"_s, u"calm"_s}})
                 .status,
             201);
    QCOMPARE(helper
                 .put(u"/api/v1/reports/"_s + idText(QUuid::createUuid()),
                      {{u"targetKind"_s, u"thread"_s},
                       {u"targetId"_s, idText(thread)},
                       {u"reason"_s, u"spam"_s},
                       {u"note"_s, u"宣伝です"_s}})
                 .status,
             201);
    QVERIFY(profile.signIn(server.url(), u"moderator"_s));
    QVERIFY(store.moderation().entry(thread));

    // Offline, an answer and a decision; meanwhile another moderator hides the thread.
    sync.setWorkOffline(true);
    QVERIFY(store.writes().answer(thread, u"契約書を先に交わしましょう。"_s));
    QVERIFY(store.moderation().resolve(thread, ModerationAction::Dismiss, u"not_a_violation"_s));
    QCOMPARE(second
                 .post(u"/api/v1/reports/%1/resolve"_s.arg(idText(thread)),
                       {{u"version"_s, 1}, {u"action"_s, u"hide"_s}, {u"reason"_s, u"spam"_s}})
                 .status,
             200);
    sync.setWorkOffline(false);
    QTRY_VERIFY_WITH_TIMEOUT(store.outbox().count(OutboxState::NeedsAttention) >= 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(sync.status().state == SyncStatus::State::UpToDate, 30000);

    // Every window, with what was refused in view.
    ModerationWindow *moderation = window.openModeration();
    QVERIFY(moderation);
    // The item is decided now: all the reports, to see it with the refusal.
    auto *status = moderation->findChildren<QComboBox *>().value(0);
    QVERIFY(status);
    const int all = status->findData(-1);
    QVERIFY(all >= 0);
    status->setCurrentIndex(all);
    Q_EMIT status->activated(all);
    QVERIFY(moderation->selectItem(thread));
    QTRY_VERIFY(moderation->findChild<QWidget *>(u"conflictBanner"_s)->isVisible());
    // The outbox, as the status bar's link opens it.
    Q_EMIT window.findChild<QLabel *>(u"outboxStatus"_s)->linkActivated(u"soudan:outbox"_s);
    QVERIFY(window.findChild<OutboxPanel *>()->isVisible());
    window.whatsNew()->notificationsAction()->trigger();
    window.whatsNew()->myActivityAction()->trigger();
    QuestionDialog question(store.drafts(), *window.categoryModel(), Drafts::questionKey(),
                            &window);
    question.show();
    ReportDialog report(EntityKind::Thread, thread, u"抜粋"_s, &window);
    report.show();
    AccountDialog account(sync, &window);
    account.show();
    PreferencesDialog preferences(settings, &sync, &window);
    preferences.show();
    FaqDialog faq(&window);
    faq.show();
    QCoreApplication::processEvents();

    // The server goes away: the status bar says so.
    server.stop();
    sync.syncNow();
    QTRY_VERIFY_WITH_TIMEOUT(sync.status().state != SyncStatus::State::Syncing &&
                                 sync.status().state != SyncStatus::State::UpToDate,
                             30000);
    QCoreApplication::processEvents();
    // SOUDAN_SCREENSHOT_DIR=DIR keeps a picture of each window, to look at.
    if (const QString dir = qEnvironmentVariable("SOUDAN_SCREENSHOT_DIR"); !dir.isEmpty()) {
        window.grab().save(dir + u"/refusals-ja.png"_s);
        moderation->grab().save(dir + u"/moderation-conflict-ja.png"_s);
        for (QWidget *top : QList<QWidget *>{&question, &report, &account, &preferences, &faq})
            top->grab().save(dir + u'/' + top->objectName() + u"-ja.png"_s);
    }
    for (QWidget *top :
         QList<QWidget *>{&window, moderation, &question, &report, &account, &preferences, &faq})
        inspect(top);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
}

QTEST_MAIN(TestJapaneseUi)
#include "tst_japaneseui.moc"
