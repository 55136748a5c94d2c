#pragma once

#include "domain/apitypes.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace Soudan::Server {

class Activity;
class PostRows;
class Reports;
class Restrictions;

// The board's content: categories, questions, answers, the best answer, the thanks and views,
// by the board's rules (domain/rules.h); the operator's imports and hiding. Every write is one
// WriteTransaction that moves the changed rows to the end of the feed, runs the contact guard
// over new text, and makes the notifications it causes (server/activity.h).
class Posts final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Posts)

public:
    enum class UserIds
    {
        Keep,    // the change set's user ids are the board's (the demo board)
        ByLogin, // each user is the member with the login given for them (made the first time)
    };

    Posts(const Database &db, const PostRows &rows, const Reports &reports,
          const Activity &activity, const Restrictions &restrictions);

    Outcome<QList<Category>> categories() const;
    Outcome<Written<Thread>> putThread(const AuthUser &user, const QUuid &id,
                                       const QuestionInput &question) const;
    Outcome<Written<Answer>> putAnswer(const AuthUser &user, const QUuid &threadId, const QUuid &id,
                                       const AnswerInput &answer) const;
    Outcome<Written<Thread>> chooseBestAnswer(const AuthUser &user, const QUuid &threadId,
                                              const BestAnswerInput &choice) const;
    Outcome<Written<Thread>> putThanks(const AuthUser &user, const QUuid &threadId,
                                       const ThanksInput &thanks) const;
    Outcome<bool> countView(const AuthUser &user, const QUuid &threadId) const;

    // The operator's: hides or restores a thread (with its answers) or an answer, and says
    // which it was; imports a board (logins: by the change set's user id, for ByLogin), writing
    // only the rows it changes; finds or makes a category.
    Outcome<EntityKind> setHidden(const QUuid &id, bool hidden, const QString &reason) const;
    Outcome<ImportSummary> import(ChangeSet changes, UserIds userIds,
                                  const QHash<qint64, QString> &logins = {}) const;
    Outcome<qint64> categoryNamed(const QString &name, Side side,
                                  std::optional<qint64> parent) const;

private:
    // The thread a member may write to: a failure (404 when there is none or it is hidden).
    Outcome<Thread> writableThread(const AuthUser &user, const QUuid &id) const;
    // The thread read, if the member may write to it.
    static Outcome<Thread> writable(const AuthUser &user, const QUuid &id,
                                    const std::optional<Thread> &t);
    // Runs update on the thread, moves it in the feed, commits, and answers with the thread.
    Outcome<Written<Thread>> updatedThread(WriteTransaction &tx, QSqlQuery &update,
                                           const QUuid &threadId) const;

    const Database &m_db;
    const PostRows &m_rows;
    const Reports &m_reports;
    const Activity &m_activity;
    const Restrictions &m_restrictions;
};

} // namespace Soudan::Server
