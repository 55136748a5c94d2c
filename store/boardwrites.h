#pragma once

#include "domain/apitypes.h"
#include "domain/report.h"
#include "store/storetypes.h"

#include <QString>
#include <QUuid>

#include <optional>

namespace Soudan {

class BoardReads;
class Outbox;
class StoreConnection;
class SyncWriter;

// The user's writes to the board: each is an outbox item and its effect on the cached board
// (shown at once, also offline), in one transaction that also removes the draft it came from.
// They return the new item's id, or nothing with the reason in the store's lastError().
class BoardWrites final
{
    Q_DISABLE_COPY_MOVE(BoardWrites)

public:
    BoardWrites(const StoreConnection &connection, const BoardReads &reads,
                const SyncWriter &account, Outbox &outbox);

    std::optional<QUuid> ask(const QuestionInput &question, const QString &draftKey = {});
    std::optional<QUuid> answer(const QUuid &threadId, const QString &body,
                                const QString &draftKey = {});
    std::optional<QUuid> chooseBestAnswer(const QUuid &threadId, const QUuid &answerId);
    std::optional<QUuid> thank(const QUuid &threadId, const QString &body,
                               const QString &draftKey = {});
    std::optional<QUuid> report(const ReportInput &report, const QString &draftKey = {});
    // The user's own posts (store/ownpostwrites.cpp). An edit is over the revision the user
    // sees: the server's, or the one their waiting edit will make.
    std::optional<QUuid> editQuestion(const QUuid &threadId, const QuestionInput &question,
                                      const QString &draftKey = {});
    std::optional<QUuid> editAnswer(const QUuid &threadId, const QUuid &answerId,
                                    const QString &body, const QString &draftKey = {});
    std::optional<QUuid> supplement(const QUuid &threadId, const QString &body,
                                    const QString &draftKey = {});
    std::optional<QUuid> withdrawQuestion(const QUuid &threadId);
    std::optional<QUuid> withdrawAnswer(const QUuid &threadId, const QUuid &answerId);
    std::optional<QUuid> closeQuestion(const QUuid &threadId);
    // An appeal of the moderators' decision on the user's post.
    std::optional<QUuid> appeal(const QUuid &postId, const QString &text);
    // Queues a view of the thread, once a day.
    bool recordView(const QUuid &threadId);

private:
    // The revision an edit of the post is over, or none (no such post here).
    std::optional<int> editBase(const QString &statement, const QUuid &postId) const;
    std::optional<QUuid> ownPostItem(OutboxKind kind, const QUuid &threadId, const QUuid &targetId,
                                     const QByteArray &payload, const QString &draftKey);

    const StoreConnection &m_connection;
    const BoardReads &m_reads;
    const SyncWriter &m_account;
    Outbox &m_outbox;
};

} // namespace Soudan
