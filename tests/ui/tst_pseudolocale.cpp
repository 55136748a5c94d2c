// Every window and dialog in the pseudo-locale: each translation is an accented text 40% longer
// between ⟦ and ⟧ (built from soudan_ja.ts by soudan-tscheck --pseudo). Visible text without the
// markers was never passed through tr() (a hard-coded string); a label or button narrower than
// its text is cut off, as it would be in a language longer than English.

#include "domain/changeset.h"
#include "models/categorytreemodel.h"
#include "resources/demoboard.h"
#include "store/drafts.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "sync/synccontroller.h"
#include "tests/support/showntext.h"
#include "tests/support/testboard.h"
#include "ui/accountdialog.h"
#include "ui/faqdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"
#include "ui/moderationwindow.h"
#include "ui/preferencesdialog.h"
#include "ui/questiondialog.h"
#include "ui/reportdialog.h"
#include "ui/whatsnew.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSettings>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

// Text that says something: not only digits, punctuation and spaces.
bool wordy(const QString &text)
{
    static const QRegularExpression letters(u"\\p{L}"_s);
    return letters.match(text).hasMatch();
}

bool pseudoTranslated(const QString &text)
{
    return text.contains(u"⟦"_s);
}

// Every text is translated; a label or button that does not wrap is wide enough for its text.
QStringList problemsIn(const QList<QWidget *> &windows)
{
    QStringList problems;
    for (QWidget *top : windows) {
        Test::visitShownText(top, false, [&problems](const Test::ShownText &shown) {
            if (wordy(shown.text) && !pseudoTranslated(shown.text))
                problems.append(
                    u"%1: not translated: \"%2\""_s.arg(shown.where, shown.text.left(80)));
            QWidget *w = shown.widget;
            if (w && shown.oneLine && w->width() < w->minimumSizeHint().width()) {
                problems.append(u"%1: cut off: \"%2\" needs %3 px, has %4"_s
                                    .arg(shown.where, shown.text.left(60))
                                    .arg(w->minimumSizeHint().width())
                                    .arg(w->width()));
            }
        });
    }
    return problems;
}

} // namespace

class TestPseudoLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyWindowAndDialog_isTranslatedAndFits();
};

void TestPseudoLocale::everyWindowAndDialog_isTranslatedAndFits()
{
    qputenv("SOUDAN_TOKEN_STORE", "file");
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    Language::apply(*app, Language::Pseudo);
    QVERIFY2(tr("unused") == u"unused"_s, "the test itself is not translated");

    auto store = TestBoard::openTempStore();
    ChangeSet board = demoBoard().value();
    // A moderator's cache: with reports to triage.
    for (int i = 0; i < 3; ++i) {
        const Thread &t = board.threads.at(i);
        ModerationItem item;
        item.id = t.id;
        item.threadId = t.id;
        item.authorId = t.authorId;
        item.firstReportedAt = item.lastReportedAt = t.createdAt;
        item.reports = {
            {QUuid::createUuid(), 0, ReportReason::ContactOutside, u"line_id"_s, t.createdAt}};
        item.audit = {{0, QString(), AuditAction::Reported, u"line_id"_s, t.createdAt}};
        board.moderationItems.append(item);
    }
    QVERIFY((*store)->sync().ingest(board));
    QVERIFY((*store)->sync().setMe({board.users.first().id, u"管理人"_s, Role::Moderator}));
    // Notifications of every kind, and one of a kind this version does not know.
    ChangeSet news;
    qint64 id = 0;
    for (const QString &kind : {u"answer"_s, u"best_answer"_s, u"thanks"_s, u"followed_answer"_s,
                                u"new_thread"_s, u"report_decided"_s}) {
        const Thread &t = board.threads.at(int(id));
        news.notifications.append(
            {++id, kind, t.id, {}, board.users.last().id, QString(), t.createdAt, false});
    }
    QVERIFY((*store)->sync().ingest(news));
    QSettings settings(store->dir.filePath(u"soudan.ini"_s), QSettings::IniFormat);
    SyncController sync(**store, settings, store->dir.path());

    MainWindow window(**store, settings, &sync);
    window.resize(1280, 800);
    window.show();
    window.selectFirstThread();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ModerationWindow *moderation = window.openModeration();
    QVERIFY(moderation);
    QuestionDialog question((*store)->drafts(), *window.categoryModel(), Drafts::questionKey(),
                            &window);
    question.show();
    ReportDialog report(EntityKind::Answer, QUuid::createUuid(), u"抜粋"_s, &window);
    report.show();
    AccountDialog account(sync, &window);
    account.show();
    FaqDialog faq(&window);
    faq.show();
    window.whatsNew()->notificationsAction()->trigger();
    window.whatsNew()->myActivityAction()->trigger();
    PreferencesDialog preferences(settings, &sync, &window);
    preferences.show();
    QCoreApplication::processEvents();

    // SOUDAN_PSEUDO_SHOTS=DIR keeps a picture of each window, to look at.
    if (const QString shots = qEnvironmentVariable("SOUDAN_PSEUDO_SHOTS"); !shots.isEmpty()) {
        for (QWidget *top : QList<QWidget *>{&window, moderation, &question, &report, &account,
                                             &faq, &preferences})
            top->grab().save(shots + u'/' + top->objectName() + u".png"_s);
    }

    const QStringList problems =
        problemsIn({&window, moderation, &question, &report, &account, &faq, &preferences});
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestPseudoLocale)
#include "tst_pseudolocale.moc"
