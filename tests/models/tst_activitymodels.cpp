// What is new for the user as the views show it: the notifications panel, unread counts in the
// category tree and marks in the thread list, My activity; every model under
// QAbstractItemModelTester.

#include "models/activitylabels.h"
#include "models/categorytreemodel.h"
#include "models/labels.h"
#include "models/myactivitymodels.h"
#include "models/notificationmodel.h"
#include "models/threadlistmodel.h"
#include "store/activitycache.h"
#include "store/boardwrites.h"
#include "store/drafts.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

constexpr auto Checked = QAbstractItemModelTester::FailureReportingMode::QtTest;

// User 1's cache after the first sync: threads 0–3 in 11, thread 0 theirs.
std::unique_ptr<TestBoard::TempStore> syncedBoard()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    c.threads = TestBoard::threads(11, 4);
    for (Thread &t : c.threads)
        t.authorId = 2;
    c.threads[0].authorId = 1;
    SyncWriter &sync = (*store)->sync();
    if (!sync.setMe({1, u"相談者A"_s, Role::Member}) || !sync.beginResync(u"o"_s) ||
        !sync.applyPage(c, u"1"_s) || !sync.finishResync())
        qFatal("cannot set up the store");
    return store;
}

// An answer by bob (user 2) to thread 0, a day after the first sync, with its notification.
ChangeSet bobAnswers(int n = 1)
{
    ChangeSet page;
    Thread t = TestBoard::thread(0, 11);
    t.authorId = 1;
    Answer a = TestBoard::answer(n, t, 2);
    a.createdAt = t.createdAt.addDays(1).addSecs(n);
    t.lastActivityAt = a.createdAt;
    t.answerCount = n;
    page.threads = {t};
    page.answers = {a};
    page.notifications = {{n, u"answer"_s, t.id, a.id, 2, {}, a.createdAt, false}};
    return page;
}

} // namespace

class TestActivityModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void notifications_newestFirst_readWhenTheThreadIsRead();
    void categoryTree_countsNewAndUnreadUpTheTree();
    void threadList_marksNewAndUnreadThreads();
    void myActivity_questionsAnswersAndDrafts();
    void myActivity_moderation_showsWarningsAndDecisionsOnly();
    void labels_sayWhenAndWhy();
    void labels_writeDatesAsTheBoardDoes();
};

void TestActivityModels::notifications_newestFirst_readWhenTheThreadIsRead()
{
    auto store = syncedBoard();
    NotificationModel model(**store);
    QAbstractItemModelTester tester(&model, Checked);
    QSignalSpy unread(&model, &NotificationModel::unreadCountChanged);
    QCOMPARE(model.rowCount(), 0);

    QVERIFY((*store)->sync().applyPage(bobAnswers(1), u"2"_s));
    QVERIFY((*store)->sync().applyPage(bobAnswers(2), u"3"_s));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.unreadCount(), 2);
    QCOMPARE(unread.count(), 2);
    QCOMPARE(model.index(0, 0).data(NotificationModel::NotificationIdRole).toLongLong(), 2);
    QCOMPARE(model.index(0, NotificationModel::WhatColumn).data().toString(),
             u"回答者B answered your question"_s);
    QCOMPARE(model.index(0, NotificationModel::WhereColumn).data().toString(),
             TestBoard::thread(0, 11).title);
    QVERIFY(model.index(0, 0).data(NotificationModel::UnreadRole).toBool());
    QCOMPARE(model.index(1, 0).data(NotificationModel::ThreadIdRole).toUuid(),
             TestBoard::thread(0, 11).id);

    // Opening the thread (by any path) reads both.
    QVERIFY((*store)->activity().markThreadRead(TestBoard::thread(0, 11).id));
    QCOMPARE(model.unreadCount(), 0);
    QCOMPARE(unread.last().at(0).toInt(), 0);
    QVERIFY(!model.index(0, 0).data(NotificationModel::UnreadRole).toBool());
    QCOMPARE(model.rowCount(), 2);
}

void TestActivityModels::myActivity_moderation_showsWarningsAndDecisionsOnly()
{
    auto store = syncedBoard();
    NotificationModel moderation(**store, nullptr, NotificationModel::Scope::Moderation);
    QAbstractItemModelTester tester(&moderation, Checked);
    QVERIFY((*store)->sync().applyPage(bobAnswers(1), u"2"_s));
    QCOMPARE(moderation.rowCount(), 0); // an answer is not moderation
    const Thread t = TestBoard::thread(0, 11);
    ChangeSet page;
    page.notifications = {
        {7, u"warned"_s, t.id, t.id, 0, u"連絡先の交換はご遠慮ください"_s, t.createdAt.addDays(2),
         false},
        {8, u"post_hidden"_s, t.id, t.id, 0, u"contact_outside"_s, t.createdAt.addDays(3), false}};
    QVERIFY((*store)->sync().applyPage(page, u"3"_s));
    QCOMPARE(moderation.rowCount(), 2);
    // The newest first; the warning with the moderator's message.
    QCOMPARE(moderation.index(0, 0).data(NotificationModel::NotificationIdRole).toLongLong(), 8);
    QVERIFY(moderation.index(1, NotificationModel::WhatColumn)
                .data()
                .toString()
                .contains(u"連絡先の交換はご遠慮ください"_s));
    QCOMPARE(moderation.index(1, 0).data(NotificationModel::ThreadIdRole).toUuid(), t.id);
}

void TestActivityModels::categoryTree_countsNewAndUnreadUpTheTree()
{
    auto store = syncedBoard();
    CategoryTreeModel model(**store);
    QAbstractItemModelTester tester(&model, Checked);
    const QModelIndex side = model.indexOfCategory(1);
    const QModelIndex category = model.indexOfCategory(11);
    auto unreadText = [&](const QModelIndex &i) {
        return model.index(i.row(), CategoryTreeModel::UnreadColumn, i.parent()).data().toString();
    };
    QCOMPARE(unreadText(category), QString());
    QVERIFY(!category.data(CategoryTreeModel::UnreadRole).toBool());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY((*store)->sync().applyPage(bobAnswers(1), u"2"_s));
    QVERIFY(changed.count() > 0);
    QCOMPARE(unreadText(category), u"1"_s);
    QCOMPARE(unreadText(side), u"1"_s); // the side counts its children's
    QVERIFY(category.data(CategoryTreeModel::UnreadRole).toBool());
    QVERIFY(category.data(Qt::ToolTipRole).toString().contains(u"1 unread"_s));

    // A new thread in 12 by someone else: new.
    ChangeSet page;
    Thread t = TestBoard::thread(50, 12);
    t.authorId = 3;
    t.createdAt = t.createdAt.addDays(3);
    t.lastActivityAt = t.createdAt;
    page.threads = {t};
    QVERIFY((*store)->sync().applyPage(page, u"3"_s));
    QCOMPARE(unreadText(model.indexOfCategory(12)), u"1"_s);
    QCOMPARE(unreadText(side), u"2"_s);
    QVERIFY(model.indexOfCategory(12).data(Qt::ToolTipRole).toString().contains(u"1 new"_s));

    QVERIFY((*store)->activity().markCategoryRead(0));
    QCOMPARE(unreadText(side), QString());
    QVERIFY(!side.data(CategoryTreeModel::UnreadRole).toBool());
}

void TestActivityModels::threadList_marksNewAndUnreadThreads()
{
    auto store = syncedBoard();
    ThreadListModel model(**store);
    QAbstractItemModelTester tester(&model, Checked);
    ThreadQuery q;
    q.categoryId = 11;
    model.setQuery(q);
    const int row = model.rowOf(TestBoard::thread(0, 11).id);
    QVERIFY(row >= 0);
    QVERIFY(!model.index(row, 0).data(ThreadListModel::UnreadRole).toBool());

    QVERIFY((*store)->sync().applyPage(bobAnswers(1), u"2"_s));
    const int now = model.rowOf(TestBoard::thread(0, 11).id);
    QVERIFY(model.index(now, 0).data(ThreadListModel::UnreadRole).toBool());
    QCOMPARE(model.index(now, 0).data(ThreadListModel::UnreadAnswersRole).toInt(), 1);
    QCOMPARE(model.index(now, ThreadListModel::AnswersColumn).data().toString(), u"1 (1 new)"_s);
    QVERIFY(model.index(now, 0).data(Qt::ToolTipRole).toString().contains(u"you have not read"_s));

    QVERIFY((*store)->activity().markThreadRead(TestBoard::thread(0, 11).id));
    QVERIFY(!model.index(now, 0).data(ThreadListModel::UnreadRole).toBool());
    QCOMPARE(model.index(now, ThreadListModel::AnswersColumn).data().toString(), u"1"_s);
}

void TestActivityModels::myActivity_questionsAnswersAndDrafts()
{
    auto store = syncedBoard();
    MyQuestionsModel questions(**store);
    MyAnswersModel answers(**store);
    DraftsModel drafts(**store);
    QAbstractItemModelTester t1(&questions, Checked);
    QAbstractItemModelTester t2(&answers, Checked);
    QAbstractItemModelTester t3(&drafts, Checked);
    QCOMPARE(questions.rowCount(), 1);
    QCOMPARE(answers.rowCount(), 0);
    QCOMPARE(drafts.rowCount(), 0);

    QVERIFY((*store)->sync().applyPage(bobAnswers(1), u"2"_s));
    QCOMPARE(questions.index(0, MyQuestionsModel::AnswersColumn).data().toString(), u"1 (1 new)"_s);
    QVERIFY(questions.index(0, 0).data(MyQuestionsModel::UnreadRole).toBool());

    // Asked and answered here, offline: listed at once.
    QVERIFY((*store)->writes().ask({12, u"請求書の書き方"_s, u"本文"_s, Urgency::Calm}));
    QCOMPARE(questions.rowCount(), 2);
    QCOMPARE(questions.index(0, 0).data().toString(), u"請求書の書き方"_s);
    const QUuid other = TestBoard::thread(2, 11).id;
    QVERIFY((*store)->writes().answer(other, u"契約書を先に交わしましょう。\n理由は…"_s));
    QCOMPARE(answers.rowCount(), 1);
    QCOMPARE(answers.index(0, MyAnswersModel::AnswerColumn).data().toString(),
             u"契約書を先に交わしましょう。"_s);
    QCOMPARE(answers.index(0, 0).data(MyAnswersModel::ThreadIdRole).toUuid(), other);
    QCOMPARE(answers.index(0, MyAnswersModel::BestColumn).data().toString(), QString());

    QVERIFY((*store)->drafts().save(Drafts::answerKey(TestBoard::thread(3, 11).id),
                                    {{u"body"_s, u"書きかけの回答"_s}}));
    QVERIFY((*store)->drafts().save(Drafts::questionKey(), {{u"title"_s, u"見積もり"_s}}));
    drafts.reload();
    QCOMPARE(drafts.rowCount(), 2);
    QCOMPARE(drafts.index(0, DraftsModel::TextColumn).data().toString(), u"見積もり"_s);
    QCOMPARE(drafts.index(1, DraftsModel::KindColumn).data().toString(),
             u"Answer to "_s + TestBoard::thread(3, 11).title);
    QCOMPARE(drafts.index(1, 0).data(DraftsModel::ThreadIdRole).toUuid(),
             TestBoard::thread(3, 11).id);
}

void TestActivityModels::labels_sayWhenAndWhy()
{
    const QDateTime now(QDate(2026, 3, 10), QTime(15, 0));
    QCOMPARE(ActivityLabels::ago(now.addSecs(-20), now), u"just now"_s);
    // (Plural forms come with the English translation, which the UI loads.)
    QVERIFY(ActivityLabels::ago(now.addSecs(-300), now).startsWith(u"5 minute"_s));
    QVERIFY(ActivityLabels::ago(now.addSecs(-3 * 3600), now).startsWith(u"3 hour"_s));
    QVERIFY(ActivityLabels::ago(now.addDays(-1), now).startsWith(u"yesterday"_s));

    FollowState asked;
    asked.effective = FollowLevel::Watching;
    asked.reason = FollowReason::Asked;
    QVERIFY(ActivityLabels::reason(asked, true, {}).contains(u"because you asked"_s));
    FollowState muted;
    muted.effective = FollowLevel::Muted;
    muted.reason = FollowReason::Category;
    muted.levelFrom = 11;
    muted.waiting = true;
    const QString why = ActivityLabels::reason(muted, true, u"契約の相談"_s);
    QVERIFY(why.contains(u"契約の相談"_s));
    QVERIFY(why.contains(u"not sent"_s));

    NotificationView unknown;
    unknown.notification.kind = u"post_moved"_s;
    QVERIFY(ActivityLabels::what(unknown).contains(u"post_moved"_s));
    // Moderation's outcomes, in words: the reason, the moderator's message, never who decided.
    NotificationView hidden;
    hidden.notification.kind = u"post_hidden"_s;
    hidden.notification.detail = u"contact_outside"_s;
    hidden.actorName = u"モデレーターA"_s;
    QCOMPARE(ActivityLabels::what(hidden),
             u"A moderator hid your post: "_s + Labels::reportReason(ReportReason::ContactOutside));
    NotificationView warned;
    warned.notification.kind = u"warned"_s;
    warned.notification.detail = u"連絡先の交換はご遠慮ください。"_s;
    QCOMPARE(ActivityLabels::what(warned),
             u"A moderator sent you a warning: 連絡先の交換はご遠慮ください。"_s);
    NotificationView decided;
    decided.notification.kind = u"report_decided"_s;
    decided.notification.detail = u"hidden"_s;
    QCOMPARE(ActivityLabels::what(decided), u"The post you reported was hidden by a moderator"_s);
    decided.notification.detail = u"dismissed"_s;
    QVERIFY(ActivityLabels::what(decided).contains(u"left it as it is"_s));
    QCOMPARE(ActivityLabels::activitySummary({10, 3, 2, 1}), u"2 new, 1 unread"_s);
}

void TestActivityModels::labels_writeDatesAsTheBoardDoes()
{
    const QLocale before;
    const QDateTime at(QDate(2018, 4, 20), QTime(18, 44), QTimeZone::systemTimeZone());
    QLocale::setDefault(QLocale(QLocale::Japanese, QLocale::Japan));
    QCOMPARE(Labels::dateTime(at), u"2018年04月20日 18:44"_s);
    QCOMPARE(Labels::date(at.toMSecsSinceEpoch()), u"2018年04月20日"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Labels::date(at.toMSecsSinceEpoch()), u"4/20/18"_s);
    QLocale::setDefault(before);
}

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_activitymodels.moc"
