#pragma once

#include "domain/answer.h"
#include "domain/category.h"
#include "domain/thread.h"
#include "domain/user.h"

#include <QList>

namespace Soudan {

// Rows to insert or replace in one go: a page pulled from the server, or the demo board.
struct ChangeSet
{
    QList<Category> categories;
    QList<User> users;
    QList<Thread> threads;
    QList<Answer> answers;

    bool isEmpty() const
    {
        return categories.isEmpty() && users.isEmpty() && threads.isEmpty() && answers.isEmpty();
    }
    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

} // namespace Soudan
