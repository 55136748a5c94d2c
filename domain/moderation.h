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

// What a moderator asks of the server (POST /api/v1/reports/{id}/claim, resolve, …).
enum class ModerationAction
{
    Claim,
    Hide,    // resolve: the report is right, the post goes
    Dismiss, // resolve: the report is declined
    Restore, // a hidden post comes back
    Note,
    Warn,
};

// What was decided about an item.
enum class Resolution
{
    None,
    Hidden,
    Dismissed,
    Restored,
};

// A line of an item's timeline.
enum class AuditAction
{
    Reported,
    Claimed,
    Hidden,
    Dismissed,
    Restored,
    Noted,
    Warned,
    Appealed, // the post's author asks the moderators to look again at their decision
};

// Why a moderator declines a report.
enum class DismissReason
{
    NotAViolation,
    Duplicate,
    AlreadyHandled,
    Other,
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
    AuditAction action = AuditAction::Reported;
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
    Resolution resolution = Resolution::None;
    QString resolutionReason; // a ReportReason's or DismissReason's wire name, or the moderator's
    qint64 version = 1;
    QDateTime firstReportedAt;
    QDateTime lastReportedAt;
    QList<ReportEntry> reports;
    QList<AuditEntry> audit;
    AuthorHistory authorHistory;

    friend bool operator==(const ModerationItem &, const ModerationItem &) = default;
};

// What moderators may do to a member's account: suspend their posting for some days, or make it
// read-only until lifted (POST /api/v1/users/{id}/restriction). A restricted member still reads,
// reports, appeals and withdraws their own posts; they do not ask, answer, edit, supplement,
// choose a best answer or thank.
enum class RestrictionKind
{
    None, // lifts a restriction
    Suspended,
    ReadOnly,
};

struct RestrictionInput
{
    RestrictionKind kind = RestrictionKind::None;
    int days = 0; // for Suspended: 1 to 365
    QString reason;
};

struct Restriction
{
    qint64 userId = 0;
    RestrictionKind kind = RestrictionKind::None;
    QDateTime until; // null: until lifted
    QString reason;

    friend bool operator==(const Restriction &, const Restriction &) = default;
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
    ModerationAction action = ModerationAction::Dismiss; // Hide or Dismiss
    // The wire name of what the post breaks (a ReportReason) for Hide, of a DismissReason for
    // Dismiss.
    QString reason;
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
// The line a moderator's action adds to the item's timeline (Claim → Claimed, …).
AuditAction auditAction(ModerationAction action);
// The decision a timeline line stands for, if it is one (Hidden, Dismissed, Restored).
Resolution resolution(AuditAction action);
// Whether a moderator's action does anything to an item as it stands: a decided item is not
// claimed or dismissed, a hidden post not hidden again, only a hidden post restored; notes and
// warnings always apply.
bool applies(ModerationAction action, ModerationStatus status, Resolution resolution);

constexpr int ClaimMinutes = 10;

} // namespace Moderation

} // namespace Soudan
