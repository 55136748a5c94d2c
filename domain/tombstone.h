#pragma once

#include <QString>

namespace Soudan {

enum class EntityKind
{
    Category,
    User,
    Thread,
    Answer,
    ModerationItem, // moderators only
    // Private to one user (domain/activity.h):
    Notification,
    ThreadState,
    CategoryState,
};

// A row that is gone for this reader: deleted, or hidden from people without the right to see it.
struct Tombstone
{
    EntityKind kind = EntityKind::Thread;
    // An integer for categories, users and notifications, a UUID for threads, answers and
    // reports; a thread's or category's id for its state.
    QString id;

    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

} // namespace Soudan
