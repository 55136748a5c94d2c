#include "models/labels.h"

#include "domain/vocabulary.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Soudan {

QString Labels::status(ThreadStatus status)
{
    switch (status) {
    case ThreadStatus::Open:
        //: Thread status: the asker is still accepting answers (回答受付中).
        return tr("Open");
    case ThreadStatus::Resolved:
        //: Thread status: the asker chose a best answer (解決済).
        return tr("Resolved");
    case ThreadStatus::Closed:
        //: Thread status: closed without a best answer; no more answers are accepted.
        return tr("Closed");
    }
    return {};
}

QString Labels::urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Urgent:
        //: Urgency tag the asker sets on a question (すぐ知りたい!).
        return tr("Urgent!");
    case Urgency::Calm:
        //: Urgency tag the asker sets on a question (時間があるときに).
        return tr("When you have time");
    }
    return {};
}

QString Labels::reportReason(ReportReason reason)
{
    switch (reason) {
    case ReportReason::ContactOutside:
        //: Reason of a violation report.
        return tr("Moving contact or payment off the platform");
    case ReportReason::Spam:
        //: Reason of a violation report.
        return tr("Spam or advertising");
    case ReportReason::Harassment:
        //: Reason of a violation report.
        return tr("Harassment");
    case ReportReason::ForbiddenWork:
        //: Reason of a violation report: work the platform forbids (違反のお仕事).
        return tr("Forbidden work");
    case ReportReason::PersonalInformation:
        //: Reason of a violation report.
        return tr("Personal information");
    case ReportReason::Other:
        //: Reason of a violation report.
        return tr("Other");
    }
    return {};
}

QString Labels::dismissReason(DismissReason reason)
{
    switch (reason) {
    case DismissReason::NotAViolation:
        //: Why a report was dismissed.
        return tr("Not a violation");
    case DismissReason::Duplicate:
        //: Why a report was dismissed.
        return tr("A duplicate");
    case DismissReason::AlreadyHandled:
        //: Why a report was dismissed.
        return tr("Already handled");
    case DismissReason::Other:
        //: Why a report was dismissed.
        return tr("Other");
    }
    return {};
}

QString Labels::contactFindings(const QString &codes)
{
    QStringList words;
    for (const QString &code : codes.split(u',', Qt::SkipEmptyParts)) {
        const std::optional<ContactGuard::Finding::Kind> kind =
            Wire::parse<ContactGuard::Finding::Kind>(code.trimmed());
        if (!kind)
            return {};
        switch (*kind) {
        case ContactGuard::Finding::Kind::LineId:
            words.append(tr("LINE ID"));
            break;
        case ContactGuard::Finding::Kind::LineLink:
            words.append(tr("LINE link"));
            break;
        case ContactGuard::Finding::Kind::Email:
            words.append(tr("e-mail address"));
            break;
        case ContactGuard::Finding::Kind::Phone:
            words.append(tr("phone number"));
            break;
        case ContactGuard::Finding::Kind::Messenger:
            words.append(tr("messenger ID or invite"));
            break;
        case ContactGuard::Finding::Kind::Handle:
            words.append(tr("social media handle"));
            break;
        }
    }
    if (words.isEmpty())
        return {};
    //: What the board's contact check found in a post; %1 lists it (LINE ID, e-mail address, …).
    return tr("Contact details in the post: %1").arg(words.join(tr(", ")));
}

QString Labels::decisionReason(ModerationAction action, const QString &code)
{
    if (action == ModerationAction::Dismiss) {
        if (const auto reason = Wire::parse<DismissReason>(code))
            return dismissReason(*reason);
    } else if (const auto reason = Wire::parse<ReportReason>(code)) {
        return reportReason(*reason);
    }
    return code;
}

QString Labels::auditDetail(const AuditEntry &entry)
{
    // A decision's detail is its reason's code, then the moderator's note after ": ".
    const qsizetype colon = entry.detail.indexOf(u": "_s);
    const QString code = colon < 0 ? entry.detail : entry.detail.left(colon);
    const QString note = colon < 0 ? QString() : entry.detail.mid(colon + 2);
    auto withNote = [&note](const QString &words) -> QString {
        //: A moderator's decision in the timeline: %1 its reason, %2 the moderator's note.
        return note.isEmpty() ? words : tr("%1: %2").arg(words, note);
    };
    switch (entry.action) {
    case AuditAction::Reported:
    case AuditAction::Hidden:
    case AuditAction::Restored:
        if (const auto reason = Wire::parse<ReportReason>(code))
            return withNote(reportReason(*reason));
        if (const QString found = contactFindings(entry.detail); !found.isEmpty())
            return found;
        break;
    case AuditAction::Dismissed:
        if (const auto reason = Wire::parse<DismissReason>(code))
            return withNote(dismissReason(*reason));
        break;
    default:
        break;
    }
    return entry.detail;
}

QString Labels::reportNote(const ReportEntry &report)
{
    // The board's own reports carry the contact check's findings as codes.
    if (report.reporterId == 0) {
        if (const QString found = contactFindings(report.note); !found.isEmpty())
            return found;
    }
    return report.note;
}

QString Labels::auditAction(AuditAction action)
{
    switch (action) {
    case AuditAction::Reported:
        //: A line of a report's timeline: who did what.
        return tr("reported");
    case AuditAction::Claimed:
        //: A line of a report's timeline: a moderator took the report.
        return tr("claimed");
    case AuditAction::Hidden:
        return tr("hid the post");
    case AuditAction::Dismissed:
        //: A line of a report's timeline: a moderator declined the report.
        return tr("dismissed");
    case AuditAction::Restored:
        return tr("restored the post");
    case AuditAction::Noted:
        //: A line of a report's timeline: a moderator wrote a note.
        return tr("noted");
    case AuditAction::Warned:
        return tr("warned the author");
    case AuditAction::Appealed:
        //: A line of a report's timeline: the post's author asked the moderators to look again.
        return tr("appealed the decision");
    }
    return {};
}

QString Labels::outboxKind(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Question:
        //: An item in the outbox: a question the user asked.
        return tr("Question");
    case OutboxKind::Answer:
        //: An item in the outbox: an answer the user wrote.
        return tr("Answer");
    case OutboxKind::BestAnswer:
        //: An item in the outbox: the user chose a best answer.
        return tr("Best answer chosen");
    case OutboxKind::Thanks:
        //: An item in the outbox: the asker's thank-you comment.
        return tr("Thanks");
    case OutboxKind::Report:
        //: An item in the outbox: a violation report (noun).
        return tr("Report", "violation report");
    case OutboxKind::View:
        //: An item in the outbox: the user read a thread (it counts as a view).
        return tr("View");
    case OutboxKind::ModerationClaim:
        //: An item in the outbox: a moderator took a report to handle it.
        return tr("Report claimed");
    case OutboxKind::ModerationResolve:
        //: An item in the outbox: a moderator decided on a report (hid the post or dismissed).
        return tr("Report decided");
    case OutboxKind::ModerationRestore:
        //: An item in the outbox: a moderator restored a hidden post.
        return tr("Post restored");
    case OutboxKind::ModerationNote:
        //: An item in the outbox: a moderator's note on a report.
        return tr("Moderator note");
    case OutboxKind::ModerationWarn:
        //: An item in the outbox: a moderator's warning to a post's author.
        return tr("Warning");
    case OutboxKind::ThreadState:
        //: An item in the outbox: how the user follows a thread, or how far they read it.
        return tr("Thread followed or read");
    case OutboxKind::CategoryState:
        //: An item in the outbox: how the user follows a category, or marked it read.
        return tr("Category followed or read");
    case OutboxKind::NotificationRead:
        //: An item in the outbox: the user read a notification.
        return tr("Notification read");
    case OutboxKind::EditQuestion:
        //: An item in the outbox: the user edited their question.
        return tr("Question edited");
    case OutboxKind::EditAnswer:
        //: An item in the outbox: the user edited their answer.
        return tr("Answer edited");
    case OutboxKind::Supplement:
        //: An item in the outbox: a supplement (補足) the asker added to their question.
        return tr("Supplement");
    case OutboxKind::WithdrawQuestion:
        //: An item in the outbox: the user withdrew (取り消し) their question.
        return tr("Question withdrawn");
    case OutboxKind::WithdrawAnswer:
        //: An item in the outbox: the user withdrew (取り消し) their answer.
        return tr("Answer withdrawn");
    case OutboxKind::CloseQuestion:
        //: An item in the outbox: the asker closed their question without a best answer
        //: (締め切り).
        return tr("Question closed");
    case OutboxKind::Appeal:
        //: An item in the outbox: the user's appeal of a moderator's decision on their post.
        return tr("Appeal");
    case OutboxKind::RestrictMember:
        //: An item in the outbox: a moderator suspended a member, made them read-only or
        //: lifted that.
        return tr("Member restricted");
    }
    return {};
}

QString Labels::outboxState(OutboxState state)
{
    switch (state) {
    case OutboxState::Waiting:
        //: State of an outbox item: not sent to the server yet.
        return tr("Not sent yet");
    case OutboxState::Sent:
        return tr("Sent");
    case OutboxState::NeedsAttention:
        //: State of an outbox item the server refused: the user edits, copies or discards it.
        return tr("Needs attention");
    }
    return {};
}

// Japanese dates as the board writes them (2018年04月20日 18:44); others in the locale's way.
QString Labels::date(qint64 msSinceEpoch)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    const QLocale locale;
    return locale.language() == QLocale::Japanese ? locale.toString(day, u"yyyy年MM月dd日"_s)
                                                  : locale.toString(day, QLocale::ShortFormat);
}

QString Labels::dateTime(const QDateTime &time)
{
    const QLocale locale;
    return locale.language() == QLocale::Japanese
               ? locale.toString(time.toLocalTime(), u"yyyy年MM月dd日 HH:mm"_s)
               : locale.toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString Labels::number(qint64 value)
{
    return QLocale().toString(value);
}

QString Labels::answers(int count, int unread)
{
    if (unread <= 0)
        return number(count);
    //: Answers column: %1 answers, of which %2 the user has not read.
    return tr("%1 (%2 new)").arg(number(count), number(unread));
}

QString Labels::categorySummary(const QString &name, int threads, int open)
{
    //: A category (%1, its name or path) with its number of threads and of those still open.
    return tr("%1: %n thread(s), %2 open", "", threads).arg(name, number(open));
}

} // namespace Soudan
