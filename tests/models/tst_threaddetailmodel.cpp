#include "models/threaddetailmodel.h"
#include "store/boardwrites.h"
#include "store/store.h"
#include "store/syncwriter.h"
#include "tests/support/testboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using Kind = ThreadDetailModel::PostKind;

namespace {

Kind kindAt(const ThreadDetailModel &model, int row)
{
    return model.index(row).data(ThreadDetailModel::KindRole).value<Kind>();
}

} // namespace

class TestThreadDetailModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvedThread_bestAnswerFirstThenThanksThenEveryAnswer();
    void openThread_questionThenAnswersInTimeOrder();
    void newAnswer_reloadsTheThreadShown();
    void hiddenOrUnknownThread_showsNothing();
    void reportedPost_isMarked_atOnce();
    void ownChanges_showAtOnce_supplementsAfterTheQuestion();
};

void TestThreadDetailModel::resolvedThread_bestAnswerFirstThenThanksThenEveryAnswer()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(3, 11);
    const Answer first = TestBoard::answer(1, t, 2);
    const Answer second = TestBoard::answer(2, t, 3);
    const Answer third = TestBoard::answer(3, t, 2);
    t.bestAnswerId = second.id;
    t.thanks = Thanks{u"助かりました。ありがとうございます。"_s, third.createdAt.addSecs(60)};
    c.threads = {t};
    c.answers = {third, first, second};
    QVERIFY((*store)->sync().ingest(c));

    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(t.id);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(kindAt(model, 0), Kind::Question);
    QCOMPARE(model.index(0).data().toString(), t.body);
    QCOMPARE(model.index(0).data(ThreadDetailModel::AuthorRole).toString(), u"相談者A"_s);
    QCOMPARE(kindAt(model, 1), Kind::BestAnswer);
    QCOMPARE(model.index(1).data(ThreadDetailModel::PostIdRole).toUuid(), second.id);
    QCOMPARE(model.index(1).data(ThreadDetailModel::AuthorRole).toString(), u"回答者C"_s);
    QCOMPARE(kindAt(model, 2), Kind::Thanks);
    QCOMPARE(model.index(2).data().toString(), t.thanks->body);
    QCOMPARE(model.index(2).data(ThreadDetailModel::CreatedRole).toDateTime(), t.thanks->at);
    const QList<QUuid> timeOrder = {first.id, second.id, third.id};
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(kindAt(model, 3 + i), Kind::Answer);
        QCOMPARE(model.index(3 + i).data(ThreadDetailModel::PostIdRole).toUuid(), timeOrder[i]);
        QCOMPARE(model.index(3 + i).data(ThreadDetailModel::IsBestRole).toBool(), i == 1);
    }
    QVERIFY(model.detail());
    QCOMPARE(model.detail()->categoryPath.last().id, 11);
}

void TestThreadDetailModel::openThread_questionThenAnswersInTimeOrder()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    const Thread t = TestBoard::thread(1, 21);
    c.threads = {t};
    c.answers = {TestBoard::answer(5, t), TestBoard::answer(4, t)};
    QVERIFY((*store)->sync().ingest(c));
    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(t.id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(kindAt(model, 0), Kind::Question);
    QCOMPARE(model.index(1).data().toString(), u"回答 4"_s);
    QCOMPARE(model.index(2).data().toString(), u"回答 5"_s);
    QVERIFY(!model.index(1).data(ThreadDetailModel::IsBestRole).toBool());
}

void TestThreadDetailModel::newAnswer_reloadsTheThreadShown()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    const Thread shown = TestBoard::thread(1, 11);
    const Thread other = TestBoard::thread(2, 11);
    c.threads = {shown, other};
    QVERIFY((*store)->sync().ingest(c));
    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(shown.id);
    QSignalSpy changed(&model, &ThreadDetailModel::threadChanged);

    QVERIFY((*store)->sync().ingest(ChangeSet{.answers = {TestBoard::answer(1, other)}}));
    QCOMPARE(changed.count(), 0);
    QVERIFY((*store)->sync().ingest(ChangeSet{.answers = {TestBoard::answer(2, shown)}}));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void TestThreadDetailModel::hiddenOrUnknownThread_showsNothing()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    t.hidden = true;
    c.threads = {t};
    QVERIFY((*store)->sync().ingest(c));
    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(t.id);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.detail());
    model.setThread(QUuid::createUuid());
    QCOMPARE(model.rowCount(), 0);
}

void TestThreadDetailModel::reportedPost_isMarked_atOnce()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    const Thread t = TestBoard::thread(1, 11);
    const Answer a = TestBoard::answer(1, t, 3);
    c.threads = {t};
    c.answers = {a};
    QVERIFY((*store)->sync().ingest(c));
    QVERIFY((*store)->sync().setMe(User{2, u"回答者B"_s, Role::Member}));
    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(t.id);
    QVERIFY(!model.index(1).data(ThreadDetailModel::ReportedRole).toBool());
    QSignalSpy changed(&model, &ThreadDetailModel::threadChanged);
    QVERIFY(
        (*store)->writes().report({EntityKind::Answer, a.id, ReportReason::Spam, u"宣伝です"_s}));
    QCOMPARE(changed.count(), 1); // the thread shown is read again
    QVERIFY(model.index(1).data(ThreadDetailModel::ReportedRole).toBool());
    QVERIFY(!model.index(0).data(ThreadDetailModel::ReportedRole).toBool());
}

void TestThreadDetailModel::ownChanges_showAtOnce_supplementsAfterTheQuestion()
{
    auto store = TestBoard::openTempStore();
    ChangeSet c = TestBoard::skeleton();
    Thread t = TestBoard::thread(1, 11);
    t.supplements = {{QUuid::createUuid(), u"サーバーの補足"_s, t.createdAt.addSecs(60)}};
    Answer a = TestBoard::answer(1, t, 1);
    a.editedAt = t.createdAt.addSecs(120);
    a.revision = 2;
    c.threads = {t};
    c.answers = {a};
    QVERIFY((*store)->sync().ingest(c));
    QVERIFY((*store)->sync().setMe(User{t.authorId, u"相談者A"_s, Role::Member}));
    ThreadDetailModel model(**store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setThread(t.id);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(kindAt(model, 1), Kind::Supplement);
    QCOMPARE(model.index(1).data().toString(), u"サーバーの補足"_s);
    QCOMPARE(model.index(2).data(ThreadDetailModel::EditedRole).toDateTime(), a.editedAt);
    QVERIFY(!model.index(0).data(ThreadDetailModel::EditedRole).toDateTime().isValid());

    // The user's supplement and withdrawal show at once, marked as not sent.
    QVERIFY((*store)->writes().supplement(t.id, u"ここで書いた補足"_s));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(kindAt(model, 2), Kind::Supplement);
    QCOMPARE(model.index(2).data(ThreadDetailModel::LocalStateRole).toInt(),
             int(LocalState::Waiting));
    QVERIFY((*store)->writes().editQuestion(
        t.id, {t.categoryId, u"編集した題"_s, u"編集した本文"_s, Urgency::Calm}));
    QCOMPARE(model.index(0).data().toString(), u"編集した本文"_s);
    QVERIFY(model.index(0).data(ThreadDetailModel::EditWaitingRole).toBool());
    QCOMPARE(model.detail()->thread.title, u"編集した題"_s);
}

QTEST_GUILESS_MAIN(TestThreadDetailModel)
#include "tst_threaddetailmodel.moc"
