#pragma once

#include "domain/apitypes.h"
#include "domain/report.h"

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
    // Queues a view of the thread, once a day.
    bool recordView(const QUuid &threadId);

private:
    const StoreConnection &m_connection;
    const BoardReads &m_reads;
    const SyncWriter &m_account;
    Outbox &m_outbox;
};

} // namespace Soudan
