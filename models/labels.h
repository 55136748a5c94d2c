#pragma once

#include "domain/contactguard.h"
#include "domain/moderation.h"
#include "domain/report.h"
#include "domain/thread.h"
#include "store/storetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Soudan {

// The words the board uses for its states, in the UI language, and dates and numbers in the
// UI language's format.
class Labels final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Labels)

public:
    static QString status(ThreadStatus status);
    static QString urgency(Urgency urgency);
    static QString reportReason(ReportReason reason);
    // A line of a moderation item's timeline: "claimed", "hid the post", …
    static QString auditAction(AuditAction action);
    // What a step of the moderation timeline carries, in words: a reason or the contact details
    // found for the board's codes, a moderator's own text as it is.
    static QString auditDetail(const AuditEntry &entry);
    // A report's note: the contact check's findings (codes) in words; a member's note as it is.
    static QString reportNote(const ReportEntry &report);
    static QString dismissReason(DismissReason reason);
    // The reason a moderator gave with a decision (a ReportReason's wire name for Hide, a
    // DismissReason's for Dismiss), in words; anything else (a moderator's own text) as it is.
    static QString decisionReason(ModerationAction action, const QString &code);
    // What the contact check found ("LINE ID, e-mail address"), from the board's codes
    // ("line_id, email"); empty when the text is not such a list.
    static QString contactFindings(const QString &codes);
    static QString outboxKind(OutboxKind kind);
    static QString outboxState(OutboxState state);
    static QString date(qint64 msSinceEpoch);
    static QString dateTime(const QDateTime &time);
    static QString number(qint64 value);
    // A thread's answers, with how many the user has not read: "5 (2 new)".
    static QString answers(int count, int unread);
    // "<name>: 12 threads, 3 open"
    static QString categorySummary(const QString &name, int threads, int open);
};

} // namespace Soudan
