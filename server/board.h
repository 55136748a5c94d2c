#pragma once

#include "domain/apitypes.h"
#include "domain/moderation.h"
#include "domain/report.h"
#include "server/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QUuid>

#include <optional>

namespace Soudan::Server {

// Who is asking: a signed-in user, or nobody (read-only, as a member).
struct AuthUser
{
    qint64 id = 0;
    QString displayName;
    Role role = Role::Member;
};

template<typename T>
struct Written
{
    T value;
    bool created = false; // false: the same request was already done, and is answered again
};

struct StoredReport
{
    QUuid id;
    ReportInput input;
    qint64 reporterId = 0; // 0: the contact guard
    QDateTime createdAt;
};

// The first response to a request with an Idempotency-Key.
struct StoredResponse
{
    QString requestHash;
    int status = 0;
    QByteArray body;
};

struct ImportSummary
{
    int categories = 0;
    int users = 0;
    int threads = 0;
    int answers = 0;
    int resolved = 0;
    int closed = 0;
};

struct PruneSummary
{
    int threads = 0;
    int answers = 0;
    int tombstones = 0;
    qint64 horizon = 0;
};

// The board as the server stores it: every read and write of the API and of the operator's
// commands, each write in one WriteTransaction that also moves the changed rows to the end of
// the changes feed.
class Board final
{
    Q_DECLARE_TR_FUNCTIONS(Soudan::Server::Board)

public:
    enum class UserIds
    {
        Keep,     // the change set's user ids are the board's (the demo board)
        Allocate, // new ids; users with the same display name and no login are reused
    };

    explicit Board(const Database &db);

    Outcome<qint64> addUser(const QString &login, const QString &displayName, Role role,
                            const QString &password) const;
    Outcome<Session> login(const Credentials &credentials, int tokenDays) const;
    std::optional<AuthUser> userForToken(const QString &token) const;
    void logout(const QString &token) const;

    Outcome<QList<Category>> categories() const;
    Outcome<ChangesPage> changes(const QString &cursor, int limit, Role role) const;

    Outcome<Written<Thread>> putThread(const AuthUser &user, const QUuid &id,
                                       const QuestionInput &question) const;
    Outcome<Written<Answer>> putAnswer(const AuthUser &user, const QUuid &threadId, const QUuid &id,
                                       const AnswerInput &answer) const;
    Outcome<Written<Thread>> chooseBestAnswer(const AuthUser &user, const QUuid &threadId,
                                              const BestAnswerInput &choice) const;
    Outcome<Written<Thread>> putThanks(const AuthUser &user, const QUuid &threadId,
                                       const ThanksInput &thanks) const;
    Outcome<bool> countView(const AuthUser &user, const QUuid &threadId) const;
    Outcome<Written<StoredReport>> putReport(const AuthUser &user, const QUuid &id,
                                             const ReportInput &report) const;

    // Moderation: the API lets only moderators here.
    QList<ModerationItem> moderationItems(std::optional<ModerationStatus> status) const;
    std::optional<ModerationItem> moderationItem(const QUuid &id) const;
    Outcome<ModerationItem> claim(const AuthUser &moderator, const QUuid &id,
                                  const ClaimInput &input) const;
    Outcome<ModerationItem> resolve(const AuthUser &moderator, const QUuid &id,
                                    const ResolveInput &input) const;
    Outcome<ModerationItem> restore(const AuthUser &moderator, const QUuid &id,
                                    const RestoreInput &input) const;
    Outcome<ModerationItem> addNote(const AuthUser &moderator, const QUuid &id,
                                    const NoteInput &input) const;
    Outcome<ModerationItem> warn(const AuthUser &moderator, const QUuid &id,
                                 const WarnInput &input) const;

    std::optional<StoredResponse> storedResponse(qint64 userId, const QString &key) const;
    void storeResponse(qint64 userId, const QString &key, const StoredResponse &response) const;

    // Hides or restores a thread (with its answers) or an answer; says which it was.
    Outcome<EntityKind> setHidden(const QUuid &id, bool hidden, const QString &reason) const;
    Outcome<ImportSummary> import(ChangeSet changes, UserIds userIds) const;
    Outcome<qint64> categoryNamed(const QString &name, Side side,
                                  std::optional<qint64> parent) const;
    // Deletes hidden posts and tombstones older than the age; cursors from before them get 410.
    Outcome<PruneSummary> prune(qint64 olderThanMs) const;

private:
    std::optional<Thread> thread(const QUuid &id) const;
    std::optional<Thread> visibleThread(const AuthUser &user, const QUuid &id) const;
    std::optional<Answer> answer(const QUuid &id) const;
    bool upsert(WriteTransaction &tx, const Thread &t) const;
    bool upsert(WriteTransaction &tx, const Answer &a) const;
    // Hides or shows a post (with a thread's answers) and moves it in the feed.
    bool applyHidden(WriteTransaction &tx, EntityKind kind, const QUuid &id, bool hidden,
                     const QString &reason) const;
    // Opens (or reopens) the moderation item of a reported post, in the report's transaction.
    bool itemReported(WriteTransaction &tx, EntityKind kind, const QUuid &target,
                      const QUuid &threadId, qint64 reporterId, const QString &detail) const;
    bool audit(WriteTransaction &tx, const QUuid &target, qint64 moderatorId, const QString &action,
               const QString &detail) const;
    // The checks every deciding action makes: the item exists, its version is the one the
    // moderator saw, nobody else holds it.
    Outcome<ModerationItem> actionable(const AuthUser &moderator, const QUuid &id,
                                       qint64 version) const;
    Outcome<ModerationItem> recorded(WriteTransaction &tx, const QUuid &id, qint64 moderatorId,
                                     const QString &action, const QString &detail) const;
    // Files a report of the contact guard when text carries contact details.
    bool guard(WriteTransaction &tx, EntityKind kind, const QUuid &id, const QUuid &threadId,
               const QString &text) const;

    const Database &m_db;
};

} // namespace Soudan::Server
