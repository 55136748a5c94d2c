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
};

// A row that is gone for this reader: deleted, or hidden from people without the right to see it.
struct Tombstone
{
    EntityKind kind = EntityKind::Thread;
    QString id; // an integer for categories and users, a UUID for threads and answers

    friend bool operator==(const Tombstone &, const Tombstone &) = default;
};

} // namespace Soudan
