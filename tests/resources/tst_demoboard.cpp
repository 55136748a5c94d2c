#include "resources/demoboard.h"

#include <QHash>
#include <QSet>
#include <QTest>

using namespace Soudan;

class TestDemoBoard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoBoard_decodesWithBothSidesAndEnoughThreads();
    void demoBoard_isConsistent();
};

void TestDemoBoard::demoBoard_decodesWithBothSidesAndEnoughThreads()
{
    const Result<ChangeSet> board = demoBoard();
    QVERIFY2(board.ok(), qPrintable(board.error()));
    const ChangeSet &c = board.value();

    QSet<int> sides;
    QHash<qint64, int> subcategoriesPerSide;
    for (const Category &cat : c.categories) {
        sides.insert(int(cat.side));
        if (cat.parentId)
            ++subcategoriesPerSide[*cat.parentId];
    }
    QCOMPARE(sides.size(), 2);
    QCOMPARE(subcategoriesPerSide.size(), 2);
    for (int n : subcategoriesPerSide)
        QVERIFY(n >= 3);
    QVERIFY(c.threads.size() >= 40);

    int resolvedWithThanks = 0, open = 0, urgent = 0, calm = 0, withSeveralAnswers = 0;
    for (const Thread &t : c.threads) {
        resolvedWithThanks += t.status == ThreadStatus::Resolved && t.thanks ? 1 : 0;
        open += t.status == ThreadStatus::Open ? 1 : 0;
        urgent += t.urgency == Urgency::Urgent ? 1 : 0;
        calm += t.urgency == Urgency::Calm ? 1 : 0;
        withSeveralAnswers += t.answerCount >= 3 ? 1 : 0;
    }
    QVERIFY(resolvedWithThanks >= 10);
    QVERIFY(open >= 5);
    QVERIFY(urgent >= 5);
    QVERIFY(calm >= 5);
    QVERIFY(withSeveralAnswers >= 5);
}

void TestDemoBoard::demoBoard_isConsistent()
{
    const ChangeSet c = demoBoard().value();
    QSet<qint64> leafCategories, users;
    for (const Category &cat : c.categories) {
        if (cat.parentId)
            leafCategories.insert(cat.id);
    }
    for (const User &u : c.users)
        users.insert(u.id);
    QHash<QUuid, QList<Answer>> answersOf;
    for (const Answer &a : c.answers) {
        QVERIFY(users.contains(a.authorId));
        answersOf[a.threadId].append(a);
    }
    for (const Thread &t : c.threads) {
        QVERIFY2(leafCategories.contains(t.categoryId), qPrintable(t.title));
        QVERIFY(users.contains(t.authorId));
        const QList<Answer> answers = answersOf.value(t.id);
        QCOMPARE(t.answerCount, answers.size());
        QCOMPARE(t.status == ThreadStatus::Resolved, !t.bestAnswerId.isNull());
        bool bestFound = t.bestAnswerId.isNull();
        for (const Answer &a : answers) {
            QVERIFY(a.createdAt > t.createdAt);
            QVERIFY(a.authorId != t.authorId);
            QVERIFY(a.createdAt <= t.lastActivityAt);
            bestFound = bestFound || a.id == t.bestAnswerId;
        }
        QVERIFY2(bestFound, qPrintable(t.title));
    }
}

QTEST_GUILESS_MAIN(TestDemoBoard)
#include "tst_demoboard.moc"
