#pragma once

#include "store/storetypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Soudan {

// The words of what is new for the user, in the UI language: what a notification says, how
// long ago, how closely the user follows something and why.
class ActivityLabels final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::ActivityLabels)

public:
    // "bob answered your question"; a kind this version does not know gets general words.
    static QString what(const NotificationView &view);
    // The thread's title, or why there is none.
    static QString where(const NotificationView &view);
    // "just now", "5 minutes ago", "yesterday 14:05", or the date.
    static QString ago(const QDateTime &at, const QDateTime &now = QDateTime::currentDateTime());
    // The kind as the Preferences dialog offers it for desktop notifications.
    static QString kindName(NotificationKind kind);

    static QString level(FollowLevel level);
    // What a level does, for a thread or a category.
    static QString levelHelp(FollowLevel level, bool thread);
    // Why the user follows a thread or category as they do; categoryName names the category a
    // level comes from.
    static QString reason(const FollowState &state, bool thread, const QString &categoryName);
    // "3 new, 1 unread" for a category; empty when nothing is.
    static QString activitySummary(const CategoryCounts &counts);
};

} // namespace Soudan
