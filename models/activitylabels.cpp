#include "models/activitylabels.h"

#include "domain/moderation.h"
#include "domain/vocabulary.h"
#include "models/labels.h"

#include <QLocale>

namespace Soudan {

QString ActivityLabels::what(const NotificationView &view)
{
    //: Who did something, when their name is not known here.
    const QString who = view.actorName.isEmpty() ? tr("Someone") : view.actorName;
    switch (kindOf(view.notification)) {
    case NotificationKind::Answer:
        //: A notification. %1 is the name of the person who answered.
        return tr("%1 answered your question").arg(who);
    case NotificationKind::BestAnswer:
        //: A notification. %1 is the asker's name; ベストアンサー.
        return tr("%1 chose your answer as the best answer").arg(who);
    case NotificationKind::Thanks:
        //: A notification. %1 is the asker's name; お礼コメント.
        return tr("%1 thanked you for your best answer").arg(who);
    case NotificationKind::FollowedAnswer:
        //: A notification. %1 is the name of the person who answered.
        return tr("%1 answered a thread you follow").arg(who);
    case NotificationKind::NewThread:
        //: A notification. %1 is the name of the person who asked.
        return tr("%1 asked a question in a category you watch").arg(who);
    case NotificationKind::PostHidden: {
        //: A notification: a moderator hid the user's post. %1 is the reason (spam, …).
        const std::optional<ReportReason> why = Wire::parse<ReportReason>(view.notification.detail);
        return why ? tr("A moderator hid your post: %1").arg(Labels::reportReason(*why))
                   : tr("A moderator hid your post");
    }
    case NotificationKind::PostRestored:
        //: A notification: a hidden post of the user's is shown again.
        return tr("A moderator showed your post again");
    case NotificationKind::Warned:
        //: A notification: a moderator's warning to the user. %1 is the moderator's message.
        return view.notification.detail.isEmpty()
                   ? tr("A moderator sent you a warning")
                   : tr("A moderator sent you a warning: %1").arg(view.notification.detail);
    case NotificationKind::ReportDecided:
        //: A notification to the member who reported a post (違反報告): what came of it.
        return view.notification.detail == Wire::name(Resolution::Hidden)
                   ? tr("The post you reported was hidden by a moderator")
                   : tr("A moderator looked at the post you reported and left it as it is");
    case NotificationKind::Suspended: {
        // The detail is the end of the suspension (ISO 8601), a space, the moderators' reason.
        const QString &detail = view.notification.detail;
        const QDateTime until =
            QDateTime::fromString(detail.section(u' ', 0, 0), Qt::ISODateWithMs);
        //: A notification: moderators suspended the user's posting. %1 is when it ends, %2
        //: the moderators' reason.
        return tr("Moderators suspended your posting until %1: %2")
            .arg(Labels::dateTime(until), detail.section(u' ', 1));
    }
    case NotificationKind::ReadOnly:
        //: A notification: moderators made the user's account read-only. %1 is their reason.
        return tr("Moderators made your account read-only: %1").arg(view.notification.detail);
    case NotificationKind::RestrictionLifted:
        //: A notification: the user may post again after a suspension or read-only time.
        return tr("You may post again: the moderators lifted the restriction");
    case NotificationKind::Other:
        break;
    }
    //: A notification of a kind this version of Soudan does not know. %1 is its code.
    return tr("News from the board (%1): update Soudan to see what it is")
        .arg(view.notification.kind);
}

QString ActivityLabels::where(const NotificationView &view)
{
    if (!view.threadTitle.isEmpty())
        return view.threadTitle;
    if (view.notification.threadId.isNull())
        return {};
    //: Where a notification happened, when the thread is not in the local copy.
    return tr("A thread that is not shown (hidden, or not synced yet)");
}

QString ActivityLabels::ago(const QDateTime &at, const QDateTime &now)
{
    const qint64 seconds = at.secsTo(now);
    if (seconds < 60)
        //: When a notification happened: less than a minute ago.
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", "", int(seconds / 60));
    const QDateTime local = at.toLocalTime();
    const QDate today = now.toLocalTime().date();
    if (local.date() == today)
        return tr("%n hour(s) ago", "", int(seconds / 3600));
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    if (local.date() == today.addDays(-1))
        //: When a notification happened. %1 is the time of day.
        return tr("yesterday %1").arg(time);
    return Labels::dateTime(at);
}

QString ActivityLabels::kindName(NotificationKind kind)
{
    switch (kind) {
    case NotificationKind::Answer:
        //: A kind of notification, in the Preferences dialog.
        return tr("Answers to my questions");
    case NotificationKind::BestAnswer:
        //: A kind of notification, in the Preferences dialog.
        return tr("My answer chosen as the best answer");
    case NotificationKind::Thanks:
        //: A kind of notification, in the Preferences dialog.
        return tr("Thanks for my best answers");
    case NotificationKind::FollowedAnswer:
        //: A kind of notification, in the Preferences dialog.
        return tr("New answers in threads I follow");
    case NotificationKind::NewThread:
        //: A kind of notification, in the Preferences dialog.
        return tr("New questions in categories I watch");
    case NotificationKind::PostHidden:
    case NotificationKind::PostRestored:
    case NotificationKind::Warned:
    case NotificationKind::Suspended:
    case NotificationKind::ReadOnly:
    case NotificationKind::RestrictionLifted:
        //: A kind of notification, in the Preferences dialog.
        return tr("Moderation of my posts and warnings to me");
    case NotificationKind::ReportDecided:
        //: A kind of notification, in the Preferences dialog.
        return tr("What came of my reports");
    case NotificationKind::Other:
        //: A kind of notification, in the Preferences dialog.
        return tr("Other news from the board");
    }
    return {};
}

QString ActivityLabels::level(FollowLevel level)
{
    switch (level) {
    case FollowLevel::Watching:
        //: Follow level of a thread or category: notified of everything new.
        return tr("Watching");
    case FollowLevel::Normal:
        //: Follow level: notified only of what is about the user.
        return tr("Normal", "follow level");
    case FollowLevel::Muted:
        //: Follow level: never notified.
        return tr("Muted");
    }
    return {};
}

QString ActivityLabels::levelHelp(FollowLevel level, bool thread)
{
    switch (level) {
    case FollowLevel::Watching:
        return thread ? tr("You are notified of every new answer.")
                      : tr("You are notified of every new question here.");
    case FollowLevel::Normal:
        return thread ? tr("You are notified only when your question is answered or your "
                           "answer is chosen or thanked.")
                      : tr("New questions here are shown in bold, without a notification.");
    case FollowLevel::Muted:
        return thread ? tr("You are never notified of this thread.")
                      : tr("You are never notified of this category, and its threads are not "
                           "counted as new.");
    }
    return {};
}

QString ActivityLabels::reason(const FollowState &state, bool thread, const QString &categoryName)
{
    QString why;
    switch (state.reason) {
    case FollowReason::Chosen:
        //: Why the user follows a thread or category as they do.
        why = tr("You chose this.");
        break;
    case FollowReason::Asked:
        why = tr("You are watching because you asked this question.");
        break;
    case FollowReason::Answered:
        why = tr("You are watching because you answered this question.");
        break;
    case FollowReason::Category:
        //: %1 is a category's name.
        why =
            state.effective == FollowLevel::Muted
                ? tr("Muted because you muted the category %1.").arg(categoryName)
                : tr("You watch the category %1: you hear of its new questions.").arg(categoryName);
        break;
    case FollowReason::Default:
        break;
    }
    const QString help = levelHelp(state.effective, thread);
    QString text = why.isEmpty() ? help : why + u' ' + help;
    if (state.waiting)
        //: After a follow level that was set while offline.
        text += u' ' + tr("(not sent to the server yet)");
    return text;
}

QString ActivityLabels::activitySummary(const CategoryCounts &counts)
{
    QStringList parts;
    if (counts.newThreads > 0)
        //: In the category tree: threads created since the user last looked.
        parts.append(tr("%n new", "", counts.newThreads));
    if (counts.unreadThreads > 0)
        //: In the category tree: followed threads with answers the user has not read.
        parts.append(tr("%n unread", "", counts.unreadThreads));
    return parts.join(tr(", ", "list separator"));
}

} // namespace Soudan
