#pragma once

#include "domain/report.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace Soudan {

// One reported post as moderators see it: all its reports together, who holds it, what was
// decided, and the audit timeline.
enum class ModerationStatus
{
    New = 0,
    Claimed = 1, // until claimedUntil; after that it is new again
    Resolved = 2,
};

struct ReportEntry
{
    QUuid id;
    qint64 reporterId = 0; // 0: the server's contact guard
    ReportReason reason = ReportReason::Other;
    QString note;
    QDateTime at;

    friend bool operator==(const ReportEntry &, const ReportEntry &) = default;
};

struct AuditEntry
{
    qint64 moderatorId = 0; // 0: the server
    QString moderatorName;
    QString action; // reported, claimed, hidden, dismissed, restored, note, warned, reopened
    QString detail;
    QDateTime at;

    friend bool operator==(const AuditEntry &, const AuditEntry &) = default;
};

// What happened to the author's posts before: for judging a repeat.
struct AuthorHistory
{
    int hidden = 0;
    int dismissed = 0;
    int warnings = 0;

    friend bool operator==(const AuthorHistory &, const AuthorHistory &) = default;
};

struct ModerationItem
{
    QUuid id; // the reported post
    EntityKind targetKind = EntityKind::Thread;
    QUuid threadId;
    qint64 authorId = 0;
    ModerationStatus status = ModerationStatus::New;
    qint64 claimedBy = 0;
    QString claimedByName;
    QDateTime claimedUntil;
    QString resolution; // hidden, dismissed, restored
    QString resolutionReason;
    qint64 version = 1;
    QDateTime firstReportedAt;
    QDateTime lastReportedAt;
    QList<ReportEntry> reports;
    QList<AuditEntry> audit;
    AuthorHistory authorHistory;

    friend bool operator==(const ModerationItem &, const ModerationItem &) = default;
};

// The moderators' actions (POST /api/v1/reports/{id}/…). Those that decide carry the version
// the moderator saw: if the item changed since, the server refuses with 409.
struct ClaimInput
{
    qint64 version = 0;
};

struct ResolveInput
{
    qint64 version = 0;
    QString action; // "hide" or "dismiss"
    QString reason; // for hide: what it breaks; for dismiss: not_a_violation, duplicate, other
    QString note;
};

struct RestoreInput
{
    qint64 version = 0;
    QString reason;
};

struct NoteInput
{
    QString note;
};

struct WarnInput
{
    QString message;
};

namespace Moderation {

// How urgent an item is: its reports (those of the contact guard weigh more), its gravest
// reason, and the hours it has waited (up to two days).
int basePriority(const ModerationItem &item);
// The gravest reason among the item's reports: what a post is hidden for when a moderator
// agrees with them.
ReportReason gravestReason(const ModerationItem &item);
int priority(int basePriority, const QDateTime &firstReportedAt, const QDateTime &now);

constexpr int ClaimMinutes = 10;

} // namespace Moderation

} // namespace Soudan
