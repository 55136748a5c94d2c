#pragma once

#include "domain/activity.h"
#include "domain/answer.h"
#include "domain/thread.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

namespace Soudan::Server {

class PostRows;

// What is new for each member: the notifications made at the moment of the write that causes
// them, the members' follow levels and read marks. Every row is private to its member: it moves
// in the feed with that member as its owner, and no one else ever gets it.
//
// Who hears of what: the asker of every answer (unless they muted the thread); the author of a
// best answer and of the thanks for it (the same); the members watching a thread of every new
// answer in it — those who set it to watching, and those who answered it and set no level; the
// members watching a category (or the nearest of its parents with a level) of every new thread
// in it. For answers only the thread's own level counts (a watched category tells of its new
// threads, not of their answers); a category's level wins over its parent's.
class Activity final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Activity)

public:
    Activity(const Database &db, const PostRows &rows);

    // PUT /api/v1/threads/{tid}/state: the level as given; the read mark moves forward only, and
    // never past the thread's last activity.
    Outcome<ThreadState> setThreadState(const AuthUser &user, const QUuid &threadId,
                                        const ThreadStateInput &input) const;
    // PUT /api/v1/categories/{cid}/state (0: the whole board): marks move forward only, and
    // never past now.
    Outcome<CategoryState> setCategoryState(const AuthUser &user, qint64 categoryId,
                                            const CategoryStateInput &input) const;
    // PUT /api/v1/notifications/{id}/read: the member's own notifications only.
    Outcome<Notification> markRead(const AuthUser &user, qint64 id) const;

    // The notifications a write makes, in its transaction.
    bool threadAsked(WriteTransaction &tx, const Thread &thread) const;
    // Whom a new answer tells, and of what (the asker, then those watching the thread), from
    // the rows of followersStatement() (run with WriteTransaction::readAll): read before the
    // answer is written, whose author is told nothing.
    QSqlQuery &followersStatement(const QUuid &threadId) const;
    static QList<std::pair<qint64, Notification>>
    answerNotices(QSqlQuery &followers, const Thread &thread, const Answer &answer);
    bool bestAnswerChosen(WriteTransaction &tx, const Thread &thread, const Answer &answer,
                          const QDateTime &at) const;
    bool thanked(WriteTransaction &tx, const Thread &thread, const QUuid &bestAnswerId,
                 const QDateTime &at) const;
    // One notification of any kind for one member (moderation outcomes use it too).
    bool notify(WriteTransaction &tx, qint64 userId, const Notification &notification) const;
    // A notification for each member, in one statement (with the writes tx put off).
    bool notify(WriteTransaction &tx, const QList<std::pair<qint64, Notification>> &each) const;

    // The feed's entity id of a member's own state row ("<user>:<thread or category>").
    static QString feedId(qint64 userId, const QString &id);

private:
    // The members who set a level for the thread, by id; a failed lookup fails tx.
    QHash<qint64, FollowLevel> threadLevels(WriteTransaction &tx, const QUuid &threadId) const;

    const Database &m_db;
    const PostRows &m_rows;
};

} // namespace Soudan::Server
