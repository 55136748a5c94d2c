#pragma once

#include "domain/activity.h"
#include "domain/category.h"
#include "domain/contactguard.h"
#include "domain/moderation.h"
#include "domain/report.h"
#include "domain/thread.h"
#include "domain/tombstone.h"
#include "domain/user.h"

#include <QHash>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// The board's words: how each of its enums is named on the wire (JSON, the server's tables, the
// cache's moderation rows), one table each. Nothing else spells these names.
namespace Soudan::Wire {

using namespace Qt::StringLiterals;

template<typename E>
struct Names; // specialised below: a table of (value, name) for every value of E

template<>
struct Names<Side>
{
    static constexpr std::pair<Side, QLatin1StringView> table[] = {
        {Side::Contractor, "contractor"_L1},
        {Side::Client, "client"_L1},
    };
};

template<>
struct Names<Role>
{
    static constexpr std::pair<Role, QLatin1StringView> table[] = {
        {Role::Member, "member"_L1},
        {Role::Moderator, "moderator"_L1},
    };
};

template<>
struct Names<ThreadStatus>
{
    static constexpr std::pair<ThreadStatus, QLatin1StringView> table[] = {
        {ThreadStatus::Open, "open"_L1},
        {ThreadStatus::Resolved, "resolved"_L1},
        {ThreadStatus::Closed, "closed"_L1},
    };
};

template<>
struct Names<Urgency>
{
    static constexpr std::pair<Urgency, QLatin1StringView> table[] = {
        {Urgency::Calm, "calm"_L1},
        {Urgency::Urgent, "urgent"_L1},
    };
};

template<>
struct Names<EntityKind>
{
    static constexpr std::pair<EntityKind, QLatin1StringView> table[] = {
        {EntityKind::Category, "category"_L1},
        {EntityKind::User, "user"_L1},
        {EntityKind::Thread, "thread"_L1},
        {EntityKind::Answer, "answer"_L1},
        {EntityKind::ModerationItem, "report"_L1},
        {EntityKind::Notification, "notification"_L1},
        {EntityKind::ThreadState, "thread_state"_L1},
        {EntityKind::CategoryState, "category_state"_L1},
    };
};

// In the order the report dialog offers them.
template<>
struct Names<ReportReason>
{
    static constexpr std::pair<ReportReason, QLatin1StringView> table[] = {
        {ReportReason::ContactOutside, "contact_outside"_L1},
        {ReportReason::Spam, "spam"_L1},
        {ReportReason::Harassment, "harassment"_L1},
        {ReportReason::ForbiddenWork, "forbidden_work"_L1},
        {ReportReason::PersonalInformation, "personal_information"_L1},
        {ReportReason::Other, "other"_L1},
    };
};

template<>
struct Names<ModerationStatus>
{
    static constexpr std::pair<ModerationStatus, QLatin1StringView> table[] = {
        {ModerationStatus::New, "new"_L1},
        {ModerationStatus::Claimed, "claimed"_L1},
        {ModerationStatus::Resolved, "resolved"_L1},
    };
};

template<>
struct Names<ModerationAction>
{
    static constexpr std::pair<ModerationAction, QLatin1StringView> table[] = {
        {ModerationAction::Claim, "claim"_L1},     {ModerationAction::Hide, "hide"_L1},
        {ModerationAction::Dismiss, "dismiss"_L1}, {ModerationAction::Restore, "restore"_L1},
        {ModerationAction::Note, "note"_L1},       {ModerationAction::Warn, "warn"_L1},
    };
};

template<>
struct Names<Resolution>
{
    static constexpr std::pair<Resolution, QLatin1StringView> table[] = {
        {Resolution::None, ""_L1},
        {Resolution::Hidden, "hidden"_L1},
        {Resolution::Dismissed, "dismissed"_L1},
        {Resolution::Restored, "restored"_L1},
    };
};

template<>
struct Names<AuditAction>
{
    static constexpr std::pair<AuditAction, QLatin1StringView> table[] = {
        {AuditAction::Reported, "reported"_L1}, {AuditAction::Claimed, "claimed"_L1},
        {AuditAction::Hidden, "hidden"_L1},     {AuditAction::Dismissed, "dismissed"_L1},
        {AuditAction::Restored, "restored"_L1}, {AuditAction::Noted, "note"_L1},
        {AuditAction::Warned, "warned"_L1},     {AuditAction::Appealed, "appealed"_L1},
    };
};

template<>
struct Names<DismissReason>
{
    static constexpr std::pair<DismissReason, QLatin1StringView> table[] = {
        {DismissReason::NotAViolation, "not_a_violation"_L1},
        {DismissReason::Duplicate, "duplicate"_L1},
        {DismissReason::AlreadyHandled, "already_handled"_L1},
        {DismissReason::Other, "other"_L1},
    };
};

template<>
struct Names<FollowLevel>
{
    static constexpr std::pair<FollowLevel, QLatin1StringView> table[] = {
        {FollowLevel::Normal, "normal"_L1},
        {FollowLevel::Watching, "watching"_L1},
        {FollowLevel::Muted, "muted"_L1},
    };
};

// Other has no name of its own: it stands for the names a newer server may use.
template<>
struct Names<RestrictionKind>
{
    static constexpr std::pair<RestrictionKind, QLatin1StringView> table[] = {
        {RestrictionKind::None, "none"_L1},
        {RestrictionKind::Suspended, "suspended"_L1},
        {RestrictionKind::ReadOnly, "read_only"_L1},
    };
};

template<>
struct Names<NotificationKind>
{
    static constexpr std::pair<NotificationKind, QLatin1StringView> table[] = {
        {NotificationKind::Answer, "answer"_L1},
        {NotificationKind::BestAnswer, "best_answer"_L1},
        {NotificationKind::Thanks, "thanks"_L1},
        {NotificationKind::FollowedAnswer, "followed_answer"_L1},
        {NotificationKind::NewThread, "new_thread"_L1},
        {NotificationKind::PostHidden, "post_hidden"_L1},
        {NotificationKind::PostRestored, "post_restored"_L1},
        {NotificationKind::Warned, "warned"_L1},
        {NotificationKind::ReportDecided, "report_decided"_L1},
        {NotificationKind::Suspended, "suspended"_L1},
        {NotificationKind::ReadOnly, "read_only"_L1},
        {NotificationKind::RestrictionLifted, "restriction_lifted"_L1},
    };
};

template<>
struct Names<ContactGuard::Finding::Kind>
{
    using Kind = ContactGuard::Finding::Kind;
    static constexpr std::pair<Kind, QLatin1StringView> table[] = {
        {Kind::LineId, "line_id"_L1},      {Kind::LineLink, "line_link"_L1},
        {Kind::Email, "email"_L1},         {Kind::Phone, "phone"_L1},
        {Kind::Messenger, "messenger"_L1}, {Kind::Handle, "handle"_L1},
    };
};

template<typename E>
QString name(E value)
{
    for (const auto &[v, n] : Names<E>::table) {
        if (v == value)
            return QString(n);
    }
    return QString(Names<E>::table[0].second); // not a value of E
}

template<typename E>
std::optional<E> parse(QStringView text)
{
    for (const auto &[v, n] : Names<E>::table) {
        if (text == n)
            return v;
    }
    return std::nullopt;
}

// Every value of E, in the table's order.
template<typename E>
QList<E> all()
{
    QList<E> values;
    for (const auto &entry : Names<E>::table)
        values.append(entry.first);
    return values;
}

template<typename E>
QStringList allNames()
{
    QStringList names;
    for (const auto &entry : Names<E>::table)
        names.append(QString(entry.second));
    return names;
}

// The words that .sql files use for these values ("{{thread_status.open}}" → 0,
// "{{resolution.hidden}}" → hidden): numbers for the enums the tables hold as numbers, names
// for those they hold as text.
QHash<QString, QString> sqlWords();

} // namespace Soudan::Wire
