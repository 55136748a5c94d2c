#include "domain/moderation.h"

#include <algorithm>

namespace Soudan::Moderation {

namespace {

int weight(ReportReason reason)
{
    switch (reason) {
    case ReportReason::ContactOutside:
    case ReportReason::PersonalInformation:
        return 20;
    case ReportReason::Harassment:
    case ReportReason::ForbiddenWork:
        return 15;
    case ReportReason::Spam:
        return 10;
    case ReportReason::Other:
        return 5;
    }
    return 5;
}

} // namespace

int basePriority(const ModerationItem &item)
{
    // A member counts once, however often they reported (older boards may hold repeats); each
    // of the contact check's reports (one per revision) counts.
    int score = 0;
    int gravest = 0;
    QList<qint64> counted;
    for (const ReportEntry &r : item.reports) {
        gravest = std::max(gravest, weight(r.reason));
        if (r.reporterId != 0 && counted.contains(r.reporterId))
            continue;
        counted.append(r.reporterId);
        score += r.reporterId == 0 ? 25 : 10;
    }
    return score + gravest;
}

ReportReason gravestReason(const ModerationItem &item)
{
    ReportReason gravest = ReportReason::Other;
    for (const ReportEntry &r : item.reports) {
        if (weight(r.reason) > weight(gravest))
            gravest = r.reason;
    }
    return gravest;
}

int priority(int basePriority, const QDateTime &firstReportedAt, const QDateTime &now)
{
    const qint64 hours = firstReportedAt.isValid() ? firstReportedAt.secsTo(now) / 3600 : 0;
    return basePriority + int(std::clamp<qint64>(hours, 0, 48));
}

AuditAction auditAction(ModerationAction action)
{
    switch (action) {
    case ModerationAction::Claim:
        return AuditAction::Claimed;
    case ModerationAction::Hide:
        return AuditAction::Hidden;
    case ModerationAction::Dismiss:
        return AuditAction::Dismissed;
    case ModerationAction::Restore:
        return AuditAction::Restored;
    case ModerationAction::Note:
        return AuditAction::Noted;
    case ModerationAction::Warn:
        return AuditAction::Warned;
    }
    return AuditAction::Noted;
}

Resolution resolution(AuditAction action)
{
    switch (action) {
    case AuditAction::Hidden:
        return Resolution::Hidden;
    case AuditAction::Dismissed:
        return Resolution::Dismissed;
    case AuditAction::Restored:
        return Resolution::Restored;
    case AuditAction::Reported:
    case AuditAction::Claimed:
    case AuditAction::Noted:
    case AuditAction::Warned:
    case AuditAction::Appealed:
        break;
    }
    return Resolution::None;
}

bool applies(ModerationAction action, ModerationStatus status, Resolution resolution)
{
    switch (action) {
    case ModerationAction::Claim:
    case ModerationAction::Dismiss:
        return status != ModerationStatus::Resolved;
    case ModerationAction::Hide:
        return resolution != Resolution::Hidden;
    case ModerationAction::Restore:
        return resolution == Resolution::Hidden;
    case ModerationAction::Note:
    case ModerationAction::Warn:
        break;
    }
    return true;
}

} // namespace Soudan::Moderation
