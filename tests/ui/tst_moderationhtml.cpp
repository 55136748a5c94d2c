// The moderation window's detail and conflict banner, as HTML: the reported post in its thread,
// the reports, the author's record, the timeline, and what changed when an action was refused.

#include "ui/moderationhtml.h"

#include <QApplication>
#include <QPalette>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Soudan;

namespace {

const QDateTime At(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);

QString text(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

// A reported answer: by the contact guard and by member 7, claimed by moderator 9.
ModerationEntry reportedAnswer()
{
    ModerationEntry e;
    ModerationItem &item = e.item;
    item.id = QUuid::createUuid();
    item.targetKind = EntityKind::Answer;
    item.threadId = QUuid::createUuid();
    item.authorId = 5;
    item.status = ModerationStatus::Claimed;
    item.claimedBy = 9;
    item.claimedByName = u"モデ <i>太郎</i>"_s;
    item.claimedUntil = At.addSecs(600);
    item.version = 3;
    item.firstReportedAt = At.addSecs(-3600);
    item.reports = {
        {QUuid::createUuid(), 0, ReportReason::ContactOutside, u"line_id, email"_s,
         At.addSecs(-3600)},
        {QUuid::createUuid(), 7, ReportReason::Spam, u"宣伝です <b>!</b>"_s, At.addSecs(-1800)}};
    item.audit = {{0, QString(), AuditAction::Reported, u"line_id, email"_s, At.addSecs(-3600)},
                  {7, u"会員G"_s, AuditAction::Reported, u"spam"_s, At.addSecs(-1800)},
                  {9, u"モデ <i>太郎</i>"_s, AuditAction::Claimed, QString(), At.addSecs(-90)},
                  {9, u"モデ <i>太郎</i>"_s, AuditAction::Dismissed,
                   u"not_a_violation: 二回目の確認"_s, At.addSecs(-80)},
                  {9, u"モデ <i>太郎</i>"_s, AuditAction::Hidden, u"spam: 同じ宣伝の三回目"_s,
                   At.addSecs(-60)}};
    item.authorHistory = {2, 1, 1};
    e.postText = u"LINE IDは abc123 です <script>x</script>\n二行目です。"_s;
    e.authorName = u"回答者E"_s;
    e.reporterNames = {{7, u"会員G"_s}};
    return e;
}

std::optional<ThreadDetail> threadOf(const ModerationEntry &e)
{
    ThreadDetail d;
    d.thread.id = e.item.threadId;
    d.thread.title = u"納期の相談"_s;
    d.thread.body = u"三日で納品してほしいと言われました。"_s;
    d.authorName = u"相談者A"_s;
    d.categoryPath = {Category{2, std::nullopt, u"発注者からの相談"_s},
                      Category{21, 2, u"発注・募集の相談"_s}};
    return d;
}

} // namespace

class TestModerationHtml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detail_showsThePostInItsThreadWithEveryReport();
    void detail_showsTheRecordAndTheTimeline();
    void detail_withoutTheThread_saysSo();
    void conflict_saysWhoActedFirstAndHowTheItemIsNow();
    void empty_saysWhy();
};

void TestModerationHtml::detail_showsThePostInItsThreadWithEveryReport()
{
    const ModerationEntry e = reportedAnswer();
    const QString html =
        ModerationHtml::detail({e, threadOf(e), u"Claimed by モデ"_s, At}, Colors(QPalette()));
    const QString shown = text(html);
    QVERIFY(shown.contains(u"納期の相談"_s));
    QVERIFY(shown.contains(u"発注者からの相談 › 発注・募集の相談"_s));
    QVERIFY(shown.contains(u"Reported answer"_s));
    QVERIFY(shown.contains(u"三日で納品してほしいと言われました。"_s)); // the question, for context
    QVERIFY(shown.contains(u"by 相談者A"_s));
    QVERIFY(shown.contains(u"LINE IDは abc123 です <script>x</script>"_s));
    // The post keeps its lines.
    QVERIFY2(shown.contains(u"</script>\n二行目です。"_s) ||
                 shown.contains(u"</script>"_s + QChar(QChar::LineSeparator) + u"二行目です。"_s),
             qPrintable(shown));
    QVERIFY(!html.contains(u"<script>"_s));
    QVERIFY(shown.contains(u"Reports (2)"_s));
    QVERIFY(shown.contains(u"Automatic contact check"_s));
    QVERIFY(shown.contains(u"会員G"_s));
    QVERIFY(shown.contains(u"宣伝です <b>!</b>"_s));
    QVERIFY(shown.contains(u"Spam or advertising"_s));
    QVERIFY(shown.contains(u"Claimed by モデ <i>太郎</i> until"_s));
    // The board's codes in words, never as they are.
    QVERIFY2(shown.contains(u"Contact details in the post: LINE ID, e-mail address"_s),
             qPrintable(shown));
    // A decision's reason in words, with the moderator's note.
    QVERIFY2(shown.contains(u"Spam or advertising: 同じ宣伝の三回目"_s), qPrintable(shown));
    QVERIFY2(shown.contains(u": 二回目の確認"_s), qPrintable(shown));
    for (const QString &code :
         {u"line_id"_s, u"email"_s, u"spam"_s, u"contact_outside"_s, u"not_a_violation"_s})
        QVERIFY2(!shown.contains(code), qPrintable(code));
}

void TestModerationHtml::detail_showsTheRecordAndTheTimeline()
{
    ModerationEntry e = reportedAnswer();
    e.local = LocalState::Waiting;
    e.localAction = AuditAction::Hidden;
    const QString shown =
        text(ModerationHtml::detail({e, threadOf(e), QString(), At}, Colors(QPalette())));
    QVERIFY(shown.contains(u"Posts hidden: 2 · Reports dismissed: 1 · Warnings: 1"_s));
    const qsizetype timeline = shown.indexOf(u"Timeline"_s);
    QVERIFY(timeline > 0);
    const QString lines = shown.mid(timeline);
    QVERIFY(lines.contains(u"Server"_s) && lines.contains(u"reported"_s));
    QVERIFY(lines.contains(u"claimed"_s));
    // What the moderator did here, not sent yet, ends the timeline.
    QVERIFY(lines.indexOf(u"not sent yet"_s) > lines.indexOf(u"claimed"_s));
    QVERIFY(lines.contains(u"hid the post"_s));

    e.item.authorHistory = {};
    QVERIFY(text(ModerationHtml::detail({e, threadOf(e), QString(), At}, Colors(QPalette())))
                .contains(u"No earlier reports decided, no warnings."_s));
}

void TestModerationHtml::detail_withoutTheThread_saysSo()
{
    ModerationEntry e = reportedAnswer();
    e.item.targetKind = EntityKind::Thread;
    const QString shown =
        text(ModerationHtml::detail({e, std::nullopt, QString(), At}, Colors(QPalette())));
    QVERIFY(shown.contains(u"(thread not in the cache)"_s));
    QVERIFY(shown.contains(u"Reported question"_s));
    QVERIFY(shown.contains(u"abc123"_s));
}

void TestModerationHtml::conflict_saysWhoActedFirstAndHowTheItemIsNow()
{
    const ModerationEntry e = reportedAnswer();
    OutboxItem refused;
    refused.kind = OutboxKind::ModerationResolve;
    refused.lastError = u"This report changed since you saw it."_s;
    const QString shown = text(ModerationHtml::conflict(e.item, refused));
    QVERIFY(shown.contains(u"was not applied"_s));
    QVERIFY(shown.contains(u"This report changed since you saw it."_s));
    // Names shown once, as written (escaped once, not twice).
    QVERIFY2(shown.contains(
                 u"モデ <i>太郎</i> acted first. The report is now claimed by モデ <i>太郎</i>."_s),
             qPrintable(shown));

    ModerationItem decided = e.item;
    decided.status = ModerationStatus::Resolved;
    decided.resolution = Resolution::Hidden;
    decided.audit.append({11, u"モデ花子"_s, AuditAction::Hidden, u"spam"_s, At});
    QVERIFY(
        text(ModerationHtml::conflict(decided, refused))
            .contains(u"モデ花子 acted first. The report is now decided: the post was hidden."_s));
    decided.resolution = Resolution::Dismissed;
    QVERIFY(text(ModerationHtml::conflict(decided, refused))
                .contains(u"The report is now decided: it was dismissed."_s));
}

void TestModerationHtml::empty_saysWhy()
{
    QVERIFY(text(ModerationHtml::empty(true, Colors(QPalette()))).contains(u"No reports here"_s));
    QVERIFY(text(ModerationHtml::empty(false, Colors(QPalette()))).contains(u"Select a report"_s));
}

QTEST_MAIN(TestModerationHtml)
#include "tst_moderationhtml.moc"
