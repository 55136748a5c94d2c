// The thread view's HTML from a thread and its posts: what it shows, and which actions it offers
// to whom (the board's rules), with every text from a post shown as text.

#include "models/labels.h"
#include "ui/threadhtml.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Soudan;
using Post = ThreadDetailModel::Post;
using Kind = ThreadDetailModel::PostKind;

namespace {

constexpr qint64 Asker = 1, Helper = 2, Other = 3;

struct Board
{
    ThreadDetail detail;
    QList<Post> posts;
    QUuid fromHelper, fromAsker;
};

// An open thread by the asker with an answer from the helper and one from the asker.
Board openThread()
{
    Board b;
    Thread &t = b.detail.thread;
    t.id = QUuid::createUuid();
    t.authorId = Asker;
    t.title = u"見積もりの <b>相場</b>"_s;
    t.body = u"ロゴ制作の相場は？ <script>alert(1)</script>"_s;
    t.status = ThreadStatus::Open;
    t.answerCount = 2;
    t.createdAt = QDateTime(QDate(2026, 5, 18), QTime(9, 0), Qt::UTC);
    b.detail.authorName = u"相談者A"_s;
    b.detail.categoryPath = {Category{1, std::nullopt, u"受注者からの相談"_s},
                             Category{11, 1, u"報酬・相場の相談"_s}};
    b.fromHelper = QUuid::createUuid();
    b.fromAsker = QUuid::createUuid();
    b.detail.answers = {AnswerView{Answer{b.fromHelper, t.id, Helper, u"三万円ほどです。"_s}},
                        AnswerView{Answer{b.fromAsker, t.id, Asker, u"補足します。"_s}}};
    b.posts = {Post{Kind::Question, t.id, u"相談者A"_s, t.body, t.createdAt, false,
                    LocalState::Synced, Asker},
               Post{Kind::Answer, b.fromHelper, u"回答者B"_s, u"三万円ほどです。"_s,
                    t.createdAt.addSecs(60), false, LocalState::Synced, Helper},
               Post{Kind::Answer, b.fromAsker, u"相談者A"_s, u"補足します。"_s,
                    t.createdAt.addSecs(120), false, LocalState::Synced, Asker}};
    return b;
}

QString text(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QString id(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

class TestThreadHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postText_isShownAsText();
    void theAsker_choosesTheBestAmongOthersAnswers();
    void others_reportPostsNotTheirOwn();
    void reportedPosts_sayReported_andTheReportCanBeChanged();
    void nobodySignedIn_getsNoActions();
    void ownPosts_offerTheirAuthorsActions();
    void editedAndWithdrawnPosts_asOthersAndTheirAuthorSeeThem();
    void supplements_followTheQuestionWithTheirDates();
    void aHiddenOwnPost_saysWhy_andOffersOneAppeal();
    void moderators_takeAnyPostToTheModerationWindow();
    void resolvedThread_showsTheBestAnswerAndTheThanksFirst();
    void postsNotSent_areMarkedWithTheWayToTheOutbox();
    void home_saysWhatTheBoardIsAndLinksTheFaq();
    void home_listsWhatIsNewForTheReader();
};

void TestThreadHtml::postText_isShownAsText()
{
    const Board b = openThread();
    const QString html = ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette()));
    const QString shown = text(html);
    QVERIFY(shown.contains(u"見積もりの <b>相場</b>"_s));
    QVERIFY(shown.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(shown.contains(u"受注者からの相談 › 報酬・相場の相談"_s));
    QVERIFY(shown.contains(u"All answers (2)"_s));
    QVERIFY(html.contains(u"name=\"%1\""_s.arg(ThreadHtml::anchor(b.fromHelper))));
}

void TestThreadHtml::theAsker_choosesTheBestAmongOthersAnswers()
{
    const Board b = openThread();
    const QString html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QVERIFY(html.contains(u"soudan:best/"_s + id(b.fromHelper)));
    QVERIFY(!html.contains(u"soudan:best/"_s + id(b.fromAsker))); // not one's own answer
    QCOMPARE(html.count(u"soudan:best/"_s), 1);
    // Others never choose.
    const QString helper = ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()));
    QVERIFY(!helper.contains(u"soudan:best/"_s));
}

void TestThreadHtml::others_reportPostsNotTheirOwn()
{
    const Board b = openThread();
    const QString html = ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()));
    QVERIFY(html.contains(u"soudan:report/thread/"_s + id(b.detail.thread.id)));
    QVERIFY(html.contains(u"soudan:report/answer/"_s + id(b.fromAsker)));
    QVERIFY(!html.contains(u"soudan:report/answer/"_s + id(b.fromHelper)));
}

void TestThreadHtml::reportedPosts_sayReported_andTheReportCanBeChanged()
{
    Board b = openThread();
    b.posts[2].reported = true; // the asker's answer, reported by the helper
    const QString html = ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()));
    const QString shown = text(html);
    QCOMPARE(shown.count(u"Reported"_s), 1);
    QVERIFY(shown.contains(u"Change my report"_s));
    QVERIFY(html.contains(u"soudan:report/answer/"_s + id(b.fromAsker)));
    QVERIFY(html.contains(u"soudan:report/thread/"_s + id(b.detail.thread.id)));
}

void TestThreadHtml::nobodySignedIn_getsNoActions()
{
    const Board b = openThread();
    const QString html = ThreadHtml::render(b.detail, b.posts, 0, Colors(QPalette()));
    QVERIFY(!html.contains(u"soudan:"_s));
    QVERIFY(text(html).contains(u"三万円ほどです。"_s));
}

void TestThreadHtml::ownPosts_offerTheirAuthorsActions()
{
    Board b = openThread();
    const QString threadId = id(b.detail.thread.id);
    // The asker's open question with answers: edit, supplement, close; not withdraw (answered).
    QString html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QVERIFY(html.contains(u"soudan:edit/thread/"_s + threadId));
    QVERIFY(html.contains(u"soudan:supplement/"_s + threadId));
    QVERIFY(html.contains(u"soudan:close/"_s + threadId));
    QVERIFY(!html.contains(u"soudan:withdraw/thread/"_s));
    // Their own answer is theirs to edit and withdraw; the helper's is not.
    QVERIFY(html.contains(u"soudan:edit/answer/"_s + id(b.fromAsker)));
    QVERIFY(html.contains(u"soudan:withdraw/answer/"_s + id(b.fromAsker)));
    QVERIFY(!html.contains(u"soudan:edit/answer/"_s + id(b.fromHelper)));
    // The helper edits and withdraws only their answer.
    html = ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()));
    QCOMPARE(html.count(u"soudan:edit/"_s), 1);
    QVERIFY(html.contains(u"soudan:edit/answer/"_s + id(b.fromHelper)));
    QVERIFY(!html.contains(u"soudan:close/"_s));
    QVERIFY(!html.contains(u"soudan:supplement/"_s));
    // Unanswered, the question can be withdrawn; resolved, only supplemented.
    b.detail.thread.answerCount = 0;
    QVERIFY(ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()))
                .contains(u"soudan:withdraw/thread/"_s + threadId));
    b.detail.thread.status = ThreadStatus::Resolved;
    b.detail.thread.bestAnswerId = b.fromHelper;
    html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QVERIFY(!html.contains(u"soudan:edit/thread/"_s));
    QVERIFY(!html.contains(u"soudan:close/"_s));
    QVERIFY(html.contains(u"soudan:supplement/"_s + threadId));
    QVERIFY(!ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()))
                 .contains(u"soudan:edit/answer/"_s + id(b.fromHelper)));
    // A change not sent yet is marked, and offers nothing more until it is.
    b = openThread();
    b.posts[0].editWaiting = true;
    html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QVERIFY(text(html).contains(u"Change not sent yet"_s));
    QVERIFY(!html.contains(u"soudan:edit/thread/"_s));
}

void TestThreadHtml::editedAndWithdrawnPosts_asOthersAndTheirAuthorSeeThem()
{
    Board b = openThread();
    const QDateTime edited = b.detail.thread.createdAt.addDays(1);
    b.posts[1].edited = edited;  // the helper's answer
    b.posts[2].withdrawn = true; // the asker's answer
    b.posts[2].body.clear();
    // Others see "edited" with its time, not the history; a withdrawn answer is a tombstone.
    QString html = ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette()));
    QString shown = text(html);
    QVERIFY(shown.contains(u"edited "_s + Labels::dateTime(edited)));
    QVERIFY(!html.contains(u"soudan:history/"_s));
    QVERIFY(shown.contains(u"The author withdrew this answer."_s));
    QVERIFY(!html.contains(u"soudan:report/answer/"_s + id(b.fromAsker)));
    // The author and moderators have the history.
    html = ThreadHtml::render(b.detail, b.posts, Helper, Colors(QPalette()));
    QVERIFY(html.contains(u"soudan:history/answer/"_s + id(b.fromHelper)));
    html = ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette()), true);
    QVERIFY(html.contains(u"soudan:history/answer/"_s + id(b.fromHelper)));
    // A withdrawn question: its title and body are gone for everyone.
    b.detail.thread.withdrawn = true;
    b.posts[0].withdrawn = true;
    shown = text(ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette())));
    QVERIFY(shown.contains(u"(Withdrawn question)"_s));
    QVERIFY(shown.contains(u"The asker withdrew this question."_s));
    QVERIFY(!shown.contains(u"ロゴ制作の相場は"_s));
}

void TestThreadHtml::supplements_followTheQuestionWithTheirDates()
{
    Board b = openThread();
    const QDateTime at = b.detail.thread.createdAt.addDays(2);
    b.posts.insert(1, Post{Kind::Supplement, QUuid::createUuid(), u"相談者A"_s,
                           u"予算は五万円です。<i>"_s, at, false, LocalState::Waiting, Asker});
    const QString shown = text(ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette())));
    const qsizetype supplement = shown.indexOf(u"Supplement ("_s + Labels::dateTime(at));
    QVERIFY(supplement > shown.indexOf(u"ロゴ制作の相場は"_s));
    QVERIFY(supplement < shown.indexOf(u"三万円ほどです。"_s));
    QVERIFY(shown.contains(u"予算は五万円です。<i>"_s));
    QVERIFY(shown.indexOf(u"Not sent yet"_s, supplement) > supplement);
}

void TestThreadHtml::moderators_takeAnyPostToTheModerationWindow()
{
    const Board b = openThread();
    const QString html = ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette()), true);
    QVERIFY(html.contains(u"soudan:moderate/thread/"_s + id(b.detail.thread.id)));
    QVERIFY(html.contains(u"soudan:moderate/answer/"_s + id(b.fromHelper)));
    QVERIFY(html.contains(u"soudan:moderate/answer/"_s + id(b.fromAsker)));
    QVERIFY(html.contains(u"soudan:hide/answer/"_s + id(b.fromHelper)));
    QVERIFY(html.contains(u"soudan:warn/thread/"_s + id(b.detail.thread.id)));
    QVERIFY(html.contains(u"soudan:suspend/answer/"_s + id(b.fromAsker)));
    QVERIFY(!ThreadHtml::render(b.detail, b.posts, Other, Colors(QPalette()))
                 .contains(u"soudan:moderate/"_s));
}

void TestThreadHtml::aHiddenOwnPost_saysWhy_andOffersOneAppeal()
{
    Board b = openThread();
    b.detail.thread.hidden = true;
    b.posts[0].hidden = true;
    b.posts[0].hiddenReason = u"contact_outside"_s;
    QString html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QString shown = text(html);
    QVERIFY(shown.contains(u"Hidden by a moderator"_s));
    QVERIFY(shown.contains(u"Others no longer see this post. Reason: "_s +
                           Labels::reportReason(ReportReason::ContactOutside)));
    QVERIFY(html.contains(u"soudan:faq/forbidden-work"_s));
    QVERIFY(html.contains(u"soudan:appeal/thread/"_s + id(b.detail.thread.id)));
    // Hidden, it takes no edits; appealed, it says so instead of offering another appeal.
    QVERIFY(!html.contains(u"soudan:edit/thread/"_s));
    b.posts[0].appealed = true;
    html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    QVERIFY(text(html).contains(u"Appealed"_s));
    QVERIFY(!html.contains(u"soudan:appeal/"_s));
}

void TestThreadHtml::resolvedThread_showsTheBestAnswerAndTheThanksFirst()
{
    Board b = openThread();
    Thread &t = b.detail.thread;
    t.status = ThreadStatus::Resolved;
    t.bestAnswerId = b.fromHelper;
    t.thanks = Thanks{u"助かりました。"_s, t.createdAt.addSecs(600)};
    b.posts.insert(1, Post{Kind::BestAnswer, b.fromHelper, u"回答者B"_s, u"三万円ほどです。"_s,
                           t.createdAt.addSecs(60), true, LocalState::Synced, Helper});
    b.posts.insert(2, Post{Kind::Thanks, t.id, u"相談者A"_s, t.thanks->body, t.thanks->at, false,
                           LocalState::Synced, Asker});
    b.posts[3].best = true;
    const QString html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    const QString shown = text(html);
    const qsizetype best = shown.indexOf(u"Chosen as the best answer"_s);
    const qsizetype thanks = shown.indexOf(u"Thanks from the asker"_s);
    const qsizetype all = shown.indexOf(u"All answers"_s);
    QVERIFY(best > 0 && best < thanks && thanks < all);
    // Said once in the heading, not twice ("Best answer Chosen as the best answer"); the pill is
    // on the answer in the list of all answers.
    QCOMPARE(shown.count(u"Best answer"_s), 1);
    QVERIFY(shown.indexOf(u"Best answer"_s) > all);
    QVERIFY(shown.indexOf(u"助かりました。"_s) > thanks);
    QVERIFY(!html.contains(u"soudan:best/"_s)); // resolved: chosen once
}

void TestThreadHtml::postsNotSent_areMarkedWithTheWayToTheOutbox()
{
    Board b = openThread();
    b.posts[1].local = LocalState::Waiting;
    b.posts[2].local = LocalState::NeedsAttention;
    const QString html = ThreadHtml::render(b.detail, b.posts, Asker, Colors(QPalette()));
    const QString shown = text(html);
    QVERIFY(shown.contains(u"Not sent yet"_s));
    QVERIFY(shown.contains(u"Needs attention"_s));
    QVERIFY(html.contains(u"soudan:outbox/"_s + id(b.fromAsker)));
    // Not on the server yet: nothing to choose or report.
    QVERIFY(!html.contains(u"soudan:best/"_s + id(b.fromHelper)));
    QVERIFY(!html.contains(u"soudan:report/answer/"_s));
}

void TestThreadHtml::home_saysWhatTheBoardIsAndLinksTheFaq()
{
    const QString html = ThreadHtml::home(Colors(QPalette()));
    const QString shown = text(html);
    QVERIFY(shown.contains(u"The consultation board"_s));
    QVERIFY(shown.contains(u"paid in advance"_s));
    QVERIFY(html.contains(u"href=\"soudan:faq/forbidden-work\""_s));
    QVERIFY(html.contains(u"href=\"soudan:faq/reports\""_s));
    QVERIFY(shown.contains(u"違反のお仕事"_s) && shown.contains(u"違反報告"_s));
    QVERIFY(shown.contains(u"Ctrl+K"_s));
}

void TestThreadHtml::home_listsWhatIsNewForTheReader()
{
    const QUuid thread = QUuid::createUuid(), post = QUuid::createUuid();
    const QString html = ThreadHtml::home(
        Colors(QPalette()),
        {{u"bob answered <your> question"_s, u"ロゴ制作の相場"_s, u"5 min ago"_s, thread, post}},
        3);
    const QString shown = text(html);
    QVERIFY2(shown.contains(u"New for you (3 unread)"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"bob answered <your> question"_s));
    QVERIFY(shown.contains(u"ロゴ制作の相場 · 5 min ago"_s));
    QVERIFY(html.contains(u"href=\"soudan:open/%1/%2\""_s.arg(
        thread.toString(QUuid::WithoutBraces), post.toString(QUuid::WithoutBraces))));
    // Nothing new: no such heading.
    QVERIFY(!text(ThreadHtml::home(Colors(QPalette()))).contains(u"New for you"_s));
}

QTEST_MAIN(TestThreadHtml)
#include "tst_threadhtml.moc"
