#pragma once

#include "domain/answer.h"
#include "domain/thread.h"
#include "domain/tombstone.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <optional>

namespace Soudan::Server {

// The lookups and changes of threads and answers that posting and moderation share: a post by
// id (seen as a member or a moderator sees it), its row written with its move to the end of the
// feed, a post hidden or shown again. A failed query is a failure, never "not found".
class PostRows final
{
    Q_DISABLE_COPY_MOVE(PostRows)

public:
    explicit PostRows(const Database &db);

    Outcome<std::optional<Thread>> thread(const QUuid &id) const;
    // Hidden posts are not found by members, but by their authors.
    Outcome<std::optional<Thread>> visibleThread(const AuthUser &user, const QUuid &id) const;
    Outcome<std::optional<Answer>> answer(const QUuid &id) const;
    // Who has an id already: the answer with it, if any, and whether a question has it (one
    // query, for a new answer's checks).
    struct IdUse
    {
        std::optional<Answer> answer;
        bool question = false;
    };
    // The statements of thread() and of who has an id, bound, for WriteTransaction::readAll, and
    // their rows read; whether a member sees a thread.
    QSqlQuery &threadStatement(const QUuid &id) const;
    QSqlQuery &idUseStatement(const QUuid &id) const;
    static std::optional<Thread> readThread(QSqlQuery &rows);
    static Outcome<IdUse> readIdUse(QSqlQuery &rows);
    static bool visibleTo(const AuthUser &user, const Thread &t);

    bool upsert(WriteTransaction &tx, const Thread &t) const;
    bool upsert(WriteTransaction &tx, const Answer &a) const;
    // The same, its write put off (WriteTransaction::execLater).
    bool upsertLater(WriteTransaction &tx, const Answer &a) const;
    // Hides or shows a post (a thread with its answers) and moves it in the feed.
    bool applyHidden(WriteTransaction &tx, EntityKind kind, const QUuid &id, bool hidden,
                     const QString &reason) const;

private:
    const Database &m_db;
};

} // namespace Soudan::Server
