// The moderators' queue over a real cache file: grouping, priority order, filters and counts,
// offline actions, and a selection that stays on its item while changes arrive.

#include "models/labels.h"
#include "models/reportqueuemodel.h"
#include "store/moderationcache.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

// An item on thread's question, first reported hoursAgo, with one report per reason (members',
// or the contact guard's when system).
ModerationItem item(const Thread &thread, qint64 hoursAgo, const QList<ReportReason> &reasons,
                    bool system = false)
{
    ModerationItem m;
    m.id = thread.id;
    m.targetKind = EntityKind::Thread;
    m.threadId = thread.id;
    m.authorId = thread.authorId;
    m.firstReportedAt = Now.addSecs(-hoursAgo * 3600);
    m.lastReportedAt = m.firstReportedAt;
    for (qsizetype i = 0; i < reasons.size(); ++i) {
        m.reports.append(
            {QUuid::createUuid(), system ? 0 : 2 + i, reasons[i], u"メモ"_s, m.firstReportedAt});
    }
    m.audit.append({0, QString(), AuditAction::Reported, QString(), m.firstReportedAt});
    return m;
}

QList<QUuid> ids(const ReportQueueModel &model)
{
    QList<QUuid> list;
    for (int row = 0; row < model.rowCount(); ++row)
        list.append(model.index(row, 0).data(ReportQueueModel::ItemIdRole).toUuid());
    return list;
}

QSet<QUuid> idSet(const ReportQueueModel &model)
{
    const QList<QUuid> list = ids(model);
    return QSet<QUuid>(list.begin(), list.end());
}

} // namespace

class TestReportQueueModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void rows_areOnePerPost_inPriorityOrder();
    void filters_andCountsPerStatus();
    void actionsTakenHere_showAtOnce();
    void expiredClaim_isNewAgain();
    void changes_keepTheSelectionOnItsItem();

private:
    std::unique_ptr<TestBoard::TempStore> m_store;
    QList<Thread> m_threads;
};

void TestReportQueueModel::init()
{
    m_store = TestBoard::openTempStore();
    ChangeSet board = TestBoard::skeleton();
    m_threads =
        TestBoard::threads(11, 3) + TestBoard::threads(12, 1, 3) + TestBoard::threads(21, 2, 4);
    board.threads = m_threads;
    QVERIFY((*m_store)->sync().ingest(board));
}

void TestReportQueueModel::rows_areOnePerPost_inPriorityOrder()
{
    ChangeSet c;
    c.moderationItems = {
        item(m_threads[0], 1, {ReportReason::Other}),
        item(
            m_threads[1], 1,
            {ReportReason::Spam, ReportReason::Spam, ReportReason::Spam, ReportReason::Harassment}),
        item(m_threads[2], 1, {ReportReason::ContactOutside}, true),
        item(m_threads[3], 30, {ReportReason::Other}), // waited long
    };
    QVERIFY((*m_store)->sync().ingest(c));
    ReportQueueModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Now; });

    QCOMPARE(model.rowCount(), 4);
    const QList<QUuid> order = ids(model);
    // Three reports first; the contact guard's before one member's; waiting raises priority.
    QCOMPARE(order.first(), m_threads[1].id);
    QVERIFY(order.indexOf(m_threads[2].id) < order.indexOf(m_threads[0].id));
    QVERIFY(order.indexOf(m_threads[3].id) < order.indexOf(m_threads[0].id));
    QCOMPARE(order.last(), m_threads[0].id);
    for (int row = 0; row + 1 < model.rowCount(); ++row) {
        QVERIFY(model.index(row, 0).data(ReportQueueModel::PriorityRole).toInt() >=
                model.index(row + 1, 0).data(ReportQueueModel::PriorityRole).toInt());
    }
    const int busy = model.rowOf(m_threads[1].id);
    QCOMPARE(model.index(busy, ReportQueueModel::ReportsColumn).data().toString(), u"4"_s);
    const QString reasons = model.index(busy, ReportQueueModel::ReasonsColumn).data().toString();
    // Two reasons, each named once.
    QCOMPARE(reasons.count(Labels::reportReason(ReportReason::Spam)), 1);
    QCOMPARE(reasons.count(Labels::reportReason(ReportReason::Harassment)), 1);
    QCOMPARE(model.index(busy, ReportQueueModel::PostColumn).data().toString(), m_threads[1].title);
    QVERIFY(model.index(model.rowOf(m_threads[2].id), ReportQueueModel::ReportsColumn)
                .data()
                .toString()
                .contains(u"1"_s));

    // By age: the longest waiting first.
    model.setSort(ReportQueueModel::Sort::Age);
    QCOMPARE(ids(model).first(), m_threads[3].id);
}

void TestReportQueueModel::filters_andCountsPerStatus()
{
    ModerationItem claimed = item(m_threads[1], 2, {ReportReason::Spam});
    claimed.status = ModerationStatus::Claimed;
    claimed.claimedBy = 3;
    claimed.claimedByName = u"mod"_s;
    claimed.claimedUntil = Now.addSecs(300);
    ModerationItem resolved = item(m_threads[4], 300, {ReportReason::Harassment});
    resolved.status = ModerationStatus::Resolved;
    resolved.resolution = Resolution::Hidden;
    ChangeSet c;
    c.moderationItems = {item(m_threads[0], 1, {ReportReason::Spam}), claimed, resolved,
                         item(m_threads[3], 100, {ReportReason::ForbiddenWork}),
                         item(m_threads[5], 3, {ReportReason::Spam, ReportReason::Other})};
    QVERIFY((*m_store)->sync().ingest(c));
    ReportQueueModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Now; });

    // New by default.
    QCOMPARE(model.rowCount(), 3);
    QHash<ModerationStatus, int> counts = model.statusCounts();
    QCOMPARE(counts.value(ModerationStatus::New), 3);
    QCOMPARE(counts.value(ModerationStatus::Claimed), 1);
    QCOMPARE(counts.value(ModerationStatus::Resolved), 1);
    QVERIFY(model.index(0, ReportQueueModel::StatusColumn).data().toString().size() > 0);

    ReportQueueModel::Filter f;
    f.status = std::nullopt;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 5);
    f.reason = ReportReason::Spam;
    model.setFilter(f);
    QCOMPARE(idSet(model), (QSet<QUuid>{m_threads[0].id, m_threads[1].id, m_threads[5].id}));
    // Counts follow the other filters.
    QCOMPARE(model.statusCounts().value(ModerationStatus::New), 2);
    QCOMPARE(model.statusCounts().value(ModerationStatus::Resolved), 0);

    f.reason.reset();
    f.categoryId = 1; // the contractors' side: 11 and 12
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    f.categoryId = 21;
    model.setFilter(f);
    QCOMPARE(idSet(model), (QSet<QUuid>{m_threads[4].id, m_threads[5].id}));

    f.categoryId = 0;
    f.age = ReportQueueModel::Age::LastDay;
    model.setFilter(f);
    QCOMPARE(model.rowCount(), 3);
    f.age = ReportQueueModel::Age::OlderThanWeek;
    model.setFilter(f);
    QCOMPARE(ids(model), QList<QUuid>{m_threads[4].id});
    f.age = ReportQueueModel::Age::LastWeek;
    f.status = ModerationStatus::Claimed;
    model.setFilter(f);
    QCOMPARE(ids(model), QList<QUuid>{m_threads[1].id});
    QVERIFY(model.index(0, ReportQueueModel::StatusColumn).data().toString().contains(u"mod"_s));
}

void TestReportQueueModel::actionsTakenHere_showAtOnce()
{
    ChangeSet c;
    c.moderationItems = {item(m_threads[0], 1, {ReportReason::Spam}),
                         item(m_threads[1], 1, {ReportReason::Other})};
    QVERIFY((*m_store)->sync().ingest(c));
    QVERIFY((*m_store)->sync().setMe({3, u"mod"_s, Role::Moderator}));
    ReportQueueModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Now; });
    QCOMPARE(model.rowCount(), 2);

    QVERIFY((*m_store)->moderation().claim(m_threads[0].id));
    // Claimed here: counted as claimed, and it stays among the new items, marked as taken by
    // this moderator, until it is decided (it does not vanish from under them).
    QCOMPARE(idSet(model), (QSet<QUuid>{m_threads[0].id, m_threads[1].id}));
    QCOMPARE(model.statusCounts().value(ModerationStatus::Claimed), 1);
    QCOMPARE(model.statusCounts().value(ModerationStatus::New), 1);
    const int taken = int(ids(model).indexOf(m_threads[0].id));
    QCOMPARE(model.index(taken, ReportQueueModel::StatusColumn).data().toString(),
             ReportQueueModel::tr("%1 (not sent yet)").arg(ReportQueueModel::tr("Claimed by you")));
    ReportQueueModel::Filter f;
    f.status = ModerationStatus::Claimed;
    model.setFilter(f);
    QCOMPARE(model.index(0, ReportQueueModel::StatusColumn).data().toString(),
             ReportQueueModel::tr("%1 (not sent yet)").arg(ReportQueueModel::tr("Claimed by you")));
    QCOMPARE(model.index(0, 0).data(ReportQueueModel::LocalStateRole).toInt(),
             int(LocalState::Waiting));

    QVERIFY((*m_store)->moderation().resolve(m_threads[0].id, ModerationAction::Hide, u"spam"_s));
    QCOMPARE(model.rowCount(), 0);
    f.status = ModerationStatus::New; // decided: no longer among the new
    model.setFilter(f);
    QCOMPARE(ids(model), QList<QUuid>{m_threads[1].id});
    f.status = ModerationStatus::Resolved;
    model.setFilter(f);
    QCOMPARE(ids(model), QList<QUuid>{m_threads[0].id});
    QVERIFY(model.index(0, ReportQueueModel::StatusColumn)
                .data()
                .toString()
                .startsWith(ReportQueueModel::tr("Hidden")));
    // Both wait in the outbox, each with the version the moderator saw.
    QCOMPARE((*m_store)->outbox().count(OutboxState::Waiting), 2);
}

void TestReportQueueModel::expiredClaim_isNewAgain()
{
    ModerationItem claimed = item(m_threads[0], 1, {ReportReason::Spam});
    claimed.status = ModerationStatus::Claimed;
    claimed.claimedBy = 9;
    claimed.claimedByName = u"other"_s;
    claimed.claimedUntil = Now.addSecs(60);
    ChangeSet c;
    c.moderationItems = {claimed};
    QVERIFY((*m_store)->sync().ingest(c));
    ReportQueueModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Now; });
    QCOMPARE(model.rowCount(), 0);
    model.setClock([] { return Now.addSecs(61); });
    QCOMPARE(ids(model), QList<QUuid>{m_threads[0].id});
}

void TestReportQueueModel::changes_keepTheSelectionOnItsItem()
{
    ChangeSet c;
    c.moderationItems = {item(m_threads[0], 1, {ReportReason::Spam, ReportReason::Spam}),
                         item(m_threads[1], 1, {ReportReason::Other}),
                         item(m_threads[2], 1, {ReportReason::Other})};
    QVERIFY((*m_store)->sync().ingest(c));
    ReportQueueModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClock([] { return Now; });
    QItemSelectionModel selection(&model);
    const int row = model.rowOf(m_threads[2].id);
    selection.setCurrentIndex(model.index(row, 0),
                              QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Another item gets more reports and moves up, a new one arrives, one goes away.
    ChangeSet next;
    next.moderationItems = {
        item(m_threads[1], 1,
             {ReportReason::Harassment, ReportReason::Harassment, ReportReason::Harassment}),
        item(m_threads[3], 1, {ReportReason::PersonalInformation})};
    next.tombstones = {
        {EntityKind::ModerationItem, m_threads[0].id.toString(QUuid::WithoutBraces)}};
    QVERIFY((*m_store)->sync().ingest(next));

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(ids(model).first(), m_threads[1].id);
    QVERIFY(!ids(model).contains(m_threads[0].id));
    QCOMPARE(selection.currentIndex().data(ReportQueueModel::ItemIdRole).toUuid(), m_threads[2].id);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(selection.selectedRows().first().data(ReportQueueModel::ItemIdRole).toUuid(),
             m_threads[2].id);
}

QTEST_GUILESS_MAIN(TestReportQueueModel)
#include "tst_reportqueuemodel.moc"
