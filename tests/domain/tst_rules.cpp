// Who may do what: the rules the server decides by and the client offers actions by.

#include "domain/rules.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Soudan;
using Rules::Refusal;

Q_DECLARE_METATYPE(Soudan::Rules::Refusal)
Q_DECLARE_METATYPE(Soudan::ThreadStatus)
Q_DECLARE_METATYPE(Soudan::Thread)

namespace {

constexpr qint64 Asker = 1, Helper = 2, Other = 3;

Thread makeThread(ThreadStatus status, const QUuid &best = {}, bool thanked = false)
{
    Thread t;
    t.id = QUuid::fromString(u"{0e6b54a4-7e0c-4a7e-9a51-3f6e6f3a9b01}"_s);
    t.authorId = Asker;
    t.status = status;
    t.bestAnswerId = best;
    if (thanked)
        t.thanks = Thanks{u"ありがとうございました"_s, {}};
    return t;
}

Answer makeAnswer(const Thread &t, qint64 author, bool hidden = false)
{
    Answer a;
    a.id = QUuid::fromString(u"{7d0a3c2e-1b8f-4a43-8f0e-2c5b9d4e6f10}"_s);
    a.threadId = t.id;
    a.authorId = author;
    a.hidden = hidden;
    return a;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chooseBestAnswer_data();
    void chooseBestAnswer();
    void answerThankReportEdit_data();
    void answerThankReportEdit();
};

void TestRules::chooseBestAnswer_data()
{
    QTest::addColumn<ThreadStatus>("status");
    QTest::addColumn<qint64>("user");
    QTest::addColumn<qint64>("answerAuthor");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<bool>("otherThread");
    QTest::addColumn<Refusal>("expected");
    QTest::newRow("the asker, another's answer")
        << ThreadStatus::Open << Asker << Helper << false << false << Refusal::None;
    QTest::newRow("nobody signed in")
        << ThreadStatus::Open << qint64(0) << Helper << false << false << Refusal::NotSignedIn;
    QTest::newRow("not the asker")
        << ThreadStatus::Open << Other << Helper << false << false << Refusal::NotAsker;
    QTest::newRow("own answer") << ThreadStatus::Open << Asker << Asker << false << false
                                << Refusal::OwnAnswer;
    QTest::newRow("hidden answer")
        << ThreadStatus::Open << Asker << Helper << true << false << Refusal::NotInThread;
    QTest::newRow("another thread's answer")
        << ThreadStatus::Open << Asker << Helper << false << true << Refusal::NotInThread;
    QTest::newRow("already resolved")
        << ThreadStatus::Resolved << Asker << Helper << false << false << Refusal::ThreadNotOpen;
    QTest::newRow("closed") << ThreadStatus::Closed << Asker << Helper << false << false
                            << Refusal::ThreadNotOpen;
}

void TestRules::chooseBestAnswer()
{
    QFETCH(ThreadStatus, status);
    QFETCH(qint64, user);
    QFETCH(qint64, answerAuthor);
    QFETCH(bool, hidden);
    QFETCH(bool, otherThread);
    QFETCH(Refusal, expected);
    const Thread t = makeThread(status);
    Answer a = makeAnswer(t, answerAuthor, hidden);
    if (otherThread)
        a.threadId = QUuid::createUuid();
    QCOMPARE(Rules::mayChooseBestAnswer(t, a, user), expected);
    QCOMPARE(Rules::allowed(Rules::mayChooseBestAnswer(t, a, user)), expected == Refusal::None);
}

void TestRules::answerThankReportEdit_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<Thread>("thread");
    QTest::addColumn<qint64>("user");
    QTest::addColumn<Refusal>("expected");
    const QUuid best = makeAnswer(makeThread(ThreadStatus::Open), Helper).id;
    const Thread open = makeThread(ThreadStatus::Open);
    const Thread resolved = makeThread(ThreadStatus::Resolved, best);
    const Thread thanked = makeThread(ThreadStatus::Resolved, best, true);
    QTest::newRow("answer an open thread") << u"answer"_s << open << Helper << Refusal::None;
    QTest::newRow("answer a resolved thread")
        << u"answer"_s << resolved << Helper << Refusal::ThreadNotOpen;
    QTest::newRow("answer signed out") << u"answer"_s << open << qint64(0) << Refusal::NotSignedIn;
    QTest::newRow("thank after the best answer")
        << u"thank"_s << resolved << Asker << Refusal::None;
    QTest::newRow("thank before it") << u"thank"_s << open << Asker << Refusal::NoBestAnswer;
    QTest::newRow("thank twice") << u"thank"_s << thanked << Asker << Refusal::ThanksWritten;
    QTest::newRow("thank as another") << u"thank"_s << resolved << Helper << Refusal::NotAsker;
    QTest::newRow("report another's post") << u"report"_s << open << Helper << Refusal::None;
    QTest::newRow("report one's own") << u"report"_s << open << Asker << Refusal::OwnPost;
    QTest::newRow("report signed out") << u"report"_s << open << qint64(0) << Refusal::NotSignedIn;
    QTest::newRow("edit one's open question")
        << u"edit question"_s << open << Asker << Refusal::None;
    QTest::newRow("edit a resolved question")
        << u"edit question"_s << resolved << Asker << Refusal::Settled;
    QTest::newRow("edit another's question")
        << u"edit question"_s << open << Helper << Refusal::NotAuthor;
    QTest::newRow("edit one's answer") << u"edit answer"_s << open << Helper << Refusal::None;
    QTest::newRow("edit the best answer")
        << u"edit answer"_s << resolved << Helper << Refusal::Settled;
    QTest::newRow("edit another's answer")
        << u"edit answer"_s << open << Other << Refusal::NotAuthor;
    Thread closed = makeThread(ThreadStatus::Closed);
    Thread answered = open;
    answered.answerCount = 1;
    Thread withdrawn = open;
    withdrawn.withdrawn = true;
    QTest::newRow("edit a closed question")
        << u"edit question"_s << closed << Asker << Refusal::Settled;
    QTest::newRow("edit a withdrawn question")
        << u"edit question"_s << withdrawn << Asker << Refusal::Withdrawn;
    QTest::newRow("answer a withdrawn question")
        << u"answer"_s << withdrawn << Helper << Refusal::Withdrawn;
    QTest::newRow("supplement one's resolved question")
        << u"supplement"_s << resolved << Asker << Refusal::None;
    QTest::newRow("supplement another's question")
        << u"supplement"_s << open << Helper << Refusal::NotAuthor;
    QTest::newRow("supplement a withdrawn question")
        << u"supplement"_s << withdrawn << Asker << Refusal::Withdrawn;
    QTest::newRow("withdraw an unanswered question")
        << u"withdraw question"_s << open << Asker << Refusal::None;
    QTest::newRow("withdraw an answered question")
        << u"withdraw question"_s << answered << Asker << Refusal::HasAnswers;
    QTest::newRow("withdraw another's question")
        << u"withdraw question"_s << open << Helper << Refusal::NotAuthor;
    QTest::newRow("withdraw one's answer")
        << u"withdraw answer"_s << open << Helper << Refusal::None;
    QTest::newRow("withdraw the best answer")
        << u"withdraw answer"_s << resolved << Helper << Refusal::Settled;
    QTest::newRow("withdraw another's answer")
        << u"withdraw answer"_s << open << Asker << Refusal::NotAuthor;
    QTest::newRow("close one's open question") << u"close"_s << open << Asker << Refusal::None;
    QTest::newRow("close a resolved question")
        << u"close"_s << resolved << Asker << Refusal::ThreadNotOpen;
    QTest::newRow("close another's question") << u"close"_s << open << Helper << Refusal::NotAuthor;
}

void TestRules::answerThankReportEdit()
{
    QFETCH(QString, rule);
    QFETCH(Thread, thread);
    QFETCH(qint64, user);
    QFETCH(Refusal, expected);
    const Answer helpers = makeAnswer(thread, Helper);
    Refusal got = Refusal::None;
    if (rule == u"answer"_s)
        got = Rules::mayAnswer(thread, user);
    else if (rule == u"thank"_s)
        got = Rules::mayThank(thread, user);
    else if (rule == u"report"_s)
        got = Rules::mayReport(thread.authorId, user);
    else if (rule == u"edit question"_s)
        got = Rules::mayEditQuestion(thread, user);
    else if (rule == u"supplement"_s)
        got = Rules::maySupplement(thread, user);
    else if (rule == u"withdraw question"_s)
        got = Rules::mayWithdrawQuestion(thread, user);
    else if (rule == u"withdraw answer"_s)
        got = Rules::mayWithdrawAnswer(thread, helpers, user);
    else if (rule == u"close"_s)
        got = Rules::mayClose(thread, user);
    else
        got = Rules::mayEditAnswer(thread, helpers, user);
    // A withdrawn answer is neither edited nor withdrawn again.
    if (rule.endsWith(u" answer"_s) && user == Helper && expected == Refusal::None) {
        Answer gone = helpers;
        gone.withdrawn = true;
        QCOMPARE(Rules::mayEditAnswer(thread, gone, user), Refusal::Withdrawn);
        QCOMPARE(Rules::mayWithdrawAnswer(thread, gone, user), Refusal::Withdrawn);
    }
    QCOMPARE(got, expected);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
