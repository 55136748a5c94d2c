#pragma once

#include "domain/activity.h"
#include "domain/answer.h"
#include "domain/category.h"
#include "domain/moderation.h"
#include "domain/thread.h"
#include "domain/tombstone.h"
#include "domain/user.h"

#include <QList>

namespace Soudan {

// Rows to insert or replace, and rows to remove, in one go: a page pulled from the server, or
// the demo board.
struct ChangeSet
{
    QList<Category> categories;
    QList<User> users;
    QList<Thread> threads;
    QList<Answer> answers;
    QList<Tombstone> tombstones;
    QList<ModerationItem> moderationItems; // for moderators only
    // The reader's own (domain/activity.h).
    QList<Notification> notifications;
    QList<ThreadState> threadStates;
    QList<CategoryState> categoryStates;

    bool isEmpty() const { return size() == 0; }
    qsizetype size() const
    {
        return categories.size() + users.size() + threads.size() + answers.size() +
               tombstones.size() + moderationItems.size() + notifications.size() +
               threadStates.size() + categoryStates.size();
    }
    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

} // namespace Soudan
