#include "models/outboxmodel.h"
#include "store/boardwrites.h"
#include "store/outbox.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;

class TestOutboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void newItems_comeFirstAndKeepTheSelection();
    void states_followTheServersAnswers();
    void views_areNeitherListedNorCounted();
    void discard_removesTheRow();
    void itemsOfAnotherAccount_waitForIt();

private:
    std::unique_ptr<TestBoard::TempStore> m_store;
    Thread m_thread;
};

void TestOutboxModel::init()
{
    m_store = TestBoard::openTempStore();
    ChangeSet board = TestBoard::skeleton();
    m_thread = TestBoard::thread(1, 11);
    board.threads = {m_thread};
    QVERIFY((*m_store)->sync().ingest(board));
    QVERIFY((*m_store)->sync().setMe(User{2, u"回答者B"_s, Role::Member}));
}

void TestOutboxModel::cleanup()
{
    m_store.reset();
}

void TestOutboxModel::newItems_comeFirstAndKeepTheSelection()
{
    OutboxModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    const QUuid first = *(*m_store)->writes().answer(m_thread.id, u"見積もりは二案です。"_s);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(OutboxModel::ItemIdRole).toUuid(), first);
    QCOMPARE(model.index(0, 0).data(OutboxModel::TextRole).toString(), u"見積もりは二案です。"_s);
    QCOMPARE(OutboxState(model.index(0, 0).data(OutboxModel::StateRole).toInt()),
             OutboxState::Waiting);

    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(0, 0), QItemSelectionModel::ClearAndSelect);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QUuid second = *(*m_store)->writes().report(
        {EntityKind::Thread, m_thread.id, ReportReason::Spam, u"同じ宣伝が三回目です"_s});
    // The newest on top, inserted (not a reset): the selection stays on its item.
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.index(0, 0).data(OutboxModel::ItemIdRole).toUuid(), second);
    QCOMPARE(selection.currentIndex().row(), 1);
    QCOMPARE(selection.currentIndex().data(OutboxModel::ItemIdRole).toUuid(), first);
    QCOMPARE(model.rowOf(first), 1);
    // A report says its reason; its note is the text.
    QVERIFY(model.index(0, OutboxModel::WhatColumn).data().toString().contains(u"Spam"_s));
    QCOMPARE(model.index(0, 0).data(OutboxModel::TextRole).toString(), u"同じ宣伝が三回目です"_s);
}

void TestOutboxModel::states_followTheServersAnswers()
{
    OutboxModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid id = *(*m_store)->writes().answer(m_thread.id, u"回答します。"_s);
    QCOMPARE(model.count(OutboxState::Waiting), 1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY((*m_store)->outbox().markAttempt(id, u"timeout"_s));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, OutboxModel::AttemptsColumn).data().toString(), u"1"_s);

    QVERIFY((*m_store)->outbox().markNeedsAttention(id, u"thread_not_open"_s, u"closed"_s));
    QCOMPARE(OutboxState(model.index(0, 0).data(OutboxModel::StateRole).toInt()),
             OutboxState::NeedsAttention);
    // The code's meaning in the UI language, not the server's English words.
    QCOMPARE(model.index(0, 0).data(OutboxModel::ErrorRole).toString(),
             u"The question is no longer taking answers."_s);
    QCOMPARE(model.count(OutboxState::NeedsAttention), 1);
    QCOMPARE(model.count(OutboxState::Waiting), 0);

    QVERIFY((*m_store)->outbox().resend(id));
    QVERIFY((*m_store)->outbox().markSent(id));
    QCOMPARE(OutboxState(model.index(0, 0).data(OutboxModel::StateRole).toInt()),
             OutboxState::Sent);
    QCOMPARE(model.rowCount(), 1); // sent today: still listed
    QCOMPARE(model.count(OutboxState::Waiting), 0);
}

void TestOutboxModel::views_areNeitherListedNorCounted()
{
    OutboxModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY((*m_store)->writes().recordView(m_thread.id));
    QVERIFY((*m_store)->outbox().nextWaiting()); // it is there, to be sent
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.count(OutboxState::Waiting), 0);
}

void TestOutboxModel::discard_removesTheRow()
{
    OutboxModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QUuid kept = *(*m_store)->writes().answer(m_thread.id, u"一つ目"_s);
    const QUuid dropped = *(*m_store)->writes().answer(m_thread.id, u"二つ目"_s);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QVERIFY((*m_store)->outbox().discard(dropped));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(OutboxModel::ItemIdRole).toUuid(), kept);
    QCOMPARE(model.rowOf(dropped), -1);
}

void TestOutboxModel::itemsOfAnotherAccount_waitForIt()
{
    OutboxModel model(**m_store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Written before any account synced: the first account takes it.
    const QUuid early = *(*m_store)->writes().answer(m_thread.id, u"最初の回答"_s);
    QVERIFY((*m_store)->sync().beginResync(u"https://soudan.example alice"_s));
    QCOMPARE((*m_store)->outbox().item(early)->origin, u"https://soudan.example alice"_s);
    const QUuid mine = *(*m_store)->writes().answer(m_thread.id, u"alice の回答"_s);
    QCOMPARE(model.count(OutboxState::Waiting), 2);
    QCOMPARE(model.countElsewhere(), 0);

    // Bob signs in on this profile: alice's items wait for her, and say so.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY((*m_store)->sync().beginResync(u"https://soudan.example bob"_s));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.count(OutboxState::Waiting), 0);
    QCOMPARE(model.countElsewhere(), 2);
    QVERIFY(!(*m_store)->outbox().nextWaiting());
    const QModelIndex state = model.index(model.rowOf(mine), OutboxModel::StateColumn);
    QCOMPARE(state.data().toString(), u"Waiting for its account"_s);
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"alice"_s));
    QVERIFY(state.data(Qt::ToolTipRole).toString().contains(u"https://soudan.example"_s));
    // Discarding one is the user's way out; the other goes when alice is back.
    QVERIFY((*m_store)->outbox().discard(early));
    QCOMPARE(model.countElsewhere(), 1);
    QVERIFY((*m_store)->sync().beginResync(u"https://soudan.example alice"_s));
    QCOMPARE((*m_store)->outbox().nextWaiting()->id, mine);
    QCOMPARE(model.index(model.rowOf(mine), OutboxModel::StateColumn).data().toString(),
             u"Not sent yet"_s);
}

QTEST_GUILESS_MAIN(TestOutboxModel)
#include "tst_outboxmodel.moc"
