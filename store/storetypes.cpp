#include "store/storetypes.h"

namespace Soudan {

ThreadKey keyOf(const ThreadSummary &row, ThreadSort sort)
{
    switch (sort) {
    case ThreadSort::Newest:
        return {row.createdMs, row.id};
    case ThreadSort::LastActivity:
        return {row.lastActivityMs, row.id};
    case ThreadSort::MostViewed:
        return {row.viewCount, row.id};
    case ThreadSort::MostAnswered:
        return {row.answerCount, row.id};
    }
    return {row.createdMs, row.id};
}

ModerationStatus ModerationEntry::shownStatus(const QDateTime &now) const
{
    if (local != LocalState::Synced && localAction) {
        if (*localAction == AuditAction::Claimed)
            return ModerationStatus::Claimed;
        if (Moderation::resolution(*localAction) != Resolution::None)
            return ModerationStatus::Resolved;
    }
    if (item.status == ModerationStatus::Claimed && item.claimedUntil.isValid() &&
        item.claimedUntil <= now)
        return ModerationStatus::New;
    return item.status;
}

Resolution ModerationEntry::shownResolution() const
{
    if (local != LocalState::Synced && localAction) {
        if (const Resolution here = Moderation::resolution(*localAction); here != Resolution::None)
            return here;
    }
    return item.resolution;
}

int ModerationEntry::priority(const QDateTime &now) const
{
    return Moderation::priority(Moderation::basePriority(item), item.firstReportedAt, now);
}

} // namespace Soudan
