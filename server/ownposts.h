#pragma once

#include "domain/apitypes.h"
#include "server/boardtypes.h"
#include "server/database.h"

#include <QCoreApplication>

namespace Soudan::Server {

class PostRows;
class Reports;
class Restrictions;

// What members do to their own posts (docs/protocol.md, "Own posts"): edit a question or an
// answer over the revision they saw, keeping the earlier revision; add a supplement (補足) to a
// question; withdraw a post, leaving a tombstone; close a question without a best answer. Each is
// one WriteTransaction that moves the post in the feed; an edit passes the contact guard like a
// new post. A post's earlier revisions are for its author and moderators.
class OwnPosts final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::OwnPosts)

public:
    OwnPosts(const Database &db, const PostRows &rows, const Reports &reports,
             const Restrictions &restrictions);

    Outcome<Written<Thread>> editQuestion(const AuthUser &user, const QUuid &threadId,
                                          const QuestionEdit &edit) const;
    Outcome<Written<Answer>> editAnswer(const AuthUser &user, const QUuid &threadId,
                                        const QUuid &answerId, const AnswerEdit &edit) const;
    Outcome<Written<Thread>> supplement(const AuthUser &user, const QUuid &threadId,
                                        const QUuid &id, const SupplementInput &input) const;
    Outcome<Written<Thread>> withdrawQuestion(const AuthUser &user, const QUuid &threadId) const;
    Outcome<Written<Answer>> withdrawAnswer(const AuthUser &user, const QUuid &threadId,
                                            const QUuid &answerId) const;
    Outcome<Written<Thread>> close(const AuthUser &user, const QUuid &threadId) const;
    // Every revision of a post (a question, or an answer of the thread), oldest first, the
    // current one last (a withdrawn post's last text is its last revision).
    Outcome<QList<Revision>> revisions(const AuthUser &user, const QUuid &threadId,
                                       const QUuid &answerId = {}) const;

private:
    // The thread the member acts on in tx: a failure when there is none or it is hidden.
    Outcome<Thread> ownThread(const AuthUser &user, const QUuid &threadId) const;
    Outcome<Answer> answerOf(const Thread &thread, const QUuid &answerId) const;
    bool keepRevision(WriteTransaction &tx, const QUuid &postId, int revision, const QString &title,
                      const QString &body, std::optional<Urgency> urgency,
                      const QDateTime &at) const;

    const Database &m_db;
    const PostRows &m_rows;
    const Reports &m_reports;
    const Restrictions &m_restrictions;
};

} // namespace Soudan::Server
